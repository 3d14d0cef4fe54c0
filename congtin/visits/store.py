"""Where beacons wait before they reach the database.

Embedded profile (`DatabaseStore`): beacons wait in the web process's memory
and are written in one transaction every few seconds (or once enough wait);
a crash loses the beacons of at most one flush interval.

Production profile (`RedisStore`): one Lua call per beacon deduplicates,
records presence and adds to a pending hash in Redis; whoever flushes (the
first beacon after the interval, or `manage.py flush_visits` in the worker)
moves the pending counts into the database. A crash of Redis loses at most
one flush interval; a crash of a web worker loses nothing.
"""

import datetime
import threading
from collections import Counter

from django.utils import timezone

from . import config
from .apply import add_counts, apply_beacons
from .models import Presence


class DatabaseStore:
    """Beacons buffered in this process, written to the database in batches."""

    def __init__(self):
        self._lock = threading.Lock()
        self._buffer = []
        self._timer = None
        self._rates = Counter()
        self._rate_minute = None

    def allow(self, address, now):
        """Rate limit per address and minute (forged floods count nothing)."""
        minute = int(now.timestamp() // 60)
        with self._lock:
            if minute != self._rate_minute:
                self._rates.clear()
                self._rate_minute = minute
            self._rates[address] += 1
            return self._rates[address] <= config.rate_per_minute()

    def record(self, beacon):
        with self._lock:
            self._buffer.append(beacon)
            full = len(self._buffer) >= config.buffer_limit()
            if not full and self._timer is None:
                self._timer = threading.Timer(config.flush_seconds(), self.flush)
                self._timer.daemon = True
                self._timer.start()
        if full:
            self.flush()

    def flush(self, now=None):
        """Write what waits; returns (site views, page views) counted."""
        with self._lock:
            batch, self._buffer = self._buffer, []
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if not batch:
            return 0, 0
        return apply_beacons(batch, now=now)

    def online(self, now):
        since = now - datetime.timedelta(seconds=config.online_seconds())
        stored = set(Presence.objects.filter(last_seen__gte=since)
                     .values_list("visitor", flat=True))
        with self._lock:
            waiting = {b.visitor for b in self._buffer if b.at >= since}
        return len(stored | waiting)

    def pending(self):
        """Counts not yet in the database: none here (the buffer is not yet
        deduplicated; it reaches the database within one flush interval)."""
        return Counter(), Counter()

    def clear(self):
        with self._lock:
            self._buffer = []
            self._rates.clear()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None


# One call per beacon: mark (NX, one window), presence, pending counts, and
# whether a flush is due. KEYS: site mark, page mark ("" for none), online set,
# pending hash, flush lock. ARGV: window, timestamp, visitor, site field, page
# field, flush interval, online seconds.
RECORD_SCRIPT = """
local counted = 0
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
  counted = 1
end
if KEYS[2] ~= '' and redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[4], ARGV[5], 1)
  counted = counted + 2
end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
local due = 0
if redis.call('SET', KEYS[5], '1', 'NX', 'EX', ARGV[6]) then due = 1 end
return {counted, due}
"""


class RedisStore:
    """Counting in Redis, shared by every web worker; flushed periodically."""

    PREFIX = "congtin:visits:"

    def __init__(self, url):
        import redis

        self.redis = redis.Redis.from_url(url)
        self._record = self.redis.register_script(RECORD_SCRIPT)

    def key(self, name):
        return self.PREFIX + name

    def allow(self, address, now):
        key = self.key(f"rate:{address}:{int(now.timestamp() // 60)}")
        pipe = self.redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, 120)
        count, _ = pipe.execute()
        return count <= config.rate_per_minute()

    def record(self, beacon):
        day = timezone.localdate(beacon.at).isoformat()
        page_mark = self.key(f"p:{beacon.visitor}:{beacon.page_id}") if beacon.page_id else ""
        _, due = self._record(
            keys=[self.key(f"s:{beacon.visitor}"), page_mark, self.key("online"),
                  self.key("pending"), self.key("flush-lock")],
            args=[config.window_seconds(), beacon.at.timestamp(), beacon.visitor,
                  f"s:{day}", f"p:{beacon.page_id}:{day}", max(1, int(config.flush_seconds())),
                  config.online_seconds()])
        if due:
            self.flush()

    def _take_pending(self):
        pipe = self.redis.pipeline(transaction=True)
        pipe.hgetall(self.key("pending"))
        pipe.delete(self.key("pending"))
        raw, _ = pipe.execute()
        return parse_pending(raw)

    def flush(self, now=None):
        """Move the pending counts into the database (one transaction)."""
        now = now or timezone.now()
        self.redis.set(self.key("flush-lock"), "1", ex=max(1, int(config.flush_seconds())))
        site, pages = self._take_pending()
        if site or pages:
            from django.db import transaction

            with transaction.atomic():
                add_counts(site, pages)
        cutoff = now.timestamp() - config.online_seconds()
        self.redis.zremrangebyscore(self.key("online"), "-inf", cutoff)
        return sum(site.values()), sum(pages.values())

    def online(self, now):
        since = now.timestamp() - config.online_seconds()
        return self.redis.zcount(self.key("online"), since, now.timestamp() + 3600)

    def pending(self):
        return parse_pending(self.redis.hgetall(self.key("pending")))

    def clear(self):
        keys = list(self.redis.scan_iter(self.PREFIX + "*"))
        if keys:
            self.redis.delete(*keys)


def parse_pending(raw):
    """{b"s:2026-11-29": b"3", b"p:42:2026-11-29": b"1"} → site and page Counters."""
    site, pages = Counter(), Counter()
    for field, value in raw.items():
        parts = field.decode().split(":")
        if parts[0] == "s":
            site[datetime.date.fromisoformat(parts[1])] += int(value)
        elif parts[0] == "p":
            pages[(int(parts[1]), datetime.date.fromisoformat(parts[2]))] += int(value)
    return site, pages


_store = None
_store_lock = threading.Lock()


def get_store():
    """The process's store for the configured profile."""
    global _store
    with _store_lock:
        url = config.redis_url()
        wanted = RedisStore if url else DatabaseStore
        if not isinstance(_store, wanted):
            _store = RedisStore(url) if url else DatabaseStore()
    return _store


def reset_store():
    """Forget the process's store (tests switch profiles)."""
    global _store
    with _store_lock:
        _store = None
