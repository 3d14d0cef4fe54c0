"""POST data for Wagtail's page editor, built the way its JavaScript builds
it (the StreamField and Draftail inputs only exist after the script runs)."""

import json

from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)


def draftail(text, bold=None):
    """A Draftail value for one paragraph; bold=(offset, length) styles a range."""
    styles = [{"offset": bold[0], "length": bold[1], "style": "BOLD"}] if bold else []
    return json.dumps({
        "blocks": [{"key": "abcde", "text": text, "type": "unstyled", "depth": 0,
                    "inlineStyleRanges": styles, "entityRanges": [], "data": {}}],
        "entityMap": {},
    })


def table(rows, caption=""):
    return json.dumps({"data": rows, "first_row_is_table_header": True,
                       "first_col_is_header": False, "table_caption": caption})


def article_form(page, title, blocks, summary=""):
    """The edit form of an ArticlePage as the editor submits "Lưu bản nháp"."""
    return nested_form_data({
        "title": title,
        "slug": page.slug,
        "date": timezone.localtime(page.date).strftime("%d/%m/%Y %H:%M"),
        "providing_unit": page.providing_unit_id or "",
        "authors": page.authors,
        "summary": summary or page.summary,
        "listing_image": page.listing_image_id or "",
        "body": streamfield(blocks),
        "source_title": "", "source_publisher": "", "source_date": "", "source_url": "",
        "tags": "",
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": "", "search_description": "",
    })


def form_with_field(html, name):
    """The fields of the form on the page that has an input called `name`,
    as the browser would submit them unchanged."""
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    index = next(i for i, form in enumerate(forms) if form.find(attrs={"name": name}))
    return querydict_from_html(html, form_index=index)


__all__ = ["article_form", "draftail", "form_with_field", "rich_text", "table"]
