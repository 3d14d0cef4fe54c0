"""The embedded profile's writer process (visits/handoff.py): web workers send
their batches over a local socket; the writer checks and writes them. Without
a writer, or with its queue full, a worker writes its batch itself: nothing
lost, nothing counted twice. Hostile datagrams are refused item by item."""

import datetime
import json
import logging
import os
import signal
import socket
import stat
import time
import uuid

import pytest
from django.utils import timezone

from congtin.visits import collector as collector_module
from congtin.visits.handoff import HandoffCollector, HandoffStore, Receiver, decode, encode
from congtin.visits.models import DailyVisits
from congtin.visits.store import View, get_store, reset_store, writer_store
from tests.visits.test_collector import page_today

pytestmark = pytest.mark.django_db


@pytest.fixture
def socket_path():
    # A short path: a Unix socket's name is limited to 107 bytes.
    path = f"/tmp/congtin-test-{uuid.uuid4().hex[:12]}.sock"
    yield path
    if os.path.exists(path):
        os.unlink(path)


@pytest.fixture
def worker_store(settings, store, socket_path):
    """A web worker's store with a writer configured, full at three views."""
    settings.VISITS_WRITER_SOCKET = socket_path
    settings.VISITS_BUFFER_LIMIT = 3
    reset_store()
    return get_store()


@pytest.fixture
def writer(socket_path):
    receiver = Receiver(socket_path)
    yield receiver, HandoffCollector(writer_store())
    receiver.close()


def site_today():
    return DailyVisits.objects.filter(day=timezone.localdate()).values_list(
        "visits", flat=True).first() or 0


def write_what_came(receiver, collector):
    """The writer's loop (collector.run) until nothing more comes."""
    rounds = []
    collector_module.run(receiver, collector, lambda: len(rounds) > 0 or rounds.append(1))
    return collector.tally


def visitor(number, article, now):
    return View.of(f"198.51.100.{number % 250}", f"Mozilla/5.0 reader {number}", "localhost",
                   article.url, now)


def test_a_worker_sends_its_batch_and_the_writer_counts_it(worker_store, writer, view,
                                                              article):
    assert isinstance(worker_store, HandoffStore)
    before, site_before = page_today(article), site_today()
    for i in range(3):
        assert view(article.url, ip=f"198.51.100.{90 + i}").status_code == 200
    assert worker_store._batcher.waiting() == []
    assert page_today(article) == before  # sent, not written by the worker
    tally = write_what_came(*writer)
    assert (tally.received, tally.counted, tally.refused) == (3, 3, 0)
    assert page_today(article) == before + 3 and site_today() == site_before + 3


def test_the_writer_writes_larger_batches_than_a_web_worker(writer, article):
    """A web worker writes every VISITS_BUFFER_LIMIT views (500; its reader's
    thread does); the writer keeps no reader waiting, and large batches of
    new visitors cost SQLite less per view: it writes every flush interval."""
    receiver, collector = writer
    now, before = timezone.now(), page_today(article)
    collector.take(encode([visitor(i, article, now) for i in range(600)]))
    collector.store.flush_if_full()
    assert page_today(article) == before
    collector.store.flush()
    assert page_today(article) == before + 600


def test_the_writer_keeps_reading_its_socket_while_it_writes(writer, socket_path):
    """The kernel queues only a few datagrams (net.unix.max_dgram_qlen, 10 by
    default); while the writer writes a large batch, a thread of its own
    keeps taking what the workers send, so their sends are not refused."""
    receiver, _ = writer
    assert receiver() == []  # run() has started asking: the reading begins
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.setblocking(False)
    deadline = time.monotonic() + 5
    for number in range(100):  # the writer is "busy": receive() is not called
        while True:
            try:
                sender.sendto(b"[%d]" % number, socket_path)
                break
            except BlockingIOError:
                assert time.monotonic() < deadline, f"refused at datagram {number}"
                time.sleep(0.001)
    sender.close()
    received = []
    while len(received) < 100 and time.monotonic() < deadline:
        received += receiver()
    assert received == [b"[%d]" % number for number in range(100)]


def test_a_writer_that_can_no_longer_read_says_so_and_stops(writer, socket_path, caplog):
    """Its web workers then write their own batches (the test above)."""
    receiver, collector = writer

    def broken():
        raise OSError("socket gone")

    receiver._read_waiting = broken
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.sendto(b"[]", socket_path)  # wakes the reading thread
    sender.close()
    deadline = time.monotonic() + 10
    with caplog.at_level(logging.ERROR, logger="congtin.visits.handoff"):
        collector_module.run(receiver, collector, lambda: time.monotonic() > deadline)
    assert time.monotonic() < deadline  # run() ended because its source closed
    assert "can no longer read" in caplog.text


def test_the_writer_socket_is_its_owners_only(writer, socket_path):
    assert stat.S_IMODE(os.stat(socket_path).st_mode) == 0o600


def test_without_a_writer_the_worker_writes_its_batch_itself(worker_store, view, article,
                                                             caplog):
    before = page_today(article)
    with caplog.at_level(logging.WARNING, logger="congtin.visits.handoff"):
        for i in range(6):
            view(article.url, ip=f"198.51.100.{100 + i}")
    assert page_today(article) == before + 6
    assert caplog.text.count("cannot take views") == 1  # said once, not per batch


def test_a_full_writer_queue_leaves_nothing_lost_and_nothing_counted_twice(
        settings, worker_store, writer, view, article):
    """The writer is behind: readers keep coming until the kernel refuses a
    batch, which the worker then writes itself; the rest reach the writer.
    Every view counts once."""
    settings.VISITS_BUFFER_LIMIT = 1  # one datagram per view
    reset_store()
    before, site_before, sent = page_today(article), site_today(), 0
    written_here = 0
    while not written_here and sent < 2_000:
        assert view(article.url, ua=f"Mozilla/5.0 reader {sent}",
                    ip=f"198.51.{sent // 250}.{sent % 250}").status_code == 200
        sent += 1
        written_here = page_today(article) - before
    assert written_here == 1, "the kernel never refused a datagram"
    tally = write_what_came(*writer)
    assert tally.counted == sent - 1
    assert page_today(article) == before + sent
    assert site_today() == site_before + sent


def test_hostile_items_are_refused_one_by_one():
    now = timezone.now()
    good = [f"{'a' * 32}", "b" * 32, "localhost", "/tin-tuc/", now.timestamp()]
    bad_items = [
        ["A" * 32, *good[1:]],  # not lower-case hex
        ["a" * 64, *good[1:]],  # a key of another length
        [good[0], "x" * 32, *good[2:]],
        [*good[:2], "bad host!", *good[3:]],
        [*good[:3], "tin-tuc/", good[4]],  # no leading slash
        [*good[:3], "/a\x00b/", good[4]],  # control character
        [*good[:3], "/" + "a" * 5000, good[4]],
        [*good[:4], True],
        [*good[:4], "1700000000"],
        [*good[:4], 1e20],  # beyond any date
        [*good[:4], (now - datetime.timedelta(days=3)).timestamp()],
        [*good[:4], (now + datetime.timedelta(hours=2)).timestamp()],
        good[:4],
        {"visitor": good[0]},
        None,
    ]
    views, refused = decode(json.dumps([good, *bad_items, good]).encode(), now)
    assert refused == len(bad_items)
    assert [view.path for view in views] == ["/tin-tuc/", "/tin-tuc/"]
    for datagram in (b"\xff\xfe not utf-8", b"{not json", b'{"a": 1}', b"42", b""):
        assert decode(datagram, now) == ([], 1)


def test_what_a_worker_encodes_the_writer_decodes(article):
    now = timezone.now()
    views = [visitor(i, article, now) for i in range(3)]
    views.append(View.of("2001:db8::1", "Mozilla/5.0", "localhost", "/tin-tức/đường/", now))
    decoded, refused = decode(encode(views), now)
    assert refused == 0
    assert [(v.visitor, v.address, v.host, v.path) for v in decoded] == [
        (v.visitor, v.address, v.host, v.path) for v in views]
    assert all(abs((a.at - b.at).total_seconds()) < 1e-5 for a, b in zip(decoded, views, strict=True))


def test_what_comes_while_the_writer_stops_is_written(worker_store, socket_path, view,
                                                      article):
    """The web workers send their last batch as they exit, maybe after the
    writer's last look at its socket: it reads what waits before closing."""
    from congtin.visits.management.commands.collect_visits import Command

    command, before = Command(), page_today(article)
    collector = HandoffCollector(writer_store())
    started = []

    def should_stop():
        if not started:  # the socket is open now: the workers' views arrive
            started.append(True)
            for i in range(3):
                view(article.url, ip=f"198.51.100.{120 + i}")
        return True

    command._receive(socket_path, collector, should_stop)
    assert collector.tally.counted == 3
    assert page_today(article) == before + 3
    assert not os.path.exists(socket_path)


def test_a_writer_that_cannot_open_its_socket_says_why(tmp_path):
    from django.core.management import CommandError, call_command

    handlers = {name: signal.getsignal(name) for name in (signal.SIGTERM, signal.SIGINT)}
    try:
        with pytest.raises(CommandError, match="Không mở được ổ cắm"):
            call_command("collect_visits", socket=str(tmp_path / "no-such-folder" / "v.sock"))
    finally:  # the command sets its own; the test run keeps Ctrl-C
        for name, handler in handlers.items():
            signal.signal(name, handler)
