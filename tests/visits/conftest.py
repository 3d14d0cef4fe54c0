import pytest
from django.test import Client

from congtin.visits import pages
from congtin.visits.store import get_store, reset_store


@pytest.fixture
def store(settings):
    """The embedded store, flushed by the test itself (no background timer)."""
    settings.VISITS_REDIS_URL = ""
    settings.VISITS_COUNTER = "django"
    settings.VISITS_FLUSH_SECONDS = 3600
    reset_store()
    pages.forget()
    current = get_store()
    current.clear()
    yield current
    current.clear()
    reset_store()
    pages.forget()


@pytest.fixture
def article():
    from congtin.content.models import ArticlePage

    return ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-date").first()


BROWSER_UA = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0 Safari/537.36")


@pytest.fixture
def view():
    """A reader's browser asks for a page, through every middleware (a new
    browser each time, without cookies): view(url, ua=…, ip=…, **headers)."""

    def get(url, ua=BROWSER_UA, ip="203.0.113.7", **headers):
        return Client().get(url, HTTP_USER_AGENT=ua, REMOTE_ADDR=ip, **headers)

    return get


@pytest.fixture(autouse=True)
def no_cached_pages():
    """Each test changes figures inside its own transaction, where the page
    cache's on-commit invalidation never runs: start from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
