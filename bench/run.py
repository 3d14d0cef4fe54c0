"""`make bench`: congtin, the stock Wagtail reference site and nginx, side by
side on loopback, driven by wrk; prints one table and writes it to
bench/out/latest.md.

Usage: python bench/run.py [--n 100000] [--quick] [--seconds 10]
Only 127.0.0.1 is ever contacted; every wrk run is bounded in time.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import cpu  # noqa: E402
import data  # noqa: E402
import stock  # noqa: E402

from congtin.pagecache import localproxy  # noqa: E402

CONNECTIONS = 8
WORKERS = 2
PROXY = "nginx production"
TARGETS = ["congtin", "congtin uncached", "stock Wagtail", PROXY, "nginx static"]
NGINX_COLUMNS = (PROXY, "nginx static")
NGINX_ROUNDS = 3


def scenarios(count):
    last = max(count // 20, 1)
    middle = 250 if last > 250 else max(last // 2, 1)
    return [("home", "/"), ("article", f"/tin-tuc/bai-viet-{count // 2}/"),
            ("listing p1", "/tin-tuc/"), (f"listing p{middle}", f"/tin-tuc/?page={middle}"),
            (f"listing p{last}", f"/tin-tuc/?page={last}")]


def gunicorn(module, cwd, env):
    port = localproxy.free_port()
    binary = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(binary), module, "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS),
         "--log-level", "warning"], cwd=cwd, env=env)
    url = f"http://127.0.0.1:{port}"
    localproxy.wait_for(url + "/", process, seconds=60)
    return url, process


def worker_rss_mb(master):
    """Resident memory of each gunicorn worker (children of the master)."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, seconds):
    """req/s, p50 and p99 in ms, and the share of non-2xx answers."""
    result = subprocess.run(
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s", "--latency",
         url], capture_output=True, text=True, timeout=seconds + 30, check=True)
    text = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))

    def percentile(name):
        value, unit = re.search(rf"\s{name}%\s+([\d.]+)(us|ms|s)", text).groups()
        return float(value) * UNITS[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {"rps": rps, "p50": percentile("50"), "p99": percentile("99"),
            "requests": int(re.search(r"(\d+) requests in", text).group(1)),
            "errors": int(errors.group(1)) if errors else 0}


def cpu_seconds(pid):
    """User + system CPU time of one process so far (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree_cpu(process):
    """CPU seconds of a gunicorn master and its workers."""
    pids = [process.pid] + Path(f"/proc/{process.pid}/task/{process.pid}/children") \
        .read_text().split()
    total = 0.0
    for pid in pids:
        try:
            total += cpu_seconds(pid)
        except OSError:  # a worker that has just been replaced
            pass
    return total


def wait_idle(processes, seconds=60):
    """Until the servers use under 2 % of a core over half a second."""
    deadline = time.monotonic() + seconds
    before = sum(process_tree_cpu(process) for process in processes)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        after = sum(process_tree_cpu(process) for process in processes)
        if after - before < 0.015:  # at most one clock tick
            return
        before = after


def nginx_worker(nginx):
    return int(Path(f"/proc/{nginx.process.pid}/task/{nginx.process.pid}/children")
               .read_text().split()[0])


def wrk_with_cpu(url, seconds, pid):
    """wrk, plus the CPU the nginx worker spent per request (µs): a figure
    that other load on the machine barely moves, unlike req/s."""
    before = cpu_seconds(pid)
    result = wrk(url, seconds)
    result["cpu_us"] = (cpu_seconds(pid) - before) / max(result["requests"], 1) * 1e6
    return result


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def start_all(count, workdir):
    project = data.build(count)
    cached_env = data.congtin_environment(count)
    congtin_url, congtin = gunicorn("congtin.wsgi:application", ROOT, cached_env)
    uncached_url, uncached = gunicorn("congtin.wsgi:application", ROOT,
                                      {**cached_env, "PAGECACHE_ENABLED": "0"})
    stock_url, stock_server = gunicorn("stocksite.wsgi:application", project,
                                       stock.environment(project, data.stock_db(count)))
    # The production profile: nginx with the deploy/nginx files in front of a
    # gunicorn that writes the page store nginx reads.
    store_dir = workdir / "pages"
    production_url, production = gunicorn("congtin.wsgi:application", ROOT,
                                          {**cached_env, "PAGECACHE_STORE_DIR": str(store_dir)})
    static_root = workdir / "html"
    static_root.mkdir()
    nginx = localproxy.start_nginx(workdir / "nginx",
                                   backend_port=production_url.rsplit(":", 1)[1],
                                   static_root=static_root, store_dir=store_dir)
    servers = {"congtin": (congtin_url, congtin), "congtin uncached": (uncached_url, uncached),
               "stock Wagtail": (stock_url, stock_server)}
    return servers, [production], nginx, static_root


def served_by(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        return response.headers.get("X-Proxy-Cache")


def warm_store(url, seconds=5.0):
    """The first view writes the page to the store; nginx sees the file within
    a second (open_file_cache_valid). True once nginx serves it from there."""
    deadline = time.monotonic() + seconds
    while served_by(url) != "STORE":
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def nginx_side_by_side(urls, seconds, worker, rounds=NGINX_ROUNDS):
    """The nginx columns in alternating rounds (the same total time as one
    cell each), so that a change of load on the machine falls on both; the
    round with the median req/s stands for each, with the median CPU time."""
    runs = {label: [] for label in urls}
    for _ in range(rounds):
        for label, url in urls.items():
            fetch(url)
            runs[label].append(wrk_with_cpu(url, max(seconds // rounds, 2), worker))
    results = {}
    for label, found in runs.items():
        middle = sorted(found, key=lambda run: run["rps"])[len(found) // 2]
        cpu = sorted(run["cpu_us"] for run in found)[len(found) // 2]
        results[label] = {**middle, "cpu_us": cpu}
    return results


def measure(count, seconds, workdir):
    servers, others, nginx, static_root = start_all(count, workdir)
    rows = []
    try:
        for name, address in scenarios(count):
            slug = re.sub(r"\W+", "-", name)
            urls = {label: url + address for label, (url, _) in servers.items()}
            urls[PROXY] = nginx.url + address
            urls["nginx static"] = f"{nginx.url}/static-html/{slug}.html"
            # The static reference is the very page nginx serves from the store.
            from_store = warm_store(urls[PROXY])
            (static_root / f"{slug}.html").write_bytes(fetch(urls[PROXY]))
            results = {}
            # The two nginx columns side by side, first, once the gunicorns have
            # finished what the previous cell left queued (a slow stock listing
            # keeps its workers busy for seconds after wrk stops).
            wait_idle([process for _, process in servers.values()] + others)
            results = nginx_side_by_side({label: urls[label] for label in NGINX_COLUMNS},
                                         seconds, nginx_worker(nginx))
            results[PROXY]["from_store"] = from_store
            for label in TARGETS:
                if label not in NGINX_COLUMNS:
                    fetch(urls[label])
                    results[label] = wrk(urls[label], seconds)
            rows.append((name, results))
        memory = {label: worker_rss_mb(process) for label, (_, process) in servers.items()}
        for _, (_, process) in servers.items():
            process.terminate()  # the reference below gets the machine to itself
            process.wait(timeout=20)
        reference = stock_listing_reference(count, seconds, rows)
    finally:
        nginx.stop()
        for process in [process for _, process in servers.values()] + others:
            process.terminate()
            process.wait(timeout=20)
    return rows, memory, reference


# P4 compares congtin's listings with stock Wagtail's listing of this many children.
P4_REFERENCE_COUNT = 10_000


def stock_listing_reference(count, seconds, rows):
    """req/s of stock Wagtail's listing page 1 at P4_REFERENCE_COUNT articles:
    the row measured above when the run has that many, else its own server."""
    if count == P4_REFERENCE_COUNT:
        return dict(rows)["listing p1"]["stock Wagtail"]
    project = data.build(P4_REFERENCE_COUNT)
    url, process = gunicorn("stocksite.wsgi:application", project,
                            stock.environment(project, data.stock_db(P4_REFERENCE_COUNT)))
    try:
        fetch(url + "/tin-tuc/")
        return wrk(url + "/tin-tuc/", seconds)
    finally:
        process.terminate()
        process.wait(timeout=20)


def ratio(a, b):
    return f"{a / b:.1f}×" if b else "–"


def table(rows, memory, reference, count, seconds):
    lines = [f"{count} bài viết · wrk 1 luồng, {CONNECTIONS} kết nối, {seconds} s mỗi ô · "
             f"gunicorn {WORKERS} worker sync · SQLite · hai cột nginx: {NGINX_ROUNDS} vòng xen kẽ "
             "(trung vị)",
             "",
             "| kịch bản | " + " | ".join(f"{t} req/s (p50/p99 ms)" for t in TARGETS)
             + " | congtin ÷ stock (P2) | uncached ÷ stock (P3) | proxy ÷ static (P1) |",
             "|---" * (len(TARGETS) + 4) + "|"]
    for name, results in rows:
        cells = [f"{r['rps']:,.0f} ({r['p50']:.1f}/{r['p99']:.1f})"
                 + (f" ⚠{r['errors']} lỗi" if r["errors"] else "")
                 + (" ⚠ không từ kho trang" if r.get("from_store") is False else "")
                 for r in (results[t] for t in TARGETS)]
        lines.append(f"| {name} | " + " | ".join(cells) + " | "
                     + " | ".join([ratio(results["congtin"]["rps"], results["stock Wagtail"]["rps"]),
                                   ratio(results["congtin uncached"]["rps"],
                                         results["stock Wagtail"]["rps"]),
                                   f"{results[PROXY]['rps'] / results['nginx static']['rps']:.0%}"])
                     + " |")
    # Where nginx is the bottleneck, static µs ÷ production µs is the req/s ratio.
    lines += ["", "P1 theo CPU của worker nginx (µs mỗi yêu cầu, production / static → tỉ lệ): "
              + "; ".join(f"{name} {results[PROXY]['cpu_us']:.1f} / "
                          f"{results['nginx static']['cpu_us']:.1f} → "
                          f"{results['nginx static']['cpu_us'] / results[PROXY]['cpu_us']:.0%}"
                          for name, results in rows)]
    listings = [(name, results) for name, results in rows if name.startswith("listing")]
    first, last = listings[0][1]["congtin uncached"], listings[-1][1]["congtin uncached"]
    lines += ["",
              f"P4 (không bộ đệm): {listings[0][0]} {first['rps']:,.0f} req/s, "
              f"{listings[-1][0]} {last['rps']:,.0f} req/s → tỉ lệ {first['rps'] / last['rps']:.2f}; "
              f"stock Wagtail, {P4_REFERENCE_COUNT:,} bài, listing p1 {reference['rps']:,.1f} req/s "
              f"→ {ratio(first['rps'], reference['rps'])} và {ratio(last['rps'], reference['rps'])}",
              "P7 bộ nhớ thường trú mỗi worker (MB): " + "; ".join(
                  f"{label} " + ", ".join(f"{size:.0f}" for size in sizes)
                  for label, sizes in memory.items())]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=None)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seconds", type=int, default=None)
    parser.add_argument("--cpu-repeat", type=int, default=100,
                        help="requests per page for the CPU-time table")
    args = parser.parse_args()
    for program in ("wrk", localproxy.NGINX):
        if not shutil.which(program):
            sys.exit(f"Thiếu {program}: apt-get install -y wrk nginx")
    count = args.n or (10_000 if args.quick else 100_000)
    seconds = args.seconds or (5 if args.quick else 10)
    workdir = Path(tempfile.mkdtemp(prefix="congtin-bench-"))
    started = time.monotonic()
    try:
        rows, memory, reference = measure(count, seconds, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    # The same pages in CPU time, which other load on the machine barely moves.
    chosen = scenarios(count)
    figures = cpu.measure_sites(count, [address for _, address in chosen], args.cpu_repeat)
    header = (f"{datetime.datetime.now():%d/%m/%Y %H:%M} · {platform.node()} · "
              f"{os.cpu_count()} CPU · {platform.python_implementation()} "
              f"{platform.python_version()} · {time.monotonic() - started:.0f} s")
    text = (header + "\n\n" + table(rows, memory, reference, count, seconds) + "\n\n"
            + f"CPU ms mỗi yêu cầu (trung vị process_time, {args.cpu_repeat} lần, gọi WSGI trực tiếp, "
            "không bộ đệm trang)\n\n" + cpu.table(figures, chosen) + "\n\n"
            + cpu.listing_ratio(figures, chosen))
    print(text)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "latest.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
