"""Counting views: once per visitor and window, never bots, staff or prefetches."""

import datetime

import pytest
from django.utils import timezone

from congtin.visits import figures
from congtin.visits.apply import Beacon, apply_beacons
from congtin.visits.models import DailyVisits, PageDailyViews, VisitorMark

pytestmark = pytest.mark.django_db


def today_visits():
    return DailyVisits.objects.filter(day=timezone.localdate()).values_list(
        "visits", flat=True).first() or 0


def page_today(page):
    return PageDailyViews.objects.filter(page=page, day=timezone.localdate()).values_list(
        "views", flat=True).first() or 0


def test_one_visitor_counts_once_per_window(store, beacon, article):
    before_site, before_page = today_visits(), page_today(article)
    for _ in range(5):
        assert beacon(article.pk).status_code == 204
    store.flush()
    assert today_visits() == before_site + 1
    assert page_today(article) == before_page + 1


def test_two_visitors_count_twice(store, beacon, article):
    before = page_today(article)
    beacon(article.pk, ip="203.0.113.8")
    beacon(article.pk, ip="203.0.113.9")
    store.flush()
    assert page_today(article) == before + 2


def test_visitor_counts_again_after_the_window(settings, store, article):
    settings.VISITS_WINDOW_SECONDS = 1800
    start = timezone.now()
    visitor = "a" * 64
    before = page_today(article)
    before_total = figures.page_views(article.pk)
    apply_beacons([Beacon(visitor, article.pk, start)], now=start)
    apply_beacons([Beacon(visitor, article.pk, start + datetime.timedelta(minutes=10))],
                  now=start + datetime.timedelta(minutes=10))
    assert page_today(article) == before + 1
    later = start + datetime.timedelta(minutes=31)
    apply_beacons([Beacon(visitor, article.pk, later)], now=later)
    assert figures.page_views(article.pk) == before_total + 2


def test_marks_store_no_raw_address(store, beacon, article):
    beacon(article.pk, ip="198.51.100.23")
    store.flush()
    keys = " ".join(VisitorMark.objects.values_list("key", flat=True))
    assert "198.51.100.23" not in keys
    assert VisitorMark.objects.exists()


@pytest.mark.parametrize("ua", [
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "curl/8.5.0",
    "python-requests/2.32",
    "",
])
def test_bots_do_not_count(store, beacon, article, ua):
    before_site, before_page = today_visits(), page_today(article)
    assert beacon(article.pk, ua=ua).status_code == 204
    store.flush()
    assert (today_visits(), page_today(article)) == (before_site, before_page)


@pytest.mark.parametrize("header", [
    {"HTTP_SEC_PURPOSE": "prefetch"},
    {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
    {"HTTP_PURPOSE": "prefetch"},
])
def test_prefetches_do_not_count(store, beacon, article, header):
    before = page_today(article)
    beacon(article.pk, **header)
    store.flush()
    assert page_today(article) == before


def test_logged_in_staff_do_not_count(settings, store, client, demo_user, article):
    settings.CONGTIN_DEMO = True  # demo accounts may log in only in demo mode
    client.force_login(demo_user("thuky1"))
    before_site, before_page = today_visits(), page_today(article)
    client.post("/luot-xem/", {"p": article.pk}, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")
    store.flush()
    assert (today_visits(), page_today(article)) == (before_site, before_page)


def test_online_figure_decays_after_five_minutes(store):
    now = timezone.now()
    apply_beacons([Beacon("b" * 64, None, now), Beacon("c" * 64, None, now)], now=now)
    assert store.online(now + datetime.timedelta(minutes=4, seconds=59)) == 2
    assert store.online(now + datetime.timedelta(minutes=5, seconds=1)) == 0


def test_waiting_beacons_already_show_as_online(store, beacon):
    beacon("", ip="192.0.2.44")
    assert store.online(timezone.now()) >= 1


@pytest.mark.parametrize("value", ["abc", "-1", "0", "99999999999", "1e9", "12;DROP", "٣"])
def test_forged_page_ids_are_refused_clearly(store, beacon, value):
    response = beacon(value)
    assert response.status_code == 400
    assert "Trang không hợp lệ" in response.content.decode()


def test_unknown_page_is_refused(store, beacon):
    assert beacon(2_000_000_000).status_code == 400


def test_flood_from_one_address_is_limited(settings, store, beacon, article):
    settings.VISITS_RATE_PER_MINUTE = 20
    statuses = [beacon(article.pk, ua=f"Mozilla/5.0 flood {i}", ip="192.0.2.99").status_code
                for i in range(60)]
    assert statuses.count(204) == 20
    assert statuses.count(429) == 40
    before = page_today(article)
    store.flush()
    assert page_today(article) == before + 20


def test_noscript_image_counts_and_returns_a_gif(store, client, article):
    before = page_today(article)
    response = client.get("/luot-xem/", {"p": article.pk},
                          HTTP_USER_AGENT="Mozilla/5.0 Lynx-like", REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    store.flush()
    assert page_today(article) == before + 1


def test_beacon_works_under_the_english_prefix(store, client):
    response = client.post("/en/luot-xem/", {"p": ""}, HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    assert response.status_code == 204


def test_site_figures_add_up(store):
    now = timezone.now()
    result = figures.site_figures(now)
    today = timezone.localdate(now)
    stored_today = DailyVisits.objects.filter(day=today).values_list("visits", flat=True).first()
    assert result["today"] == (stored_today or 0)
    assert result["total"] >= result["month"] >= result["today"]
