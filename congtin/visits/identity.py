"""Who a visitor is, without keeping who they are.

A visitor is sha256(daily salt + address + browser). The salt is derived from
SECRET_KEY and the date, so the same person hashes the same way all day and
differently tomorrow, and the hash cannot be turned back into an address.

The checks work on plain values: the middleware passes a request's META,
the collector the fields of a line of nginx's log.
"""

import functools
import hashlib
import hmac
import re

from django.conf import settings

# Crawlers, link checkers, monitors and command-line clients (User-Agent words).
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|"
    r"pingdom|uptime|lighthouse|pagespeed|curl|wget|python-requests|python-urllib|"
    r"httpclient|okhttp|go-http-client|java/|libwww|scrapy|axios|node-fetch|feedfetcher",
    re.IGNORECASE,
)
# Where browsers announce a speculative load (WSGI names of the headers).
PURPOSE_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ")


def is_bot(user_agent):
    """No User-Agent at all, or one that names a robot."""
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def is_prefetch_environ(meta):
    """Browsers announce speculative loads; they are not views (yet)."""
    purpose = " ".join(meta.get(name, "") for name in PURPOSE_HEADERS).lower()
    return "prefetch" in purpose or "prerender" in purpose


def address_from_environ(meta):
    """The address the request came from; behind a trusted proxy, its header."""
    header = getattr(settings, "VISITS_CLIENT_IP_HEADER", "")
    if header:
        forwarded = meta.get(header, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return meta.get("REMOTE_ADDR", "")


def client_address(request):
    return address_from_environ(request.META)


@functools.lru_cache(maxsize=8)
def _salt(purpose, day, secret):
    # Computed once per day and purpose, not once per view.
    return hmac.new(secret.encode(), f"{purpose}:{day.isoformat()}".encode(),
                    hashlib.sha256).digest()


def visitor_key(address, user_agent, day):
    """The day's anonymous identity of one browser at one address."""
    material = f"{address}\n{(user_agent or '')[:512]}".encode()
    return hashlib.sha256(_salt("visits", day, settings.SECRET_KEY) + material).hexdigest()


def address_key(address, day):
    """The day's anonymous identity of the address alone (for rate limits)."""
    digest = hashlib.sha256(_salt("addr", day, settings.SECRET_KEY) + address.encode())
    return digest.hexdigest()[:32]


def address_hash(request, day):
    return address_key(client_address(request), day)
