"""The render cache of uncached pages (pagecache.fragments, portal's chrome and
page_fragment tags, the listing's cards, the routed page): HTML kept once per
generation is the same for every visitor, so nothing that belongs to one
request — a search query, the menu's current section, the language, the user,
a preview's unsaved text, a CSRF token — may leak from one request to another,
and a publication shows at once."""

import re

import pytest
from django.middleware.csrf import get_token
from wagtail.models import Page, Site

from congtin.content.models import ArticleIndexPage, ArticlePage
from congtin.content.routing import _load
from congtin.pagecache import fragments

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGECACHE_ENABLED = False


def html(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode("utf-8")


def an_article():
    return ArticlePage.objects.live().filter(locale__language_code="vi").order_by("pk").first()


def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def menu_of(page_html):
    return re.search(r'<nav class="main-menu".*?</nav>', page_html, re.S).group(0)


def marked(menu_html):
    """[(link text, aria-current value)] of the menu entries that carry a mark."""
    return re.findall(r'<a href="[^"]*" aria-current="([^"]+)">([^<]+)</a>', menu_html)


def test_the_search_box_holds_the_query_only_on_the_search_page(client):
    html(client, "/")
    assert 'name="q" value="hàng hóa"' in html(client, "/tim-kiem/?q=hàng+hóa")
    assert 'name="q" value=""' in html(client, "/")
    assert "hàng hóa" not in html(client, "/gioi-thieu/")


def test_the_menu_marks_the_section_of_each_page_and_nothing_else(client):
    sections = list(home().get_children().live().in_menu())
    news = next(s for s in sections if s.specific_class is ArticleIndexPage)
    other = next(s for s in sections if s.pk != news.pk)
    article = ArticlePage.objects.live().descendant_of(news).first()
    assert marked(menu_of(html(client, "/"))) == [("page", "Trang chủ")]
    assert marked(menu_of(html(client, news.url))) == [("page", news.title)]
    assert marked(menu_of(html(client, article.url))) == [("true", news.title)]
    assert marked(menu_of(html(client, other.url))) == [("page", other.title)]
    assert marked(menu_of(html(client, "/"))) == [("page", "Trang chủ")]


def test_each_language_keeps_its_own_chrome(client):
    vietnamese = html(client, "/")
    english = html(client, "/en/")
    assert '<html lang="en">' in english and ">Home</a>" in menu_of(english)
    assert "Trang chủ" not in menu_of(english)
    again = html(client, "/")
    assert menu_of(again) == menu_of(vietnamese)
    assert "Điện thoại" in again and "Điện thoại" not in english


def test_an_editor_gets_the_userbar_and_visitors_never_do(client, django_user_model):
    address = an_article().url
    html(client, address)
    client.force_login(django_user_model.objects.create_superuser("quantri-thu", "q@x.vn", "x"))
    assert "wagtail-userbar" in html(client, address)
    client.logout()
    assert "wagtail-userbar" not in html(client, address)


def test_a_preview_shows_the_unsaved_text_and_never_keeps_it(client):
    article = an_article()
    published = html(client, article.url)
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.title = "Tiêu đề đang sửa, chưa lưu"
    draft.body = [("paragraph", "<p>Đoạn văn chưa lưu của biên tập viên.</p>")]
    response = draft.make_preview_request()
    if hasattr(response, "render"):
        response.render()
    preview = response.content.decode("utf-8")
    assert "Đoạn văn chưa lưu của biên tập viên." in preview
    assert "Tiêu đề đang sửa, chưa lưu" in preview
    after = html(client, article.url)
    assert "chưa lưu" not in after
    assert after.count(article.title) == published.count(article.title)


def test_a_publication_shows_at_once_on_the_article_its_listing_and_the_home_page(
        client, commit):
    article = ArticlePage.objects.live().filter(
        locale__language_code="vi").order_by("-date", "-pk").first()
    listing = article.get_parent().url
    for address in (article.url, listing, "/"):
        html(client, address)
    article.title = "Tin đã sửa và duyệt lại"
    article.body = [("paragraph", "<p>Nội dung mới sau khi duyệt.</p>")]
    commit(lambda: article.save_revision().publish())
    page = html(client, article.url)
    assert "Tin đã sửa và duyệt lại" in page and "Nội dung mới sau khi duyệt." in page
    assert "Tin đã sửa và duyệt lại" in html(client, listing)
    assert "Tin đã sửa và duyệt lại" in html(client, "/")


def test_an_unpublished_article_is_gone_at_once(client, commit):
    article = an_article()
    html(client, article.url)
    commit(lambda: article.unpublish())
    assert client.get(article.url).status_code == 404


def test_forms_outside_the_shared_parts_keep_their_csrf_token(client):
    """The Q&A form renders per request: each visitor gets a token of their own."""
    first, second = html(client, "/hoi-dap/gui-cau-hoi/"), None
    client.cookies.clear()
    second = html(client, "/hoi-dap/gui-cau-hoi/")
    tokens = [re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
              for page in (first, second)]
    assert tokens[0] != tokens[1]


def test_shared_html_never_sees_the_visitor(settings, tmp_path, rf):
    (tmp_path / "probe.html").write_text(
        "[{{ csrf_token }}][{{ user }}][{{ request.user }}][{{ request.COOKIES }}]"
        "[{{ perms }}][{{ messages }}]")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    site = Site.objects.get(is_default_site=True)
    request = rf.get("/", HTTP_COOKIE="sessionid=abc")
    get_token(request)
    assert fragments.render_shared("probe.html", {}, site) == "[][][][{}][][]"


def test_each_request_gets_its_own_copy_of_the_routed_page(django_assert_num_queries):
    article = an_article()
    mine = _load(ArticlePage, article.pk)
    mine.title = "Chỉ của yêu cầu này"
    with django_assert_num_queries(0):
        yours = _load(ArticlePage, article.pk)
    assert yours.title == article.title


def test_the_memo_is_bounded_by_page_entries_on_a_crawl(client):
    pages = list(Page.objects.live().type(ArticlePage).filter(
        locale__language_code="vi")[:fragments.MAX_PAGE_ENTRIES // 4])
    for page in pages:
        html(client, page.url)
    assert len(fragments._memo["pages"]) <= fragments.MAX_PAGE_ENTRIES
    assert len(fragments._memo["values"]) < 40
