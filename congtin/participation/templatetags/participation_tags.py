"""The rating forms on public pages."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page

from congtin.pagecache.fragments import remember_for_page

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


def _rating_form(context, page, heading, block_class):
    """The form's HTML. At an address without a query string (no thanks to
    show, nothing to carry over) it is the same for every visitor: rendered
    once per page-cache generation, page and language (issue 8)."""
    values = {**_form_context(context, page, heading), "block_class": block_class}
    request = context.get("request")
    if request is None or request.GET:
        return render_to_string("participation/rating_form.html", values)
    key = ("rating_form", heading, values["target"], request.path, translation.get_language())
    return remember_for_page(key, lambda: render_to_string("participation/rating_form.html",
                                                           values))


@register.simple_tag(takes_context=True)
def site_rating_block(context):
    """Rating of the site as a whole, at the end of every public page."""
    return _rating_form(context, None, "site", "container site-rating")


@register.simple_tag(takes_context=True)
def article_rating(context, page):
    """Rating of one article."""
    page = page if isinstance(page, Page) else None
    return _rating_form(context, page, "page", "article-rating")
