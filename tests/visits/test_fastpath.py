"""The beacon's fast path in front of Django (congtin/wsgi.py): the same
answers as the Django view, for a fraction of the work; anything it does not
handle (a session, another method, another encoding) goes on to Django."""

import pytest
from django.utils import timezone

from congtin.visits.models import PageDailyViews
from congtin.visits.store import reset_store

pytestmark = pytest.mark.django_db


def page_today(page):
    return PageDailyViews.objects.filter(page=page, day=timezone.localdate()).values_list(
        "views", flat=True).first() or 0


def test_accepted_beacon_is_a_204_never_cached_nor_indexed(store, beacon, article):
    before = page_today(article)
    response = beacon(article.pk, ip="198.51.100.31")
    assert response.status_code == 204
    assert response.content == b""
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert store.flush() == (1, 1)
    assert page_today(article) == before + 1


def test_noscript_image_through_the_fast_path(store, wsgi, article):
    response = wsgi("GET", "/luot-xem/", query=f"p={article.pk}",
                    HTTP_USER_AGENT="Mozilla/5.0 Lynx-like", REMOTE_ADDR="198.51.100.32")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert store.flush() == (1, 1)


def test_english_address_takes_the_fast_path_too(store, beacon, article):
    assert beacon(article.pk, path="/en/luot-xem/", ip="198.51.100.33").status_code == 204
    assert store.flush() == (1, 1)


@pytest.mark.parametrize("value", ["abc", "0", "99999999999", "2000000000", "1%00"])
def test_forged_page_is_refused_in_vietnamese(store, beacon, value):
    response = beacon(value)
    assert response.status_code == 400
    assert response.content.decode() == "Trang không hợp lệ."
    assert store.flush() == (0, 0)


def test_a_body_of_many_fields_is_refused(store, wsgi):
    response = wsgi("POST", "/luot-xem/", b"a=1&" * 50 + b"p=1",
                    HTTP_USER_AGENT="Mozilla/5.0 Firefox", REMOTE_ADDR="198.51.100.40")
    assert response.status_code == 400


def test_a_50_mb_body_is_refused_without_being_read(store, wsgi):
    # The declared length alone decides; the body is never read.
    response = wsgi("POST", "/luot-xem/", b"p=1", content_length=50 * 1024 * 1024,
                    HTTP_USER_AGENT="Mozilla/5.0 Firefox", REMOTE_ADDR="198.51.100.34")
    assert response.status_code == 413
    assert "quá lớn" in response.content.decode()


def test_an_oversized_body_without_a_length_is_refused(store, wsgi):
    response = wsgi("POST", "/luot-xem/", b"p=" + b"1" * 5000, content_length="",
                    HTTP_USER_AGENT="Mozilla/5.0 Firefox", REMOTE_ADDR="198.51.100.35")
    assert response.status_code == 413
    assert store.flush() == (0, 0)


def test_a_thousand_beacons_from_one_address_count_only_the_limit(settings, store, beacon,
                                                                   article):
    settings.VISITS_RATE_PER_MINUTE = 50
    statuses = [beacon(article.pk, ua=f"Mozilla/5.0 flood {i}", ip="198.51.100.36").status_code
                for i in range(1000)]
    assert statuses.count(204) == 50
    assert statuses.count(429) == 950
    assert store.flush() == (50, 50)


def test_staff_with_a_session_go_to_django_and_do_not_count(settings, store, client, wsgi,
                                                           demo_user, article):
    settings.CONGTIN_DEMO = True  # demo accounts may log in only in demo mode
    client.force_login(demo_user("thuky1"))
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    response = wsgi("POST", "/luot-xem/", f"p={article.pk}".encode(), HTTP_COOKIE=cookie,
                    HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0", REMOTE_ADDR="198.51.100.37")
    assert response.status_code == 204
    assert store.flush() == (0, 0)
    forged = wsgi("POST", "/luot-xem/", b"p=abc", HTTP_COOKIE=cookie,
                  HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0", REMOTE_ADDR="198.51.100.37")
    assert forged.status_code == 400


def test_an_anonymous_session_still_counts_through_django(store, wsgi, article):
    response = wsgi("POST", "/luot-xem/", f"p={article.pk}".encode(),
                    HTTP_COOKIE="sessionid=not-a-session", HTTP_USER_AGENT="Mozilla/5.0 Firefox",
                    REMOTE_ADDR="198.51.100.38")
    assert response.status_code == 204
    assert store.flush() == (1, 1)


def test_other_methods_get_djangos_405(store, wsgi):
    response = wsgi("PUT", "/luot-xem/", b"p=1", HTTP_USER_AGENT="Mozilla/5.0 Firefox")
    assert response.status_code == 405


def test_redis_down_is_a_clear_503_not_a_500(settings, wsgi, article):
    settings.VISITS_REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens on port 9
    reset_store()
    try:
        response = wsgi("POST", "/luot-xem/", f"p={article.pk}".encode(),
                        HTTP_USER_AGENT="Mozilla/5.0 Firefox", REMOTE_ADDR="198.51.100.39")
    finally:
        reset_store()
    assert response.status_code == 503
    assert "chưa đếm được" in response.content.decode()
