"""Search benchmark: congtin's index against Wagtail's database backend.

    .venv/bin/python -m bench.search.run --rows 100000 --stock-rows 10000

For each database (SQLite file under /tmp, a separate PostgreSQL database)
it starts worker.py twice, each on a fresh database: once with `--rows`
SearchEntry rows filled by bulk insert (congtin's index, plain and with
relevance over the newest 200 matches), once with `--stock-rows` real
StandardPages indexed by both congtin's rebuild and Wagtail's stock backend,
each stock query stopped after `--cap` seconds. Prints one table.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS_MS = {"sqlite": 60, "postgresql": 30}


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Đo tốc độ tìm kiếm (congtin và Wagtail)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--stock-rows", type=int, default=10_000,
                        help="số trang cho phép so sánh với Wagtail (0: bỏ qua)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=os.environ.get(
        "PG_BENCH_URL", "postgres://postgres@127.0.0.1:5432"))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--cap", type=float, default=10.0,
                        help="giây tối đa cho một truy vấn của Wagtail")
    return parser.parse_args(argv)


def fresh_database(backend, name, args, workdir):
    """A DATABASE_URL for an empty database of that backend."""
    if backend == "sqlite":
        path = workdir / f"{name}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{args.pg_url}/{name}"


def run_worker(url, workdir, mode, rows, args):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(workdir / "var"),
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    command = [sys.executable, "-m", "bench.search.worker", "--mode", mode,
               "--rows", str(rows), "--repeat", str(args.repeat), "--cap", str(args.cap)]
    print(f"… {mode}, {rows} trang, {url.split('/')[-1]}", file=sys.stderr, flush=True)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"worker failed ({mode}, {url})")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def print_table(rows):
    print(f"{'CSDL':<11}{'bộ tìm kiếm':<44}{'số trang':>9}  {'loại truy vấn':<14}"
          f"{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'CPU p50':>9}{'CPU p95':>9}")
    for r in rows:
        if r["kind"] != "query":
            continue
        flag = " (dừng ở giới hạn)" if r.get("capped") else ""
        print(f"{r['backend']:<11}{r['engine']:<44}{r['rows']:>9}  {r['query']:<14}"
              f"{r['p50']:>9.1f}{r['p95']:>9.1f}{r['max']:>9.1f}"
              + (f"{r['cpu_p50']:>9.1f}{r['cpu_p95']:>9.1f}" if "cpu_p95" in r else " " * 18)
              + flag)
    for r in rows:
        if r["kind"] != "query":
            rate = r["rows"] / r["seconds"] if r["seconds"] else 0
            print(f"{r['backend']}: {r['kind']} {r['rows']} trang trong {r['seconds']:.1f} s "
                  f"({rate:,.0f} trang/giây)")


def main(argv=None):
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="congtin-bench-search-"))
    results = []
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        url = fresh_database(backend, "congtin_bench_search", args, workdir)
        results += run_worker(url, workdir, "ours", args.rows, args)
        if args.stock_rows:
            url = fresh_database(backend, "congtin_bench_search_stock", args, workdir)
            results += run_worker(url, workdir, "stock", args.stock_rows, args)
    print_table(results)
    for backend, target in TARGETS_MS.items():
        ours = [r for r in results if r["kind"] == "query" and r["backend"] == backend
                and r["engine"] == "congtin" and r["rows"] == args.rows]
        if ours:
            worst = max(r["p95"] for r in ours)
            worst_cpu = max(r["cpu_p95"] for r in ours)
            verdict = "đạt" if worst <= target else "KHÔNG đạt"
            cpu_verdict = "đạt" if worst_cpu <= target else "KHÔNG đạt"
            print(f"{backend}: p95 lớn nhất {worst:.1f} ms ở {args.rows} trang; "
                  f"mục tiêu ≤ {target} ms: {verdict} · theo CPU (tiến trình + máy chủ CSDL) "
                  f"p95 lớn nhất {worst_cpu:.1f} ms: {cpu_verdict}")


if __name__ == "__main__":
    main()
