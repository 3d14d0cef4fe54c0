"""Which page an address showed, found when a batch is written, not during
the view: a cached page view knows only its host and path.

The answer follows Django's URL patterns and Wagtail's own routing, so it is
the page Django serves at that address; an address that Django answers with
an app's view (search, legal library, questions…) counts for the site only.
Each answer is remembered for a minute per process, so a batch asks the
database once a minute per distinct address at most.
"""

import time

from django.conf import settings
from django.http import HttpRequest
from django.http.request import split_domain_port
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

REMEMBER_SECONDS = 60
MAX_REMEMBERED = 50_000
_remembered = {}  # (host, path) → (page id or None, time found)


def page_ids(addresses):
    """{(host, path): live page id, or None for the site only} for each address."""
    now = time.monotonic()
    if len(_remembered) > MAX_REMEMBERED:
        _remembered.clear()
    found = {}
    for address in addresses:
        known = _remembered.get(address)
        if known is None or now - known[1] > REMEMBER_SECONDS:
            known = (page_for(*address), now)
            _remembered[address] = known
        found[address] = known[0]
    return found


def forget():
    """Drop the remembered answers (tests move and delete pages)."""
    _remembered.clear()


def page_for(host, path):
    """The live Wagtail page Django serves at host + path, or None."""
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None  # an app's own view: the site only
        # Wagtail's pattern captures the address below the language prefix.
        below = match.args[0] if match.args else match.kwargs.get("path", "")
        route = Page.route_for_request(_request_for(host, path), below)
    if route is None or not route.page.live:
        return None
    return route.page.pk


def _request_for(host, path):
    """A bare GET request for Wagtail's router; the site comes from the host
    as Wagtail finds it (the default site for an unknown host)."""
    hostname, port = split_domain_port(host)
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.META = {"HTTP_HOST": host, "SERVER_NAME": hostname or "localhost",
                    "SERVER_PORT": port or "80"}
    try:
        request._wagtail_site = get_site_for_hostname(hostname, int(port or 80))
    except (Site.DoesNotExist, ValueError):
        request._wagtail_site = None
    return request
