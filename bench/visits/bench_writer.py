"""What writing counted views costs the embedded profile's writer, per view,
by batch size: a web worker's (VISITS_BUFFER_LIMIT, 500) beside the writer's
(store.WRITER_BATCH_LIMIT), in one run.

    .venv/bin/python bench/visits/bench_writer.py [--views 20000] [--rounds 3]

Builds the demo department (migrate + load_demo) in a temporary folder, fills
the visit tables with --visitors visitors (as a busy half hour leaves them),
then, rounds alternating between the batch sizes: datagrams as the web
workers send them (handoff.encode, 250 views each) go through what the
writer does with them (decode and check every item, rate limit, find the
page, deduplicate against the marks, write in one transaction), in
batches of each size. Each view from a new visitor (the worst case: a new
row each), then from visitors viewing again. Only this process's CPU (user +
system) is counted; prints a Markdown table.
"""

import argparse
import datetime
import random
import resource
import shutil
import tempfile
from pathlib import Path

from demo_site import newest_article, prepare

WORKER_BATCH = 500  # VISITS_BUFFER_LIMIT's default


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Views:
    """Datagrams of views of the newest article, from new or known visitors."""

    def __init__(self, path):
        self.path, self.run = path, f"{random.random():.9f}"
        self.known = []

    def datagrams(self, count, new=True):
        from congtin.visits.handoff import VIEWS_PER_DATAGRAM, encode
        from congtin.visits.store import View

        now = datetime.datetime.now(datetime.UTC)
        if new:
            agents = [f"Mozilla/5.0 bench/{self.run}-{len(self.known) + i}" for i in range(count)]
            self.known += agents
        else:
            agents = random.sample(self.known, count)
        views = [View.of("127.0.0.1", agent, "localhost", self.path, now) for agent in agents]
        return [encode(views[start:start + VIEWS_PER_DATAGRAM])
                for start in range(0, count, VIEWS_PER_DATAGRAM)]


def write(datagrams, batch):
    """CPU seconds the writer spends on these datagrams, written every `batch` views."""
    from congtin.visits.handoff import VIEWS_PER_DATAGRAM, HandoffCollector
    from congtin.visits.store import DatabaseStore

    collector = HandoffCollector(DatabaseStore(batch))
    per_batch = max(1, batch // VIEWS_PER_DATAGRAM)
    start = cpu_seconds()
    for first in range(0, len(datagrams), per_batch):
        for datagram in datagrams[first:first + per_batch]:
            collector.take(datagram)
        collector.store.flush()
    return cpu_seconds() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--views", type=int, default=20_000, help="views per round and size")
    parser.add_argument("--visitors", type=int, default=50_000, help="visitors stored first")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="congtin-bench-writer-"))
    try:
        prepare(work)
        from congtin.visits.collector import freeze_startup_objects
        from congtin.visits.models import Presence
        from congtin.visits.store import WRITER_BATCH_LIMIT

        views = Views(newest_article().url)
        freeze_startup_objects()  # as collect_visits does
        write(views.datagrams(args.visitors), WRITER_BATCH_LIMIT)
        sizes = (WORKER_BATCH, WRITER_BATCH_LIMIT)
        totals = {(size, new): 0.0 for size in sizes for new in (True, False)}
        for _ in range(args.rounds):
            for new in (True, False):
                for size in sizes:
                    totals[(size, new)] += write(views.datagrams(args.views, new), size)
        print(f"{Presence.objects.count():,} visitors stored at the end; {args.rounds} rounds "
              f"of {args.views:,} views per cell\n")
        print("| views | batches of " + " | batches of ".join(f"{size:,}" for size in sizes)
              + " |\n|---|" + "---|" * len(sizes))
        for new, label in ((True, "each from a new visitor"), (False, "from known visitors")):
            cells = [f"{1e6 * totals[(size, new)] / (args.rounds * args.views):.1f} µs"
                     for size in sizes]
            print(f"| {label} | " + " | ".join(cells) + " |")
        from congtin.pagecache.invalidation import bump_pending_figures

        bump_pending_figures()  # now, not at exit: the folder is gone by then
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
