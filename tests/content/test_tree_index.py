"""The index of menu pages (migration content 0005): the main menu is found
without reading the home page's other descendants, and other tree queries
keep the plans they had."""

import pytest
from django.db import connection
from wagtail.models import Page, Site

from congtin.content.listing import public_only
from congtin.content.models import ArticlePage

pytestmark = pytest.mark.django_db

INDEX = "congtin_page_menu"


def index_columns():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    return constraints.get(INDEX, {}).get("columns")


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " ".join(str(row[-1]) for row in cursor.fetchall())


def home():
    return Page.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)


def test_the_menu_pages_are_indexed_by_depth_then_path():
    assert index_columns() == ["depth", "path"]


sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plan")


@sqlite_only
def test_the_menu_query_seeks_the_menu_pages_only():
    menu = home().get_children().live().in_menu().only("id", "title", "url_path")
    assert f"USING INDEX {INDEX} (depth=? AND path>? AND path<?)" in plan(menu)


@sqlite_only
def test_the_newest_articles_are_still_read_from_the_date_index():
    newest = ArticlePage.objects.live().descendant_of(home()).order_by("-date", "-pk")[:7]
    assert INDEX not in plan(newest)
    assert "content_articlepage_date" in plan(newest)


def test_the_home_page_lists_every_public_child_as_a_section():
    page = home().specific
    expected = {child.pk for child in public_only(page.get_children().live())}
    assert expected and {section.pk for section in page.sections()} == expected


@sqlite_only
def test_the_home_sections_are_found_by_type_not_by_walking_the_tree():
    page = home().specific
    sections = page.get_children().live().filter(content_type__in=page.section_types())
    assert "wagtailcore_page_content_type_id" in plan(sections)
