"""Where counted views wait before they reach the database.

Every view is first appended to a buffer in the process that saw it (the web
process in the embedded profile, the log collector in production). Once
VISITS_BUFFER_LIMIT views wait, whoever added the last one hands them on in a
batch, in its own thread (a web request after its answer went out, the
collector between lines); one background thread hands on what waits every
VISITS_FLUSH_SECONDS (a quiet site), and the process does when it exits.

Embedded profile (`DatabaseStore`): each batch is written to the database in
one transaction. A crash (a killed process) loses the views of at most one
flush interval.

Production profile (`RedisStore`): each batch goes to Redis in one Lua call
(which rate-limits, deduplicates, records presence and adds to a pending
hash for each view); whoever finds a Redis flush due (the collector, or
`manage.py flush_visits`) moves the pending counts into the database, or
gives them back to Redis if the database refuses them. A crash of the
collector or of Redis loses at most one flush interval each.
"""

import atexit
import datetime
import functools
import logging
import threading
import time
import zoneinfo
from collections import Counter
from typing import NamedTuple

from django.conf import settings
from django.utils import timezone

from congtin.pagecache.invalidation import figures_changed

from . import config
from .apply import PageView, add_counts, apply_views, prune
from .identity import address_key, visitor_key
from .models import Presence
from .pages import page_ids

logger = logging.getLogger(__name__)


@functools.cache
def local_zone():
    """The site's time zone (TIME_ZONE), found once: Django's localdate() asks
    a context-local value, which costs more than the rest of a view's count."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


class View(NamedTuple):
    """One countable view as it waits: who (a daily hash), the address's daily
    hash (for the rate limit), where (the page is found when the batch is
    written), when. A tuple: built once per view, in the request."""

    visitor: str
    address: str
    host: str
    path: str
    at: datetime.datetime

    @classmethod
    def of(cls, address, user_agent, host, path, at):
        """Hash the address at once: a raw address never waits anywhere."""
        day = at.astimezone(local_zone()).date()
        return cls(visitor_key(address, user_agent, day), address_key(address, day),
                   host, path, at)


class Batcher:
    """Views waiting in this process, handed to `write(views, now)` in
    batches. Adding a view only appends under a lock: it runs in the request,
    so it must cost microseconds and touch no database."""

    # Beyond this many waiting views (the database or Redis has been failing
    # for a long while) the oldest are given up, so memory stays bounded.
    MAX_WAITING = 200_000

    def __init__(self, write, limit=None):
        self._write = write
        self._limit = limit or config.buffer_limit()
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._buffer = []
        self._failed_until = 0.0  # flush_if_full() waits until then after a failure
        self._thread = None
        atexit.register(self._flush_at_exit)

    def add(self, view):
        with self._lock:
            self._buffer.append(view)
            if self._thread is None:
                # Started by the first view, so in the web worker, not before a fork.
                self._thread = threading.Thread(target=self._run, name="visits-flush",
                                                daemon=True)
                self._thread.start()

    def _run(self):
        from django.db import connection

        while True:
            time.sleep(config.flush_seconds())
            try:
                self.flush()
            except Exception:  # kept for the next round (see flush); never stop the thread
                logger.exception("visits: could not write a batch; it is kept and retried")
            finally:
                # This thread's own connection, kept between rounds as a
                # request's is (CONN_MAX_AGE): opening one reads SQLite's whole
                # schema again, ~9 ms, which cost more than the batch itself.
                connection.close_if_unusable_or_obsolete()

    def flush(self, now=None):
        """Hand on what waits; on an error the batch goes back to the front."""
        with self._flush_lock:
            return self._hand_on(now)

    def flush_if_full(self):
        """Hand on what waits if the buffer is full and nobody else is doing
        it, in the caller's thread. The background thread used to do this
        too, and in a web worker it then took turns for the GIL with the
        request threads: that cost ~25 µs per view, more than the writing."""
        if (len(self._buffer) < self._limit or time.monotonic() < self._failed_until
                or not self._flush_lock.acquire(blocking=False)):
            return None
        try:
            return self._hand_on(None)
        except Exception:
            # Storage down: the next tries wait for the background thread's
            # round instead of failing (and logging) after every view.
            self._failed_until = time.monotonic() + config.flush_seconds()
            raise
        finally:
            self._flush_lock.release()

    def _hand_on(self, now):
        with self._lock:
            batch, self._buffer = self._buffer, []
        if not batch:
            return None
        try:
            return self._write(batch, now)
        except Exception:
            self._give_back(batch)
            raise

    def _give_back(self, batch):
        with self._lock:
            self._buffer[:0] = batch
            excess = len(self._buffer) - self.MAX_WAITING
            if excess > 0:
                del self._buffer[:excess]
                logger.error("visits: %d views given up (storage unavailable)", excess)

    def _flush_at_exit(self):
        try:
            self.flush()
        except Exception:
            logger.exception("visits: the last batch could not be written at exit")

    def waiting(self):
        with self._lock:
            return list(self._buffer)

    def clear(self):
        with self._lock:
            self._buffer = []


class RateLimit:
    """At most rate_per_minute() views per address and minute count; the
    rest are dropped silently (the page was served anyway). Applied when a
    batch is written, and remembered only once the batch is stored, so a
    batch retried after an error is not held against its addresses twice."""

    def __init__(self):
        self._seen = Counter()  # (address, minute) → views admitted

    def admit(self, views):
        """(views within the limit, what to remember once they are stored)."""
        limit, used, kept = config.rate_per_minute(), Counter(), []
        for view in views:
            key = (view.address, int(view.at.timestamp() // 60))
            if self._seen[key] + used[key] < limit:
                used[key] += 1
                kept.append(view)
        return kept, used

    def remember(self, used, now):
        self._seen.update(used)
        current = int(now.timestamp() // 60)
        for key in [key for key in self._seen if key[1] < current - 1]:
            del self._seen[key]


def pages_of(views):
    """The page of each view (None: the site only), found from its address."""
    found = page_ids({(view.host, view.path) for view in views})
    return [found[(view.host, view.path)] for view in views]


class DatabaseStore:
    """Embedded profile: batches written to the database by this process."""

    PRUNE_SECONDS = 60  # expired marks wait this long at most (apply.prune)

    def __init__(self, batch_limit=None):
        self._batcher = Batcher(self._take_batch, batch_limit)
        self._rates = RateLimit()
        self._pruned_at = None

    def record(self, view):
        self._batcher.add(view)

    def flush_if_full(self):
        return self._batcher.flush_if_full()

    def flush(self, now=None):
        """Write what waits; returns (site views, page views) counted."""
        return self._batcher.flush(now) or (0, 0)

    def _take_batch(self, views, now):
        """What a full or due buffer is handed to (handoff.HandoffStore sends it on)."""
        return self._write(views, now)

    def _write(self, views, now):
        now = now or timezone.now()
        kept, used = self._rates.admit(views)
        counted = apply_views([PageView(view.visitor, page_id, view.at)
                               for view, page_id in zip(kept, pages_of(kept), strict=True)])
        self._rates.remember(used, now)
        if self._pruned_at is None or now - self._pruned_at >= datetime.timedelta(
                seconds=self.PRUNE_SECONDS):
            prune(now)
            self._pruned_at = now
        if any(counted):
            # Cached pages show these figures: they are redrawn within a bounded
            # delay (VISITS_FIGURES_MAX_AGE), not at every view.
            figures_changed()
        return counted

    def online(self, now):
        since = now - datetime.timedelta(seconds=config.online_seconds())
        stored = set(Presence.objects.filter(last_seen__gte=since)
                     .values_list("visitor", flat=True))
        waiting = {view.visitor for view in self._batcher.waiting() if view.at >= since}
        return len(stored | waiting)

    def pending(self):
        """Counts not yet in the database: none here (the buffer is not yet
        deduplicated; it reaches the database within one flush interval)."""
        return Counter(), Counter()

    def clear(self):
        self._batcher.clear()
        self._rates = RateLimit()


# One call per batch (a script call per view cost more in redis-py than the
# counting itself). Per view: the address's rate for this minute, then the
# marks (NX, one window), presence and the pending counts; at the end, whether
# a move into the database is due. KEYS: online set, pending hash, flush lock.
# ARGV: window, flush interval, rate limit per minute, key prefix, then six
# values per view: visitor, page id ("" for none), timestamp, day, address
# hash, minute. Returns {views within the rate limit, due}.
COUNT_SCRIPT = """
local window, limit, prefix = ARGV[1], tonumber(ARGV[3]), ARGV[4]
local allowed = 0
for i = 5, #ARGV, 6 do
  local visitor, page, at, day = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local rate_key = prefix .. 'rate:' .. ARGV[i + 4] .. ':' .. ARGV[i + 5]
  local rate = redis.call('INCR', rate_key)
  if rate == 1 then redis.call('EXPIRE', rate_key, 120) end
  if rate <= limit then
    allowed = allowed + 1
    if redis.call('SET', prefix .. 's:' .. visitor, '1', 'NX', 'EX', window) then
      redis.call('HINCRBY', KEYS[2], 's:' .. day, 1)
    end
    if page ~= '' and redis.call('SET', prefix .. 'p:' .. visitor .. ':' .. page, '1', 'NX',
                                 'EX', window) then
      redis.call('HINCRBY', KEYS[2], 'p:' .. page .. ':' .. day, 1)
    end
    redis.call('ZADD', KEYS[1], at, visitor)
  end
end
local due = 0
if redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[2]) then due = 1 end
return {allowed, due}
"""
# Views per script call: Redis runs nothing else meanwhile (~5 µs a view).
SCRIPT_BATCH = 1000


class RedisStore:
    """Production profile: batches counted in Redis, shared by every process,
    and moved from Redis into the database every flush interval."""

    PREFIX = "congtin:visits:"

    def __init__(self, url):
        import redis

        self.redis = redis.Redis.from_url(url)
        self._count = self.redis.register_script(COUNT_SCRIPT)
        self._batcher = Batcher(self._write)

    def key(self, name):
        return self.PREFIX + name

    def record(self, view):
        self._batcher.add(view)

    def flush_if_full(self):
        return self._batcher.flush_if_full()

    def _write(self, views, now):
        """Count a batch in Redis; returns how many views were within their
        address's rate limit."""
        allowed = due = 0
        page_ids = pages_of(views)
        for start in range(0, len(views), SCRIPT_BATCH):
            chunk = zip(views[start:start + SCRIPT_BATCH], page_ids[start:start + SCRIPT_BATCH], strict=True)
            counted, chunk_due = self._count(
                keys=[self.key("online"), self.key("pending"), self.key("flush-lock")],
                args=[config.window_seconds(), max(1, int(config.flush_seconds())),
                      config.rate_per_minute(), self.PREFIX, *script_values(chunk)])
            allowed, due = allowed + counted, due or chunk_due
        if due:
            self.move_to_database(now)
        if allowed:
            figures_changed()  # cached pages redraw the figures within a bounded delay
        return allowed

    def _take_pending(self):
        pipe = self.redis.pipeline(transaction=True)
        pipe.hgetall(self.key("pending"))
        pipe.delete(self.key("pending"))
        raw, _ = pipe.execute()
        return parse_pending(raw)

    def send_waiting(self, now=None):
        """Count what waits in this process in Redis; returns how many views
        were within their address's rate limit."""
        return self._batcher.flush(now) or 0

    def flush(self, now=None):
        """Send what waits in this process to Redis, then move Redis's
        pending counts into the database; returns what was moved."""
        self.send_waiting(now)
        return self.move_to_database(now)

    def move_to_database(self, now=None):
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
        self._batcher.clear()
        keys = list(self.redis.scan_iter(self.PREFIX + "*"))
        if keys:
            self.redis.delete(*keys)


def script_values(views_and_pages):
    """The six script arguments of each view (see COUNT_SCRIPT)."""
    zone = local_zone()
    for view, page_id in views_and_pages:
        yield from (view.visitor, page_id or "", view.at.timestamp(),
                    view.at.astimezone(zone).date().isoformat(), view.address,
                    int(view.at.timestamp() // 60))


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
    """The process's store for the configured profile (chosen once; tests that
    switch profiles call reset_store)."""
    global _store
    current = _store
    if current is not None:
        return current
    with _store_lock:
        if _store is None:
            _store = _configured_store()
    return _store


def _configured_store():
    """A web worker of the embedded profile with a writer hands its batches on;
    every other web worker writes them itself, a batch per VISITS_BUFFER_LIMIT
    views (the request that fills the buffer writes it)."""
    writer = config.writer_socket()
    if writer and not config.redis_url() and config.counter() == config.DJANGO:
        from .handoff import HandoffStore

        return HandoffStore(writer)
    return writer_store(batch_limit=None)


# The embedded profile's writer writes what waits every flush interval, or
# once this many views wait. Larger batches than a web worker's: the writer
# keeps no reader waiting, and a batch of new visitors costs SQLite far less
# per view when it is large (each new mark dirties a page of the table; a
# large batch puts several on each page): bench/visits/bench_writer.py.
WRITER_BATCH_LIMIT = 20_000


def writer_store(batch_limit=WRITER_BATCH_LIMIT):
    """The store of a process that writes views itself (the collector, the
    embedded profile's writer, a web worker without one): never one that
    hands them on. batch_limit: the embedded profile's batch (None:
    VISITS_BUFFER_LIMIT)."""
    url = config.redis_url()
    return RedisStore(url) if url else DatabaseStore(batch_limit)


def reset_store():
    """Forget the process's store (tests switch profiles)."""
    global _store
    with _store_lock:
        _store = None
