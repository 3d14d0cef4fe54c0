"""Embedded profile: the web workers hand their views to one writer process.

Without it, each web worker writes its own batches into the database: the
request that fills the buffer checks each view against the marks stored
there and writes new ones, in the web process, while readers wait for a
worker (bench/visits/README.md: +20–30 % of a cached view's CPU). With
VISITS_WRITER_SOCKET set (`make run` sets it), a worker sends each batch as
one datagram on a local socket to `manage.py collect_visits --socket`, which
checks and writes them as before (store.DatabaseStore): the worker only
appends to its buffer and, every VISITS_BUFFER_LIMIT views, sends.

Nothing is lost when the writer is missing, stopped or behind: a batch it
cannot take (no socket, its queue full: the kernel keeps at most
net.unix.max_dgram_qlen datagrams, 10 by default) is written by the worker
itself, as without a writer. (On macOS a local datagram is limited to 2 KB
by default: there every batch is written by its worker, as before.) Nothing counts twice either: a datagram is either sent
whole or not at all, and the writer checks each view against the marks.

A datagram carries views already hashed (no raw address leaves the worker),
as JSON: [[visitor, address, host, path, timestamp], …]. The socket is the
owner's only (mode 0600), and the writer still checks every value, as the
collector checks nginx's lines.
"""

import contextlib
import datetime
import json
import logging
import os
import queue
import re
import selectors
import socket
import threading
import time

from django.utils import timezone

from .collector import AHEAD, BEHIND, HOST, Collector
from .identity import VISITOR_KEY_LENGTH
from .store import DatabaseStore, View

logger = logging.getLogger(__name__)

# Views per datagram: ~130 bytes each as JSON, so ~30 KB, far below the
# kernel's limit for a local datagram (the socket's send buffer, ~200 KB).
VIEWS_PER_DATAGRAM = 250
MAX_DATAGRAM = 1 << 18
MAX_PATH = 2048
KEY = re.compile(f"[0-9a-f]{{{VISITOR_KEY_LENGTH}}}")
ADDRESS_KEY = re.compile(r"[0-9a-f]{32}")
# The writer asks the kernel for this much queue (it may grant less).
RECEIVE_BUFFER = 8 << 20


def encode(views):
    return json.dumps([[view.visitor, view.address, view.host, view.path, view.at.timestamp()]
                       for view in views], separators=(",", ":")).encode()


def decode(datagram, now):
    """(views, number of items refused) of one datagram."""
    try:
        items = json.loads(datagram.decode("utf-8"))
    except ValueError:  # not JSON, not UTF-8
        return [], 1
    if not isinstance(items, list):
        return [], 1
    views = [view for view in (view_from(item, now) for item in items) if view is not None]
    return views, len(items) - len(views)


def view_from(item, now):
    """The View an item describes, or None if it is not what encode() writes."""
    if not (isinstance(item, list) and len(item) == 5
            and all(isinstance(value, str) for value in item[:4])
            and isinstance(item[4], int | float) and not isinstance(item[4], bool)):
        return None
    visitor, address, host, path, timestamp = item
    if not (KEY.fullmatch(visitor) and ADDRESS_KEY.fullmatch(address)
            and (host == "" or HOST.fullmatch(host))  # no Host header: the default site
            and path.startswith("/") and len(path) <= MAX_PATH and path.isprintable()):
        return None
    try:
        at = datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
    except (ValueError, OverflowError, OSError):
        return None
    if not now - BEHIND <= at <= now + AHEAD:
        return None
    return View(visitor, address, host, path, at)


class HandoffStore(DatabaseStore):
    """A web worker's store when a writer process is configured: batches go
    to the writer; what it cannot take is written here (DatabaseStore)."""

    def __init__(self, socket_path):
        super().__init__()
        self._path = socket_path
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.setblocking(False)  # a full queue must not hold a request
        self._warned_at = None

    def _take_batch(self, views, now):
        sent = 0
        try:
            for start in range(0, len(views), VIEWS_PER_DATAGRAM):
                chunk = views[start:start + VIEWS_PER_DATAGRAM]
                self._socket.sendto(encode(chunk), self._path)
                sent += len(chunk)
        except OSError as error:
            self._note_missing(error)
            # If this write fails too, the whole batch waits for the next round
            # (Batcher), the part already sent included: the writer then finds
            # those views' marks and does not count them again.
            return self._write(views[sent:], now)
        return None  # counted by the writer, later

    def _note_missing(self, error):
        """Say so at most once a minute (a writer that is behind under load may
        refuse a datagram, then take the next, many times a minute)."""
        moment = time.monotonic()
        if self._warned_at is None or moment - self._warned_at >= 60:
            self._warned_at = moment
            logger.warning("visits: the writer at %s cannot take views (%s); this process "
                           "writes them itself meanwhile", self._path, error)


class Receiver:
    """The writer's socket: `run`'s receive(), giving each datagram as a line.

    The kernel keeps at most a few datagrams (net.unix.max_dgram_qlen, 10 by
    default) and the writer takes up to a second to write a large batch, so
    once run() starts asking, the socket is read in a thread of its own that
    never waits for the database: what arrives meanwhile waits here instead,
    and the web workers' sends are not refused."""

    WAIT = 0.2  # seconds receive() waits for a datagram

    def __init__(self, path):
        self.path = path
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)  # left by a writer that was killed
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        previous = os.umask(0o177)  # the socket is created 0600: the owner's processes only
        try:
            self.socket.bind(path)
        except OSError:  # a path over 107 bytes, a folder that does not exist…
            self.socket.close()
            raise
        finally:
            os.umask(previous)
        with contextlib.suppress(OSError):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
        self.socket.setblocking(False)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.socket, selectors.EVENT_READ)
        self._arrived = queue.SimpleQueue()  # lists of datagrams read by the thread
        self._stopping = threading.Event()
        self._thread = None

    def __call__(self):
        if self._thread is None:
            self._thread = threading.Thread(target=self._read_until_stopped,
                                            name="visits-receiver", daemon=True)
            self._thread.start()
        try:
            datagrams = self._arrived.get(timeout=self.WAIT)
        except queue.Empty:
            # The reading thread failed: the source is closed for run(), which
            # writes what waits; the web workers then write their own batches.
            return None if not self._thread.is_alive() else []
        return datagrams + self._take_arrived()

    def _read_until_stopped(self):
        try:
            while not self._stopping.is_set():
                if self.selector.select(timeout=self.WAIT):
                    self._arrived.put(self._read_waiting())
        except Exception:
            logger.exception("visits: the writer can no longer read %s; it stops, and the web "
                             "workers write their views themselves", self.path)

    def _take_arrived(self):
        datagrams = []
        with contextlib.suppress(queue.Empty):
            while True:
                datagrams += self._arrived.get_nowait()
        return datagrams

    def _read_waiting(self):
        datagrams = []
        while True:
            try:
                datagrams.append(self.socket.recv(MAX_DATAGRAM))
            except BlockingIOError:
                return datagrams

    def drain(self):
        """Stop reading in the background; every datagram that arrived or
        waits in the socket now, without waiting for more."""
        self._stop_reading()
        return self._take_arrived() + self._read_waiting()

    def _stop_reading(self):
        if self._thread is not None:
            self._stopping.set()
            self._thread.join()

    def close(self):
        self._stop_reading()
        self.selector.close()
        self.socket.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


class HandoffCollector(Collector):
    """collector.Collector for the workers' datagrams instead of nginx's lines."""

    def take(self, datagram, now=None):
        views, refused = decode(datagram, now or timezone.now())
        self.tally.received += len(views) + refused
        self.tally.refused += refused
        self.tally.counted += len(views)
        for view in views:
            self.store.record(view)
