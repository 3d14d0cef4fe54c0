"""Count the page views the caching proxy answers, from the lines it writes:
nginx's visits log, followed and deleted once read (deploy/nginx/visits-http.conf;
runs as deploy/systemd/congtin-visits.service) or, with --stdin, varnishncsa's
output piped in (deploy/varnish/visits.format; congtin-visits-varnish.service).

Stops on SIGTERM or SIGINT (with --stdin, also when the pipe closes) after
writing what waits, and prints what it received: counted, ignored (no view:
a 404, a robot, staff…) and refused (malformed or hostile lines).
"""

import signal
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from congtin.visits.collector import Collector, LogFollower, run, stream_lines
from congtin.visits.store import get_store


class Command(BaseCommand):
    help = ("Đếm lượt xem trang từ nhật ký lượt xem của nginx "
            "hoặc của Varnish (varnishncsa, qua --stdin).")

    def add_arguments(self, parser):
        parser.add_argument("--log-file", default=settings.VISITS_LOG_FILE,
                            help="Tệp nhật ký lượt xem nginx ghi (mặc định: VISITS_LOG_FILE).")
        parser.add_argument("--stdin", action="store_true",
                            help="Đọc từng dòng JSON từ đầu vào chuẩn (varnishncsa -j -f "
                                 "deploy/varnish/visits.format | manage.py collect_visits "
                                 "--stdin).")

    def handle(self, *args, **options):
        stopping = []
        for name in (signal.SIGTERM, signal.SIGINT):
            signal.signal(name, lambda *_: stopping.append(True))
        collector = Collector(get_store())

        def should_stop():
            return bool(stopping)

        if options["stdin"]:
            self.stdout.write("Đang đọc nhật ký từ đầu vào chuẩn.")
            self.stdout.flush()
            run(stream_lines(sys.stdin.fileno()), collector, should_stop)
        else:
            follower = LogFollower(options["log_file"])
            self.stdout.write(f"Đang đọc nhật ký nginx {options['log_file']}.")
            self.stdout.flush()
            try:
                run(follower, collector, should_stop)
            finally:
                follower.close()
        tally = collector.tally
        self.stdout.write(f"received {tally.received} counted {tally.counted} "
                          f"ignored {tally.ignored} refused {tally.refused}")
