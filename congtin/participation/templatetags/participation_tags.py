"""The rating forms on public pages."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from wagtail.models import Page

from congtin.pagecache.fragments import remember, remember_for_page

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


# Stands for the page's own address in a form rendered once for every page;
# replaced (escaped) by that address when the form is shown.
NEXT_MARK = "\x00next\x00"


def _rating_form(context, page, heading, block_class):
    """The form's HTML. At an address without a query string (no thanks to
    show, nothing to carry over) it differs from page to page only by the
    address to come back to: rendered once per page-cache generation, form
    and language, with the address filled in per page (issue 8; the site's
    form is at the end of every page)."""
    values = {**_form_context(context, page, heading), "block_class": block_class}
    request = context.get("request")
    if request is None or request.GET:
        return render_to_string("participation/rating_form.html", values)
    key = ("rating_form", heading, values["target"], translation.get_language())
    # The site's form is one for the whole site; an article's belongs to its page.
    store = remember if page is None else remember_for_page
    shared = store(key, lambda: render_to_string(
        "participation/rating_form.html", {**values, "next_url": NEXT_MARK}))
    return mark_safe(shared.replace(NEXT_MARK, escape(values["next_url"]), 1))


@register.simple_tag(takes_context=True)
def site_rating_block(context):
    """Rating of the site as a whole, at the end of every public page."""
    return _rating_form(context, None, "site", "container site-rating")


@register.simple_tag(takes_context=True)
def article_rating(context, page):
    """Rating of one article."""
    page = page if isinstance(page, Page) else None
    return _rating_form(context, page, "page", "article-rating")
