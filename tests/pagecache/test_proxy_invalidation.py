"""Through nginx (the page store, files nginx serves by itself, and the
one-second microcache behind it) and Varnish (purged on every change), no
stale page survives 2 s after any kind of change: publish, edit, unpublish,
move, delete, a settings or snippet change; checked on the page, its
listing, the home page, the RSS feed and the XML sitemap, each first seen
served from the store (or the microcache for the feed and the sitemap, which
are not HTML). The changes run in a separate Django process, as an editor's
save in the admin would."""

import http.client
import time
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.usefixtures("proxied_demo")

WITHIN_SECONDS = 2.0
NEWS, NOTICES, FEED, SITEMAP, HOME = "/tin-tuc/", "/thong-bao/", "/tin-tuc/rss/", "/sitemap.xml", "/"

FIND = """
from wagtail.models import Page
from congtin.content.models import ArticlePage, ArticleIndexPage
news = Page.objects.get(url_path__endswith="/tin-tuc/", depth=3, locale__language_code="vi")
notices = Page.objects.get(url_path__endswith="/thong-bao/", depth=3,
                           locale__language_code="vi").specific
def article(slug):
    return ArticlePage.objects.get(slug=slug, locale__language_code="vi")
"""


def fetch(base, address, headers=None):
    """One GET, no redirect followed, over a fresh loopback connection."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", address, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace"), dict(
            response.getheaders())
    finally:
        connection.close()


NOT_HTML = {FEED, SITEMAP}


def served_from(proxy, address):
    return fetch(proxy.url, address)[2].get("X-Proxy-Cache")


def wait_served_from(proxy, address, wanted, seconds=3.0):
    """Ask until the proxy answers from where it should (a file of the store
    appears to nginx at most a second after it is written)."""
    deadline = time.monotonic() + seconds
    while (answer := served_from(proxy, address)) != wanted and time.monotonic() < deadline:
        time.sleep(0.1)
    return answer


def warm(stack, addresses):
    """Fill both proxies (and congtin's cache) so that stale copies exist: an
    HTML page as a file nginx serves, the feed and sitemap in its microcache."""
    for address in addresses:
        fetch(stack.varnish.url, address)
        assert served_from(stack.varnish, address) == "HIT", address
        wanted = "HIT" if address.split("?")[0] in NOT_HTML else "STORE"
        assert wait_served_from(stack.nginx, address, wanted) == wanted, address


def stale_after(stack, expectations):
    """Poll every address on both proxies until all expectations hold or the
    time is up; return what was still stale then (empty when all are fresh)."""
    deadline = time.monotonic() + WITHIN_SECONDS
    while True:
        stale = [(proxy_name, address, what)
                 for proxy_name, proxy in (("nginx", stack.nginx), ("varnish", stack.varnish))
                 for address, what, check in expectations
                 if not check(*fetch(proxy.url, address)[:2])]
        if not stale or time.monotonic() > deadline:
            return stale
        time.sleep(0.1)


def shows(text):
    return lambda status, body: status == 200 and text in body


def lacks(text):
    return lambda status, body: status == 200 and text not in body


def gone(status, body):
    return status in (404, 410)


def newest_slug(stack):
    return stack.change(FIND + """
print(ArticlePage.objects.live().descendant_of(news).order_by("-date", "-pk").first().slug)""")


def test_new_article_appears_everywhere_within_two_seconds(proxied_demo):
    stack = proxied_demo
    warm(stack, [HOME, NEWS, FEED, SITEMAP])
    title = "Khai trương chợ phiên nông sản an toàn tại Thủ Đức"
    url = stack.change(FIND + f"""
from django.utils import timezone
source = ArticlePage.objects.live().descendant_of(news).first()
copy = source.copy(to=news, update_attrs={{"title": "{title}", "slug": "cho-phien-thu-duc",
                                           "date": timezone.now()}}, keep_live=False)
copy.save_revision().publish()
print(copy.url)""")
    assert stale_after(stack, [
        (url, "bài mới", shows(title)), (NEWS, "danh sách", shows(title)),
        (HOME, "trang chủ", shows(title)), (FEED, "RSS", shows(title)),
        (SITEMAP, "sitemap", shows(url))]) == []


def test_edited_title_replaces_the_old_one_within_two_seconds(proxied_demo):
    stack = proxied_demo
    slug = newest_slug(stack)
    url = stack.change(FIND + f'print(article("{slug}").url)')
    warm(stack, [url, HOME, NEWS, FEED])
    title = "Sở Công Thương công bố kế hoạch bình ổn thị trường cuối năm"
    stack.change(FIND + f"""
page = article("{slug}")
page.title = "{title}"
page.save_revision().publish()""")
    assert stale_after(stack, [
        (url, "bài", shows(title)), (NEWS, "danh sách", shows(title)),
        (HOME, "trang chủ", shows(title)), (FEED, "RSS", shows(title))]) == []


def test_unpublished_article_vanishes_within_two_seconds(proxied_demo):
    stack = proxied_demo
    slug = newest_slug(stack)
    url, title = stack.change(FIND + f"""
page = article("{slug}")
print(page.url + "|" + page.title)""").split("|", 1)
    warm(stack, [url, HOME, NEWS, FEED, SITEMAP])
    assert fetch(stack.nginx.url, url)[0] == 200
    stack.change(FIND + f'article("{slug}").unpublish()')
    assert stale_after(stack, [
        (url, "bài", gone), (NEWS, "danh sách", lacks(title)),
        (HOME, "trang chủ", lacks(title)), (FEED, "RSS", lacks(title)),
        (SITEMAP, "sitemap", lacks(url))]) == []


def test_moved_article_changes_listing_within_two_seconds(proxied_demo):
    stack = proxied_demo
    slug = newest_slug(stack)
    old_url, title = stack.change(FIND + f"""
page = article("{slug}")
print(page.url + "|" + page.title)""").split("|", 1)
    warm(stack, [old_url, NEWS, NOTICES, SITEMAP])
    new_url = stack.change(FIND + f"""
page = article("{slug}")
page.move(notices, pos="last-child")
print(Page.objects.get(pk=page.pk).url)""")
    assert new_url != old_url
    assert stale_after(stack, [
        (old_url, "địa chỉ cũ", lambda status, body: status != 200),
        (new_url, "địa chỉ mới", shows(title)), (NOTICES, "danh sách mới", shows(title)),
        (NEWS, "danh sách cũ", lacks(title)), (SITEMAP, "sitemap", shows(new_url))]) == []


def test_deleted_article_is_gone_everywhere_within_two_seconds(proxied_demo):
    stack = proxied_demo
    slug = newest_slug(stack)
    url, title = stack.change(FIND + f"""
page = article("{slug}")
print(page.url + "|" + page.title)""").split("|", 1)
    warm(stack, [url, HOME, NEWS, FEED, SITEMAP])
    stack.change(FIND + f'Page.objects.get(pk=article("{slug}").pk).delete()')
    assert stale_after(stack, [
        (url, "bài", gone), (NEWS, "danh sách", lacks(title)),
        (HOME, "trang chủ", lacks(title)), (FEED, "RSS", lacks(title)),
        (SITEMAP, "sitemap", lacks(url))]) == []


def test_proxies_really_cache_anonymous_pages(proxied_demo):
    stack = proxied_demo
    fetch(stack.varnish.url, NEWS)
    assert served_from(stack.varnish, NEWS) == "HIT"
    assert wait_served_from(stack.nginx, NEWS, "STORE") == "STORE"


def test_settings_change_reaches_the_stored_home_page_within_two_seconds(proxied_demo):
    stack = proxied_demo
    warm(stack, [HOME])
    phone = "(028) 3829 7777"
    stack.change(f"""
from wagtail.models import Site
from congtin.content.models import SiteSettings
row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
row.phone = "{phone}"
row.save()""")
    assert stale_after(stack, [(HOME, "trang chủ", shows(phone))]) == []


def test_snippet_change_reaches_the_stored_home_page_within_two_seconds(proxied_demo):
    stack = proxied_demo
    warm(stack, [HOME])
    title = "Cổng dịch vụ công quốc gia (mới)"
    stack.change(f"""
from congtin.content.snippets import WebsiteLink
WebsiteLink.objects.create(title="{title}", url="https://dichvucong.gov.vn", sort_order=0)""")
    assert stale_after(stack, [(HOME, "trang chủ", shows(title))]) == []


def test_editor_session_is_never_served_a_cached_page(proxied_demo):
    stack = proxied_demo
    assert wait_served_from(stack.nginx, NEWS, "STORE") == "STORE"
    for proxy in (stack.nginx, stack.varnish):
        fetch(proxy.url, NEWS)
        fetch(proxy.url, NEWS)
        headers = fetch(proxy.url, NEWS, {"Cookie": "sessionid=abc123"})[2]
        assert headers.get("X-Proxy-Cache") in ("BYPASS", "MISS", None)
        assert "X-Page-Cache" not in headers


def test_purge_from_outside_loopback_acl_is_refused_by_varnish_config():
    from congtin.pagecache.localproxy import DEPLOY

    vcl = (DEPLOY / "varnish" / "congtin.vcl").read_text()
    assert 'acl purgers {\n    "127.0.0.1";\n    "::1";\n}' in vcl
    assert "if (!client.ip ~ purgers)" in vcl
