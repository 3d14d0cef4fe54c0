"""Move waiting visit counts from Redis into the database now.

The collector (`manage.py collect_visits`) already does this every flush
interval; this command is for a one-off move (before a backup, in tests), or
`--every N` where views are counted by the web processes into Redis and
the site may stay quiet for long. In the embedded profile counts wait in
each web process and write themselves.
"""

import time

from django.core.management.base import BaseCommand

from congtin.visits import config
from congtin.visits.store import get_store


class Command(BaseCommand):
    help = "Ghi số lượt truy cập đang chờ (Redis) vào cơ sở dữ liệu."

    def add_arguments(self, parser):
        parser.add_argument("--every", type=float, default=0,
                            help="Lặp lại sau mỗi N giây (mặc định: chạy một lần).")

    def handle(self, *args, **options):
        every = options["every"]
        while True:
            site, pages = get_store().flush()
            if options["verbosity"] > 1 or not every:
                self.stdout.write(f"Đã ghi {site} lượt truy cập, {pages} lượt xem trang.")
            if not every:
                return
            time.sleep(max(every, config.flush_seconds() / 2))
