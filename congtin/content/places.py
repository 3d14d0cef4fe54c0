"""Section pages that share their address with an app's own views.

Some public sections are served by an app (the legal library at /van-ban/,
questions and answers at /hoi-dap/) for stable addresses and their own
search, while the site's editors keep a section page at the same address in
the tree. Rather than hide that page, the app's views render *as* it: its
title, summary and body are the section's editable introduction, and with it
as `page` the menu marks the section current and the breadcrumbs lead home
through it.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site


def _home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = Page.objects.select_related("locale").get(pk=site.root_page_id)
    language = translation.get_language() or "vi"
    if root.locale.language_code == language:
        return root
    locale = Locale.objects.filter(language_code=language).first()
    return (root.get_translation_or_none(locale) if locale else None) or root


def section_page_at(request, url_name):
    """The live page under the home page whose slug is the last part of the
    address `url_name` reverses to, in the active language; or None."""
    home = _home(request)
    if home is None:
        return None
    slug = reverse(url_name).strip("/").rsplit("/", 1)[-1]
    return home.get_children().live().filter(slug=slug).specific().first()
