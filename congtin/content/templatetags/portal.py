"""Template tags for the public pages' chrome: menu, language switch, metadata."""

from django import template
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_for(request):
    """The home page in the active language (falls back to the site's root)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    language = translation.get_language() or "vi"
    if root.locale.language_code == language:
        return root
    return root.get_translation_or_none(Locale.objects.filter(language_code=language).first()) \
        or root


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    cache = getattr(request, "_congtin_home", None) if request else None
    if cache is None and request is not None:
        cache = _home_for(request)
        request._congtin_home = cache
    return cache


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in tree order."""
    home = home_page(context)
    if home is None:
        return []
    return list(home.get_children().live().in_menu().only("id", "title", "url_path", "path",
                                                         "depth"))


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """[(language code, name, url, is_current)] for the language switch and hreflang.

    Pages link to their own translation; a page with none, or any other view,
    links to the other language's home page.
    """
    request = context.get("request")
    current = translation.get_language() or "vi"
    links = []
    translations = {}
    if isinstance(page, Page):
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        else:
            url = "/" if code == "vi" else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current,
                      "exists": target is not None or not isinstance(page, Page)})
    return links


def department_name(request):
    from congtin.content.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    if (translation.get_language() or "vi").startswith("en"):
        return site_settings.department_name_en or site_settings.department_name
    return site_settings.department_name


@register.inclusion_tag("content/includes/dublin_core.html", takes_context=True)
def dublin_core(context, page=None):
    """Dublin Core metadata (Circular 24/2011/TT-BTTTT): title, creator, date,
    description, publisher, identifier, language, and subject where known."""
    request = context.get("request")
    publisher = department_name(request) if request else ""
    title = context.get("meta_title", "")
    description = ""
    date = None
    creator = publisher
    subject = ""
    if isinstance(page, Page):
        title = page.seo_title or page.title
        description = getattr(page, "meta_description", lambda: "")() or ""
        date = getattr(page, "date", None) or page.last_published_at or page.first_published_at
        unit = getattr(page, "providing_unit", None)
        if unit is not None:
            creator = unit.name
        tags = getattr(page, "tags", None)
        if tags is not None:
            subject = ", ".join(tag.name for tag in tags.all())
    identifier = request.build_absolute_uri() if request else ""
    return {
        "title": title,
        "creator": creator,
        "date": date,
        "description": description,
        "publisher": publisher,
        "identifier": identifier,
        "language": translation.get_language() or "vi",
        "subject": subject,
    }


@register.filter
def vnd(amount):
    """1234567000 → "1.234.567.000 đồng" (Vietnamese digit grouping)."""
    try:
        whole = int(amount)
    except (TypeError, ValueError):
        return ""
    grouped = f"{whole:,}".replace(",", ".")
    unit = "VND" if (translation.get_language() or "vi").startswith("en") else "đồng"
    return f"{grouped} {unit}"
