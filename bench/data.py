"""`make bench-data N=100000`: the same N Vietnamese articles in congtin's
benchmark database and in the stock Wagtail site's, both under bench/out/.

Usage: python bench/data.py N   (skips a database that already exists)
"""

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

sys.path.insert(0, str(HERE))
import stock  # noqa: E402


def congtin_db(count):
    return OUT / f"congtin-{count}.sqlite3"


def stock_db(count):
    return OUT / f"stock-{count}.sqlite3"


def congtin_environment(count):
    var = OUT / f"var-{count}"
    var.mkdir(parents=True, exist_ok=True)
    return {**{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_ALLOW")},
            "DJANGO_SETTINGS_MODULE": "congtin.settings",
            "DATABASE_URL": f"sqlite:///{congtin_db(count)}",
            "CONGTIN_VAR_DIR": str(var),
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "LOG_LEVEL": "WARNING",
            # Static files from the apps: the pages are measured, not the assets.
            "STATIC_FROM_FINDERS": "1",
            "STATIC_ROOT": str(var / "static"),
            "PYTHONPATH": f"{ROOT}:{HERE}"}


def build(count):
    OUT.mkdir(exist_ok=True)
    project = stock.create(OUT)
    jobs = [("congtin", congtin_db(count), ROOT, congtin_environment(count), "fill_congtin.py"),
            ("stock Wagtail", stock_db(count), project,
             stock.environment(project, stock_db(count)), "fill_stock.py")]
    for label, database, cwd, env, script in jobs:
        if database.exists():
            # The code may have gained migrations since the data was made.
            subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
                           cwd=cwd, env=env, check=True)
            print(f"{label}: {database.name} đã có, chỉ cập nhật migration")
            continue
        started = time.monotonic()
        partial = database.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        env = {**env, "DATABASE_URL": f"sqlite:///{partial}", "STOCK_DB": str(partial)}
        subprocess.run([sys.executable, str(HERE / script), str(count)], cwd=cwd, env=env,
                       check=True)
        partial.rename(database)
        print(f"{label}: {count} bài trong {time.monotonic() - started:.0f} s → {database}")
    return project


if __name__ == "__main__":
    build(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
