"""What counting adds to a cached page view in the web worker itself, without
the machine's other processes in the measurement.

    .venv/bin/python bench/visits/bench_request.py [--views 3000] [--rounds 5]

Builds the demo department in a temporary folder (demo_site.prepare),
starts the writer process as `make run` does (collect_visits --socket), and
calls Django's WSGI handler directly in this process, as a gunicorn worker
does, for the newest article served from the page cache (a HIT): one handler
with counting off, one with counting on (the middleware rule, the hashes,
the buffer, a datagram to the writer every VISITS_BUFFER_LIMIT views), in
alternating rounds. Only this process's CPU time is counted: the writer's
work is off the request path (bench_writer.py measures it). Each view from a
new visitor, then one reader viewing again and again. At the end, the writer
is stopped and the views it counted are compared with the views sent.

bench_counting.py measures the same page views through gunicorn under wrk,
where the writer, wrk and the neighbours share the two CPUs with the page.
"""

import argparse
import io
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from demo_site import ROOT, newest_article, page_views, prepare

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def handler(counter):
    """A WSGI handler whose middleware was built with VISITS_COUNTER = counter
    (the middleware reads it once, when it is built)."""
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler

    settings.VISITS_COUNTER = counter
    return WSGIHandler()


def environ(path, user_agent):
    return {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
            "SERVER_NAME": "localhost", "SERVER_PORT": "8000", "HTTP_HOST": "localhost:8000",
            "REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": user_agent,
            "HTTP_ACCEPT": "text/html", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": True,
            "wsgi.multiprocess": True, "wsgi.run_once": False}


def view(app, path, user_agent):
    """One page view as gunicorn makes it: the body read, then close() (which
    sends request_finished: the moment a full buffer is handed on)."""
    statuses = []
    response = app(environ(path, user_agent), lambda status, headers: statuses.append(status))
    try:
        b"".join(response)
    finally:
        response.close()
    return statuses[0]


def round_cpu(app, path, views, agents):
    start = time.process_time()
    for _ in range(views):
        view(app, path, next(agents))
    return time.process_time() - start


def new_visitors(label):
    number = 0
    while True:
        number += 1
        yield f"{BROWSER} bench/{label}-{number}"


def same_reader():
    while True:
        yield BROWSER


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--views", type=int, default=3000, help="views per round and kind")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-request-"))
    socket_path = f"/tmp/congtin-bench-{time.time_ns()}.sock"
    writer = None
    try:
        env = prepare(work, VISITS_WRITER_SOCKET=socket_path)
        writer = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "collect_visits",
                                   "--socket", socket_path], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not os.path.exists(socket_path):
            time.sleep(0.1)
        article = newest_article()
        apps = {"off": handler("off"), "on": handler("django")}
        for app in apps.values():  # fill the page cache, warm both handlers (a robot: not counted)
            for _ in range(50):
                assert view(app, article.url, "curl/8 warm-up").startswith("200")
        # Views that should count: each new visitor's, and the reader's first.
        before, expected = page_views(work, article.pk), 1
        results = {}
        for scenario, agents in (("each view a new visitor", new_visitors(time.time_ns())),
                                 ("one reader again and again", same_reader())):
            per_view = {"off": [], "on": []}
            for _ in range(args.rounds):
                for kind, app in apps.items():
                    per_view[kind].append(1e6 * round_cpu(app, article.url, args.views, agents)
                                          / args.views)
                    expected += args.views if kind == "on" and scenario.startswith("each") else 0
            results[scenario] = per_view
        from congtin.visits.store import get_store

        get_store().flush()  # the views still waiting in this "worker", to the writer
        writer.send_signal(signal.SIGTERM)
        writer.wait(timeout=120)
        counted = page_views(work, article.pk) - before
        report(results, args, expected, counted)
    finally:
        if writer is not None and writer.poll() is None:
            writer.kill()
        shutil.rmtree(work, ignore_errors=True)


def report(results, args, expected, counted):
    print(f"\nCached article (page-cache HIT), WSGI handler called directly, {args.rounds} "
          f"alternating rounds of {args.views:,} views per kind; CPU of this process per view:\n")
    print("| views | counting off | counting on | what counting adds: median of rounds "
          "(range) |")
    print("|---|---|---|---|")
    for scenario, per_view in results.items():
        added = sorted(100 * (on / off - 1)
                       for on, off in zip(per_view["on"], per_view["off"], strict=True))
        off, on = statistics.median(per_view["off"]), statistics.median(per_view["on"])
        print(f"| {scenario} | {off:.1f} µs | {on:.1f} µs | {on - off:+.1f} µs, "
              f"{statistics.median(added):+.1f} % ({added[0]:+.1f} to {added[-1]:+.1f} %) |")
    print(f"\nViews that should count (each new visitor's, the reader's first): {expected:,}; "
          f"counted by the writer: {counted:,}.")


if __name__ == "__main__":
    main()
