"""The public portal as a visitor meets it: every stable address, the home page
blocks, the metadata, the feeds, and bad input that must never give a 500."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from congtin.content.models import ArticleIndexPage, ArticlePage

pytestmark = pytest.mark.django_db

STABLE_ADDRESSES = {
    "/": "Sở Công Thương",
    "/gioi-thieu/": "Giới thiệu",
    "/tin-tuc/": "Tin tức",
    "/thong-bao/": "Thông báo",
    "/van-ban/": "Văn bản",
    "/hoi-dap/": "Hỏi đáp",
    "/du-an/": "dự án",
    "/danh-ba/": "Danh bạ",
    "/lich-cong-tac/": "Lịch công tác",
    "/dich-vu-cong/": "Dịch vụ công",
    "/lien-he/": "Liên hệ",
    "/so-do-cong/": "Sơ đồ cổng",
    "/tim-kiem/?q=công+thương": "Kết quả",
    "/en/": "Department of Industry and Trade",
    "/tin-tuc/rss/": "<rss",
    "/sitemap.xml": "<urlset",
}


def text_of(response):
    return response.content.decode("utf-8")


@pytest.mark.parametrize("address,expected", STABLE_ADDRESSES.items())
def test_every_stable_address_answers_with_real_content(client, address, expected):
    response = client.get(address)
    assert response.status_code == 200, address
    assert expected in text_of(response)


def test_home_page_shows_every_block(client):
    html = text_of(client.get("/"))
    newest = ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-date")
    notices = ArticleIndexPage.objects.get(slug="thong-bao", locale__language_code="vi")
    newest_news = newest.exclude(path__startswith=notices.path).first()
    newest_notice = newest.filter(path__startswith=notices.path).first()
    assert newest_news.title in html
    assert newest_notice.title in html
    assert "Liên kết website" in html and "https://moit.gov.vn" in html
    assert "Lịch công tác" in html and "Chưa có lịch công tác sắp tới" not in html
    # Footer after Circular 32/2017 Art. 16 and the seed page.
    for fact in ["163 Hai Bà Trưng", "Quận 3", "(+848) 3829 6322", "(+848) 3822 1778",
                 "sct@tphcm.gov.vn", "Chịu trách nhiệm chính"]:
        assert fact in html, fact


def test_menu_lists_the_required_entries_in_order(client):
    html = text_of(client.get("/"))
    menu = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    labels = re.findall(r">([^<>]+)</a>", menu)
    assert labels == ["Trang chủ", "Giới thiệu", "Tin tức – Sự kiện", "Văn bản", "Hỏi đáp",
                      "Dịch vụ công trực tuyến", "Liên hệ", "Sơ đồ cổng"]


def test_every_page_carries_dublin_core_and_hreflang(client):
    article = ArticlePage.objects.live().filter(locale__language_code="vi").first()
    for address in ["/", "/tin-tuc/", article.url]:
        html = text_of(client.get(address))
        for name in ["DC.title", "DC.creator", "DC.date", "DC.description", "DC.publisher",
                     "DC.identifier", "DC.language"]:
            if name == "DC.date" and address in {"/", "/tin-tuc/"}:
                continue
            assert f'name="{name}"' in html, (address, name)
        assert 'hreflang="vi"' in html


def test_article_has_its_metadata_and_a_print_view(client):
    article = (ArticlePage.objects.live().filter(locale__language_code="vi")
               .exclude(providing_unit=None).first())
    html = text_of(client.get(article.url))
    assert f'<meta name="DC.creator" content="{article.providing_unit.name}">' in html
    assert f'{article.url}in/' in html
    printed = client.get(article.url + "in/")
    assert printed.status_code == 200
    printed_html = text_of(printed)
    assert article.title in printed_html
    assert 'class="main-menu"' not in printed_html
    assert "noindex" in printed_html


def test_english_mandatory_pages_exist(client):
    for address, expected in [("/en/gioi-thieu/", "About"),
                              ("/en/gioi-thieu/co-cau-to-chuc/", "Functions and duties"),
                              ("/en/danh-ba/", "E-mail"),
                              ("/en/lien-he/", "Contact officials")]:
        response = client.get(address)
        assert response.status_code == 200, address
        html = text_of(response)
        assert expected in html, address
        assert '<html lang="en">' in html


def test_language_switch_links_to_the_translation(client):
    html = text_of(client.get("/gioi-thieu/"))
    assert 'href="/en/gioi-thieu/"' in html
    html = text_of(client.get("/en/gioi-thieu/"))
    assert 'href="/gioi-thieu/"' in html


def test_rss_per_category_lists_its_articles(client):
    category = ArticleIndexPage.objects.live().filter(
        locale__language_code="vi", depth__gt=3).first()
    response = client.get(category.url + "rss/")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    titles = [item.findtext("title") for item in feed.iter("item")]
    expected = list(category.articles().values_list("title", flat=True)[:5])
    assert titles[:5] == expected


def test_sitemap_xml_lists_pages(client):
    xml = text_of(client.get("/sitemap.xml"))
    assert "/gioi-thieu/" in xml and "/tin-tuc/" in xml


def test_listing_never_counts_the_tree_and_costs_the_same_on_every_page(client):
    # Warm caches (site root paths, settings, thumbnails made on first view).
    client.get("/tin-tuc/")
    client.get("/tin-tuc/?page=2")
    with CaptureQueriesContext(connection) as first:
        assert client.get("/tin-tuc/").status_code == 200
    with CaptureQueriesContext(connection) as second:
        assert client.get("/tin-tuc/?page=2").status_code == 200
    sql = " ".join(query["sql"].upper() for query in first.captured_queries)
    assert "COUNT(" not in sql
    assert len(second.captured_queries) <= len(first.captured_queries) + 1


def test_listing_pages_follow_each_other(client):
    first = text_of(client.get("/tin-tuc/"))
    second = text_of(client.get("/tin-tuc/?page=2"))
    titles = lambda html: set(re.findall(r'class="article-card__title"><a [^>]*>([^<]+)<', html))  # noqa: E731
    assert titles(first) and titles(second)
    assert not titles(first) & titles(second)
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_unknown_address_gives_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = text_of(response)
    assert "Không tìm thấy trang" in html
    assert '<html lang="vi">' in html


@pytest.mark.parametrize("query", ["page=abc", "page=-5", "page=1.5", "page=%00",
                                   "page=99999999", "page=" + "9" * 400])
def test_hostile_page_numbers_never_give_a_500(client, query):
    response = client.get("/tin-tuc/?" + query)
    assert response.status_code in {200, 404}


def test_a_10_kb_query_string_is_harmless(client):
    long_query = "q=" + ("công thương " * 900)[:10_000]
    for address in ["/", "/tin-tuc/", "/tim-kiem/"]:
        response = client.get(address + "?" + long_query)
        assert response.status_code == 200, address


def test_search_finds_articles_by_their_words(client):
    article = ArticlePage.objects.live().filter(locale__language_code="vi").first()
    word = max(article.title.split(), key=len)
    html = text_of(client.get("/tim-kiem/", {"q": word}))
    assert "Kết quả cho" in html


def test_schedule_accepts_any_week_parameter(client):
    for week in ["2026-W01", "2026-W99", "abc", "", "9999-W52"]:
        assert client.get("/lich-cong-tac/", {"tuan": week}).status_code == 200


def test_both_content_languages_have_a_locale_after_migrate():
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"vi", "en"}
