"""The per-process memo of site-wide data lives exactly as long as a cached page:
the same value within a generation, a fresh one after any change or when the
page cache is cleared, and never more than a bounded number of entries."""

import pytest
from django.core.cache import caches

from congtin.pagecache import fragments, generation


@pytest.fixture(autouse=True)
def own_generation(settings, tmp_path):
    settings.PAGECACHE_GENERATION_FILE = tmp_path / "generation"
    caches["default"].clear()
    yield
    caches["default"].clear()


def counter():
    calls = []

    def compute():
        calls.append(None)
        return len(calls)
    return compute


def test_same_value_within_a_generation_fresh_after_a_change():
    compute = counter()
    assert fragments.remember(("menu", 1), compute) == 1
    assert fragments.remember(("menu", 1), compute) == 1
    generation.bump()
    assert fragments.remember(("menu", 1), compute) == 2
    assert fragments.remember(("menu", 1), compute) == 2


def test_clearing_the_page_cache_drops_the_memo_too():
    compute = counter()
    assert fragments.remember(("settings",), compute) == 1
    caches["default"].clear()
    assert fragments.remember(("settings",), compute) == 2


def test_keys_from_requests_cannot_grow_it_without_bound():
    for number in range(fragments.MAX_ENTRIES):
        fragments.remember(("site", f"host-{number}"), lambda n=number: n)
    compute = counter()
    assert fragments.remember(("site", "one-more"), compute) == 1
    assert fragments.remember(("site", "one-more"), compute) == 2
    assert fragments.remember(("site", "host-0"), counter()) == 0
