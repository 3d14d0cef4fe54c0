"""Cached pages and the visit figures they show: counting does not empty the
page cache; the figures on a cached page are at most VISITS_FIGURES_MAX_AGE
seconds old; publishing still shows at once."""

import re

import pytest

from congtin.pagecache import generation, invalidation
from congtin.pagecache.invalidation import bump_pending_figures

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_pending_bump():
    bump_pending_figures()
    yield
    bump_pending_figures()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit, as a real flush or publication would."""
    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()
    return run


def today_on(response):
    found = re.search(r'data-figure="today">([\d.]+)<', response.content.decode())
    return int(found.group(1).replace(".", ""))


def test_a_visits_flush_keeps_cached_pages(client, store, view, article, committed):
    assert client.get("/")["X-Page-Cache"] == "MISS"
    assert client.get(article.url)["X-Page-Cache"] == "MISS"
    before = generation.current()
    for n in range(3):
        assert view(article.url, ip=f"198.51.100.{60 + n}")["X-Page-Cache"] == "HIT"
    assert committed(store.flush) == (3, 3)
    assert generation.current() == before
    assert client.get("/")["X-Page-Cache"] == "HIT"
    assert client.get(article.url)["X-Page-Cache"] == "HIT"


def test_figures_on_a_cached_page_are_at_most_the_bound_old(settings, monkeypatch, client, store,
                                                             view, article, committed):
    settings.VISITS_FIGURES_MAX_AGE = 90
    timers = []
    monkeypatch.setattr(invalidation, "start_timer",
                        lambda seconds, action: timers.append((seconds, action)) or Timer())
    first = client.get("/")
    shown = today_on(first)
    assert view(article.url, ip="198.51.100.70").status_code == 200
    committed(store.flush)
    still = client.get("/")
    assert still["X-Page-Cache"] == "HIT"
    assert today_on(still) == shown  # the count waits for the bound…
    assert [seconds for seconds, _ in timers] == [90]
    _, bound_reached = timers[0]
    bound_reached()
    fresh = client.get("/")
    assert fresh["X-Page-Cache"] == "MISS"
    assert today_on(fresh) == shown + 1  # …and no longer


class Timer:
    def cancel(self):
        pass


def test_publishing_still_shows_at_once_while_figures_wait(client, store, view, article,
                                                           committed):
    view("/", ip="198.51.100.71")
    committed(store.flush)  # a figures bump is now pending, a day away in tests
    assert client.get(article.url)["X-Page-Cache"] == "MISS"
    assert client.get(article.url)["X-Page-Cache"] == "HIT"
    article.title = "Tiêu đề vừa sửa cho bộ nhớ đệm"
    revision = article.save_revision()
    committed(revision.publish)
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Tiêu đề vừa sửa cho bộ nhớ đệm" in response.content.decode()


def test_a_rating_does_not_empty_the_page_cache(client, committed):
    from congtin.participation.models import Rating

    assert client.get("/")["X-Page-Cache"] == "MISS"
    before = generation.current()
    committed(lambda: Rating.objects.create(score=5))
    assert generation.current() == before
    assert client.get("/")["X-Page-Cache"] == "HIT"
