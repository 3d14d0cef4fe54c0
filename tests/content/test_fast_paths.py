"""The shortcuts that make an uncached page cheap (issue 8) give exactly what
the slow way gives: the page Wagtail's own routing finds, the listing page
OFFSET finds, and site-wide data that is fresh as soon as an editor saves."""

import pytest
from django.core.cache import caches
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from congtin.content import listing
from congtin.content.models import ArticleIndexPage, ArticlePage, SiteSettings
from congtin.content.routing import find_route

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uncached(settings):
    """Every request renders; the memo starts empty (tests roll back without
    the signals that would start a new generation)."""
    settings.PAGECACHE_ENABLED = False
    caches["default"].clear()
    yield
    caches["default"].clear()


def wagtail_route(request, path):
    """What Wagtail's own routing answers (None for a 404)."""
    site = Site.find_for_request(request)
    components = [c for c in path.split("/") if c]
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def addresses(article, draft):
    return [
        "/", "/tin-tuc/", "/tin-tuc/rss/", "/gioi-thieu/", "/so-do-cong/", "/lien-he/",
        article.url, article.url + "in/", article.url + "khong-co/", "/khong-co-trang-nay/",
        "/tin-tuc/khong-co/", "/tin-tuc/rss/thua/", draft.url,
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_fast_routing_finds_what_wagtail_finds(language):
    article = ArticlePage.objects.live().first()
    draft = ArticlePage.objects.live().last()
    draft.unpublish()  # an address that exists but is not live: a 404 both ways
    factory = RequestFactory()
    with translation.override(language):
        for address in addresses(article, draft):
            ours = find_route(factory.get(address), address)
            theirs = wagtail_route(factory.get(address), address)
            if theirs is None:
                assert ours is None, address
                continue
            assert ours is not ..., address
            assert ours.page.pk == theirs.page.pk, address
            assert type(ours.page) is type(theirs.page), address
            assert [getattr(a, "__name__", a) for a in ours.args[:1]] == \
                [getattr(a, "__name__", a) for a in theirs.args[:1]], address


def test_unpublished_article_is_a_404_and_the_print_view_answers(client):
    article = ArticlePage.objects.live().first()
    assert client.get(article.url + "in/").status_code == 200
    article.unpublish()
    assert client.get(article.url).status_code == 404


def listing_request(page):
    return RequestFactory().get("/tin-tuc/", {"page": page})


def test_deep_listing_pages_hold_what_offset_gives():
    news = ArticleIndexPage.objects.get(url_path__endswith="/tin-tuc/", depth=3,
                                        locale__language_code="vi")
    articles = news.articles()
    expected = list(articles.values_list("pk", flat=True))
    # One article a page, so the pages past SHALLOW_PAGES exist in the demo.
    assert len(expected) > listing.SHALLOW_PAGES + 2
    for number in range(1, len(expected) + 1):
        page = listing.paginate_by_date(articles, listing_request(number), 1, key=("t", 1))
        assert [a.pk for a in page.items] == expected[number - 1:number], number
        assert page.has_next == (number < len(expected))
        assert page.has_previous == (number > 1)
    with pytest.raises(Http404):
        listing.paginate_by_date(articles, listing_request(len(expected) + 1), 1, key=("t", 1))


@pytest.mark.parametrize("hostile", ["99999999999999999999", "100001", "5001", "-3", "abc",
                                     "1e5", "", "0x10", "25%00"])
def test_hostile_page_numbers_never_fail(client, hostile):
    response = client.get("/tin-tuc/", {"page": hostile})
    assert response.status_code in (200, 404)


def test_site_settings_change_shows_on_the_next_render(client, commit):
    assert "Sở Công Thương" in client.get("/").content.decode()
    identity = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    identity.department_name = "Sở Thử Nghiệm Bộ Nhớ"
    commit(identity.save)
    assert "Sở Thử Nghiệm Bộ Nhớ" in client.get("/tin-tuc/").content.decode()


def test_new_menu_section_shows_on_the_next_render(client, commit):
    client.get("/")
    home = Site.objects.get(is_default_site=True).root_page.specific
    from congtin.content.models import StandardPage

    section = StandardPage(title="Mục mới trong menu", slug="muc-moi", show_in_menus=True,
                           summary="Thử menu.")
    home.add_child(instance=section)
    commit(lambda: section.save_revision().publish())
    assert "Mục mới trong menu" in client.get("/lien-he/").content.decode()


def test_restricting_a_section_hides_it_at_once(client, commit):
    article = ArticlePage.objects.live().first()
    assert client.get(article.url).status_code == 200
    news = Page.objects.get(url_path__endswith="/tin-tuc/", depth=3, locale__language_code="vi")
    commit(lambda: PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"))
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title not in response.content.decode()
    assert 'name="password"' in response.content.decode()
    listing_text = client.get("/tin-tuc/").content.decode()
    assert article.title not in listing_text
