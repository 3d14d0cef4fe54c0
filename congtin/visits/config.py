"""The visit counter's settings, each read from Django settings with a default
(settings.py reads the environment)."""

from django.conf import settings

DJANGO, NGINX, OFF = "django", "nginx", "off"


def counter():
    """Who counts views: DJANGO (the middleware, embedded profile), NGINX (the
    collector reading nginx's log, production) or OFF."""
    return getattr(settings, "VISITS_COUNTER", DJANGO)


def window_seconds():
    """A visitor counts once per page (and once for the site) per window."""
    return int(getattr(settings, "VISITS_WINDOW_SECONDS", 1800))


def online_seconds():
    """"Online now" means seen within this many seconds."""
    return int(getattr(settings, "VISITS_ONLINE_SECONDS", 300))


def flush_seconds():
    """Counts wait in memory or Redis at most this long before reaching the database."""
    return float(getattr(settings, "VISITS_FLUSH_SECONDS", 5))


def buffer_limit():
    """A process hands its buffer on early once this many views wait."""
    return int(getattr(settings, "VISITS_BUFFER_LIMIT", 500))


def rate_per_minute():
    """Views counted from one address per minute; the rest are ignored."""
    return int(getattr(settings, "VISITS_RATE_PER_MINUTE", 600))


def redis_url():
    """Empty: the embedded profile (database); else the production profile."""
    return getattr(settings, "VISITS_REDIS_URL", None) or getattr(settings, "REDIS_URL", "")


def writer_socket():
    """Embedded profile: where the writer process (`collect_visits --socket`)
    takes the web workers' batches; empty: each worker writes its own."""
    return getattr(settings, "VISITS_WRITER_SOCKET", "")


def most_viewed_days():
    return int(getattr(settings, "VISITS_MOST_VIEWED_DAYS", 7))


def most_viewed_count():
    return int(getattr(settings, "VISITS_MOST_VIEWED_COUNT", 5))
