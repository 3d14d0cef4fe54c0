"""The production profile: counting in Redis (its own database number in
tests), shared by every worker, flushed into the database in batches."""

import datetime

import pytest
import redis
from django.utils import timezone

from congtin.visits import figures
from congtin.visits.models import PageDailyViews
from congtin.visits.store import RedisStore, get_store, reset_store
from tests.support import missing

pytestmark = pytest.mark.django_db
REDIS_TEST_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture
def redis_store(settings):
    try:
        redis.Redis.from_url(REDIS_TEST_URL).ping()
    except redis.ConnectionError:
        missing("Redis không chạy trên 127.0.0.1:6379")
    settings.VISITS_REDIS_URL = REDIS_TEST_URL
    settings.VISITS_COUNTER = "django"
    settings.VISITS_FLUSH_SECONDS = 3600
    reset_store()
    current = get_store()
    assert isinstance(current, RedisStore)
    current.clear()
    current.flush()  # starts a flush interval, as a running site would be in one
    yield current
    current.clear()
    reset_store()


def stored_views(page):
    return sum(PageDailyViews.objects.filter(page=page).values_list("views", flat=True))


def test_redis_counts_once_per_window_and_shows_before_the_flush(redis_store, view, article):
    before_page = figures.page_views(article.pk)
    before_site = figures.site_figures()["today"]
    before_stored = stored_views(article)
    for _ in range(4):
        assert view(article.url, ip="198.51.100.1").status_code == 200
    assert redis_store.send_waiting() == 4  # within the rate limit; one visitor counts once
    assert figures.page_views(article.pk) == before_page + 1
    assert figures.site_figures()["today"] == before_site + 1
    assert stored_views(article) == before_stored  # still waiting in Redis
    assert redis_store.flush() == (1, 1)
    assert stored_views(article) == before_stored + 1
    assert figures.page_views(article.pk) == before_page + 1  # not counted twice


def test_redis_keeps_no_raw_address(redis_store, view, article):
    view(article.url, ip="198.51.100.77")
    redis_store.send_waiting()
    keys = b" ".join(redis_store.redis.keys("congtin:visits:*"))
    members = b" ".join(redis_store.redis.zrange("congtin:visits:online", 0, -1))
    assert b"198.51.100.77" not in keys + members


def test_redis_online_figure_decays_after_five_minutes(redis_store, view):
    view("/", ip="198.51.100.2")
    view("/", ip="198.51.100.3")
    redis_store.send_waiting()
    now = timezone.now()
    assert redis_store.online(now) == 2
    assert redis_store.online(now + datetime.timedelta(minutes=5, seconds=2)) == 0


def test_redis_bots_and_prefetches_do_not_count(redis_store, view, article):
    before = figures.page_views(article.pk)
    view(article.url, ua="Googlebot/2.1")
    view(article.url, HTTP_SEC_PURPOSE="prefetch")
    redis_store.send_waiting()
    assert figures.page_views(article.pk) == before


def test_flush_command_moves_counts_into_the_database(redis_store, view, article):
    from django.core.management import call_command

    before = stored_views(article)
    view(article.url, ip="198.51.100.4")
    redis_store.send_waiting()
    call_command("flush_visits", verbosity=0)
    assert stored_views(article) == before + 1


def test_redis_counts_a_batch_in_one_call_within_the_rate_limit(settings, redis_store, view,
                                                                 article):
    settings.VISITS_RATE_PER_MINUTE = 10
    before = figures.page_views(article.pk)
    for n in range(30):
        view(article.url, ua=f"Mozilla/5.0 flood {n}", ip="198.51.100.90")
    view(article.url, ip="198.51.100.91")
    assert redis_store.send_waiting() == 11
    assert figures.page_views(article.pk) == before + 11
