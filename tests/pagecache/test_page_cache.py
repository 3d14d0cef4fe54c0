"""The embedded page cache as a visitor and an editor see it: anonymous views
come from the cache, anything personal or with a form never does, and every
kind of content change shows at once."""

import pytest
from django.http import HttpResponse
from django.template import engines
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from congtin.content.models import ArticleIndexPage, ArticlePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

NEWS = "/tin-tuc/"


def an_article():
    """The newest Vietnamese news article (shown on /tin-tuc/ and the home page)."""
    news = Page.objects.get(url_path__endswith="/tin-tuc/", depth=3, locale__language_code="vi")
    return ArticlePage.objects.live().descendant_of(news).order_by("-date", "-pk").first()


def test_second_anonymous_view_of_a_page_comes_from_the_cache(client):
    first = client.get(NEWS)
    second = client.get(NEWS)
    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "MISS"
    assert second["X-Page-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")
    # As on the rendered page (else gunicorn answers in chunks).
    assert second["Content-Length"] == first["Content-Length"] == str(len(first.content))


def test_cached_page_keeps_the_security_headers(client):
    client.get("/")
    hit = client.get("/")
    assert hit["X-Page-Cache"] == "HIT"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["X-Frame-Options"] == "SAMEORIGIN"


def test_head_request_is_answered_from_the_cache_without_a_body(client):
    client.get(NEWS)
    head = client.head(NEWS)
    assert head["X-Page-Cache"] == "HIT"
    assert head.content == b""
    assert int(head["Content-Length"]) > 1000


def test_query_string_language_and_host_are_separate_entries(client):
    client.get(NEWS)
    assert client.get(NEWS + "?page=2")["X-Page-Cache"] == "MISS"
    assert client.get(NEWS, HTTP_HOST="localhost")["X-Page-Cache"] == "MISS"
    client.get("/")
    # Django reads the browser's language for an address without /en/: its own entry.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["X-Page-Cache"] == "MISS"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["X-Page-Cache"] == "HIT"


def test_logged_in_editor_never_gets_or_fills_the_cache(client, demo_user):
    client.get(NEWS)
    client.force_login(demo_user("admin") if _exists("admin") else _any_editor())
    response = client.get(NEWS)
    assert "X-Page-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get(NEWS)["X-Page-Cache"] == "HIT"


def test_session_cookie_alone_bypasses_the_cache(client):
    client.get(NEWS)
    client.cookies["sessionid"] = "forged-or-stale"
    assert "X-Page-Cache" not in client.get(NEWS)


def test_pending_messages_cookie_bypasses_the_cache(client):
    client.get(NEWS)
    client.cookies["messages"] = "a-flash-message-waiting"
    assert "X-Page-Cache" not in client.get(NEWS)


def test_csrf_cookie_and_language_cookie_still_get_cached_pages(client):
    client.get(NEWS)
    client.cookies["csrftoken"] = "x" * 32
    assert client.get(NEWS)["X-Page-Cache"] == "HIT"


def test_post_is_never_answered_from_the_cache(client):
    client.get(NEWS)
    response = client.post(NEWS, {"a": "b"})
    assert response.get("X-Page-Cache") is None


def test_publishing_an_edit_shows_at_once(client, commit):
    article = an_article()
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "HIT"
    revision = article.save_revision()
    article.title = "Tiêu đề mới được xuất bản ngay"
    revision = article.save_revision()
    commit(revision.publish)
    for address in (article.url, NEWS, "/", "/sitemap.xml"):
        response = client.get(address)
        assert response.get("X-Page-Cache") != "HIT", address
    assert "Tiêu đề mới được xuất bản ngay" in client.get(article.url).content.decode()
    assert "Tiêu đề mới được xuất bản ngay" in client.get(NEWS).content.decode()


def test_unpublished_article_disappears_from_page_and_listing(client, commit):
    article = an_article()
    title = article.title
    assert title in client.get(NEWS).content.decode()
    client.get(article.url)
    commit(article.unpublish)
    assert client.get(article.url).status_code == 404
    assert title not in client.get(NEWS).content.decode()


def test_moved_article_leaves_its_old_listing(client, commit):
    article = an_article()
    source = article.get_parent().specific
    target = (ArticleIndexPage.objects.live().exclude(pk=source.pk)
              .exclude(path__startswith=source.path).first())
    old_url = article.url
    client.get(old_url)
    client.get(source.url)
    commit(lambda: article.move(target, pos="last-child"))
    article.refresh_from_db()
    old = client.get(old_url)
    assert old.status_code in (301, 302, 404)
    assert old.get("Location", article.url) == article.url
    assert article.title in client.get(article.url).content.decode()


def test_deleted_page_is_gone_from_page_home_and_sitemap(client, commit):
    article = an_article()
    client.get(article.url)
    client.get("/sitemap.xml")
    commit(Page.objects.get(pk=article.pk).delete)
    assert client.get(article.url).status_code == 404
    assert article.url not in client.get("/sitemap.xml").content.decode()


def test_changing_site_settings_reaches_every_cached_page(client, commit):
    from wagtail.models import Site

    from congtin.content.models import SiteSettings

    client.get("/")
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.phone = "(028) 9999 0000"
    commit(settings_row.save)
    assert "(028) 9999 0000" in client.get("/").content.decode()


def test_page_with_a_csrf_token_is_never_cached(client, settings):
    settings.ROOT_URLCONF = "tests.pagecache.test_page_cache"
    settings.PAGECACHE_EXTRA_PATHS = ["/form/", "/private/"]
    first = client.get("/form/")
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in client.get("/form/")


def test_never_cache_view_is_not_stored(client, settings):
    settings.ROOT_URLCONF = "tests.pagecache.test_page_cache"
    settings.PAGECACHE_EXTRA_PATHS = ["/form/", "/private/"]
    client.get("/private/")
    assert "X-Page-Cache" not in client.get("/private/")


def _exists(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username=username).exists()


def _any_editor():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_staff=True).first()


def form_view(request):
    template = engines["django"].from_string(
        '<form method="post">{% csrf_token %}<button>Gửi</button></form>')
    return HttpResponse(template.render({}, request))


@never_cache
def private_view(request):
    return HttpResponse("Trang riêng")


urlpatterns = [path("form/", form_view), path("private/", private_view)]
