"""Finding the page for an address in two queries instead of two per level.

Wagtail's `serve` view asks `Page.route_for_request`, which finds the site,
the home page in the active language and its specific row, then for every
level of the address the child by slug and its specific row: seven queries
for /tin-tuc/bai-viet/, before anything is rendered. Wagtail keeps the answer
on `request._wagtail_route_for_request` and uses it when it is already there,
so this middleware puts it there first:

- the site and the localized home page (the same for every visitor) come from
  the per-generation memo (pagecache.fragments);
- one light query (through the slug index) reads every page whose url_path is
  a prefix of the address (id, type, live, title), kept for the generation
  like a rendered page (fragments.remember_for_page), and the page found is
  loaded, specific, once per generation too.

The walk follows Wagtail's own rules: a routable page (RoutablePageMixin)
that is live answers the rest of the address itself when one of its routes
matches, else the next level must be a child; the last page must be live.
A page type with a `route` of its own is left to Wagtail, whose routing then
runs as usual; so does any request this code is unsure about.
"""

import copy

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

from congtin.pagecache.fragments import remember, remember_for_page

# Route methods whose rules the walk below reproduces.
KNOWN_ROUTES = {Page.route, RoutablePageMixin.route}


def _site_for(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def find():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return remember(("site", hostname, port), find)


def _root_for(site, language):
    return remember(("route_root", site.pk, language),
                    lambda: site.root_page.localized.specific)


def _model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _follows_known_rules(model):
    return model is not None and model.route in KNOWN_ROUTES


def _read(model, page_id):
    queryset = model.objects.all()
    related = getattr(model, "route_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    return queryset.get(pk=page_id)


def _load(model, page_id):
    """The routed page, specific, with what its templates always follow.

    The live page is the same for every visitor until something is saved, so
    it is read once per generation; each request gets its own shallow copy,
    so that what a request sets on its page stays with that request."""
    return copy.copy(remember_for_page(("routed_page", model, page_id),
                                       lambda: _read(model, page_id)))


def _subroute(model, page_id, is_live, components):
    """A routable page's own view for the rest of the address, or None."""
    if not (is_live and issubclass(model, RoutablePageMixin)):
        return None
    path = "/" + "".join(f"{c}/" for c in components)
    try:
        model.get_resolver().resolve(path)
    except Http404:
        return None
    return path


def _pages_on(components, prefixes):
    """{url_path: row} of the pages at these addresses: one light query."""
    # url_path has no index; slug has: the slugs narrow the rows to a handful.
    return {row["url_path"]: row for row in Page.objects.filter(
        slug__in=set(components), url_path__in=prefixes)
            .values("id", "url_path", "content_type_id", "live", "title", "depth", "path")}


def find_route(request, path):
    """A RouteResult, None for "no such page", or ... when Wagtail should decide."""
    from django.utils import translation

    site = _site_for(request)
    request._wagtail_site = site
    if site is None:
        return None
    root = _root_for(site, translation.get_language())
    components = [c for c in path.split("/") if c]
    prefixes, current = [], root.url_path
    for component in components:
        current += component + "/"
        prefixes.append(current)
    rows = remember_for_page(("route", site.pk, tuple(prefixes)),
                             lambda: _pages_on(components, prefixes)) if prefixes else {}
    model, page_id, is_live, url_path = type(root), root.pk, root.live, root.url_path
    trail = []  # the pages above the one found, from the home page down
    current = root
    for depth in range(len(components) + 1):
        if not _follows_known_rules(model):
            return ...
        remaining = components[depth:]
        subpath = _subroute(model, page_id, is_live, remaining)
        if subpath is not None:
            page = _load(model, page_id)
            resolver_match = page.resolve_subpage(subpath)
            request.routable_resolver_match = resolver_match
            view, args, kwargs = resolver_match
            request._congtin_route_trail = (page_id, trail)
            return RouteResult(page, args=(view, args, kwargs))
        if not remaining:
            request._congtin_route_trail = (page_id, trail)
            return RouteResult(_load(model, page_id)) if is_live else None
        row = rows.get(url_path + remaining[0] + "/")
        if row is None:
            return None
        trail.append(current)
        current = Page(id=row["id"], title=row["title"], url_path=row["url_path"],
                       depth=row["depth"], path=row["path"], live=row["live"],
                       content_type_id=row["content_type_id"])
        model, page_id, is_live, url_path = (_model_of(row["content_type_id"]), row["id"],
                                             row["live"], row["url_path"])
    return ...


def trail_for(request, page):
    """The pages above `page` from the home page down, as found while routing
    the request (no query), or None when the request routed elsewhere."""
    found = getattr(request, "_congtin_route_trail", None)
    if found is None or found[0] != page.pk:
        return None
    return found[1]


class FastRouteMiddleware:
    """Answers Wagtail's page lookup ahead of its `serve` view (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            result = find_route(request, path)
        except Page.DoesNotExist:
            result = None  # deleted between the two queries: gone, as Wagtail would say
        if result is not ...:
            request._wagtail_route_for_request = result
        return None
