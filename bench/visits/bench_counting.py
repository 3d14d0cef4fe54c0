"""What visit counting costs, and whether it loses counts under load.

    .venv/bin/python bench/visits/bench_counting.py [--seconds 10] [--rate 2000]

Builds a throw-away site (migrate only) in a temporary folder, serves it with
gunicorn as `make run` does (2 workers x 2 threads, 127.0.0.1 only), and
measures with wrk and Chromium:

1. a cached page view: a saved copy of a page served as a static file (what a
   caching proxy or the page cache hands out) — latency and throughput with
   wrk; then the reader's load time in Chromium with and without the beacon
   script (the beacon is sent after the page is shown, so the difference is
   what counting adds to a view);
2. the beacon endpoint alone (latency and throughput);
3. paced beacons at --rate per second for --seconds, each from a different
   simulated visitor, for the embedded profile (database) and the production
   profile (Redis db 14): accepted beacons vs. counts found in the database.

Prints one table. Needs wrk (apt-get install -y wrk); Redis on 127.0.0.1:6379
for the production row.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LUA = Path(__file__).with_name("beacons.lua")
REDIS_URL = "redis://127.0.0.1:6379/14"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    return subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def django_query(env, code):
    lines = manage(env, "shell", "--no-imports", "-c", code).strip().splitlines()
    return lines[-1] if lines else ""


class Server:
    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [str(GUNICORN), "congtin.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "2", "--threads", "2", "--log-level", "error"],
            cwd=ROOT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/static/bench/page.html", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=15)


def wrk(url, seconds, connections=16, script=None, env=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(command + [url], capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)]
    total = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    accepted = re.search(r"ACCEPTED (\d+)", output)
    return {"rate": rate, "p50_ms": float(p50.group(1)) * scale, "total": total,
            "non2xx": int(errors.group(1)) if errors else 0,
            "accepted": int(accepted.group(1)) if accepted else None}


def chromium_load_times(base_url, html, runs):
    """Median load-event time of the cached copy, with and without the beacon."""
    from playwright.sync_api import sync_playwright

    without = re.sub(r'<script src="[^"]*beacon\.js"[^>]*></script>', "", html)
    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--no-sandbox", "--disable-gpu"])
        for label, body in (("with", html), ("without", without)):
            times = []
            for index in range(runs):
                context = browser.new_context(user_agent=f"Mozilla/5.0 bench-load/{label}{index}")
                page = context.new_page()
                page.set_default_timeout(120_000)
                page.route(base_url + "/ban-sao.html", lambda route, _request, b=body: route.fulfill(
                    status=200, content_type="text/html; charset=utf-8", body=b))
                page.goto(base_url + "/ban-sao.html", wait_until="load")
                times.append(page.evaluate(
                    "() => { const n = performance.getEntriesByType('navigation')[0];"
                    " return n.loadEventEnd - n.startTime; }"))
                context.close()
            results[label] = statistics.median(times)
        browser.close()
    return results


def counted(env, page_id):
    code = ("from congtin.visits.models import DailyVisits, PageDailyViews;"
            "from django.db.models import Sum;"
            "print(DailyVisits.objects.aggregate(n=Sum('visits'))['n'] or 0,"
            f" PageDailyViews.objects.filter(page_id={page_id}).aggregate(n=Sum('views'))['n'] or 0)")
    site, page = django_query(env, code).split()
    return int(site), int(page)


def clear_counts(env):
    django_query(env, "from congtin.visits.demo import reset; reset()")


def load_run(env, page_id, seconds, rate, profile):
    clear_counts(env)
    if profile == "redis":
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        client.flushdb()
    server = Server(env)
    try:
        connections = 50
        delay = max(0, int(1000 * connections / rate))
        result = wrk(server.url, seconds, connections=connections, script=LUA,
                     env={"BENCH_PAGE": str(page_id), "BENCH_DELAY_MS": str(delay)})
        time.sleep(float(env["VISITS_FLUSH_SECONDS"]) * 3 + 1)
        if profile == "redis":
            manage(env, "flush_visits", "-v", "0")
    finally:
        server.stop()
    site, page = counted(env, page_id)
    return result, site, page


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--loads", type=int, default=15)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-visits-"))
    static_root = work / "static"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(work), "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
           "STATIC_ROOT": str(static_root), "STATIC_FROM_FINDERS": "1",
           "VISITS_RATE_PER_MINUTE": "1000000000", "VISITS_FLUSH_SECONDS": "1",
           "VISITS_REDIS_URL": "", "REDIS_URL": "",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    try:
        manage(env, "migrate", "--noinput", "-v", "0")
        page_id = int(django_query(env, "from wagtail.models import Page;"
                                        "print(Page.objects.live().filter(depth=2).first().pk)"))
        (static_root / "bench").mkdir(parents=True)
        # A saved page: the chrome of a real article page around 30 KB of text.
        html = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản sao'
                f'</title></head><body><main>{"<p>Nội dung bài viết đã lưu sẵn. </p>" * 800}'
                f'</main><script src="/static/visits/beacon.js" data-visits-url="/luot-xem/" '
                f'data-page="{page_id}" defer></script></body></html>')
        (static_root / "bench" / "page.html").write_text(html)
        server = Server(env)
        try:
            try:
                loads = chromium_load_times(server.url, html, args.loads)
            except Exception as error:  # Chromium missing or the machine too busy
                print(f"Chromium measurement skipped: {str(error).splitlines()[0]}")
                loads = None
            cached = wrk(server.url + "/static/bench/page.html", args.seconds)
            single = wrk(server.url + "/luot-xem/", args.seconds, script=LUA,
                         env={"BENCH_PAGE": str(page_id), "BENCH_DELAY_MS": "0"})
        finally:
            server.stop()
        rows = [("embedded (database)", *load_run(env, page_id, args.seconds, args.rate, "db"))]
        env_redis = {**env, "VISITS_REDIS_URL": REDIS_URL}
        try:
            rows.append(("production (Redis)",
                         *load_run(env_redis, page_id, args.seconds, args.rate, "redis")))
        except Exception as error:  # Redis missing: say so in the table
            print(f"Redis row skipped: {error}")
        print_table(cached, single, loads, rows, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(cached, single, loads, rows, args):
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| cached page (static copy), wrk 16 conn | {cached['rate']:.0f} req/s, "
          f"p50 {cached['p50_ms']:.2f} ms |")
    print(f"| beacon endpoint alone, wrk 16 conn | {single['rate']:.0f} req/s, "
          f"p50 {single['p50_ms']:.2f} ms |")
    if loads:
        added = loads["with"] - loads["without"]
        print(f"| reader's load time of the cached copy, Chromium median of {args.loads} | "
              f"without beacon {loads['without']:.1f} ms, with beacon {loads['with']:.1f} ms |")
        print(f"| what counting adds to a cached page view (reader) | {added:+.1f} ms "
              f"({100 * added / loads['without']:+.1f} %) |")
    share = 100 * cached["rate"] / single["rate"]
    print(f"| server work: one beacon per cached view, in cached views' terms | {share:.0f} % "
          "(when Django itself serves the cached copy; 0 % of a proxy's work) |")
    for label, result, site, page in rows:
        accepted = result["accepted"]
        # wrk stops reading at the deadline: beacons still in flight are counted
        # by the site but not by wrk, so counted ≥ accepted means nothing was lost.
        lost = max(0, accepted - page) if accepted is not None else None
        print(f"| {label}: {args.rate}/s target for {args.seconds} s | sent {result['total']} "
              f"({result['rate']:.0f}/s), accepted {accepted}, refused {result['non2xx']}, "
              f"counted visits {site}, page views {page}, lost {lost} |")
    print("(accepted = 204 answers wrk read before its deadline; the few beacons in flight at "
          "the deadline are counted too, hence counted ≥ accepted)")


if __name__ == "__main__":
    main()
