"""What counting views costs a cached page view, and whether it loses counts
under load, in both profiles.

    .venv/bin/python bench/visits/bench_counting.py [--seconds 10] [--rate 2000]

Builds the demo department (migrate + load_demo) in a temporary folder and
measures, in one run, with wrk on 127.0.0.1 only:

(a) embedded profile: gunicorn as `make run` serves it (2 workers x 2
    threads), a cached article page (Django page-cache HIT); three servers side
    by side: counting off, counting on with the writer process `make run`
    starts (collect_visits --socket), counting on with each worker writing its
    own batches (no writer); rounds alternating so that the machine's other
    load falls on all alike; CPU of all the server processes, and of gunicorn
    alone (what the page view pays);
(b) production profile: nginx with the deploy/nginx page cache in front of
    gunicorn; with the visits log (deploy/nginx/visits-http.conf) followed by
    the collector (manage.py collect_visits, Redis db 14) and without; what
    counting adds in all the server processes, and in nginx alone (what a
    page view itself pays);
(c) --rate views per second for --seconds, each from a new simulated visitor,
    in both profiles: sent, counted in the database, lost;
(d) whether the collector keeps up with nginx's log: at --rate and as fast as
    nginx serves a small static page, views answered vs lines the collector
    received once it has read the log to its end (it may fall behind, then
    catch up: nothing is dropped), and how long it took to catch up.

Besides wrk's rates it reads the CPU time of every server process from /proc
(gunicorn; nginx, the collector and redis-server for production) before and
after each run: CPU per view stays meaningful on a shared machine, where
rates mostly measure the neighbours. Prints Markdown tables. Needs wrk and
nginx (apt-get install -y wrk nginx) and Redis on 127.0.0.1:6379.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from demo_site import build, demo_env, page_views  # noqa: E402

from congtin.pagecache import localproxy  # noqa: E402 (after the path)

PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LUA = Path(__file__).with_name("views.lua")
VISITS_CONF = ROOT / "deploy" / "nginx" / "visits-http.conf"
LOG_IN_DEPLOY = "/run/congtin-visits/visits.log"
REDIS_URL = "redis://127.0.0.1:6379/14"
TICKS = os.sysconf("SC_CLK_TCK")
FLUSH_SECONDS = 5  # VISITS_FLUSH_SECONDS, as settings.py has it by default


def free_port(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    return subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def process_cpu(pid):
    """User + system CPU seconds of one process (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
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


def tree_cpu(pid):
    return process_cpu(pid) + sum(process_cpu(child) for child in children(pid))


def redis_pids():
    pids = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "redis-server":
                pids.append(int(comm.parent.name))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return pids


class Gunicorn:
    def __init__(self, env):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [str(GUNICORN), "congtin.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "2", "--threads", "2", "--limit-request-line", "16384",
             "--log-level", "error"], cwd=ROOT, env=env)
        localproxy.wait_for(self.url + "/sitemap.xml", self.process, seconds=60)

    def pids(self):
        return [self.process.pid]

    def stop(self):
        self.process.terminate()  # the workers write what waits before they exit
        self.process.wait(timeout=60)


class Collector:
    def __init__(self, env, log_file=None, socket_path=None):
        self.log_file = log_file
        source = ["--socket", socket_path] if socket_path else ["--log-file", str(log_file)]
        self.process = subprocess.Popen(
            [str(PYTHON), "manage.py", "collect_visits", *source],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        self.process.stdout.readline()  # following the log, or listening

    def nginx_conf(self):
        """deploy's visits-http.conf, writing this collector's log."""
        return VISITS_CONF.read_text().replace(LOG_IN_DEPLOY, str(self.log_file))

    def wait_until_idle(self, limit=300):
        """Seconds until the collector has read the log to its end (its CPU
        time stops growing for a second), at most `limit`."""
        start = time.monotonic()
        last = process_cpu(self.process.pid)
        while time.monotonic() - start < limit:
            time.sleep(1)
            now = process_cpu(self.process.pid)
            if now - last < 0.02:
                break
            last = now
        return time.monotonic() - start

    def stop(self):
        """Stop (it writes what waits) and return its tally."""
        self.process.send_signal(signal.SIGTERM)
        output, _ = self.process.communicate(timeout=60)
        return {name: int(value) for name, value in re.findall(r"(\w+) (\d+)", output)}


def cpu_of(pids):
    return sum(tree_cpu(pid) for pid in pids)


def wrk(base, path, seconds, connections=16, delay_ms=0, same_reader=False):
    env = {**os.environ, "BENCH_PATH": path, "BENCH_DELAY_MS": str(delay_ms),
           "BENCH_RUN": str(time.time_ns()), "BENCH_SAME_READER": "1" if same_reader else "0"}
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
                             "-s", str(LUA), base], capture_output=True, text=True, env=env,
                            check=True).stdout
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    return {"rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50_ms": float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)],
            "ok": int(re.search(r"OK (\d+)", output).group(1)),
            "total": int(re.search(r"(\d+) requests in", output).group(1))}


def measured(pids, base, path, seconds, **options):
    """wrk's result plus the CPU seconds the given processes spent, the
    batches written just after the run included; "front_cpu": the first
    process's share (the server wrk talks to, with its workers)."""
    watched = pids()
    before = [tree_cpu(pid) for pid in watched]
    result = wrk(base, path, seconds, **options)
    # The last batch is written: a worker's buffer waits up to one flush
    # interval, then the writer's (embedded profile with a writer) another.
    time.sleep(2 * FLUSH_SECONDS + 1)
    spent = [tree_cpu(pid) - start for pid, start in zip(watched, before, strict=True)]
    result["cpu"], result["front_cpu"] = sum(spent), spent[0]
    return result


def alternating(kinds, path, seconds, rounds, same_reader):
    """{label: {"views", "cpu", "front_cpu", "seconds", "rounds"}} over rounds
    of each kind in turn; "rounds" keeps each round's result, so that what
    counting adds is also taken round by round (beside the same round's "off")."""
    totals = {label: {"views": 0, "cpu": 0.0, "front_cpu": 0.0, "seconds": 0, "rounds": []}
              for label in kinds}
    # A round that is not measured: the first run of a server after its start
    # cost up to 20 % more per view than the next ones (caches, allocator).
    for _pids, base in kinds.values():
        wrk(base, path, 3, same_reader=same_reader)
    for _ in range(rounds):
        for label, (pids, base) in kinds.items():
            result = measured(pids, base, path, seconds, same_reader=same_reader)
            totals[label]["views"] += result["ok"]
            totals[label]["cpu"] += result["cpu"]
            totals[label]["front_cpu"] += result["front_cpu"]
            totals[label]["seconds"] += seconds
            totals[label]["rounds"].append(result)
    return totals


def warm(base, article):
    for _ in range(4):
        urllib.request.urlopen(urllib.request.Request(
            base + article, headers={"User-Agent": "curl/8 warm-up"}), timeout=60).read()


def paced(pids, base, article, seconds, rate):
    """--rate views/s from new visitors: 100 connections, each pausing so that
    together they ask 15 % more than the target (the answer time lowers it)."""
    connections = 100
    delay = max(0, int(1000 * connections / (rate * 1.15)))
    return measured(pids, base, article, seconds, connections=connections, delay_ms=delay)


def embedded(env, article, page_id, work, args):
    socket_path = f"/tmp/congtin-bench-{time.time_ns()}.sock"
    on_env = {**env, "VISITS_COUNTER": "django", "VISITS_WRITER_SOCKET": socket_path}
    writer = Collector(on_env, socket_path=socket_path)
    on = Gunicorn(on_env)
    off = Gunicorn({**env, "VISITS_COUNTER": "off"})
    by_workers = Gunicorn({**env, "VISITS_COUNTER": "django", "VISITS_WRITER_SOCKET": ""})
    try:
        for server in (on, off, by_workers):
            warm(server.url, article)
        kinds = {"off": (off.pids, off.url),
                 "on": (lambda: [*on.pids(), writer.process.pid], on.url),
                 "by_workers": (by_workers.pids, by_workers.url)}
        new = alternating(kinds, article, args.seconds, args.rounds, same_reader=False)
        same = alternating(kinds, article, args.seconds, args.rounds, same_reader=True)
        before = page_views(work, page_id)
        load = paced(kinds["on"][0], on.url, article, args.seconds, args.rate)
    finally:
        by_workers.stop()
        off.stop()
        on.stop()
        writer.stop()  # after the workers: it writes what they sent last
    load["counted"] = page_views(work, page_id) - before
    return new, same, load


def production(env, article, page_id, work, args):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    prod_env = {**env, "VISITS_COUNTER": "nginx", "VISITS_REDIS_URL": REDIS_URL}
    web = Gunicorn(prod_env)
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-nginx-"))
    collector = Collector(prod_env, work / "visits.log")
    with_log = localproxy.start_nginx(work / "on", backend_port=web.port,
                                      extra_http=collector.nginx_conf())
    without = localproxy.start_nginx(work / "off", backend_port=web.port)
    tally = {}
    try:
        for proxy in (with_log, without):
            warm(proxy.url, article)

        def counting_pids():
            return [with_log.process.pid, collector.process.pid, web.process.pid, *redis_pids()]

        def plain_pids():
            return [without.process.pid, web.process.pid, *redis_pids()]

        kinds = {"off": (plain_pids, without.url), "on": (counting_pids, with_log.url)}
        new = alternating(kinds, article, args.seconds, args.rounds, same_reader=False)
        time.sleep(FLUSH_SECONDS + 1)  # the collector has sent its last batch to Redis…
        manage(prod_env, "flush_visits", "-v", "0")  # …which is now in the database
        before = page_views(work, page_id)
        load = paced(counting_pids, with_log.url, article, args.seconds, args.rate)
        collector.wait_until_idle()
    finally:
        with_log.stop()
        without.stop()
        tally = collector.stop()
        web.stop()
        shutil.rmtree(work, ignore_errors=True)
    manage(prod_env, "flush_visits", "-v", "0")  # what waits in Redis, into the database
    load["counted"] = page_views(work, page_id) - before
    load["tally"] = tally
    return new, load


def transport(env, args):
    """Views nginx answered vs lines the collector received once it has read
    the log to its end, paced at --rate and unpaced, for a small static page."""
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-transport-"))
    (work / "html").mkdir()
    (work / "html" / "page.html").write_text("<!doctype html><p>Trang thử</p>")
    env = {**env, "VISITS_COUNTER": "nginx", "VISITS_REDIS_URL": REDIS_URL}
    rows = []
    try:
        for label, connections, delay in (
                (f"{args.rate}/s", 100, max(0, int(1000 * 100 / (args.rate * 1.15)))),
                ("as fast as nginx goes", 16, 0)):
            collector = Collector(env, work / f"visits-{time.time_ns()}.log")
            proxy = localproxy.start_nginx(work / f"nginx-{time.time_ns()}",
                                           static_root=work / "html",
                                           extra_http=collector.nginx_conf())
            try:
                result = wrk(proxy.url, "/static-html/page.html", args.seconds,
                             connections=connections, delay_ms=delay)
            finally:
                proxy.stop()  # nginx writes its last buffer as it stops
                catch_up = collector.wait_until_idle()
                tally = collector.stop()
            rows.append((label, result, tally.get("received", 0), catch_up))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", choices=("embedded", "production", "transport"),
                        help="measure one part only (the others are left out of the tables)")
    args = parser.parse_args()
    for program in ("wrk", localproxy.NGINX):
        if not shutil.which(program) and not Path(program).exists():
            sys.exit(f"{program} is missing: apt-get install -y wrk nginx")
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-visits-"))
    env = demo_env(work, VISITS_FLUSH_SECONDS=str(FLUSH_SECONDS))
    try:
        print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs", flush=True)
        build(env)
        page_id, article = manage(
            env, "shell", "--no-imports", "-c",
            "from congtin.content.models import ArticlePage;"
            "a = ArticlePage.objects.live().filter(locale__language_code='vi')"
            ".order_by('-date').first(); print(a.pk, a.url)").split()[-2:]
        page_id = int(page_id)
        results = {}
        if args.only in (None, "embedded"):
            results["embedded"] = embedded(env, article, page_id, work, args)
        try:
            if args.only in (None, "production"):
                results["production"] = production(env, article, page_id, work, args)
        except Exception as error:  # Redis or nginx missing: say so instead of a table
            print(f"production profile skipped: {error}")
        try:
            if args.only in (None, "transport"):
                results["transport"] = transport(env, args)
        except Exception as error:
            print(f"transport comparison skipped: {error}")
        print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")
        print_tables(results, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


KIND_NAMES = {"off": "counting off", "on": "counting on",
              "by_workers": "counting on, each worker writing its own batches (no writer)",
              "front": "counting on, gunicorn alone (what the page view pays)"}


def cost_rows(title, totals):
    """Each kind's rate and CPU per view over all rounds; what each adds to
    "off" over all rounds, and the median and range of the same difference
    taken round by round (the machine's neighbours change between rounds)."""
    per_view = {kind: 1e6 * t["cpu"] / max(1, t["views"]) for kind, t in totals.items()}
    for kind, t in totals.items():
        print(f"| {title}, {KIND_NAMES[kind]} | {t['views'] / t['seconds']:.0f} | "
              f"{per_view[kind]:.0f} µs |")
    for kind in totals:
        if kind != "off":
            added = per_view[kind] - per_view["off"]
            by_round = sorted(round_added(totals[kind], totals["off"]))
            print(f"| {title}: what {KIND_NAMES[kind]} adds | | {added:+.0f} µs "
                  f"({100 * added / per_view['off']:+.1f} %); by round: median "
                  f"{statistics.median(by_round):+.1f} %, {by_round[0]:+.1f} to "
                  f"{by_round[-1]:+.1f} % |")


def round_added(kind, off):
    """Per round: % more CPU per view than the same round's "off"."""
    def per_view(result):
        return result["cpu"] / max(1, result["ok"])

    return [100 * (per_view(mine) / per_view(theirs) - 1)
            for mine, theirs in zip(kind["rounds"], off["rounds"], strict=True)]


def front_only(totals):
    """The same totals with the CPU of the server wrk talks to only."""
    return {**totals, "cpu": totals["front_cpu"],
            "rounds": [{**result, "cpu": result["front_cpu"]} for result in totals["rounds"]]}


def print_tables(results, args):
    if "embedded" in results or "production" in results:
        print_cost_tables(results, args)
    if "transport" in results:
        print_transport_table(results["transport"])


def print_cost_tables(results, args):
    print()
    print(f"Cached article page, wrk 16 connections, {args.rounds} alternating rounds of "
          f"{args.seconds} s per kind; CPU of every server process per view "
          "(batches written after each round included):")
    print()
    print("| profile and run | views/s | server CPU per view |")
    print("|---|---|---|")
    if "embedded" in results:
        new, same, _ = results["embedded"]
        for title, totals in (("embedded (gunicorn + Django page cache + writer), each view "
                               "a new visitor", new),
                              ("embedded, one reader viewing again and again", same)):
            cost_rows(title, {**totals, "front": front_only(totals["on"])})
    if "production" in results:
        totals = results["production"][0]
        cost_rows("production (nginx cache + collector + Redis), each view a new visitor",
                  totals)
        cost_rows("production, nginx alone (what the page view pays)",
                  {kind: front_only(t) for kind, t in totals.items()})
    print()
    print(f"{args.rate} views/s asked for {args.seconds} s, each from a new simulated visitor "
          "(rate limit lifted: all come from 127.0.0.1):")
    print()
    print("| profile | answered 200 | reached | counted (page views) | lost | "
          "server CPU per view |")
    print("|---|---|---|---|---|---|")
    rows = []
    if "embedded" in results:
        rows.append(("embedded (gunicorn, writer, SQLite)", results["embedded"][2]))
    if "production" in results:
        rows.append(("production (nginx → collector → Redis → SQLite)", results["production"][1]))
    for label, load in rows:
        # wrk stops reading at its deadline: views in flight then are counted by
        # the site but not by wrk, so counted ≥ answered means none was lost.
        lost = max(0, load["ok"] - load["counted"])
        print(f"| {label} | {load['ok']} | {load['rate']:.0f}/s, p50 {load['p50_ms']:.2f} ms | "
              f"{load['counted']} | {lost} | {1e6 * load['cpu'] / max(1, load['ok']):.0f} µs |")
    if "production" in results:
        print()
        print(f"Collector: {results['production'][1]['tally']}.")


def print_transport_table(transport):
    print()
    print("Does the collector keep up with nginx's log (a small static page, Redis store)?")
    print()
    print("| asked | answered 200 (rate) | lines the collector received | lost | "
          "caught up after the run in |")
    print("|---|---|---|---|---|")
    for label, result, received, catch_up in transport:
        lost = max(0, result["ok"] - received)
        print(f"| {label} | {result['ok']} ({result['rate']:.0f}/s) | {received} | "
              f"{lost} ({100 * lost / max(1, result['ok']):.1f} %) | {catch_up:.0f} s |")


if __name__ == "__main__":
    main()
