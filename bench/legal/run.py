"""The legal library's search at scale: listing, each filter and text search
over 100,000 documents, on SQLite and PostgreSQL, p50/p95 in a table.

    .venv/bin/python -m bench.legal.run --rows 100000
    # options: --backends sqlite,postgresql  --repeat 20
    #          --pg-url postgres://postgres@127.0.0.1:5432  (or PG_BENCH_URL)

Each database is made afresh (an SQLite file under /tmp; the PostgreSQL
database `congtin_bench_legal`, dropped and created), migrated, filled by
bulk insert with generated documents (folded search text included, as the
library stores it), analysed, and then each query is timed the way the
public search runs it: `views.find_documents` + `paginate` (one row more than
a page, never a COUNT), first page and page 5.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG_DB = "congtin_bench_legal"

QUERIES = [
    ("danh sách (mới nhất)", {}),
    ("danh sách, trang 5", {"page": "5"}),
    ("lọc loại văn bản", {"loai": "quyet_dinh"}),
    ("lọc cơ quan ban hành", {"co_quan": "ISSUER"}),
    ("lọc lĩnh vực", {"linh_vuc": "FIELD"}),
    ("lọc năm ban hành", {"nam": "2015"}),
    ("lọc tình trạng hiệu lực", {"hieu_luc": "het_mot_phan"}),
    ("lọc kết hợp loại + năm + hiệu lực", {"loai": "thong_tu", "nam": "2020", "hieu_luc": "con"}),
    ("từ khóa phổ biến", {"q": "thuong mai"}),
    ("từ khóa hiếm", {"q": "hydro xanh"}),
    ("số ký hiệu", {"q": "1234/qd"}),
    ("số ký hiệu đầy đủ", {"q": "SYMBOL"}),
    ("từ ngắn (2 ký tự)", {"q": "qd"}),
    ("không có kết quả", {"q": "khongcotu"}),
    ("từ khóa hiếm + lọc năm", {"q": "hydro", "nam": "2010"}),
    ("từ khóa + lọc loại", {"q": "dien luc", "loai": "nghi_dinh"}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=os.environ.get("PG_BENCH_URL",
                                                          "postgres://postgres@127.0.0.1:5432"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)
    results = {}
    for backend in args.backends.split(","):
        results[backend] = run_backend(backend, args)
    print_table(results, args.rows)
    return 0


def run_backend(backend, args):
    workdir = Path(tempfile.mkdtemp(prefix="congtin-bench-legal-"))
    if backend == "sqlite":
        url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    else:
        url = f"{args.pg_url}/{PG_DB}"
        recreate_pg_database(args.pg_url)
    env = {**os.environ, "DATABASE_URL": url, "CONGTIN_VAR_DIR": str(workdir),
           "DJANGO_SETTINGS_MODULE": "congtin.settings", "LOG_LEVEL": "WARNING",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    try:
        started = time.monotonic()
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
                       cwd=ROOT, env=env, check=True, stderr=subprocess.DEVNULL)
        print(f"[{backend}] migrated in {time.monotonic() - started:.0f} s", file=sys.stderr)
        output = subprocess.run(
            [sys.executable, "-m", "bench.legal.run", "--worker", backend,
             "--rows", str(args.rows), "--repeat", str(args.repeat)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
        return json.loads(output.strip().splitlines()[-1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def recreate_pg_database(base_url):
    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {PG_DB}")
        connection.execute(f"CREATE DATABASE {PG_DB}")


def worker(args):
    import django

    django.setup()
    from bench.legal.fill import fill

    started = time.monotonic()
    ids = fill(args.rows)
    from congtin.legal.models import LegalDocument

    ids["SYMBOL"] = LegalDocument.objects.get(slug=f"bench-{args.rows // 2 + 1}").symbol
    fill_seconds = time.monotonic() - started
    timings = {}
    for label, params in QUERIES:
        params = {key: str(ids[value]) if value in ids else value
                  for key, value in params.items()}
        timings[label] = time_query(params, args.repeat)
    print(json.dumps({"fill_seconds": fill_seconds, "timings": timings}))
    return 0


def time_query(params, repeat):
    from django.test import RequestFactory

    from congtin.content.listing import paginate
    from congtin.legal.search_filters import SearchFilters
    from congtin.legal.views import PAGE_SIZE, find_documents

    request = RequestFactory().get("/van-ban/", params)
    samples, found = [], 0
    for _ in range(repeat + 1):
        started = time.perf_counter()
        page = paginate(find_documents(SearchFilters.from_request(request)), request, PAGE_SIZE)
        found = len(page.items)
        samples.append((time.perf_counter() - started) * 1000)
    samples = sorted(samples[1:])  # the first run warms the caches
    return {"p50": statistics.median(samples),
            "p95": samples[min(len(samples) - 1, int(0.95 * len(samples)))],
            "rows": found}


def print_table(results, rows):
    backends = list(results)
    print(f"\nThư viện văn bản: {rows:,} văn bản".replace(",", "."))
    for backend in backends:
        print(f"  {backend}: nạp dữ liệu {results[backend]['fill_seconds']:.0f} s")
    header = f"{'truy vấn':<36}" + "".join(f"{b + ' p50':>16}{b + ' p95':>16}{'dòng':>6}"
                                          for b in backends)
    print(header)
    print("-" * len(header))
    for label, _ in QUERIES:
        line = f"{label:<36}"
        for backend in backends:
            t = results[backend]["timings"][label]
            line += f"{t['p50']:>13.1f} ms{t['p95']:>13.1f} ms{t['rows']:>6}"
        print(line)


if __name__ == "__main__":
    sys.exit(main())
