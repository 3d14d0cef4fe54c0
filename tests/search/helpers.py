"""What the search tests share: asking /tim-kiem/ as a visitor and reading
the result titles off the page, and publishing pages of our own."""

import html
import re

from django.utils import timezone
from wagtail.rich_text import RichText

from congtin.content.models import ArticleIndexPage, ArticlePage

RESULT_TITLE = re.compile(r'<ol class="search-results">(.*?)</ol>', re.S)
TITLE = re.compile(r"<h2><a href=\"[^\"]*\">(.*?)</a></h2>", re.S)
TAG = re.compile(r"<[^>]+>")


def result_titles(response):
    """The titles of the results as a visitor reads them (marks removed)."""
    assert response.status_code == 200
    block = RESULT_TITLE.search(response.content.decode())
    if block is None:
        return []
    return [html.unescape(TAG.sub("", title)) for title in TITLE.findall(block.group(1))]


def search(client, query, **params):
    return result_titles(client.get("/tim-kiem/", {"q": query, **params}))


def page_text(response):
    return html.unescape(TAG.sub(" ", response.content.decode()))


def news_index(slug="tin-tuc"):
    return ArticleIndexPage.objects.get(slug=slug, locale__language_code="vi")


def publish_article(title, text, *, index=None, publish=True, date=None):
    """An article below /tin-tuc/ (or `index`), published unless told not to."""
    parent = index or news_index()
    article = ArticlePage(title=title, summary="", date=date or timezone.now(), live=False,
                          body=[("paragraph", RichText(f"<p>{text}</p>"))])
    parent.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    article.refresh_from_db()
    return article
