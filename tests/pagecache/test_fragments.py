"""The per-process memo of site-wide data lives exactly as long as a cached page:
the same value within a generation, a fresh one after any change or when the
page cache is cleared, and never more than a bounded number of entries."""

import pytest
from django.core.cache import caches
from django.core.signals import request_finished, request_started

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


def test_page_entries_keep_the_most_recently_used_and_spare_site_wide_data():
    assert fragments.remember(("menu",), lambda: "menu") == "menu"
    for number in range(fragments.MAX_PAGE_ENTRIES):
        fragments.remember_for_page(("page", number), lambda n=number: n)
    assert fragments.remember_for_page(("page", 0), counter()) == 0  # used again: kept
    fragments.remember_for_page(("page", "new"), lambda: "new")  # the least recent goes
    assert fragments.remember_for_page(("page", 0), counter()) == 0
    assert fragments.remember_for_page(("page", 1), counter()) == 1
    assert fragments.remember(("menu",), counter()) == "menu"
    fragments.forget_pages()
    assert fragments.remember_for_page(("page", 0), counter()) == 1
    assert fragments.remember(("menu",), counter()) == "menu"


@pytest.mark.django_db  # Django's own receivers of these signals close old connections
def test_within_a_request_the_generation_is_read_once_and_again_at_the_next():
    compute = counter()
    request_started.send(sender=None)
    try:
        assert fragments.remember(("box",), compute) == 1
        generation.bump()
        assert fragments.remember(("box",), compute) == 1
    finally:
        request_finished.send(sender=None)
    request_started.send(sender=None)
    try:
        assert fragments.remember(("box",), compute) == 2
    finally:
        request_finished.send(sender=None)
    generation.bump()
    assert fragments.remember(("box",), compute) == 3  # outside a request: every time


def test_forget_drops_everything():
    compute = counter()
    assert fragments.remember(("box",), compute) == 1
    fragments.remember_for_page(("page", 1), lambda: 1)
    fragments.forget()
    assert fragments.remember(("box",), compute) == 2
    assert fragments.remember_for_page(("page", 1), counter()) == 1


def test_a_figures_change_drops_only_what_shows_figures():
    text, views, box = counter(), counter(), counter()
    assert fragments.remember_for_page(("article", 1), text) == 1
    assert fragments.remember_figures_for_page(("views", 1), views) == 1
    assert fragments.remember_figures(("most_viewed",), box) == 1
    before = generation.current()
    generation.bump_figures()
    assert generation.current() != before  # cached pages are redrawn…
    assert fragments.remember_for_page(("article", 1), text) == 1  # …with the same text
    assert fragments.remember_figures_for_page(("views", 1), views) == 2
    assert fragments.remember_figures(("most_viewed",), box) == 2


def test_a_content_change_drops_the_figures_too():
    box = counter()
    assert fragments.remember_figures(("most_viewed",), box) == 1
    generation.bump()
    assert fragments.remember_figures(("most_viewed",), box) == 2


def test_forget_figures_keeps_the_rest():
    menu, box = counter(), counter()
    fragments.remember(("menu",), menu)
    fragments.remember_figures(("most_viewed",), box)
    fragments.forget_figures()
    assert fragments.remember(("menu",), menu) == 1
    assert fragments.remember_figures(("most_viewed",), box) == 2
