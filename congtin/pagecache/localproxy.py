"""Run the caching proxies of deploy/ as plain processes on loopback ports,
with the very configuration files production uses, for the invalidation
tests and the benchmark. Only 127.0.0.1 is ever bound or contacted."""

import os
import re
import shutil
import socket
import subprocess
import textwrap
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def available(program):
    return Path(program).exists()


@dataclass
class Proxy:
    """A started proxy: its address, its process and its scratch folder."""

    url: str
    process: subprocess.Popen
    workdir: Path
    extra: dict = field(default_factory=dict)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def wait_for(url, process, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process stopped before it was ready")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


STORE_IN_DEPLOY = "/var/cache/congtin/pages"
NGINX_DIR = DEPLOY / "nginx"


def deploy_include(workdir, name, replacements, nginx_dir=NGINX_DIR):
    """A copy of deploy/nginx/<name> (or of the same file in nginx_dir) with
    production folders replaced by the scratch ones, written next to
    nginx.conf; returns its path."""
    text = (nginx_dir / name).read_text()
    for production, scratch in replacements.items():
        assert production in text, f"{name} no longer names {production}"
        text = text.replace(production, str(scratch))
    (workdir / name).write_text(text)
    return workdir / name


EXAMPLE = "congtin-cached.conf.example"


def production_locations(includes, nginx_dir=NGINX_DIR):
    """The `location /` and `location @congtin` blocks of the production
    example, word for word, with its include paths pointed at the copies."""
    text = (nginx_dir / EXAMPLE).read_text()
    blocks = re.findall(r"^    location (?:/|@congtin) \{\n.*?^    \}$", text, re.M | re.S)
    assert len(blocks) == 2, f"{EXAMPLE}: location / and @congtin not found"
    joined = "\n".join(blocks)
    for production, copy in includes.items():
        assert production in joined, f"{EXAMPLE} no longer includes {production}"
        joined = joined.replace(production, str(copy))
    return ["\n" + textwrap.indent(joined, "    ")]


def production_upstream(backend_port):
    """The example's `upstream congtin` line (its keepalive), on the given port."""
    line = re.search(r"^upstream congtin \{.*\}$", (NGINX_DIR / EXAMPLE).read_text(),
                     re.M).group(0)
    return "    " + re.sub(r"server 127\.0\.0\.1:\d+;", f"server 127.0.0.1:{backend_port};", line)


def nginx_conf(workdir, port, backend_port=None, static_root=None, extra_http="",
               store_dir=None, nginx_dir=NGINX_DIR, extra_main=""):
    """An nginx.conf with the production configuration of deploy/nginx/ (or of
    another folder of the same files, nginx_dir: bench/p1_probe.py's variants):
    the http{} part, the upstream and the two page locations of
    congtin-cached.conf.example (TLS, /static/, /media/ and /admin/ left out);
    extra_http is more configuration text for the http{} block
    (e.g. an include), extra_main for the main context."""
    http_part = deploy_include(workdir, "pagecache-http.conf",
                               {"/var/cache/nginx/congtin": workdir / "cache"}, nginx_dir)
    temp = "\n".join(f"    {name}_temp_path {workdir / 'tmp' / name};"
                     for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    locations = []
    if backend_port:
        store_part = deploy_include(workdir, "pagestore-location.conf",
                                    {STORE_IN_DEPLOY: store_dir or workdir / "pages",
                                     "/etc/nginx/congtin/pagestore-headers.conf":
                                     nginx_dir / "pagestore-headers.conf"}, nginx_dir)
        locations += production_locations({
            "/etc/nginx/congtin/pagestore-location.conf": store_part,
            "/etc/nginx/congtin/pagecache-location.conf":
                nginx_dir / "pagecache-location.conf"}, nginx_dir)
    if static_root:
        # The benchmark's reference: the same HTML as a plain static file, with
        # the same open-file cache as the page store (a fair comparison).
        locations.append(f"""
        location /static-html/ {{
            alias {static_root}/;
            default_type text/html;
            open_file_cache max=20000 inactive=60s;
            open_file_cache_valid 1s;
            open_file_cache_errors on;
        }}""")
    upstream = production_upstream(backend_port) if backend_port else ""
    # Started as root (a container), workers would drop to "nobody" and could not
    # read the private temporary folders; they keep the caller's user instead.
    user = "user root root;" if os.geteuid() == 0 else ""
    # "access_log off" would cancel an access_log given in extra_http (same level).
    access_log = "" if "access_log" in extra_http else "access_log off;"
    return f"""
{user}
{extra_main}
worker_processes 1;
daemon off;
pid {workdir / 'nginx.pid'};
error_log {workdir / 'error.log'} warn;
events {{ worker_connections 1024; }}
http {{
    {access_log}
{temp}
    keepalive_requests 100000;
    include {http_part};
{extra_http}
{upstream}
    server {{
        listen 127.0.0.1:{port};
        {''.join(locations)}
    }}
}}
"""


def start_nginx(workdir, backend_port=None, static_root=None, extra_http="", store_dir=None,
                nginx_dir=NGINX_DIR, extra_main=""):
    """nginx on a free loopback port; with a backend, the page store is read
    from store_dir (PAGECACHE_STORE_DIR of that backend; default: an empty
    folder in workdir, so every page is proxied)."""
    workdir = Path(workdir)
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (workdir / "tmp" / name).mkdir(parents=True, exist_ok=True)
    (workdir / "cache").mkdir(exist_ok=True)
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(nginx_conf(workdir, port, backend_port, static_root, extra_http, store_dir,
                               nginx_dir, extra_main))
    process = subprocess.Popen([NGINX, "-p", str(workdir), "-e", str(workdir / "error.log"),
                                "-c", str(conf)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/", process)
    return Proxy(url=url, process=process, workdir=workdir)


def start_varnish(workdir, backend_port):
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = (DEPLOY / "varnish" / "congtin.vcl").read_text().replace(
        '.port = "8000";', f'.port = "{backend_port}";')
    (workdir / "congtin.vcl").write_text(vcl)
    port, admin = free_port(), free_port()
    # As root, varnishd would hand the private folder to its own user; no jail then.
    jail = ["-j", "none"] if os.geteuid() == 0 else []
    process = subprocess.Popen(
        [VARNISHD, *jail, "-F", "-a", f"127.0.0.1:{port}", "-T", f"127.0.0.1:{admin}",
         "-f", str(workdir / "congtin.vcl"), "-n", str(workdir / "varnish"),
         "-s", "malloc,128m", "-P", str(workdir / "varnish.pid")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/", process)
    return Proxy(url=url, process=process, workdir=workdir)
