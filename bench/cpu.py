"""CPU milliseconds per request (median): a measure other load on the machine
barely moves.

Each site is loaded in its own process and its WSGI application is called
directly (the same handler gunicorn calls, without the network); each request's
CPU time (`time.process_time`, SQLite's work included since it runs in the
process) is taken and the median reported. Another
engineer's test run slows wall-clock figures, not this one, so the ratios of
congtin to stock Wagtail stay meaningful on a busy machine.

congtin keeps data and rendered HTML once per page-cache generation
(pagecache.fragments), so its uncached render is measured four ways: asked
again (the page's parts already rendered in this generation), the first time
the page is asked for in a generation (its own entries dropped before each
request, the site-wide ones kept), right after the visit figures changed (the
parts showing figures dropped: what every page pays once a minute on a busy
site), and right after a content change (everything dropped: the first
request after any publication).

Usage: python bench/cpu.py [--n 10000] [--repeat 200]   (data from `make bench-data`)
Also run by bench/run.py, which adds the figures to its table.
"""

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Labels of bench/run.py's columns measured here, and how each site is run.
CONGTIN_UNCACHED = "congtin uncached"
STOCK = "stock Wagtail"
# congtin's render cache before each request: kept, page entries dropped,
# figure entries dropped, all dropped.
STATES = {"again": None, "first": "forget_pages", "figures": "forget_figures",
          "changed": "forget"}


def environ_for(address):
    path, _, query = address.partition("?")
    return {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1:8000",
            "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
            "wsgi.url_scheme": "http", "wsgi.version": (1, 0), "wsgi.multithread": False,
            "wsgi.multiprocess": True, "wsgi.run_once": False}


def worker(addresses, repeat):
    """Inside one site's process: CPU ms per request and queries per request."""
    # This folder comes first on sys.path when the script runs, and its
    # `search` package would hide the stock site's app of that name.
    sys.path.remove(str(HERE))
    import django
    from django.core.handlers.wsgi import WSGIHandler

    django.setup()
    from django.db import connection, reset_queries

    application = WSGIHandler()
    statuses = []

    def call(address):
        def start_response(status, headers, exc_info=None):
            statuses.append(status)

        body = application(environ_for(address), start_response)
        try:
            return b"".join(body)
        finally:
            body.close()

    try:
        from congtin.pagecache import fragments
    except ImportError:  # the stock site
        fragments = None

    def median_ms(address, drop):
        samples = []
        for _ in range(repeat):
            if drop:
                getattr(fragments, drop)()
            started = time.process_time()
            call(address)
            samples.append(time.process_time() - started)
        # The median: a neighbour's burst (caches flushed, a page fault storm)
        # inflates a few requests, not the middle one.
        return statistics.median(samples) * 1000

    def queries(address, drop):
        if drop:
            getattr(fragments, drop)()
        connection.force_debug_cursor = True
        reset_queries()
        call(address)
        connection.force_debug_cursor = False
        return len(connection.queries)

    results = {}
    for address in addresses:
        for _ in range(5):  # warm the per-process caches (templates, Site, settings)
            call(address)
        statuses.clear()
        states = STATES if fragments is not None else {"again": None}
        figures = {state: {"cpu_ms": median_ms(address, drop), "queries": queries(address, drop)}
                   for state, drop in states.items()}
        bad = [s for s in statuses if not s.startswith("200")]
        results[address] = {**figures["again"], "states": figures,
                            "status": bad[0] if bad else "200 OK"}
    json.dump(results, sys.stdout)


def measure(env, cwd, addresses, repeat):
    result = subprocess.run(
        [sys.executable, str(HERE / "cpu.py"), "--worker", "--repeat", str(repeat), *addresses],
        cwd=cwd, env=env, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(result.stdout)


def measure_sites(count, addresses, repeat):
    """{label: {address: {...}}} for congtin (page cache off) and stock Wagtail."""
    sys.path.insert(0, str(HERE))
    import data
    import stock

    project = data.build(count)
    congtin_env = {**data.congtin_environment(count), "PAGECACHE_ENABLED": "0"}
    return {CONGTIN_UNCACHED: measure(congtin_env, HERE.parent, addresses, repeat),
            STOCK: measure(stock.environment(project, data.stock_db(count)), project,
                           addresses, repeat)}


def table(figures, scenarios):
    """congtin asked again / first time in a generation / after a figures change /
    after a content change, against stock."""
    lines = ["| kịch bản | congtin uncached CPU ms (truy vấn) | lần đầu trong thế hệ | "
             "sau khi số liệu truy cập đổi | ngay sau thay đổi nội dung | "
             "stock Wagtail CPU ms (truy vấn) | stock ÷ congtin "
             "(lần đầu; sau số liệu; sau thay đổi) |", "|---|---|---|---|---|---|---|"]
    for name, address in scenarios:
        ours, theirs = figures[CONGTIN_UNCACHED][address], figures[STOCK][address]
        states = ours.get("states", {"again": ours})
        cells = [f"{states[s]['cpu_ms']:.1f} ({states[s]['queries']})" if s in states else "–"
                 for s in STATES]
        ratios = "; ".join(f"{theirs['cpu_ms'] / states[s]['cpu_ms']:.1f}×"
                           for s in ("first", "figures", "changed") if s in states)
        flags = "".join(f" ⚠{r['status']}" for r in (ours, theirs) if r["status"] != "200 OK")
        lines.append(f"| {name} | {' | '.join(cells)} | "
                     f"{theirs['cpu_ms']:.1f} ({theirs['queries']}) | "
                     f"{theirs['cpu_ms'] / ours['cpu_ms']:.1f}× ({ratios}){flags} |")
    return "\n".join(lines)


def listing_ratio(figures, scenarios):
    """P4 in CPU terms: the last listing page against the first."""
    listings = [(name, address) for name, address in scenarios if name.startswith("listing")]
    (first_name, first), (last_name, last) = listings[0], listings[-1]
    ours = figures[CONGTIN_UNCACHED]
    line = (f"P4 (CPU, không bộ đệm): {last_name} ÷ {first_name} = "
            f"{ours[last]['cpu_ms'] / ours[first]['cpu_ms']:.2f}")
    if "first" in ours[first].get("states", {}) and "first" in ours[last].get("states", {}):
        line += (" (lần đầu trong thế hệ: "
                 f"{ours[last]['states']['first']['cpu_ms'] / ours[first]['states']['first']['cpu_ms']:.2f})")
    return line


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("addresses", nargs="*")
    args = parser.parse_args()
    if args.worker:
        worker(args.addresses, args.repeat)
        return
    sys.path.insert(0, str(HERE))
    from run import scenarios

    chosen = scenarios(args.n)
    figures = measure_sites(args.n, [address for _, address in chosen], args.repeat)
    print(f"{args.n} bài viết · CPU ms mỗi yêu cầu (trung vị process_time, {args.repeat} lần, "
          "gọi WSGI trực tiếp)")
    print(table(figures, chosen))
    print(listing_ratio(figures, chosen))


if __name__ == "__main__":
    main()
