"""The rating forms on public pages."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from wagtail.models import Page

from congtin.pagecache.fragments import remember

from ..forms import SCORES
from ..views import THANKS_PARAM

register = template.Library()


def _form_context(context, page, heading):
    request = context.get("request")
    target = page.pk if page is not None else 0
    next_url = "/"
    thanked = False
    if request is not None:
        query = request.GET.copy()
        thanked = query.get(THANKS_PARAM) == str(target)
        query.pop(THANKS_PARAM, None)
        next_url = request.path + (f"?{urlencode(query, doseq=True)}" if query else "")
    return {"page_id": page.pk if page else "",
            "target": target, "next_url": next_url, "thanked": thanked, "heading": heading,
            "scores": SCORES}


# Stand for the page's address and the rated page's id in a form rendered
# once for every page; replaced by them (the address escaped) when shown.
NEXT_MARK, PAGE_MARK = "\x00next\x00", "\x00page\x00"


def _rating_form(context, page, heading, block_class):
    """The form's HTML. At an address without a query string (no thanks to
    show, nothing to carry over) it differs from page to page only by the
    address to come back to and the rated page's id: rendered once per
    page-cache generation, form and language, with those filled in per page
    (issue 8; the site's form is at the end of every page, an article's on
    every article)."""
    values = {**_form_context(context, page, heading), "block_class": block_class}
    request = context.get("request")
    if request is None or request.GET:
        return render_to_string("participation/rating_form.html", values)
    marked = {**values, "next_url": NEXT_MARK}
    if page is not None:
        marked.update(target=PAGE_MARK, page_id=PAGE_MARK)
    shared = remember(("rating_form", heading, page is None, translation.get_language()),
                      lambda: render_to_string("participation/rating_form.html", marked))
    html = shared.replace(NEXT_MARK, escape(values["next_url"]), 1)
    if page is not None:
        html = html.replace(PAGE_MARK, str(page.pk))
    return mark_safe(html)


@register.simple_tag(takes_context=True)
def site_rating_block(context):
    """Rating of the site as a whole, at the end of every public page."""
    return _rating_form(context, None, "site", "container site-rating")


@register.simple_tag(takes_context=True)
def article_rating(context, page):
    """Rating of one article."""
    page = page if isinstance(page, Page) else None
    return _rating_form(context, page, "page", "article-rating")
