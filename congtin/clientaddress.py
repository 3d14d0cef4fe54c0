"""The address a request came from: the one function every rate limit and the
visit counter ask (and any log that records an address must).

Without a proxy it is the connection's address (REMOTE_ADDR). Behind a proxy,
REMOTE_ADDR is the proxy, and the client's address is what the proxy appended
to X-Forwarded-For (nginx: `proxy_set_header X-Forwarded-For
$proxy_add_x_forwarded_for`). Everything left of that was written by the
client and proves nothing, so the list is read from the right: past the
proxies named in TRUSTED_PROXIES, and the first address that is not one of
them is the client. Nothing is trusted unless TRUSTED_PROXIES names the
proxy: by default the header is ignored.

    TRUSTED_PROXIES = ["127.0.0.1", "::1", "10.0.0.0/8"]   # addresses or networks
    CLIENT_ADDRESS_HEADER = "X-Forwarded-For"               # or "X-Real-IP"

A malformed entry ends the walk: the answer is then the last trusted proxy,
never a value the client wrote.
"""

import functools
import ipaddress

from django.conf import settings


@functools.lru_cache(maxsize=16)
def _networks(proxies):
    return tuple(ipaddress.ip_network(entry.strip(), strict=False)
                 for entry in proxies if entry.strip())


@functools.lru_cache(maxsize=16)
def _meta_key(header):
    """"X-Forwarded-For" → "HTTP_X_FORWARDED_FOR" (a name given in WSGI form is kept)."""
    header = header.strip()
    if header.upper().startswith("HTTP_"):
        return header.upper()
    return "HTTP_" + header.upper().replace("-", "_")


def _parse(value):
    """An IP address from one list entry, or None (ports and brackets are not
    what nginx appends; anything else is garbage)."""
    value = value.strip()
    if not value or len(value) > 64:
        return None
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address, networks):
    return any(address.version == network.version and address in network
               for network in networks)


def address_from_meta(meta, proxies=None, header=None):
    """The client's address from a WSGI environ (see the module's docstring)."""
    if proxies is None:
        proxies = getattr(settings, "TRUSTED_PROXIES", ())
    remote = meta.get("REMOTE_ADDR", "") or ""
    networks = _networks(tuple(proxies))
    current = _parse(remote)
    if not networks or current is None or not _trusted(current, networks):
        return remote
    if header is None:
        header = getattr(settings, "CLIENT_ADDRESS_HEADER", "") or "X-Forwarded-For"
    # Several headers of the same name arrive joined by commas; read from the right.
    for entry in reversed((meta.get(_meta_key(header), "") or "").split(",")):
        address = _parse(entry)
        if address is None:
            break  # garbage: keep the last trusted hop's own view
        current = address
        if not _trusted(address, networks):
            break
    return str(current)


def client_address(request):
    """The client's address for `request`: the connection's, or the one the
    trusted proxy appended."""
    return address_from_meta(request.META)
