"""In Chromium, with REDIS_URL set (the page cache and the visit counts both
in Redis, here in its own database number): a page served from the shared
page cache still counts, and moving the counts into the database does not
count them twice."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import redis

from tests.browser.conftest import ROOT, free_port, wait_until_up
from tests.browser.test_visits_home import admin_today, reader_opens
from tests.support import missing

pytestmark = pytest.mark.browser
REDIS_TEST_URL = "redis://127.0.0.1:6379/12"


@pytest.fixture(scope="module")
def redis_site():
    """The demo department served by gunicorn with REDIS_URL set; yields its address
    and its environment (for manage.py commands)."""
    try:
        client = redis.Redis.from_url(REDIS_TEST_URL)
        client.ping()
    except redis.ConnectionError:
        missing("Redis không chạy trên 127.0.0.1:6379")
    client.flushdb()
    workdir = Path(tempfile.mkdtemp(prefix="congtin-browser-redis-"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(workdir), "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
           "REDIS_URL": REDIS_TEST_URL, "VISITS_REDIS_URL": REDIS_TEST_URL,
           "VISITS_FLUSH_SECONDS": "1",
           "CONGTIN_DEMO": "1", "STATIC_FROM_FINDERS": "1",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo", "-v", "0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    client.flushdb()  # nothing the build cached or counted
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "congtin.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", "2", "--limit-request-line", "16384",
         "--log-level", "warning"], cwd=ROOT, env=env)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url, server)
        yield base_url, env
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        client.flushdb()
        shutil.rmtree(workdir, ignore_errors=True)


def test_a_view_from_the_shared_page_cache_counts(browser, redis_site):
    base_url, env = redis_site
    home = urllib.request.urlopen(base_url + "/", timeout=30).read().decode()
    article = base_url + re.search(r'class="lead-story__title"><a href="([^"]+)"', home).group(1)
    before = admin_today(browser, base_url)
    assert reader_opens(browser, article, "first") in {"MISS", "HIT"}
    # Another reader, another browser: the page now comes from Redis, not Django.
    assert reader_opens(browser, article, "second") == "HIT"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and admin_today(browser, base_url) < before + 2:
        time.sleep(0.5)
    assert admin_today(browser, base_url) == before + 2
    subprocess.run([sys.executable, "manage.py", "flush_visits", "-v", "0"], cwd=ROOT, env=env,
                   check=True)
    assert not redis.Redis.from_url(REDIS_TEST_URL).exists("congtin:visits:pending")
    assert admin_today(browser, base_url) == before + 2  # moved, not counted twice
