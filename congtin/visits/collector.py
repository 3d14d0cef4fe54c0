"""Counting the views a caching proxy answers, from the proxy's own log
(production profile).

In production nginx (or Varnish) answers most page views from its cache,
without Django. nginx writes one JSON line per page request
(deploy/nginx/visits-http.conf) into a buffered log in /run (memory, not
disk), which this collector (`manage.py collect_visits`) follows and deletes
once read (`LogFollower`); Varnish's varnishncsa writes the same JSON
(deploy/varnish/visits.format) into a pipe that the collector reads
(`collect_visits --stdin`). The collector applies the same rule as the
middleware (rules.py), hashes the address at once and hands the view to the
store's buffer (Redis in production), written in batches.

A buffered file, not a datagram per view: sending one costs nginx a system
call per page view, more than half again what serving a cached page costs
(bench/visits/README.md), while nginx writes a buffer of many lines at once;
and a file loses nothing when the collector falls behind, where the kernel
drops datagrams.

Lines that are not what those formats write (too long, not JSON, bad
UTF-8, an address that is not one, a path in a legacy encoding, a time far
from now) are refused and counted as such; the collector never stops for one.
"""

import datetime
import gc
import ipaddress
import json
import logging
import os
import re
import selectors
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

from django.utils import timezone

from . import config, rules
from .middleware import ANONYMOUS
from .store import View

logger = logging.getLogger(__name__)

MAX_LINE = 8192  # nginx's lines are far shorter; a longer one is not one of them
FIELDS = ("t", "h", "m", "u", "s", "ct", "ua", "sp", "pp", "a", "c", "v")
HOST = re.compile(r"[A-Za-z0-9.\-]{1,253}(:\d{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?")
# A line's time is believed up to this far ahead (clocks differ a little) and
# this far back (a collector that was stopped reads what nginx wrote meanwhile).
AHEAD = datetime.timedelta(minutes=10)
BEHIND = datetime.timedelta(days=1)


class RefusedLine(ValueError):
    pass


@dataclass
class Tally:
    received: int = 0
    counted: int = 0  # views handed to the store
    ignored: int = 0  # well-formed lines that are no view (a 404, a robot, staff…)
    refused: int = 0  # malformed or hostile lines

    def __str__(self):
        return (f"received {self.received}, counted {self.counted}, "
                f"ignored {self.ignored}, refused {self.refused}")


def parse(line, now):
    """The fields of one line (visits-http.conf's or visits.format's JSON),
    checked; RefusedLine if it is not what those formats write."""
    if len(line) > MAX_LINE:
        raise RefusedLine("too long")
    try:
        entry = json.loads(line.decode("utf-8"))
    except ValueError as error:  # bad JSON or bad UTF-8
        raise RefusedLine("not JSON") from error
    if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in FIELDS):
        raise RefusedLine("fields")
    try:
        at = datetime.datetime.fromtimestamp(float(entry["t"]), tz=datetime.UTC)
        entry["s"] = int(entry["s"])
        entry["a"] = str(ipaddress.ip_address(entry["a"]))
    except (ValueError, OverflowError) as error:
        raise RefusedLine("time, status or address") from error
    if not now - BEHIND <= at <= now + AHEAD:
        raise RefusedLine("time")
    if not HOST.fullmatch(entry["h"]):
        raise RefusedLine("host")
    entry["t"], entry["path"] = at, decoded_path(entry["u"])
    return entry


def decoded_path(request_uri):
    """/tin-tuc/b%C3%A0i/?page=2 → /tin-tuc/bài/, as Django sees it; a path
    that is not UTF-8 once decoded (a legacy encoding) is refused."""
    raw = request_uri.split("?", 1)[0]
    if not raw.startswith("/"):
        raise RefusedLine("path")
    try:
        path = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as error:
        raise RefusedLine("path encoding") from error
    if not path.isprintable():  # control characters: no page has them
        raise RefusedLine("path control characters")
    return path


def view_of(entry):
    """The view a checked line records, or None when it is no reader's view.
    A request with a session cookie reached Django, which labels it when its
    reader is anonymous (middleware.READER_HEADER); staff are left out."""
    if not (rules.is_public_page(entry["m"], entry["s"], entry["ct"], entry["path"])
            and rules.is_reader(entry["ua"], {"HTTP_SEC_PURPOSE": entry["sp"],
                                              "HTTP_PURPOSE": entry["pp"]})):
        return None
    if entry["c"] == "1" and entry["v"] != ANONYMOUS:
        return None
    return View.of(entry["a"], entry["ua"], entry["h"], entry["path"], entry["t"])


class Collector:
    """Takes nginx's lines one by one and records the views in `store`."""

    def __init__(self, store):
        self.store = store
        self.tally = Tally()

    def take(self, line, now=None):
        self.tally.received += 1
        try:
            entry = parse(line, now or timezone.now())
        except RefusedLine:
            self.tally.refused += 1
            return
        view = view_of(entry)
        if view is None:
            self.tally.ignored += 1
            return
        self.store.record(view)
        self.tally.counted += 1


def split_lines(partial, chunk):
    """(complete lines, the unfinished rest) of what was read so far. A rest
    longer than MAX_LINE is handed on as a line of its own (refused as too
    long) rather than kept growing."""
    *lines, rest = (partial + chunk).split(b"\n")
    if len(rest) > MAX_LINE:
        lines, rest = [*lines, rest], b""
    return [line for line in lines if line], rest


class LogFollower:
    """nginx's visits log (deploy/nginx/visits-http.conf: buffered, in /run,
    so in memory), read like `tail -F` (`run`'s receive).

    The rotation (deploy/systemd/congtin-visits-rotate.service) renames it
    NAME.1 and has nginx reopen its logs. Once the path names a new file,
    nginx has written its last buffer to the old one: that one is read to
    its end and deleted, its addresses counted (hashed) and not kept. A
    collector that starts reads a NAME.1 left over first, then NAME from its
    start; the lines it reads a second time are views already marked for
    their window, so they do not count twice."""

    def __init__(self, path):
        self.path = Path(path)
        self.rotated = self.path.with_name(self.path.name + ".1")
        self.file, self.partial = None, b""

    def __call__(self):
        if self.file is None:
            self.file = self._open_next()
            if self.file is None:  # nginx has not written yet
                time.sleep(0.2)
                return []
        lines = self._read()
        if lines:
            return lines
        if self._moved_on():
            lines = self._read()  # what nginx wrote before it reopened its logs
            self._finish()
            return lines
        time.sleep(0.2)
        return []

    def _open_next(self):
        for candidate in (self.rotated, self.path):
            try:
                return open(candidate, "rb")  # noqa: SIM115 (kept open across calls)
            except FileNotFoundError:
                continue
        return None

    def _read(self):
        if os.fstat(self.file.fileno()).st_size < self.file.tell():
            self.file.seek(0)  # emptied by hand: read it again from its start
        chunk = self.file.read(1 << 20)
        if not chunk:
            return []
        lines, self.partial = split_lines(self.partial, chunk)
        return lines

    def _moved_on(self):
        """True once the path names another file than the one being read."""
        try:
            return os.stat(self.path).st_ino != os.fstat(self.file.fileno()).st_ino
        except FileNotFoundError:
            return False  # renamed, not reopened by nginx yet: it may still write here

    def _finish(self):
        """The old file is read: delete it (it holds raw addresses) and go on
        with the new one at the next call."""
        inode = os.fstat(self.file.fileno()).st_ino
        self.file.close()
        self.file, self.partial = None, b""
        try:
            if os.stat(self.rotated).st_ino == inode:
                self.rotated.unlink()
        except FileNotFoundError:
            pass

    def close(self):
        if self.file is not None:
            self.file.close()


def stream_lines(fd):
    """Lines from a pipe (varnishncsa's output, one JSON line per request):
    whatever came within a short wait; None once the writer has closed it."""
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    partial = [b""]

    def receive():
        if not selector.select(timeout=0.2):
            return []
        chunk = os.read(fd, 65536)
        if not chunk:
            selector.close()
            return None
        lines, partial[0] = split_lines(partial[0], chunk)
        return lines

    return receive


def freeze_startup_objects():
    """Leave what the process loaded at start (Django, Wagtail, the models:
    never garbage) out of the garbage collector's passes. A batch allocates
    hundreds of thousands of short-lived objects, and each full pass used to
    walk all of those too: 10–20 % of the writer's time per view
    (bench/visits/bench_writer.py)."""
    gc.collect()
    gc.freeze()


def run(receive, collector, should_stop, report_every=60):
    """Take the lines receive() gives until should_stop() or the source
    closes; write a full buffer between lines, and what waits every flush
    interval (this also moves Redis into the database when the site is quiet)."""
    next_report = time.monotonic()
    next_flush = next_report + config.flush_seconds()
    reported = None
    while not should_stop():
        lines = receive()
        if lines is None:
            break
        for line in lines:
            collector.take(line)
            _flush(collector.store, full_only=True)
        moment = time.monotonic()
        if moment >= next_flush:
            next_flush = moment + config.flush_seconds()
            _flush(collector.store)
        if moment >= next_report:
            next_report = moment + report_every
            if str(collector.tally) != reported:  # a quiet site, a quiet log
                reported = str(collector.tally)
                logger.info("visits collector: %s", reported)
    _flush(collector.store)


def _flush(store, full_only=False):
    """Write what waits (only once the buffer is full: between lines)."""
    try:
        store.flush_if_full() if full_only else store.flush()
    except Exception:  # kept by the store and retried; the collector goes on
        logger.exception("visits collector: could not write a batch")
