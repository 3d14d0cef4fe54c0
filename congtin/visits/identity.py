"""Who a visitor is, without keeping who they are.

A visitor is sha256(daily salt + address + browser). The salt is derived from
SECRET_KEY and the date, so the same person hashes the same way all day and
differently tomorrow, and the hash cannot be turned back into an address.
"""

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


def is_bot(user_agent):
    """No User-Agent at all, or one that names a robot."""
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def is_prefetch(request):
    """Browsers announce speculative loads; they are not views (yet)."""
    purpose = " ".join(
        request.headers.get(name, "") for name in ("Sec-Purpose", "Purpose", "X-Moz")
    ).lower()
    return "prefetch" in purpose or "prerender" in purpose


def is_staff(request):
    """Logged-in staff look at the site all day; their views are not the public's."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def client_address(request):
    """The address the request came from; behind a trusted proxy, its header."""
    header = getattr(settings, "VISITS_CLIENT_IP_HEADER", "")
    if header:
        forwarded = request.META.get(header, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def visitor_hash(request, day):
    """The day's anonymous identity of the request's sender."""
    salt = hmac.new(settings.SECRET_KEY.encode(), f"visits:{day.isoformat()}".encode(),
                    hashlib.sha256).digest()
    agent = request.headers.get("User-Agent", "")[:512]
    material = f"{client_address(request)}\n{agent}".encode()
    return hashlib.sha256(salt + material).hexdigest()


def address_hash(request, day):
    """The day's anonymous identity of the address alone (for rate limits)."""
    salt = hmac.new(settings.SECRET_KEY.encode(), f"addr:{day.isoformat()}".encode(),
                    hashlib.sha256).digest()
    return hashlib.sha256(salt + client_address(request).encode()).hexdigest()[:32]
