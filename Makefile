# congtin — the two commands a new machine needs: `make run` and `make test`.
# Everything else here is what those two are built from.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
# The first Python >= 3.11 on the machine.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$p && break; done)
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/congtin

.PHONY: run test install install-test migrate demo demo-reset static serve lint format messages \
	browser-deps test-pg test-main clean bench bench-data

run: install migrate demo static
	@CONGTIN_DEMO=$${CONGTIN_DEMO:-1} PORT=$(PORT) ./scripts/serve

test: install-test lint
	@./scripts/test

$(PY):
	@test -n "$(PYTHON)" || { echo "Cần Python 3.11 trở lên (Python >= 3.11 is required)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the dependency lists change.
$(VENV)/.installed: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser-deps

migrate: install
	@$(PY) manage.py migrate --noinput -v 0

demo: migrate
	@CONGTIN_DEMO=1 $(PY) manage.py load_demo --no-logins

demo-reset: migrate
	@CONGTIN_DEMO=1 $(PY) manage.py load_demo --reset

static: install
	@./scripts/collectstatic-if-changed

# Debian's Chromium for the browser tests, and axe-core for the accessibility checks.
browser-deps:
	@./scripts/install-browser-deps

lint: $(VENV)/.installed-test
	@$(BIN)/ruff check $(wildcard congtin tests bench scripts)

format: $(VENV)/.installed-test
	@$(BIN)/ruff format congtin tests && $(BIN)/ruff check --fix congtin tests

messages: install
	@cd congtin && ../$(PY) ../manage.py compilemessages -v 0

# Speed, side by side with stock Wagtail and nginx (bench/README.md). N articles in a
# separate database under bench/out/; QUICK=1 measures 10,000 articles, 5 s a cell.
N ?= $(if $(QUICK),10000,100000)
bench-data: install
	@$(PY) bench/data.py $(N)

bench: install browser-deps
	@$(PY) bench/run.py --n $(N) $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) static_root node_modules
