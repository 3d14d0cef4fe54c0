"""A migrated site under gunicorn, counted from a caching proxy's log
(VISITS_COUNTER=nginx), for the collector tests with the real nginx and the
real Varnish: the site, what it counted, a reader's and an editor's requests."""

import http.cookiejar
import os
import re
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from congtin.pagecache import localproxy

ROOT = Path(__file__).resolve().parents[2]
READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0 reader-{}"
EDITOR, EDITOR_PASSWORD = "bientap", "mat-khau-thu-nghiem-9"


def start_site(workdir, **settings):
    """Migrate a site in workdir and start gunicorn on it: (env, database,
    gunicorn process, port)."""
    database = workdir / "site.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(workdir), "DATABASE_URL": f"sqlite:///{database}",
           "VISITS_REDIS_URL": "", "REDIS_URL": "", "STATIC_FROM_FINDERS": "1",
           "VISITS_COUNTER": "nginx", "VISITS_FLUSH_SECONDS": "0.5",
           "DJANGO_SUPERUSER_PASSWORD": EDITOR_PASSWORD,
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend", **settings}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for command in (["migrate", "--noinput", "-v", "0"],
                    ["createsuperuser", "--noinput", "--username", EDITOR,
                     "--email", "bientap@example.gov.vn"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env,
                       check=True, capture_output=True)
    port = localproxy.free_port()
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "congtin.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "2",
         "--log-level", "warning"], cwd=ROOT, env=env)
    localproxy.wait_for(f"http://127.0.0.1:{port}/", gunicorn, seconds=60)
    return env, database, gunicorn, port


class Stack:
    """The site behind `proxy` (a localproxy.Proxy) and its collector."""

    def __init__(self, env, database, proxy):
        self.env, self.database, self.proxy = env, database, proxy

    def counted(self):
        """(site visits, page views) in the database."""
        with sqlite3.connect(self.database) as db:
            site = db.execute("SELECT COALESCE(SUM(visits), 0) FROM visits_dailyvisits")
            page = db.execute("SELECT COALESCE(SUM(views), 0) FROM visits_pagedailyviews")
            return site.fetchone()[0], page.fetchone()[0]

    def wait_for(self, expected, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.counted() != expected:
            time.sleep(0.2)
        return self.counted()

    def settled(self, quiet=2.0, seconds=30):
        """The counts once they stop changing for `quiet` seconds (four flush
        intervals): views still on their way when a test starts are in them."""
        deadline = time.monotonic() + seconds
        last, since = self.counted(), time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - since < quiet:
            time.sleep(0.2)
            now = self.counted()
            if now != last:
                last, since = now, time.monotonic()
        return last

    def get(self, path, reader, opener=None, **headers):
        request = urllib.request.Request(self.proxy.url + path,
                                         headers={"User-Agent": READER.format(reader), **headers})
        with (opener or urllib.request.build_opener()).open(request, timeout=10) as response:
            return response.status, response.headers.get("X-Proxy-Cache")

    def login(self):
        """An opener carrying the editor's session, logged in through the proxy."""
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        login_url = self.proxy.url + "/admin/login/"
        page = opener.open(login_url, timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"username": EDITOR, "password": EDITOR_PASSWORD,
                                       "csrfmiddlewaretoken": token, "next": "/admin/"}).encode()
        request = urllib.request.Request(login_url, data=data, headers={"Referer": login_url})
        opener.open(request, timeout=10).read()
        assert any(cookie.name == "sessionid" for cookie in jar)
        return opener
