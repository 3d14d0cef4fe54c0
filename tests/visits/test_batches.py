"""When counted views reach the database: the request that fills the buffer
writes it once its answer has gone out (and the collector between lines),
a failing database keeps every view and is not retried after each one."""

import logging

import pytest

from congtin.visits import collector as collector_module
from congtin.visits.collector import Collector
from congtin.visits.store import get_store, reset_store
from tests.visits.test_collector import line, page_today

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_store(settings, store):
    """The embedded store with room for three views (the limit is read when
    the store starts)."""
    settings.VISITS_BUFFER_LIMIT = 3
    reset_store()
    return get_store()


def test_the_request_that_fills_the_buffer_writes_it(small_store, view, article):
    before = page_today(article)
    view(article.url, ip="198.51.100.60")
    view(article.url, ip="198.51.100.61")
    assert page_today(article) == before and len(small_store._batcher.waiting()) == 2
    view(article.url, ip="198.51.100.62")
    assert page_today(article) == before + 3
    assert small_store._batcher.waiting() == []


def test_a_failing_database_keeps_the_views_and_is_not_retried_after_each(
        small_store, view, article, monkeypatch, caplog):
    write, attempts = small_store._batcher._write, []

    def failing(views, now):
        attempts.append(len(views))
        raise RuntimeError("database is locked")

    monkeypatch.setattr(small_store._batcher, "_write", failing)
    before = page_today(article)
    with caplog.at_level(logging.ERROR, logger="congtin.visits.middleware"):
        for i in range(6):
            assert view(article.url, ip=f"198.51.100.{70 + i}").status_code == 200
    assert attempts == [3]
    assert caplog.text.count("could not write a batch") == 1
    monkeypatch.setattr(small_store._batcher, "_write", write)
    assert small_store.flush() == (6, 6)  # the background thread's round: nothing lost
    assert page_today(article) == before + 6


def test_the_collector_writes_a_full_buffer_between_lines(small_store, article):
    # The store fixture's flush interval is an hour: no timed write in between.
    before, written_between = page_today(article), []
    lines = [line(u=article.url, a=f"203.0.113.{80 + i}") for i in range(4)]

    def receive():
        if not written_between:
            written_between.append(None)
            return lines
        written_between[0] = page_today(article)  # after the lines, before the last write
        return None

    collector_module.run(receive, Collector(small_store), lambda: False)
    assert written_between == [before + 3]
    assert page_today(article) == before + 4
