"""A demo department served by gunicorn with nginx (page store + microcache,
the deploy/nginx files) and Varnish (PURGE on every change) in front, all on
loopback, built once per session.

With CI=true a missing nginx or Varnish fails the run instead of skipping it.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from congtin.pagecache import localproxy
from tests.support import missing

ROOT = Path(__file__).resolve().parents[2]


def require(program, name):
    if localproxy.available(program):
        return
    missing(f"thiếu {name} (apt-get install -y nginx varnish)")


# A Django process that runs the Python it is sent, one JSON line at a time,
# and answers with what the code printed (or the error).
EDITOR = """
import contextlib, io, json, sys, traceback
import django
django.setup()
for line in sys.stdin:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(json.loads(line), {})
        answer = {"ok": out.getvalue().strip()}
    except Exception:
        answer = {"error": traceback.format_exc()}
    sys.stdout.write(json.dumps(answer) + "\\n")
    sys.stdout.flush()
"""


class DemoStack:
    """The servers, and a way to change content as an editor's save would."""

    def __init__(self, env, gunicorn_url, nginx, varnish, store):
        self.env, self.gunicorn_url, self.nginx, self.varnish = env, gunicorn_url, nginx, varnish
        self.store = store  # PAGECACHE_STORE_DIR, read by nginx
        self.editor = subprocess.Popen([sys.executable, "-c", EDITOR], cwd=ROOT, env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       text=True)

    def change(self, code):
        """Run Python in a separate Django process against the served database:
        the real signals, the real commit, the real PURGE."""
        self.editor.stdin.write(json.dumps(code) + "\n")
        self.editor.stdin.flush()
        answer = json.loads(self.editor.stdout.readline())
        assert "error" not in answer, answer.get("error")
        return answer["ok"]

    def close(self):
        self.editor.stdin.close()
        self.editor.wait(timeout=10)


@pytest.fixture(scope="session")
def proxied_demo():
    require(localproxy.NGINX, "nginx")
    require(localproxy.VARNISHD, "Varnish")
    workdir = Path(tempfile.mkdtemp(prefix="congtin-proxy-"))
    web_port = localproxy.free_port()
    varnish = localproxy.start_varnish(workdir / "varnish", backend_port=web_port)
    env = {**os.environ,
           "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(workdir),
           "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
           "CONGTIN_DEMO": "1",
           "STATIC_FROM_FINDERS": "1",
           "FRONTEND_CACHE_PURGE_URL": varnish.url,
           "PAGECACHE_STORE_DIR": str(workdir / "pages"),
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    server = nginx = stack = None
    try:
        for command in (["migrate", "--noinput", "-v", "0"], ["load_demo", "-v", "0"]):
            subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env,
                           check=True, timeout=300)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        server = subprocess.Popen(
            [str(gunicorn), "congtin.wsgi:application", "--bind", f"127.0.0.1:{web_port}",
             "--workers", "2", "--log-level", "warning"], cwd=ROOT, env=env)
        gunicorn_url = f"http://127.0.0.1:{web_port}"
        wait_until_up(gunicorn_url, server)
        nginx = localproxy.start_nginx(workdir / "nginx", backend_port=web_port,
                                       store_dir=workdir / "pages")
        stack = DemoStack(env, gunicorn_url, nginx, varnish, workdir / "pages")
        yield stack
    finally:
        if stack:
            stack.close()
        for proxy in (nginx, varnish):
            if proxy:
                proxy.stop()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


def wait_until_up(base_url, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped before it was ready")
        try:
            urllib.request.urlopen(base_url + "/", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{base_url} did not answer within {seconds} s")


@pytest.fixture
def empty_cache():
    """A page cache with nothing in it, before and after the test."""
    from django.core.cache import caches

    caches["default"].clear()
    yield
    caches["default"].clear()
