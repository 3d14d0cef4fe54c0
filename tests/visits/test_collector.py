"""The collector of the proxy's lines (production profile): the same rule as
the middleware; malformed or hostile lines are refused and counted, never
fatal; nginx's log is followed across its rotation, and deleted once read."""

import json
import logging
import time

import pytest
from django.utils import timezone

from congtin.visits.collector import Collector, LogFollower
from congtin.visits.models import PageDailyViews
from tests.visits.conftest import BROWSER_UA

pytestmark = pytest.mark.django_db


def line(**fields):
    """One line as nginx writes it with visits-http.conf's format."""
    entry = {"t": f"{time.time():.3f}", "h": "localhost", "m": "GET", "u": "/", "s": "200",
             "ct": "text/html; charset=utf-8", "ua": BROWSER_UA, "sp": "", "pp": "",
             "a": "203.0.113.5", "c": "0", "v": ""}
    entry.update(fields)
    return json.dumps(entry, ensure_ascii=False).encode()


def page_today(page):
    return PageDailyViews.objects.filter(page=page, day=timezone.localdate()).values_list(
        "views", flat=True).first() or 0


@pytest.fixture
def collector(store):
    return Collector(store)


def test_a_view_of_an_article_counts_for_it_once_per_visitor(collector, store, article):
    before = page_today(article)
    for _ in range(3):
        collector.take(line(u=article.url + "?utm_source=zalo"))
    collector.take(line(u=article.url, a="203.0.113.6"))
    assert store.flush() == (2, 2)
    assert page_today(article) == before + 2
    assert (collector.tally.counted, collector.tally.refused) == (4, 0)


def test_a_percent_encoded_vietnamese_path_is_decoded_like_django(collector, store):
    collector.take(line(u="/tim-ki%E1%BB%83m-kh%C3%B4ng-c%C3%B3/", s="200"))
    assert collector.tally.counted == 1  # a 200 nginx served; the site counts it


@pytest.mark.parametrize("fields", [
    {"s": "404"}, {"m": "HEAD"}, {"ct": "application/json"}, {"u": "/admin/"},
    {"ua": "Googlebot/2.1"}, {"ua": ""}, {"sp": "prefetch"}, {"pp": "prefetch"},
    {"c": "1"},  # a session: maybe staff, and congtin did not say anonymous
    {"c": "1", "v": "staff"},
])
def test_lines_that_are_no_reader_view_are_ignored(collector, store, fields):
    collector.take(line(**fields))
    assert (collector.tally.ignored, collector.tally.counted) == (1, 0)
    assert store.flush() == (0, 0)


def test_an_anonymous_session_labelled_by_congtin_counts(collector, store):
    collector.take(line(c="1", v="anonymous"))
    assert store.flush() == (1, 1)


@pytest.mark.parametrize("raw", [
    b"",
    b"not json",
    b'<190>Nov 29 10:41:14 congtin_visits: {"t": "1", "u": "/"}',  # not nginx's line
    b'{"t": "1", "u": "/"}',  # fields missing
    b"{" * 50_000,  # huge
    line()[:-2] + b'\xff\xfe"}',  # bad UTF-8
    line(u="/tin-t%FAc/"),  # a legacy (Windows-1258 / Latin-1) path: not UTF-8
    line(u='/", "s": "200', s="404"),  # quotes arrive escaped by nginx: just a path
    line(a="not-an-address"),
    line(a="203.0.113.5\", \"c\": \"0"),
    line(t="1e400"), line(t="nan"), line(t="0"),  # absurd times
    line(t=f"{time.time() + 3600:.3f}"), line(t=f"{time.time() - 2 * 86400:.3f}"),
    line(h="evil.example\r\nX-Injected: 1"),
    line(u="http://other.example/"),
    line(u="/tin-tuc/%00%0d%0a/"),
    line(s="two hundred"),
])
def test_malformed_or_hostile_lines_are_refused_and_counted(collector, store, raw):
    collector.take(raw)
    assert collector.tally.received == 1
    assert collector.tally.refused + collector.tally.ignored == 1
    assert store.flush() == (0, 0)


def test_refused_lines_are_counted_as_refused(collector):
    for raw in (b"junk", b"{\xff}", line(u="/tin-t%FAc/"), line(a="x")):
        collector.take(raw)
    collector.take(line())  # and the next good line still counts
    assert (collector.tally.refused, collector.tally.counted) == (4, 1)


def drain(follower, calls=4):
    """Whatever the follower hands on in a few calls."""
    lines = []
    for _ in range(calls):
        lines += follower()
    return lines


def test_the_log_is_followed_across_nginx_rotation_and_deleted_once_read(tmp_path):
    log = tmp_path / "visits.log"
    follower = LogFollower(log)
    assert follower() == []  # nginx has not written yet
    nginx = open(log, "ab", buffering=0)  # noqa: SIM115 (nginx keeps its log open)
    nginx.write(b'{"n":1}\n{"n":')
    assert drain(follower) == [b'{"n":1}']
    nginx.write(b'2}\n')
    log.rename(tmp_path / "visits.log.1")  # the rotation hands the log over…
    nginx.write(b'{"n":3}\n')  # …nginx still writes its buffer there until it reopens
    assert drain(follower) == [b'{"n":2}', b'{"n":3}']
    assert (tmp_path / "visits.log.1").exists()  # not reopened yet: kept
    nginx.write(b'{"n":4}\n')  # nginx's last buffer, written as it reopens
    nginx.close()
    nginx = open(log, "ab", buffering=0)  # noqa: SIM115
    nginx.write(b'{"n":5}\n')
    assert drain(follower) == [b'{"n":4}', b'{"n":5}']
    assert not (tmp_path / "visits.log.1").exists()  # read to its end: no address stays
    nginx.close()
    follower.close()


def test_a_collector_that_starts_reads_a_handed_over_log_first(tmp_path):
    (tmp_path / "visits.log.1").write_bytes(b'{"n":1}\n')
    (tmp_path / "visits.log").write_bytes(b'{"n":2}\n')
    follower = LogFollower(tmp_path / "visits.log")
    assert drain(follower) == [b'{"n":1}', b'{"n":2}']
    assert not (tmp_path / "visits.log.1").exists()
    follower.close()


def test_a_quiet_collector_reports_its_tally_only_when_it_changes(collector, caplog):
    from congtin.visits import collector as collector_module

    rounds = []

    def receive():  # five rounds with nothing, then a line, then the source closes
        rounds.append(None)
        if len(rounds) == 6:
            return [line(u="/")]
        return None if len(rounds) > 8 else []

    with caplog.at_level(logging.INFO, logger="congtin.visits.collector"):
        collector_module.run(receive, collector, lambda: False, report_every=0)
    reports = [r.getMessage() for r in caplog.records if "visits collector:" in r.getMessage()]
    assert reports == ["visits collector: received 0, counted 0, ignored 0, refused 0",
                       "visits collector: received 1, counted 1, ignored 0, refused 0"]
