"""Template tags for the public pages' chrome: menu, language switch, metadata.

The chrome is the same on every page of a site and language, so what it reads
from the database is kept once per page-cache generation (pagecache.fragments)
rather than asked again on every uncached render.
"""

from django import template
from django.utils import timezone, translation
from wagtail.models import Locale, Page, Site

from congtin.content.prepared import values_rows
from congtin.pagecache.fragments import remember, remember_for_page, rendered

register = template.Library()


def _language():
    return translation.get_language() or "vi"


def _home_for(site, language):
    """The home page in the active language (falls back to the site's root)."""
    root = Page.objects.select_related("locale").get(pk=site.root_page_id).specific
    if root.locale.language_code == language:
        return root
    return root.get_translation_or_none(Locale.objects.filter(language_code=language).first()) \
        or root


def _site(request):
    return Site.find_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def home_page(context):
    site = _site(context.get("request"))
    if site is None:
        return None
    language = _language()
    return remember(("home", site.pk, language), lambda: _home_for(site, language))


def _menu_items(home):
    """The home page's children marked "show in menus", in tree order."""
    if home is None:
        return []
    return remember(("menu", home.pk), lambda: list(
        home.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth")))


def _chrome_values(context):
    """What the header and footer show: the same on every page of a site and language."""
    home = home_page(context)
    return {"LANGUAGE": _language(), "home": home, "menu_items": _menu_items(home),
            "identity": site_settings_for(context.get("request"))}


@register.simple_tag(takes_context=True)
def chrome(context, template_name):
    """A part of the header or footer that no page or visitor changes, rendered
    once per page-cache generation, site and language (fragments.rendered)."""
    return rendered((), template_name, _chrome_values(context), _site(context.get("request")))


@register.simple_tag(takes_context=True)
def page_fragment(context, template_name):
    """The part of a page that shows only its published content (an article's
    text, tags, related articles, the home page's blocks): rendered once per
    generation, page, language and day with nothing but `page` and the
    language (fragments.rendered).
    A preview shows the unsaved page being edited, so it renders afresh."""
    request = context.get("request")
    page = context.get("page")
    if getattr(request, "is_preview", False) or not isinstance(page, Page) or page.pk is None:
        return context.template.engine.get_template(template_name).render(context)
    values = {"page": page, "LANGUAGE": _language()}
    # The day too: the home page's schedule shows what comes from today on.
    key = ("page", page.pk, timezone.localdate())
    return rendered(key, template_name, values, _site(request), for_page=True)


def menu_mark(page, home, items, crumb=None):
    """Which menu entry says aria-current, and how: the home link on the home
    page; a section's entry on the section ("page") or anywhere inside it, or on
    an app view shown as that section (`crumb`): "true"."""
    if not isinstance(page, Page):
        return {"home": False, "item": None, "kind": ""}
    if home is not None and page.pk == home.pk:
        return {"home": True, "item": None, "kind": ""}
    for item in items:
        if page.path.startswith(item.path):
            kind = "page" if page.pk == item.pk and not crumb else "true"
            return {"home": False, "item": item.pk, "kind": kind}
    return {"home": False, "item": None, "kind": ""}


@register.simple_tag(takes_context=True)
def chrome_menu(context):
    """The main menu with the current section marked: one rendering per entry
    and mark, shared by every page and visitor of that section."""
    values = _chrome_values(context)
    mark = menu_mark(context.get("page"), values["home"], values["menu_items"],
                     context.get("crumb"))
    return rendered((mark["home"], mark["item"], mark["kind"]), "content/chrome/menu.html",
                    {**values, "mark": mark}, _site(context.get("request")))


def site_settings_for(request):
    """The department's identity (SiteSettings) for the request's site, also
    left where `settings.content.SiteSettings` in templates finds it."""
    from congtin.content.models import SiteSettings

    site = _site(request)
    if site is None:
        return None
    found = remember(("site_settings", site.pk), lambda: SiteSettings.for_site(site))
    setattr(request, SiteSettings.get_cache_attr_name(), found)
    return found


@register.simple_tag(takes_context=True)
def site_settings(context):
    return site_settings_for(context.get("request"))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """The pages above `page` below the tree's root (home page first): those
    met while routing the request, else read from the tree (previews)."""
    from congtin.content.routing import trail_for

    trail = trail_for(context.get("request"), page)
    if trail is not None:
        return trail
    return list(page.get_ancestors()[1:])


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """[(language code, name, url, is_current)] for the language switch and hreflang.

    Pages link to their own translation; a page with none, or any other view,
    links to the other language's home page. For a page, kept once per
    generation, site and language (saved pages only: the same for a preview).
    """
    request = context.get("request")
    current = translation.get_language() or "vi"
    if not isinstance(page, Page):
        return _translation_links({}, current, request, exists_anyway=True)
    site = _site(request)
    return remember_for_page(
        ("translation_links", page.translation_key, current, site.pk if site else None),
        lambda: _translation_links(_translations_of(page), current, request))


def _translations_of(page):
    """{language code: bare Page with its address} of the page's live translations."""
    languages = remember(("locales",), lambda: dict(
        Locale.objects.values_list("id", "language_code")))
    others = values_rows(
        "live_translations",
        lambda key: Page.objects.filter(translation_key=key).live()
        .values_list("id", "url_path", "locale_id"),
        Page._meta.get_field("translation_key"), page.translation_key)
    # Only the address is needed: a bare Page with its url_path gives it.
    return {languages.get(locale_id): Page(id=page_id, url_path=url_path)
            for page_id, url_path, locale_id in others}


def _translation_links(translations, current, request, exists_anyway=False):
    links = []
    for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        else:
            url = "/" if code == "vi" else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current,
                      "exists": target is not None or exists_anyway})
    return links


def department_name(request):
    identity = site_settings_for(request)
    if identity is None:
        return ""
    if _language().startswith("en"):
        return identity.department_name_en or identity.department_name
    return identity.department_name


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
        tags = getattr(page, "tag_list", None)
        if tags is None and getattr(page, "tags", None) is not None:
            tags = page.tags.all()
        if tags is not None:
            subject = ", ".join(tag.name for tag in tags)
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
