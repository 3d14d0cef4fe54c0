"""The library's place in the page tree.

The public library is served by this app at /van-ban/ (stable addresses for
documents and the RSS feed), and the site's editors keep a section page at
the same address in the tree (the demo's "Văn bản"). Rather than hide that
page, the library's pages are rendered *as* it: its title, summary and body
are the library's editable introduction, and with it as `page` the menu
marks the section current and the breadcrumbs lead home through it.
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


def section_page(request):
    """The live page at the library's address in the active language, or None."""
    home = _home(request)
    if home is None:
        return None
    slug = reverse("legal:search").strip("/").rsplit("/", 1)[-1]
    return home.get_children().live().filter(slug=slug).specific().first()
