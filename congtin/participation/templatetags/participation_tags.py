"""The rating forms on public pages."""

from django import template
from django.utils.http import urlencode
from wagtail.models import Page

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


@register.inclusion_tag("participation/rating_form.html", takes_context=True)
def site_rating_block(context):
    """Rating of the site as a whole, at the end of every public page."""
    return {**_form_context(context, None, "site"), "block_class": "container site-rating"}


@register.inclusion_tag("participation/rating_form.html", takes_context=True)
def article_rating(context, page):
    """Rating of one article."""
    page = page if isinstance(page, Page) else None
    return {**_form_context(context, page, "page"), "block_class": "article-rating"}
