import pytest


@pytest.fixture(autouse=True)
def no_cached_pages():
    """Each test changes figures inside its own transaction, where the page
    cache's on-commit invalidation never runs: start from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
