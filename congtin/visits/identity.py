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

from django.conf import settings

from congtin.clientaddress import client_address

# Crawlers, link checkers, monitors and command-line clients (User-Agent words,
# lower case). Plain substring tests: a case-insensitive regular expression of
# these alternatives cost ~100 µs per User-Agent, more than a cached page view.
BOT_WORDS = (
    "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "embedly",
    "preview", "monitor", "pingdom", "uptime", "lighthouse", "pagespeed", "curl", "wget",
    "python-requests", "python-urllib", "httpclient", "okhttp", "go-http-client", "java/",
    "libwww", "scrapy", "axios", "node-fetch", "feedfetcher",
)
# Where browsers announce a speculative load (WSGI names of the headers).
PURPOSE_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ")


@functools.lru_cache(maxsize=8192)  # readers' browsers repeat the same few strings
def is_bot(user_agent):
    """No User-Agent at all, or one that names a robot."""
    if not user_agent:
        return True
    lowered = user_agent.lower()
    for word in BOT_WORDS:
        if word in lowered:
            return True
    return False


def is_prefetch_environ(meta):
    """Browsers announce speculative loads; they are not views (yet)."""
    purpose = " ".join(meta.get(name, "") for name in PURPOSE_HEADERS).lower()
    return "prefetch" in purpose or "prerender" in purpose


@functools.lru_cache(maxsize=8)
def _salt(purpose, day):
    # Computed once per day and purpose, not once per view.
    return hmac.new(settings.SECRET_KEY.encode(), f"{purpose}:{day.isoformat()}".encode(),
                    hashlib.sha256).digest()


# Hex digits of a visitor's hash that are kept: 128 bits cannot collide among
# a day's visitors, and a shorter key makes every mark's index entry smaller
# (the embedded profile writes two rows per new visitor).
VISITOR_KEY_LENGTH = 32


def visitor_key(address, user_agent, day):
    """The day's anonymous identity of one browser at one address."""
    material = f"{address}\n{(user_agent or '')[:512]}".encode()
    return hashlib.sha256(_salt("visits", day) + material).hexdigest()[:VISITOR_KEY_LENGTH]


def address_key(address, day):
    """The day's anonymous identity of the address alone (for rate limits)."""
    digest = hashlib.sha256(_salt("addr", day) + address.encode())
    return digest.hexdigest()[:32]


def address_hash(request, day):
    return address_key(client_address(request), day)
