"""Under gunicorn, as `make run` serves the site: views counted by the
middleware reach the database when the buffer fills, at each flush interval,
and when the server stops — none waits in memory to be lost."""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def empty_site():
    """A migrated site (no demo) in a temporary folder: its environment and database."""
    workdir = Path(tempfile.mkdtemp(prefix="congtin-visits-server-"))
    database = workdir / "site.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(workdir), "DATABASE_URL": f"sqlite:///{database}",
           "VISITS_REDIS_URL": "", "REDIS_URL": "", "STATIC_FROM_FINDERS": "1",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT,
                   env=env, check=True)
    yield env, database
    shutil.rmtree(workdir, ignore_errors=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(env, **settings):
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "congtin.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "2",
         "--log-level", "warning"], cwd=ROOT, env={**env, **settings})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            return server, url
        except urllib.error.HTTPError:
            return server, url
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def stop(server):
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=60)


def query(database, sql):
    with sqlite3.connect(database) as db:
        return db.execute(sql).fetchone()[0]


def page_id(database):
    return query(database, "SELECT id FROM wagtailcore_page WHERE depth = 2 AND live")


def counted(database):
    return query(database, "SELECT COALESCE(SUM(views), 0) FROM visits_pagedailyviews")


def send(url, page, visitor):
    """A reader views the home page (the page at depth 2)."""
    request = urllib.request.Request(
        url + "/", headers={"User-Agent": f"Mozilla/5.0 Firefox/133.0 reader-{visitor}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status


def wait_for(database, expected, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and counted(database) < expected:
        time.sleep(0.2)
    return counted(database)


def test_full_buffer_and_server_stop_both_reach_the_database(empty_site):
    env, database = empty_site
    page, before = page_id(database), counted(database)
    server, url = start(env, VISITS_FLUSH_SECONDS="600", VISITS_BUFFER_LIMIT="3")
    try:
        assert [send(url, page, n) for n in range(3)] == [200, 200, 200]
        assert wait_for(database, before + 3, 20) == before + 3  # the full buffer, not the timer
        assert [send(url, page, n) for n in range(3, 5)] == [200, 200]
        time.sleep(1)
        assert counted(database) == before + 3  # two wait in memory…
    finally:
        stop(server)
    assert counted(database) == before + 5  # …and are written when the server stops


def test_waiting_views_are_written_each_interval(empty_site):
    env, database = empty_site
    page, before = page_id(database), counted(database)
    server, url = start(env, VISITS_FLUSH_SECONDS="1")
    try:
        assert [send(url, page, f"interval-{n}") for n in range(4)] == [200] * 4
        assert wait_for(database, before + 4, 15) == before + 4
    finally:
        stop(server)


def test_a_batch_the_database_refuses_is_kept_and_written_later(empty_site):
    env, database = empty_site
    page, before = page_id(database), counted(database)
    server, url = start(env, VISITS_FLUSH_SECONDS="1")
    blocker = sqlite3.connect(database, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # holds the write lock, as a long writer would
        assert [send(url, page, f"refused-{n}") for n in range(2)] == [200, 200]
        time.sleep(13)  # longer than SQLite's busy timeout (10 s): the flush has failed
        assert counted(database) == before
        blocker.execute("ROLLBACK")
        assert wait_for(database, before + 2, 20) == before + 2
    finally:
        blocker.close()
        stop(server)
