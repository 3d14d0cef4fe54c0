"""Satisfaction ratings: anonymous, confidential, rate-limited, no JS needed."""

import unicodedata

import pytest
from django.core.cache import cache
from django.test import Client

from congtin.participation.models import Rating

pytestmark = pytest.mark.django_db
URL = "/danh-gia/"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article():
    from congtin.content.models import ArticlePage

    return ArticlePage.objects.live().filter(locale__language_code="vi").first()


def rate(client, **data):
    return client.post(URL, data, REMOTE_ADDR=data.pop("ip", "203.0.113.20"))


def test_rating_an_article_redirects_back_with_thanks(client, article):
    before = Rating.objects.filter(page=article).count()
    response = rate(client, page=article.pk, score="5", comment="Rất hữu ích", next=article.url)
    assert response.status_code == 302
    assert response["Location"].startswith(article.url + "?da-danh-gia=")
    assert Rating.objects.filter(page=article).count() == before + 1
    page = client.get(response["Location"]).content.decode()
    assert "Cảm ơn bạn đã đánh giá" in page


def test_rating_the_site_as_a_whole(client):
    before = Rating.objects.filter(page=None).count()
    response = rate(client, page="", score="4", next="/")
    assert response.status_code == 302
    assert Rating.objects.filter(page=None).count() == before + 1


def test_rating_keeps_no_address_and_no_identity(client, article):
    rate(client, page=article.pk, score="3", next="/", ip="198.51.100.200")
    fields = {field.name for field in Rating._meta.get_fields()}
    assert fields == {"id", "page", "score", "comment", "language", "created_at"}
    latest = Rating.objects.latest("pk")
    assert "198.51.100.200" not in str(latest.__dict__)


def test_pages_carry_a_plain_get_form_and_set_no_cookie(client, article):
    """No JavaScript needed, and no CSRF cookie: the page stays cacheable."""
    response = client.get(article.url)
    html = response.content.decode()
    assert f'id="danh-gia-{article.pk}"' in html and 'id="danh-gia-0"' in html
    assert 'action="/danh-gia/"' in html and 'method="get"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_chosen_score_leads_to_a_csrf_protected_confirmation(client, article):
    response = client.get(URL, {"page": article.pk, "score": "4", "next": article.url})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'value="4" required checked' in html
    assert article.title in html


def test_confirmation_for_an_unknown_page_is_refused(client):
    response = client.get(URL, {"page": "abc", "score": "4"})
    assert response.status_code == 400
    assert "Trang không hợp lệ" in response.content.decode()


def test_rating_without_csrf_token_is_refused():
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, {"score": "5", "next": "/"}).status_code == 403


@pytest.mark.parametrize("score", ["0", "6", "abc", "", "5; DROP TABLE"])
def test_bad_scores_are_refused_in_vietnamese(client, score):
    before = Rating.objects.count()
    response = rate(client, score=score, next="/")
    assert response.status_code == 400
    assert "Mức hài lòng phải từ 1 đến 5" in response.content.decode() or \
        "Vui lòng chọn mức độ hài lòng" in response.content.decode()
    assert Rating.objects.count() == before


def test_rating_an_unknown_page_is_refused(client):
    assert rate(client, page="999999999", score="5", next="/").status_code == 400


def test_oversized_comment_is_refused(client):
    response = rate(client, score="5", comment="x" * 2001, next="/")
    assert response.status_code == 400
    assert "2.000 ký tự" in response.content.decode()


def test_same_address_rates_the_same_item_once_a_day(client, article):
    assert rate(client, page=article.pk, score="5", next="/").status_code == 302
    response = rate(client, page=article.pk, score="1", next="/")
    assert response.status_code == 429
    assert "đã đánh giá mục này hôm nay" in response.content.decode()


def test_many_ratings_from_one_address_are_limited(client, settings):
    from congtin.content.models import ArticlePage

    settings.RATING_MAX_PER_HOUR = 3
    pages = list(ArticlePage.objects.live()[:5])
    statuses = [rate(client, page=p.pk, score="4", next="/").status_code for p in pages]
    assert statuses == [302, 302, 302, 429, 429]


@pytest.mark.parametrize("next_url", [
    "abc", "tin-tuc", "javascript:alert(1)", "https://lua-dao.example/", "//lua-dao.example/",
    "/\\lua-dao.example/", "/tin-tuc/\r\nSet-Cookie: x=1", "/tin-tuc/\x00"])
def test_a_forged_next_is_refused_and_nothing_is_saved(client, article, next_url):
    """The forms send this site's own address; anything else was forged."""
    before = Rating.objects.count()
    response = rate(client, page=article.pk, score="5", comment="Rất tốt", next=next_url)
    html = response.content.decode()
    assert response.status_code == 400
    if "\x00" in next_url:  # refused by Django's own check first, said in Vietnamese
        assert "Nội dung có ký tự rỗng (NUL), không hợp lệ." in html
    else:
        assert "Địa chỉ trang quay lại không hợp lệ" in html
    assert '<a href="/">' in html  # the way back leads home, not where the forger chose
    assert Rating.objects.count() == before
    # Nothing changed: the same address may still rate the article today.
    assert rate(client, page=article.pk, score="5", next=article.url).status_code == 302


@pytest.mark.parametrize("next_url", ["abc", "https://lua-dao.example/", "/\\lua-dao.example/"])
def test_a_link_with_a_foreign_next_leads_to_a_form_that_comes_home(client, next_url):
    response = client.get(URL, {"score": "4", "next": next_url})
    assert response.status_code == 200
    assert 'name="next" value="/"' in response.content.decode()
    saved = rate(client, score="4", next="/")
    assert saved.status_code == 302 and saved["Location"].startswith("/?da-danh-gia=0")


def test_comment_is_stored_in_nfc(client):
    decomposed = unicodedata.normalize("NFD", "Góp ý về thủ tục")
    rate(client, score="4", comment=decomposed, next="/")
    assert Rating.objects.latest("pk").comment == "Góp ý về thủ tục"


def test_public_pages_never_show_comments(client):
    rate(client, score="2", comment="Bí mật riêng tư 12345", next="/")
    assert "Bí mật riêng tư 12345" not in client.get("/").content.decode()


def test_secretary_reads_the_report(settings, client, demo_user):
    settings.CONGTIN_DEMO = True
    rate(client, score="2", comment="Ý kiến cho Tổ Thư ký", next="/")
    client.force_login(demo_user("thuky1"))
    response = client.get("/admin/danh-gia/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ý kiến cho Tổ Thư ký" in html
    assert "<svg" in html


def test_contributor_cannot_read_the_report(settings, client, demo_user):
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user("cb_qltm"))
    assert client.get("/admin/danh-gia/").status_code in (302, 403)


def test_the_rating_forms_bring_each_page_back_to_itself(client, article):
    """The forms are rendered once for every page; each page fills in its own
    address, and an article's form its own page."""
    from congtin.content.models import ArticlePage

    other = ArticlePage.objects.live().filter(locale__language_code="vi").exclude(
        pk=article.pk).first()
    for address, page_id in (("/", None), (article.url, article.pk), (other.url, other.pk),
                             ("/", None)):
        html = client.get(address).content.decode()
        site_form = html[html.index('id="danh-gia-0"'):]
        assert f'name="next" value="{address}"' in site_form
        assert "\x00" not in html
        if page_id:
            article_form = html[html.index(f'id="danh-gia-{page_id}"'):]
            assert f'name="page" value="{page_id}"' in article_form
            assert f'name="next" value="{address}"' in article_form
            assert f'id="danh-gia-{page_id}-heading"' in article_form
