"""Where an uncached congtin request spends its CPU: cProfile around the WSGI
call (the handler bench/cpu.py times), page cache off, data from `make bench-data`.

Usage: python bench/profile_render.py [--n 10000] [--repeat 50] [--sort tottime] [--top 40]
       [--state again|first|figures|changed] [--callers PATTERN] ADDRESS…
Prints, per address, the queries of one request and the profile of `repeat` requests.
"""

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def worker(args):
    sys.path.remove(str(HERE))
    import django

    django.setup()
    from cpu import environ_for
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection, reset_queries

    application = WSGIHandler()

    def call(address):
        body = application(environ_for(address), lambda status, headers, exc_info=None: None)
        try:
            return b"".join(body)
        finally:
            body.close()

    from congtin.pagecache import fragments

    # What congtin's render cache holds before each request (bench/cpu.py's states).
    drop = {"again": None, "first": fragments.forget_pages, "figures": fragments.forget_figures,
            "changed": fragments.forget}[args.state]
    for address in args.addresses:
        for _ in range(5):
            call(address)
        connection.force_debug_cursor = True
        reset_queries()
        call(address)
        print(f"== {address}: {len(connection.queries)} truy vấn")
        for query in connection.queries:
            print(f"   {query['sql'][:160]}")
        connection.force_debug_cursor = False
        profiler = cProfile.Profile()
        for _ in range(args.repeat):
            if drop:
                drop()
            profiler.enable()
            call(address)
            profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats(args.sort).print_stats(args.top)
        for name in args.callers:
            stats.print_callers(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--state", choices=("again", "first", "figures", "changed"), default="again",
                        help="the render cache before each request: kept, the page's "
                             "entries dropped, the figures dropped, everything dropped")
    parser.add_argument("--callers", action="append", default=[],
                        help="also print who calls functions matching this pattern")
    parser.add_argument("addresses", nargs="*")
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    sys.path.insert(0, str(HERE))
    import data

    addresses = args.addresses or ["/tin-tuc/bai-viet-5000/"]
    env = {**data.congtin_environment(args.n), "PAGECACHE_ENABLED": "0",
           "PYTHONWARNINGS": "ignore"}
    if not data.congtin_db(args.n).exists():
        sys.exit(f"Chưa có dữ liệu: make bench-data N={args.n}")
    subprocess.run([sys.executable, str(HERE / "profile_render.py"), "--worker", "--repeat",
                    str(args.repeat), "--sort", args.sort, "--top", str(args.top), "--state", args.state,
                    *(f"--callers={name}" for name in args.callers), *addresses],
                   cwd=HERE.parent, env=env, check=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
