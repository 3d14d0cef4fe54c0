"""Lookups compiled once per process (content.prepared) give the rows the
queryset itself gives, for any value, and fall back to the queryset when its
SQL cannot be reused."""

import pytest
from django.db import connection
from wagtail.models import Page

from congtin.content import prepared
from congtin.content.models import ArticlePage, RelatedLink

pytestmark = pytest.mark.django_db


def translations(key):
    return Page.objects.filter(translation_key=key).live().values_list("id", "url_path")


def test_the_same_rows_as_the_queryset_for_every_page():
    field = Page._meta.get_field("translation_key")
    pages = list(Page.objects.order_by("pk")[:20])
    assert len(pages) > 2
    for page in pages:
        rows = prepared.values_rows("test_translations", translations, field, page.translation_key)
        assert sorted(rows) == sorted(translations(page.translation_key))
        assert page.live == any(page_id == page.pk for page_id, _ in rows)


def test_related_link_targets_follow_the_saved_links():
    article, other, third = ArticlePage.objects.live().order_by("pk")[:3]
    RelatedLink.objects.create(page=article, target=other, sort_order=0)
    RelatedLink.objects.create(page=article, target=third, sort_order=1)
    RelatedLink.objects.filter(page=article).exclude(target__in=[other, third]).delete()
    RelatedLink.objects.filter(page=other).delete()
    assert {page.pk for page in article.related_pages()} == {other.pk, third.pk}
    assert other.related_pages() == []


def test_a_query_whose_sql_depends_on_the_value_is_not_reused():
    def by_title(title):
        # Short titles are matched whole, longer ones by their start: the SQL
        # differs with the value, so no compiled form may stand for both.
        pages = Page.objects.values_list("id")
        return (
            pages.filter(title=title)
            if len(title) < 8
            else pages.filter(title__startswith=title[:8])
        )

    field = Page._meta.get_field("title")
    short, long = Page(title="Gốc"), Page(title="Ztrang thử nghiệm riêng")
    Page.get_first_root_node().add_child(instance=short)
    Page.get_first_root_node().add_child(instance=long)
    mixed = "Tiêu đề"  # 7 characters: its other value (8) has the other shape
    assert prepared.values_rows("test_by_title", by_title, field, mixed) == []
    assert prepared._compiled[("test_by_title", "default", connection.vendor)] is None
    assert prepared.values_rows("test_by_title", by_title, field, "Gốc") == [(short.pk,)]
    assert prepared.values_rows("test_by_title", by_title, field, long.title) == [(long.pk,)]
