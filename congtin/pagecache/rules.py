"""Which requests may be answered from the page cache, and which responses may
be stored in it. Correctness first: anything personal, any form, anything a
view marked private is never stored and never served from the cache."""

from django.conf import settings
from django.utils.cache import cc_delim_re

# Cookies that do not change what an anonymous visitor sees: the CSRF cookie
# (a form page is never cached anyway) and the visitor's chosen language
# (part of the cache key).
DEFAULT_NEUTRAL_COOKIES = ("csrftoken", "django_language")
# Served even though no Wagtail page answers them; dropped with every change.
DEFAULT_EXTRA_PATHS = ("/sitemap.xml",)
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}


def neutral_cookies():
    names = getattr(settings, "PAGECACHE_NEUTRAL_COOKIES", DEFAULT_NEUTRAL_COOKIES)
    return set(names) | {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def request_may_use_cache(request):
    """Anonymous GET/HEAD only: any other cookie (session, messages waiting to
    be shown, a logged-in editor, a preview) means the page is personal."""
    if request.method not in ("GET", "HEAD"):
        return False
    allowed = neutral_cookies()
    return all(name in allowed for name in request.COOKIES)


def is_cache_candidate(request):
    """Wagtail pages (marked by the before_serve_page hook) and a few
    addresses generated from the page tree, such as the XML sitemap."""
    if getattr(request, "is_preview", False):
        return False
    if getattr(request, "_pagecache_page", False):
        return True
    extra = getattr(settings, "PAGECACHE_EXTRA_PATHS", DEFAULT_EXTRA_PATHS)
    return request.path in extra


def response_is_storable(response):
    """A plain 200 that sets no cookie (a rendered CSRF token sets one) and
    that no view marked private or never_cache."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    if response.has_header("Cache-Control"):
        directives = {part.split("=")[0].strip().lower()
                      for part in cc_delim_re.split(response["Cache-Control"])}
        if directives & UNCACHEABLE_DIRECTIVES or "max-age=0" in response["Cache-Control"]:
            return False
    return "*" not in response.get("Vary", "")
