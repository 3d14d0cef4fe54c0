"""Counting views: once per visitor and window, never bots, staff or
prefetches; a page served from the page cache still counts."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from congtin.visits import figures
from congtin.visits.apply import PageView, apply_views
from congtin.visits.models import DailyVisits, PageDailyViews, Presence, VisitorMark

pytestmark = pytest.mark.django_db


def today_visits():
    return DailyVisits.objects.filter(day=timezone.localdate()).values_list(
        "visits", flat=True).first() or 0


def page_today(page):
    return PageDailyViews.objects.filter(page=page, day=timezone.localdate()).values_list(
        "views", flat=True).first() or 0


def test_one_visitor_counts_once_per_window(store, view, article):
    before_site, before_page = today_visits(), page_today(article)
    for _ in range(5):
        assert view(article.url).status_code == 200
    assert store.flush() == (1, 1)
    assert today_visits() == before_site + 1
    assert page_today(article) == before_page + 1


def test_a_view_served_from_the_page_cache_still_counts(store, view, article):
    before = page_today(article)
    assert view(article.url, ip="203.0.113.10")["X-Page-Cache"] == "MISS"
    assert view(article.url, ip="203.0.113.11")["X-Page-Cache"] == "HIT"
    assert store.flush() == (2, 2)
    assert page_today(article) == before + 2


def test_two_visitors_count_twice(store, view, article):
    before = page_today(article)
    view(article.url, ip="203.0.113.8")
    view(article.url, ip="203.0.113.9")
    store.flush()
    assert page_today(article) == before + 2


def test_an_app_page_counts_for_the_site_only(store, view):
    before = today_visits()
    assert view("/tim-kiem/?q=c%C3%B4ng+th%C6%B0%C6%A1ng", ip="203.0.113.12").status_code == 200
    assert store.flush() == (1, 0)
    assert today_visits() == before + 1


@pytest.mark.parametrize("url", ["/khong-co-trang-nay/", "/admin/login/", "/sitemap.xml"])
def test_missing_pages_the_admin_and_non_html_do_not_count(store, view, url):
    view(url, ip="203.0.113.13")
    assert store.flush() == (0, 0)


def test_visitor_counts_again_after_the_window(settings, store, article):
    settings.VISITS_WINDOW_SECONDS = 1800
    start = timezone.now()
    visitor = "a" * 64
    before = page_today(article)
    before_total = figures.page_views(article.pk)
    apply_views([PageView(visitor, article.pk, start)])
    apply_views([PageView(visitor, article.pk, start + datetime.timedelta(minutes=10))])
    assert page_today(article) == before + 1
    later = start + datetime.timedelta(minutes=31)
    apply_views([PageView(visitor, article.pk, later)])
    assert figures.page_views(article.pk) == before_total + 2


def test_marks_store_no_raw_address(store, view, article):
    view(article.url, ip="198.51.100.23")
    view(article.get_parent().url, ip="198.51.100.23")  # a second page: a mark row
    waiting = repr(store._batcher.waiting())
    assert "198.51.100.23" not in waiting
    store.flush()
    stored = repr([*VisitorMark.objects.values_list(), *Presence.objects.values_list()])
    assert "198.51.100.23" not in stored
    assert VisitorMark.objects.exists() and Presence.objects.exists()


@pytest.mark.parametrize("ua", [
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "curl/8.5.0",
    "python-requests/2.32",
    "",
])
def test_bots_do_not_count(store, view, article, ua):
    before_site, before_page = today_visits(), page_today(article)
    assert view(article.url, ua=ua).status_code == 200
    store.flush()
    assert (today_visits(), page_today(article)) == (before_site, before_page)


@pytest.mark.parametrize("header", [
    {"HTTP_SEC_PURPOSE": "prefetch"},
    {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
    {"HTTP_PURPOSE": "prefetch"},
])
def test_prefetches_do_not_count(store, view, article, header):
    before = page_today(article)
    view(article.url, **header)
    store.flush()
    assert page_today(article) == before


def test_logged_in_staff_do_not_count(settings, store, client, demo_user, article):
    settings.CONGTIN_DEMO = True  # demo accounts may log in only in demo mode
    client.force_login(demo_user("thuky1"))
    before_site, before_page = today_visits(), page_today(article)
    assert client.get(article.url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0").status_code == 200
    assert store.flush() == (0, 0)
    assert (today_visits(), page_today(article)) == (before_site, before_page)


def test_an_anonymous_session_counts(store, client, article):
    session = client.session
    session["seen"] = True  # a visitor who sent a form keeps a session, not a login
    session.save()
    client.cookies["sessionid"] = session.session_key
    before = page_today(article)
    client.get(article.url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")
    assert store.flush() == (1, 1)
    assert page_today(article) == before + 1


def test_anonymous_views_load_no_session(store, view, article, django_assert_num_queries):
    view(article.url, ip="203.0.113.14")  # rendered and stored in the page cache
    with django_assert_num_queries(0):
        assert view(article.url, ip="203.0.113.15")["X-Page-Cache"] == "HIT"


def test_online_figure_decays_after_five_minutes(store):
    now = timezone.now()
    apply_views([PageView("b" * 64, None, now), PageView("c" * 64, None, now)])
    assert store.online(now + datetime.timedelta(minutes=4, seconds=59)) == 2
    assert store.online(now + datetime.timedelta(minutes=5, seconds=1)) == 0


def test_waiting_views_already_show_as_online(store, view):
    view("/", ip="192.0.2.44")
    assert store.online(timezone.now()) >= 1


def test_flood_from_one_address_is_limited(settings, store, view, article):
    settings.VISITS_RATE_PER_MINUTE = 20
    # The limit is per clock minute: the clock stands still so that a slow
    # machine cannot spread the flood over two minutes.
    with time_machine.travel(timezone.now().replace(second=10), tick=False):
        for i in range(60):
            view(article.url, ua=f"Mozilla/5.0 flood {i}", ip="192.0.2.99")
    before = page_today(article)
    assert store.flush() == (20, 20)
    assert page_today(article) == before + 20


def test_english_pages_count_for_their_own_page(store, view):
    from congtin.content.models import ArticlePage

    english = ArticlePage.objects.live().filter(locale__language_code="en").first()
    before = page_today(english)
    assert view(english.url, ip="192.0.2.60").status_code == 200
    assert store.flush() == (1, 1)
    assert page_today(english) == before + 1


def test_counting_off_counts_nothing(settings, store, view, article):
    settings.VISITS_COUNTER = "off"
    view(article.url, ip="192.0.2.61")
    assert store.flush() == (0, 0)


def test_site_figures_add_up(store):
    now = timezone.now()
    result = figures.site_figures(now)
    today = timezone.localdate(now)
    stored_today = DailyVisits.objects.filter(day=today).values_list("visits", flat=True).first()
    assert result["today"] == (stored_today or 0)
    assert result["total"] >= result["month"] >= result["today"]


def test_behind_nginx_django_counts_nothing_and_labels_anonymous_sessions(
        settings, store, client, demo_user, view, article):
    settings.VISITS_COUNTER = "nginx"  # the collector counts from nginx's log
    assert "X-Congtin-Visitor" not in view(article.url, ip="192.0.2.70")
    session = client.session
    session["seen"] = True
    session.save()
    client.cookies["sessionid"] = session.session_key
    labelled = client.get(article.url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")
    assert labelled["X-Congtin-Visitor"] == "anonymous"
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user("thuky1"))
    staff = client.get(article.url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")
    assert "X-Congtin-Visitor" not in staff
    assert store.flush() == (0, 0)
