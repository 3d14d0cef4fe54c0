"""A change of the visit figures redraws them on uncached pages but keeps the
rest of the render cache (an article's text, the menu); a content change still
drops everything, so no stale fragment shows (pagecache.generation's two
counters, fragments.remember_figures)."""

import re

import pytest
from django.utils import timezone

from congtin.content.models import ArticlePage
from congtin.pagecache import fragments
from congtin.pagecache.invalidation import bump_pending_figures
from congtin.visits.models import DailyVisits, PageDailyViews

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGECACHE_ENABLED = False
    bump_pending_figures()
    yield
    bump_pending_figures()


def html(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode("utf-8")


def an_article():
    return ArticlePage.objects.live().filter(locale__language_code="vi").order_by("pk").first()


def views_shown(page_html):
    return int(
        re.search(r'class="article__views">[^:]*: ([\d.]+)<', page_html).group(1).replace(".", "")
    )


def today_shown(page_html):
    return int(re.search(r'data-figure="today">([\d.]+)<', page_html).group(1).replace(".", ""))


def kept_html(template_name, page):
    """The article's rendered fragment from the render cache (the object itself)."""
    found = [
        value
        for key, value in fragments._memo["pages"].items()
        if key[:2] == ("html", template_name) and page.pk in key
    ]
    assert len(found) == 1
    return found[0]


def figures_come_due():
    """What the timer started by counted views does VISITS_FIGURES_MAX_AGE later."""
    bump_pending_figures()


def test_new_view_count_shows_while_the_article_text_is_reused(client):
    article = an_article()
    before = views_shown(html(client, article.url))
    text = kept_html("content/includes/article_text.html", article)
    menu = [
        value
        for key, value in fragments._memo["values"].items()
        if key[:2] == ("html", "content/chrome/menu.html")
    ]
    PageDailyViews.objects.create(page=article, day=timezone.localdate(), views=7)
    figures_come_due()
    after = html(client, article.url)
    assert views_shown(after) == before + 7
    assert kept_html("content/includes/article_text.html", article) is text
    assert menu and all(
        any(value is kept for kept in fragments._memo["values"].values()) for value in menu
    )


def test_new_visitor_figures_show_on_the_home_page_after_a_figures_change(client):
    before = today_shown(html(client, "/"))
    visits, _ = DailyVisits.objects.get_or_create(day=timezone.localdate())
    visits.visits += 5
    visits.save()
    assert today_shown(html(client, "/")) == before  # not before the figures are due
    figures_come_due()
    assert today_shown(html(client, "/")) == before + 5


def test_a_content_change_drops_the_kept_article_text(client, django_capture_on_commit_callbacks):
    article = an_article()
    html(client, article.url)
    figures_come_due()
    old_title = article.title
    article.title = "Tiêu đề mới sau khi sửa bài"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    page_html = html(client, article.url)
    assert "Tiêu đề mới sau khi sửa bài" in page_html
    assert old_title not in page_html
