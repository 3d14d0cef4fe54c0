"""The page cache of the embedded profile: anonymous page views answered from
the Django cache without touching the database or the templates.

It sits near the top of MIDDLEWARE so that a hit costs only a cache read; the
key is host + language + full path with its query string + the current
generation (see generation.py).
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import translation

from . import generation, rules, store

HEADER = "X-Page-Cache"
# Headers worth keeping with a stored page; the rest are per-response.
SKIPPED_HEADERS = {"set-cookie", "content-length", "date"}


def cache_key(request, current_generation):
    language = translation.get_language_from_request(request, check_path=True)
    raw = f"{request.get_host()}|{language}|{request.get_full_path()}"
    digest = hashlib.blake2b(raw.encode("utf-8"), digest_size=20).hexdigest()
    return f"pagecache:{current_generation}:{digest}"


def timeout():
    return getattr(settings, "PAGECACHE_TIMEOUT", 3600)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = getattr(settings, "PAGECACHE_ENABLED", True)

    def __call__(self, request):
        if not self.enabled or not rules.request_may_use_cache(request):
            return self.get_response(request)
        cache = caches[generation.cache_alias()]
        current_generation = generation.current()
        key = cache_key(request, current_generation)
        stored = cache.get(key)
        if stored is not None:
            return self.replay(request, stored)
        response = self.get_response(request)
        if (request.method == "GET" and rules.is_cache_candidate(request)
                and rules.response_is_storable(response)):
            cache.set(key, self.freeze(response), timeout())
            # Production: also a file that nginx serves by itself (store.py).
            store.save(request, response, current_generation)
            response[HEADER] = "MISS"
        return response

    @staticmethod
    def freeze(response):
        headers = [(name, value) for name, value in response.items()
                   if name.lower() not in SKIPPED_HEADERS]
        return (response.status_code, headers, response.content)

    @staticmethod
    def replay(request, stored):
        status, headers, content = stored
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        # Set here: a replay never reaches CommonMiddleware, which sets it on a
        # rendered page (without it the server falls back to chunked encoding).
        response["Content-Length"] = str(len(content))
        response[HEADER] = "HIT"
        return response
