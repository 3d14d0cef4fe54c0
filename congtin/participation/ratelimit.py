"""Rate limits for anonymous ratings, keyed by a daily-salted hash of the
address (kept only in the cache, never in the database)."""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from congtin.visits.identity import address_hash


def per_hour():
    return int(getattr(settings, "RATING_MAX_PER_HOUR", 10))


def allow(request, target):
    """At most one rating per target per day and `per_hour()` per hour from one address."""
    now = timezone.now()
    who = address_hash(request, timezone.localdate(now))
    target_key = f"rating:t:{who}:{target}:{timezone.localdate(now).isoformat()}"
    if not cache.add(target_key, 1, timeout=86400):
        return False
    hour_key = f"rating:h:{who}:{now:%Y%m%d%H}"
    cache.add(hour_key, 0, timeout=3600)
    try:
        count = cache.incr(hour_key)
    except ValueError:
        count = 1
    if count > per_hour():
        cache.delete(target_key)
        return False
    return True
