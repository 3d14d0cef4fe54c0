"""P1 probe: what the page store costs nginx next to a plain static file,
without `make bench`'s data.

One nginx per configuration (1 worker, the production locations of
congtin-cached.conf.example and a /static-html/ reference location, as in
bench/run.py) serves a few generated pages from a page-store folder, and the
very same bytes as plain static files. wrk asks for each page from the store
and as the static file back to back (each first in turn), configuration after
configuration, round after round; the nginx worker's CPU time per request is
read from /proc/<pid>/stat. The figure to read is the ratio within each such
pair: a burst of load on the shared machine moves both runs of a pair, and
CPU time moves less than req/s anyway.

A variant is a folder holding the deploy/nginx files to try instead (copy
deploy/nginx and edit). Usage:
    python bench/p1_probe.py [--rounds 5] [--seconds 3]
                             [--variant NAME=FOLDER[:MAIN_DIRECTIVES]] ...
e.g. --variant jit=deploy/nginx:"pcre_jit on;"
Only 127.0.0.1 is contacted; no gunicorn runs (a request the store does not
answer gets 502, and the probe stops before timing it).
"""

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import run  # noqa: E402

from congtin.pagecache import localproxy  # noqa: E402

HOST = "127.0.0.1"
# Address → the store's file for it (congtin/pagecache/store.py's layout).
PAGES = {
    "/tin-tuc/bai-viet-1/": "vi/tin-tuc/bai-viet-1/index.html",
    "/tin-tuc/?page=250": "vi/tin-tuc/index+page-250.html",
    "/en/": "en/en/index.html",
}
COLUMNS = ("store", "static")


def page_html(address, size):
    """About `size` bytes of Vietnamese HTML, distinct per address."""
    paragraph = (
        f"<p>Sở Công Thương thông báo về {address}: kế hoạch bình ổn thị trường, "
        "kiểm tra an toàn thực phẩm và hỗ trợ doanh nghiệp.</p>\n"
    )
    body = paragraph * (size // len(paragraph.encode()) + 1)
    return f'<!DOCTYPE html><html lang="vi"><body>{body}</body></html>\n'.encode()


def write_pages(workdir, size):
    """The store folder and the static folder with the same bytes; returns
    {address: static address}."""
    generation = workdir / "pages" / "gen-1"
    static = {}
    for number, (address, stored) in enumerate(PAGES.items()):
        html = page_html(address, size)
        path = generation / HOST / stored
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(html)
        (workdir / "html").mkdir(exist_ok=True)
        (workdir / "html" / f"page-{number}.html").write_bytes(html)
        static[address] = f"/static-html/page-{number}.html"
    (workdir / "pages" / "current").symlink_to("gen-1")
    return static


def parse_variant(text):
    """NAME=FOLDER[:MAIN_DIRECTIVES] → (name, folder, main directives)."""
    name, _, rest = text.partition("=")
    folder, _, main = rest.partition(":")
    return name, Path(folder).resolve(), main


def start(workdir, name, nginx_dir, main):
    dead_backend = localproxy.free_port()  # nothing listens: a miss is a 502
    return localproxy.start_nginx(
        workdir / f"nginx-{name}",
        backend_port=dead_backend,
        static_root=workdir / "html",
        store_dir=workdir / "pages",
        nginx_dir=nginx_dir,
        extra_main=main,
    )


def check_same_page(nginx, address, static_address):
    """The store answers the address itself, with the static file's bytes."""
    with urllib.request.urlopen(nginx.url + address, timeout=10) as response:
        stored, served_by = response.read(), response.headers.get("X-Proxy-Cache")
    if served_by != "STORE" or stored != run.fetch(nginx.url + static_address):
        sys.exit(f"{nginx.workdir.name}: {address} is not served from the store")


def measure(instances, static, rounds, seconds):
    """{(config, column): [µs per request of each run]}, in alternating rounds;
    the two columns of one page run back to back, in turn first, so that the
    i-th runs of both columns form a pair measured under the same load."""
    samples = {(name, column): [] for name in instances for column in COLUMNS}
    for number in range(rounds):
        order = COLUMNS if number % 2 == 0 else COLUMNS[::-1]
        for name, nginx in instances.items():
            worker = run.nginx_worker(nginx)
            for address, static_address in static.items():
                for column in order:
                    url = nginx.url + (address if column == "store" else static_address)
                    samples[(name, column)].append(run.wrk_with_cpu(url, seconds, worker)["cpu_us"])
    return samples


def report(samples, instances):
    """Medians per column, and the ratio of each pair (its median and quartiles):
    a burst of load on the machine moves a pair together, less its ratio."""
    lines = [
        "| cấu hình | kho trang µs | tĩnh µs | tĩnh ÷ kho trang (trung vị cặp; tứ phân vị) |",
        "|---|---|---|---|",
    ]
    for name in instances:
        store, static = samples[(name, "store")], samples[(name, "static")]
        low, middle, high = statistics.quantiles(
            [b / a for a, b in zip(store, static, strict=True)], n=4
        )
        lines.append(
            f"| {name} | {statistics.median(store):.2f} | "
            f"{statistics.median(static):.2f} | {middle:.0%} ({low:.0%}–{high:.0%}) |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--size", type=int, default=20_000, help="bytes per page")
    parser.add_argument("--variant", action="append", default=[], type=parse_variant)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="congtin-p1-"))
    instances = {}
    try:
        static = write_pages(workdir, args.size)
        for name, nginx_dir, main_directives in [
            ("deployed", localproxy.NGINX_DIR, ""),
            *args.variant,
        ]:
            instances[name] = start(workdir, re.sub(r"\W", "-", name), nginx_dir, main_directives)
            for address, static_address in static.items():
                check_same_page(instances[name], address, static_address)
        samples = measure(instances, static, args.rounds, args.seconds)
    finally:
        for nginx in instances.values():
            nginx.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"nginx worker CPU µs mỗi yêu cầu (trung vị của {args.rounds} vòng xen kẽ × "
        f"{len(PAGES)} trang, wrk {args.seconds} s, trang {args.size:,} byte)"
    )
    print(report(samples, instances))


if __name__ == "__main__":
    main()
