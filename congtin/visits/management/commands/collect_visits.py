"""Count the page views the caching proxy answers, from the lines it writes:
nginx's datagrams (deploy/nginx/visits-http.conf; runs as
deploy/systemd/congtin-visits.service) or, with --stdin, varnishncsa's
output piped in (deploy/varnish/visits.format; congtin-visits-varnish.service).

Stops on SIGTERM or SIGINT (with --stdin, also when the pipe closes) after
writing what waits, and prints what it received: counted, ignored (no view:
a 404, a robot, staff…) and refused (malformed or hostile lines).
"""

import signal
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from congtin.visits.collector import Collector, datagrams, open_socket, run, stream_lines
from congtin.visits.store import get_store


class Command(BaseCommand):
    help = ("Đếm lượt xem trang từ nhật ký truy cập của nginx (gửi qua syslog) "
            "hoặc của Varnish (varnishncsa, qua --stdin).")

    def add_arguments(self, parser):
        parser.add_argument("--listen", default=settings.VISITS_COLLECTOR_ADDRESS,
                            help="unix:/đường/dẫn.sock hoặc 127.0.0.1:cổng "
                                 "(mặc định: VISITS_COLLECTOR_ADDRESS).")
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
            with open_socket(options["listen"]) as sock:
                self.stdout.write(f"Đang nhận nhật ký nginx tại {options['listen']}.")
                self.stdout.flush()
                run(datagrams(sock), collector, should_stop)
        tally = collector.tally
        self.stdout.write(f"received {tally.received} counted {tally.counted} "
                          f"ignored {tally.ignored} refused {tally.refused}")
