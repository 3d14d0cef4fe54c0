"""What a visitor sees: the figures on the home page, most viewed news, views
per article."""

import datetime
import re

import pytest
from django.utils import timezone

from congtin.content.models import ArticlePage
from congtin.visits.models import DailyVisits, PageDailyViews

pytestmark = pytest.mark.django_db


def figure(html, name):
    match = re.search(rf'data-figure="{name}">([\d.]+)<', html)
    return int(match.group(1).replace(".", ""))


def test_home_shows_the_stored_figures(store, client):
    today = timezone.localdate()
    DailyVisits.objects.update_or_create(day=today, defaults={"visits": 1234})
    html = client.get("/").content.decode()
    assert figure(html, "today") == 1234
    month = sum(DailyVisits.objects.filter(day__gte=today.replace(day=1), day__lte=today)
                .values_list("visits", flat=True))
    assert figure(html, "month") == month
    assert figure(html, "total") == sum(DailyVisits.objects.values_list("visits", flat=True))
    assert 'data-figure="online"' in html


def test_most_viewed_lists_the_top_news_of_the_last_days(settings, store, client):
    settings.VISITS_MOST_VIEWED_DAYS = 7
    settings.VISITS_MOST_VIEWED_COUNT = 3
    today = timezone.localdate()
    articles = list(ArticlePage.objects.live().filter(locale__language_code="vi")[:3])
    PageDailyViews.objects.filter(page__in=articles).delete()
    PageDailyViews.objects.create(page=articles[0], day=today, views=900_001)
    PageDailyViews.objects.create(page=articles[1], day=today - datetime.timedelta(days=2),
                                  views=800_001)
    # Old views do not count toward "the last 7 days".
    PageDailyViews.objects.create(page=articles[2], day=today - datetime.timedelta(days=30),
                                  views=9_000_000)
    html = client.get("/").content.decode()
    section = html.split('id="most-viewed-heading"')[1].split("</section>")[0]
    assert section.index(articles[0].title) < section.index(articles[1].title)
    assert articles[2].title not in section
    assert "900.001 lượt xem" in section
    assert section.count("<li>") == 3


def test_article_shows_its_views_and_the_most_viewed_aside(store, client, article):
    PageDailyViews.objects.filter(page=article).delete()
    PageDailyViews.objects.create(page=article, day=timezone.localdate(), views=4321)
    html = client.get(article.url).content.decode()
    assert "Lượt xem: 4.321" in html
    assert 'id="article-most-viewed-heading"' in html


def test_english_home_lists_english_news_only(store, client):
    english = ArticlePage.objects.live().filter(locale__language_code="en").first()
    vietnamese = ArticlePage.objects.live().filter(locale__language_code="vi").first()
    today = timezone.localdate()
    for page in (english, vietnamese):
        PageDailyViews.objects.update_or_create(page=page, day=today, defaults={"views": 10**7})
    html = client.get("/en/").content.decode()
    section = html.split('id="most-viewed-heading"')[1].split("</section>")[0]
    assert english.title in section
    assert vietnamese.title not in section
