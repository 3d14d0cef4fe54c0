"""One benchmark run in its own process, on the database DATABASE_URL names
(set by run.py before Django starts). Prints one JSON line per measurement."""

import argparse
import json
import os
import statistics
import sys
import threading
import time

import django

# Typed with their marks, so the stock backend (which does not fold) can
# find what congtin finds; congtin folds them.
QUERIES = {
    "từ hiếm": ["hydro", "bán dẫn", "kho lạnh", "khinh khí cầu"],
    "từ phổ biến": ["công", "thành phố", "doanh nghiệp", "sở"],
    "nhiều từ": ["xăng dầu", "điện mặt trời", "thương mại điện tử", "an toàn hóa chất"],
    "tiền tố": ["công thư", "thương mạ", "hóa chấ", "doanh ngh"],
    "không có": ["khôngtồntại", "zzzqqq", "abc xyz", "hydro khôngtồntại"],
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["ours", "stock"], required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--cap", type=float, default=10.0)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congtin.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if args.mode == "ours":
        run_ours(args)
    else:
        run_stock(args)


def emit(**row):
    print(json.dumps(row, ensure_ascii=False), flush=True)


def run_ours(args):
    from django.db import connection

    from . import fill

    started = time.perf_counter()
    locale_id = fill.fill_entries(args.rows)
    seconds = time.perf_counter() - started
    emit(kind="fill", backend=connection.vendor, rows=args.rows, seconds=seconds)
    measure_ours(connection.vendor, args.rows, locale_id, args.repeat, "congtin")
    measure_ranked(connection.vendor, args.rows, locale_id, args.repeat)


def run_stock(args):
    from django.db import connection

    from congtin.search.indexing import rebuild

    from . import fill

    locale_id = fill.fill_standard_pages(args.rows)
    rows, seconds = rebuild(batch_size=500)
    emit(kind="rebuild", backend=connection.vendor, rows=rows, seconds=seconds)
    fill.analyze()
    stock_seconds = index_stock(args.rows)
    emit(kind="stock-index", backend=connection.vendor, rows=args.rows, seconds=stock_seconds)
    measure_ours(connection.vendor, args.rows, locale_id, args.repeat, "congtin")
    for relevance in (False, True):
        measure_stock(connection.vendor, args.rows, args.repeat, args.cap, relevance)


def server_cpu_ns():
    """CPU time the PostgreSQL backend serving this connection has used, in
    ns (/proc/<pid>/schedstat, the server runs on this machine); 0 for
    SQLite, which runs inside this process and is counted by process_time."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0
    if getattr(connection, "_bench_backend_pid", None) is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            connection._bench_backend_pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{connection._bench_backend_pid}/schedstat") as stat:
            return int(stat.read().split()[0])
    except OSError:
        return 0


def timings(call, repeat, queries):
    """Wall-clock ms and CPU ms (this process plus the database server's) of
    each call: on a busy machine the first grows with the load, the second
    hardly does."""
    wall, cpu = [], []
    for _ in range(repeat):
        for text in queries:
            server = server_cpu_ns()
            process = time.process_time()
            started = time.perf_counter()
            call(text)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - process) * 1000
                       + (server_cpu_ns() - server) / 1e6)
    return wall, cpu


def summary(samples, cpu=None):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    row = {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1],
           "n": len(ordered)}
    if cpu:
        cpu_row = summary(cpu)
        row.update(cpu_p50=cpu_row["p50"], cpu_p95=cpu_row["p95"])
    return row


def measure_ours(vendor, rows, locale_id, repeat, label):
    from congtin.search.query import parse
    from congtin.search.results import SearchResults

    for kind, queries in QUERIES.items():
        def call(text):
            list(SearchResults(parse(text), locale_id)[0:21])

        emit(kind="query", backend=vendor, engine=label, rows=rows, query=kind,
             **summary(*timings(call, repeat, queries)))


RANKED_SQL = {
    "sqlite": ("SELECT page_id FROM (SELECT page_id, bm25(search_fts) AS score FROM search_fts "
               "WHERE search_fts MATCH %s ORDER BY rowid DESC LIMIT 200) ORDER BY score LIMIT 21"),
    "postgresql": ("SELECT page_id FROM (SELECT page_id, folded_tsv FROM search_searchentry "
                   "WHERE locale_id = %s AND folded_tsv @@ to_tsquery('simple', %s) "
                   "ORDER BY date DESC LIMIT 200) c ORDER BY ts_rank(folded_tsv, "
                   "to_tsquery('simple', %s)) DESC LIMIT 21"),
}


def measure_ranked(vendor, rows, locale_id, repeat):
    """Relevance over the newest 200 matches only: is it affordable?"""
    from django.db import connection

    from congtin.search import backends
    from congtin.search.query import parse

    def call(text):
        query = parse(text)
        if vendor == "sqlite":
            params = [backends.sqlite_match_expression(query, locale_id)]
        else:
            tsquery = backends.postgres_tsquery(query)
            params = [locale_id, tsquery, tsquery]
        with connection.cursor() as cursor:
            cursor.execute(RANKED_SQL[vendor], params)
            cursor.fetchall()

    for kind, queries in QUERIES.items():
        emit(kind="query", backend=vendor, engine="congtin + xếp hạng 200 mới nhất", rows=rows,
             query=kind, **summary(*timings(call, repeat, queries)))


def index_stock(rows):
    from wagtail.search.backends import get_search_backend

    from congtin.content.models import StandardPage

    backend = get_search_backend()
    started = time.perf_counter()
    ids = list(StandardPage.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        backend.add_bulk(StandardPage, list(StandardPage.objects.filter(pk__in=ids[start:start + 500])))
    return time.perf_counter() - started


class Capped(Exception):
    pass


def run_capped(vendor, cap, call):
    """Run call(); stop the database statement after `cap` seconds."""
    from django.db import connection

    connection.ensure_connection()
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = %s", [int(cap * 1000)])
        try:
            call()
        except Exception as error:  # the database's timeout error
            raise Capped() from error
        return
    timer = threading.Timer(cap, connection.connection.interrupt)
    timer.start()
    try:
        call()
    except Exception as error:  # sqlite3.OperationalError: interrupted
        raise Capped() from error
    finally:
        timer.cancel()


def measure_stock(vendor, rows, repeat, cap, relevance):
    from congtin.content.models import StandardPage

    label = "Wagtail database backend" + (" (xếp hạng)" if relevance else " (không xếp hạng)")
    for kind, queries in QUERIES.items():
        samples = []
        capped = False
        for _ in range(repeat):
            for text in queries:
                started = time.perf_counter()
                try:
                    run_capped(vendor, cap, lambda t=text: list(
                        StandardPage.objects.live().search(
                            t, order_by_relevance=relevance, operator="and")[:21]))
                except Capped:
                    capped = True
                    samples.append(cap * 1000)
                    break
                samples.append((time.perf_counter() - started) * 1000)
            if capped:
                break
        emit(kind="query", backend=vendor, engine=label, rows=rows, query=kind, capped=capped,
             **summary(samples))


if __name__ == "__main__":
    sys.exit(main())
