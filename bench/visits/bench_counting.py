"""What visit counting costs the server, and whether it loses counts under load.

    .venv/bin/python bench/visits/bench_counting.py [--seconds 10] [--rate 2000]

Builds the demo department (migrate + load_demo) in a temporary folder, serves
it with gunicorn as `make run` does (2 workers x 2 threads, 127.0.0.1 only,
without the access log), and measures with wrk:

1. a cached article page view (a page-cache HIT) alone, then the same view
   followed by its beacon, as a reader's browser sends it — rounds alternate
   (A, B, A, B) so that the machine's other load falls on both alike; then
   the reader's load time of that page in Chromium, with and without the
   beacon;
2. the beacon alone, as fast as it goes;
3. paced beacons at --rate per second for --seconds, each from a different
   simulated visitor, for the embedded profile (SQLite) and the production
   profile (Redis db 14): sent, accepted, counted in the database, lost.

Besides wrk's rates, it reads the gunicorn processes' CPU time from /proc
before and after each run: server CPU per view or per beacon stays
meaningful on a shared, loaded machine, where rates mostly measure the
neighbours. Prints Markdown tables. Needs wrk (apt-get install -y wrk); Redis
on 127.0.0.1:6379 for the production row.
"""

import argparse
import os
import re
import shutil
import socket
import sqlite3
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
TICKS = os.sysconf("SC_CLK_TCK")


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


def process_cpu(pid):
    """User + system CPU seconds of one process (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            continue
    return found


class Server:
    def __init__(self, env):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [str(GUNICORN), "congtin.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "2", "--threads", "2", "--limit-request-line", "16384",
             "--log-level", "error"], cwd=ROOT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                # The beacon, not "/": two workers drawing the home page's images
                # for the first time at once can fail (a Wagtail rendition race).
                urllib.request.urlopen(self.url + "/luot-xem/", timeout=5).read()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start")

    def cpu(self):
        """CPU seconds of the master and its workers so far."""
        pid = self.process.pid
        return process_cpu(pid) + sum(process_cpu(child) for child in children(pid))

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)


def wrk(url, seconds, connections=16, env=None, script=True):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(LUA)]
    output = subprocess.run(command + [url], capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, check=True).stdout
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)

    def number(name):
        found = re.search(rf"{name} (\d+)", output)
        return int(found.group(1)) if found else None

    return {"rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50_ms": float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)],
            "total": int(re.search(r"(\d+) requests in", output).group(1)),
            "non2xx": int(errors.group(1)) if errors else 0,
            "accepted": number("ACCEPTED"), "hits": number("PAGEHITS")}


def measured(server, *args, **kwargs):
    """wrk's result plus the server's CPU seconds spent meanwhile."""
    before = server.cpu()
    result = wrk(*args, **kwargs)
    result["cpu"] = server.cpu() - before
    return result


def counted(database, page_id):
    """(site visits, page views) stored so far."""
    with sqlite3.connect(database) as db:
        site = db.execute("SELECT COALESCE(SUM(visits), 0) FROM visits_dailyvisits").fetchone()
        page = db.execute("SELECT COALESCE(SUM(views), 0) FROM visits_pagedailyviews "
                          "WHERE page_id = ?", (page_id,)).fetchone()
    return site[0], page[0]


def cached_view_rounds(server, article, page_id, seconds, rounds=2):
    """Rounds of (page alone, page + beacon); returns per-kind sums."""
    totals = {kind: {"views": 0, "cpu": 0.0, "seconds": 0, "beacons": 0}
              for kind in ("page", "pair")}
    for index in range(rounds):
        alone = measured(server, server.url + article, seconds, script=False)
        pair = measured(server, server.url, seconds,
                        env={"BENCH_PAGE": str(page_id), "BENCH_VIEW": article,
                             "BENCH_RUN": f"pair{index}", "BENCH_DELAY_MS": "0"})
        totals["page"]["views"] += alone["total"]
        totals["page"]["cpu"] += alone["cpu"]
        totals["pair"]["views"] += pair["hits"]
        totals["pair"]["beacons"] += pair["accepted"]
        totals["pair"]["cpu"] += pair["cpu"]
        for kind in totals:
            totals[kind]["seconds"] += seconds
    return totals


def reader_load_times(url, runs):
    """Median load-event time of the cached article in Chromium, with its
    beacon and with the beacon script answered empty, runs interleaved."""
    from playwright.sync_api import sync_playwright

    times = {"with": [], "without": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                     args=["--no-sandbox", "--disable-gpu"])
        for index in range(runs):
            for label in times:
                context = browser.new_context(user_agent=f"Mozilla/5.0 bench-load/{label}{index}")
                page = context.new_page()
                page.set_default_timeout(120_000)
                # Both kinds go through Playwright's interception, which costs time.
                if label == "without":
                    page.route("**/visits/beacon*.js", lambda route: route.fulfill(
                        status=200, content_type="text/javascript", body=""))
                else:
                    page.route("**/visits/beacon*.js", lambda route: route.continue_())
                page.goto(url, wait_until="load")
                times[label].append(page.evaluate(
                    "() => { const n = performance.getEntriesByType('navigation')[0];"
                    " return n.loadEventEnd - n.startTime; }"))
                context.close()
        browser.close()
    return {label: statistics.median(values) for label, values in times.items()}


def load_run(env, database, page_id, seconds, rate, profile):
    """Paced beacons at `rate`/s; then wait for the flush and count what arrived."""
    if profile == "redis":
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
    before = counted(database, page_id)
    server = Server(env)
    try:
        # Each connection sends one beacon, then waits: connections / delay is
        # the rate asked for; slower answers (a busy server) lower the rate reached.
        # Asking 15 % more than the target makes up for the answer time itself.
        connections = 100
        delay = max(0, int(1000 * connections / (rate * 1.15)))
        cpu_start = server.cpu()
        result = wrk(server.url, seconds, connections=connections,
                     env={"BENCH_PAGE": str(page_id), "BENCH_DELAY_MS": str(delay),
                          "BENCH_RUN": f"{profile}{time.time_ns()}"})
        time.sleep(float(env["VISITS_FLUSH_SECONDS"]) * 3 + 1)  # the last batch is written
        result["cpu"] = server.cpu() - cpu_start
        if profile == "redis":
            manage(env, "flush_visits", "-v", "0")
    finally:
        server.stop()
    after = counted(database, page_id)
    return result, after[0] - before[0], after[1] - before[1]


def saturation(server, page_id, seconds):
    return measured(server, server.url, seconds, connections=32,
                    env={"BENCH_PAGE": str(page_id), "BENCH_DELAY_MS": "0",
                         "BENCH_RUN": f"max{time.time_ns()}"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--loads", type=int, default=15, help="Chromium views per kind")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-visits-"))
    database = work / "db.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(work), "DATABASE_URL": f"sqlite:///{database}",
           "STATIC_FROM_FINDERS": "1", "CONGTIN_DEMO": "1",
           "VISITS_RATE_PER_MINUTE": "1000000000", "VISITS_FLUSH_SECONDS": "1",
           "VISITS_REDIS_URL": "", "REDIS_URL": "",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    try:
        print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs", flush=True)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo", "-v", "0")
        page_id, article = django_query(
            env, "from congtin.content.models import ArticlePage;"
                 "a = ArticlePage.objects.live().filter(locale__language_code='vi')"
                 ".order_by('-date').first(); print(a.pk, a.url)").split()
        page_id = int(page_id)
        server = Server(env)
        try:
            for _ in range(3):  # fill the page cache of both workers
                urllib.request.urlopen(server.url + article, timeout=30).read()
            with urllib.request.urlopen(server.url + article, timeout=30) as response:
                assert response.headers["X-Page-Cache"] == "HIT", "the article is not cached"
                page_bytes = len(response.read())
            views = cached_view_rounds(server, article, page_id, args.seconds)
            try:
                loads = reader_load_times(server.url + article, args.loads)
            except Exception as error:  # Chromium missing: say so instead of a row
                print(f"Chromium measurement skipped: {str(error).splitlines()[0]}")
                loads = None
            fastest = saturation(server, page_id, args.seconds)
        finally:
            server.stop()
        rows = [("embedded (SQLite)",
                 *load_run(env, database, page_id, args.seconds, args.rate, "db"))]
        env_redis = {**env, "VISITS_REDIS_URL": REDIS_URL}
        try:
            rows.append(("production (Redis)",
                         *load_run(env_redis, database, page_id, args.seconds, args.rate, "redis")))
        except Exception as error:  # Redis missing: say so in the table
            print(f"Redis row skipped: {error}")
        print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")
        print_tables(views, page_bytes, loads, fastest, rows, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_tables(views, page_bytes, loads, fastest, rows, args):
    page, pair = views["page"], views["pair"]
    page_ms = 1000 * page["cpu"] / page["views"]
    pair_ms = 1000 * pair["cpu"] / pair["views"]
    print()
    print(f"Cached article page ({page_bytes // 1024} KB, page-cache HIT) with and without "
          f"its beacon, wrk 16 connections, 2 rounds of {args.seconds} s each:")
    print()
    print("| measure | views/s | server CPU per view |")
    print("|---|---|---|")
    print(f"| cached page alone | {page['views'] / page['seconds']:.0f} | {page_ms:.3f} ms |")
    print(f"| cached page + its beacon | {pair['views'] / pair['seconds']:.0f} "
          f"(+ {pair['beacons'] / pair['seconds']:.0f} beacons/s) | {pair_ms:.3f} ms |")
    print(f"| what counting adds | | {pair_ms - page_ms:+.3f} ms "
          f"({100 * (pair_ms - page_ms) / page_ms:+.1f} %) |")
    if loads:
        added = loads["with"] - loads["without"]
        print()
        print(f"For the reader (Chromium, median load-event time of {args.loads} views each): "
              f"without the beacon {loads['without']:.1f} ms, with it {loads['with']:.1f} ms, "
              f"{added:+.1f} ms ({100 * added / loads['without']:+.1f} %).")
    print()
    print("Beacons (each from a new simulated visitor; rate limit lifted, all come from "
          "127.0.0.1):")
    print()
    print("| run | sent | reached | accepted | refused | counted (site, page) | lost "
          "| server CPU per beacon |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| as fast as it goes, 32 conn, embedded | {fastest['total']} | "
          f"{fastest['rate']:.0f}/s, p50 {fastest['p50_ms']:.2f} ms | {fastest['accepted']} | "
          f"{fastest['non2xx']} | | | {1e6 * fastest['cpu'] / fastest['total']:.0f} µs |")
    for label, result, site, page_views in rows:
        accepted = result["accepted"]
        # wrk stops reading at its deadline: beacons in flight then are counted
        # by the site but not by wrk, so counted ≥ accepted means none was lost.
        lost = max(0, accepted - page_views)
        print(f"| {label}: {args.rate}/s for {args.seconds} s | {result['total']} | "
              f"{result['rate']:.0f}/s, p50 {result['p50_ms']:.2f} ms | {accepted} | "
              f"{result['non2xx']} | {site}, {page_views} | {lost} | "
              f"{1e6 * result['cpu'] / max(1, result['total']):.0f} µs |")
    print()
    print("(server CPU = the gunicorn master and workers' user + system time from /proc; "
          "for the paced runs it includes writing the batches to the database)")


if __name__ == "__main__":
    main()
