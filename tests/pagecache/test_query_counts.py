"""Uncached rendering (a cache miss, a preview) asks the database a bounded
number of questions per page type, and the number does not grow with the
items in a listing or the blocks in an article.

Counted for a page asked for the first time in a generation: the site-wide
data are in the memo, the page's own entries (its route, text, listing) are
not (pagecache.fragments.forget_pages); asked again, it costs fewer."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from congtin.content.models import ArticleIndexPage, ArticlePage
from congtin.pagecache import fragments

pytestmark = pytest.mark.django_db

# Measured on the demo department (issue 8); a new query per page is a
# regression worth a look, a query per item or block is a bug.
BOUNDS = {"/": 8, "/tin-tuc/": 5, "/gioi-thieu/": 7, "/lien-he/": 4,
          "/so-do-cong/": 8, "/lich-cong-tac/": 4, "/du-an/": 4, "/danh-ba/": 5,
          "/sitemap.xml": 18, "/tin-tuc/rss/": 3}
ARTICLE_BOUND = 7
# Asked again in the same generation, a page's parts are all rendered already.
AGAIN_BOUNDS = {"/tin-tuc/": 0, "/": 0}
ARTICLE_AGAIN_BOUND = 0


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGECACHE_ENABLED = False


def queries_for(client, address, first_time=True):
    assert client.get(address).status_code == 200  # warm the per-process caches
    if first_time:
        fragments.forget_pages()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("address", sorted(BOUNDS))
def test_page_type_stays_within_its_query_bound(client, address):
    assert queries_for(client, address) <= BOUNDS[address]


def test_listing_costs_the_same_for_one_article_as_for_a_full_page(client):
    news = Page.objects.get(url_path__endswith="/tin-tuc/", depth=3, locale__language_code="vi")
    small = ArticleIndexPage(title="Chuyên mục thử số truy vấn", slug="chuyen-muc-thu")
    news.add_child(instance=small)
    small.save_revision().publish()
    template = ArticlePage.objects.live().descendant_of(news).first()
    template.copy(to=small, update_attrs={"slug": "bai-so-0", "title": "Bài số 0"},
                  keep_live=True)
    one = queries_for(client, small.url)
    for number in range(1, 22):
        template.copy(to=small, update_attrs={"slug": f"bai-so-{number}",
                                              "title": f"Bài số {number}"}, keep_live=True)
    full = queries_for(client, small.url)
    assert full == one


def test_article_costs_the_same_with_forty_blocks_as_with_two(client):
    news = Page.objects.get(url_path__endswith="/tin-tuc/", depth=3, locale__language_code="vi")
    parent = news.specific
    short = ArticlePage(title="Bài ngắn", slug="bai-ngan", summary="Hai khối.", body=[
        ("heading", {"text": "Mục một", "level": "h2"}),
        ("paragraph", "<p>Nội dung ngắn.</p>")])
    long = ArticlePage(title="Bài dài", slug="bai-dai", summary="Bốn mươi khối.", body=[
        block for number in range(20) for block in (
            ("heading", {"text": f"Mục {number + 1}", "level": "h2"}),
            ("paragraph", f"<p>Đoạn văn thứ {number + 1} của bài viết dài.</p>"))])
    for page in (short, long):
        parent.add_child(instance=page)
        page.save_revision().publish()
    two = queries_for(client, short.url)
    assert two <= ARTICLE_BOUND
    assert queries_for(client, long.url) == two


@pytest.mark.parametrize("address", sorted(AGAIN_BOUNDS))
def test_a_page_asked_again_asks_the_database_nothing(client, address):
    assert queries_for(client, address, first_time=False) <= AGAIN_BOUNDS[address]


def test_an_article_asked_again_asks_the_database_nothing(client):
    article = ArticlePage.objects.live().first()
    assert queries_for(client, article.url, first_time=False) <= ARTICLE_AGAIN_BOUND
