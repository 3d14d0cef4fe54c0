"""Where beacons wait before they reach the database.

Embedded profile (`DatabaseStore`): beacons wait in the web process's memory
and a background thread writes them in one transaction every few seconds,
once enough wait, and when the process exits; a crash (a killed process)
loses the beacons of at most one flush interval.

Production profile (`RedisStore`): one Lua call per beacon rate-limits,
deduplicates, records presence and adds to a pending hash in Redis; whoever
flushes (the first beacon after the interval, or `manage.py flush_visits` in
the worker) moves the pending counts into the database, or gives them back to
Redis if the database refuses them. A crash of Redis loses at most
one flush interval; a crash of a web worker loses nothing.
"""

import atexit
import datetime
import logging
import threading
from collections import Counter

from django.utils import timezone

from . import config
from .apply import add_counts, apply_beacons
from .models import Presence

logger = logging.getLogger(__name__)


class DatabaseStore:
    """Beacons buffered in this process, written to the database in batches by
    one background thread: every flush interval, at once when the buffer is
    full, and when the process exits. The beacon itself only appends."""

    # Beyond this many waiting beacons (the database has been failing for a
    # long while) the oldest are given up, so memory stays bounded.
    MAX_WAITING = 200_000

    def __init__(self):
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._buffer = []
        self._wake = threading.Event()
        self._thread = None
        self._rates = Counter()
        self._rate_minute = None
        atexit.register(self._flush_at_exit)

    def count(self, address, beacon):
        """Rate-limit the address (per minute) and queue the beacon; False when
        the address is over its limit (the beacon is not counted)."""
        minute = int(beacon.at.timestamp() // 60)
        with self._lock:
            if minute != self._rate_minute:
                self._rates.clear()
                self._rate_minute = minute
            self._rates[address] += 1
            if self._rates[address] > config.rate_per_minute():
                return False
            self._buffer.append(beacon)
            if len(self._buffer) >= config.buffer_limit():
                self._wake.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="visits-flush",
                                                daemon=True)
                self._thread.start()
        return True

    def _run(self):
        from django.db import connection

        while True:
            self._wake.wait(config.flush_seconds())
            self._wake.clear()
            try:
                self.flush()
            except Exception:  # kept for the next round (see flush); never stop the thread
                logger.exception("visits: could not write a batch; it is kept and retried")
            finally:
                connection.close()  # this thread's own connection; a fresh one each round

    def flush(self, now=None):
        """Write what waits; returns (site views, page views) counted. On a
        database error the batch goes back to the front of the buffer."""
        with self._flush_lock:
            with self._lock:
                batch, self._buffer = self._buffer, []
            if not batch:
                return 0, 0
            try:
                return apply_beacons(batch, now=now)
            except Exception:
                with self._lock:
                    self._buffer[:0] = batch
                    excess = len(self._buffer) - self.MAX_WAITING
                    if excess > 0:
                        del self._buffer[:excess]
                        logger.error("visits: %d beacons given up (database unavailable)", excess)
                raise

    def _flush_at_exit(self):
        try:
            self.flush()
        except Exception:
            logger.exception("visits: the last batch could not be written at exit")

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


# One round trip per beacon: the address's rate for this minute, then the marks
# (NX, one window), presence, pending counts, and whether a flush is due.
# KEYS: site mark, page mark ("" for none), online set, pending hash, flush
# lock, rate counter. ARGV: window, timestamp, visitor, site field, page field,
# flush interval, rate limit per minute. Returns {allowed, counted, due}.
COUNT_SCRIPT = """
local rate = redis.call('INCR', KEYS[6])
if rate == 1 then redis.call('EXPIRE', KEYS[6], 120) end
if rate > tonumber(ARGV[7]) then return {0, 0, 0} end
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
return {1, counted, due}
"""


class RedisStore:
    """Counting in Redis, shared by every web worker; flushed periodically."""

    PREFIX = "congtin:visits:"

    def __init__(self, url):
        import redis

        self.redis = redis.Redis.from_url(url)
        self._count = self.redis.register_script(COUNT_SCRIPT)

    def key(self, name):
        return self.PREFIX + name

    def count(self, address, beacon):
        """Rate-limit and count in one call; False when the address is over its limit."""
        day = timezone.localdate(beacon.at).isoformat()
        page_mark = self.key(f"p:{beacon.visitor}:{beacon.page_id}") if beacon.page_id else ""
        minute = int(beacon.at.timestamp() // 60)
        allowed, _, due = self._count(
            keys=[self.key(f"s:{beacon.visitor}"), page_mark, self.key("online"),
                  self.key("pending"), self.key("flush-lock"),
                  self.key(f"rate:{address}:{minute}")],
            args=[config.window_seconds(), beacon.at.timestamp(), beacon.visitor,
                  f"s:{day}", f"p:{beacon.page_id}:{day}", max(1, int(config.flush_seconds())),
                  config.rate_per_minute()])
        if due:
            self.flush()
        return bool(allowed)

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

            try:
                with transaction.atomic():
                    add_counts(site, pages)
            except Exception:
                self._give_back(site, pages)
                raise
        cutoff = now.timestamp() - config.online_seconds()
        self.redis.zremrangebyscore(self.key("online"), "-inf", cutoff)
        return sum(site.values()), sum(pages.values())

    def _give_back(self, site, pages):
        """The database refused the batch: the counts wait in Redis again."""
        pipe = self.redis.pipeline(transaction=True)
        for day, n in site.items():
            pipe.hincrby(self.key("pending"), f"s:{day.isoformat()}", n)
        for (page_id, day), n in pages.items():
            pipe.hincrby(self.key("pending"), f"p:{page_id}:{day.isoformat()}", n)
        pipe.execute()

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
