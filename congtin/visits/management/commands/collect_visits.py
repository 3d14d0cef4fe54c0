"""Count the page views nginx answers, from the lines nginx sends
(deploy/nginx/visits-http.conf; runs as deploy/systemd/congtin-visits.service).

Stops on SIGTERM or SIGINT after writing what waits, and prints what it
received: counted, ignored (no view: a 404, a robot, staff…) and refused
(malformed or hostile lines).
"""

import signal

from django.conf import settings
from django.core.management.base import BaseCommand

from congtin.visits.collector import Collector, open_socket, serve
from congtin.visits.store import get_store


class Command(BaseCommand):
    help = "Đếm lượt xem trang từ nhật ký truy cập của nginx (gửi qua syslog)."

    def add_arguments(self, parser):
        parser.add_argument("--listen", default=settings.VISITS_COLLECTOR_ADDRESS,
                            help="unix:/đường/dẫn.sock hoặc 127.0.0.1:cổng "
                                 "(mặc định: VISITS_COLLECTOR_ADDRESS).")

    def handle(self, *args, **options):
        stopping = []
        for name in (signal.SIGTERM, signal.SIGINT):
            signal.signal(name, lambda *_: stopping.append(True))
        collector = Collector(get_store())
        with open_socket(options["listen"]) as sock:
            self.stdout.write(f"Đang nhận nhật ký nginx tại {options['listen']}.")
            self.stdout.flush()
            serve(sock, collector, should_stop=lambda: bool(stopping))
        tally = collector.tally
        self.stdout.write(f"received {tally.received} counted {tally.counted} "
                          f"ignored {tally.ignored} refused {tally.refused}")
