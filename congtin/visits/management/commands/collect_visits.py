"""Count the page views the caching proxy answers, from the lines it writes:
nginx's visits log, followed and deleted once read (deploy/nginx/visits-http.conf;
runs as deploy/systemd/congtin-visits.service) or, with --stdin, varnishncsa's
output piped in (deploy/varnish/visits.format; congtin-visits-varnish.service).
With --socket PATH, it is the embedded profile's writer instead: it writes the
batches the web workers send to PATH (VISITS_WRITER_SOCKET; visits/handoff.py).

Stops on SIGTERM or SIGINT (with --stdin, also when the pipe closes) after
writing what waits, and prints what it received: counted, ignored (no view:
a 404, a robot, staff…) and refused (malformed or hostile lines).
"""

import signal
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from congtin.visits.collector import (
    Collector,
    LogFollower,
    freeze_startup_objects,
    run,
    stream_lines,
)
from congtin.visits.handoff import HandoffCollector, Receiver
from congtin.visits.store import writer_store


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
        parser.add_argument("--socket", default="",
                            help="Cấu hình nhúng: nhận lượt xem các tiến trình web gửi tới "
                                 "ổ cắm này (VISITS_WRITER_SOCKET) và ghi vào cơ sở dữ liệu.")

    def handle(self, *args, **options):
        stopping = []
        for name in (signal.SIGTERM, signal.SIGINT):
            signal.signal(name, lambda *_: stopping.append(True))
        collector = Collector(writer_store())

        def should_stop():
            return bool(stopping)

        if options["socket"]:
            collector = HandoffCollector(collector.store)
            self._receive(options["socket"], collector, should_stop)
        elif options["stdin"]:
            self.stdout.write("Đang đọc nhật ký từ đầu vào chuẩn.")
            self.stdout.flush()
            _run(stream_lines(sys.stdin.fileno()), collector, should_stop)
        else:
            follower = LogFollower(options["log_file"])
            self.stdout.write(f"Đang đọc nhật ký nginx {options['log_file']}.")
            self.stdout.flush()
            try:
                _run(follower, collector, should_stop)
            finally:
                follower.close()
        tally = collector.tally
        self.stdout.write(f"received {tally.received} counted {tally.counted} "
                          f"ignored {tally.ignored} refused {tally.refused}")

    def _receive(self, path, collector, should_stop):
        try:
            receiver = Receiver(path)
        except OSError as error:
            raise CommandError(f"Không mở được ổ cắm {path}: {error}") from error
        self.stdout.write(f"Đang nhận lượt xem của các tiến trình web tại {path}.")
        self.stdout.flush()
        try:
            _run(receiver, collector, should_stop)
        finally:
            # What the web workers sent while this was stopping (they send
            # their last batch as they exit): written, not dropped with the socket.
            for datagram in receiver.drain():
                collector.take(datagram)
            receiver.close()
            collector.store.flush()


def _run(receive, collector, should_stop):
    """collector.run, once the source is open and all is loaded."""
    freeze_startup_objects()
    run(receive, collector, should_stop)
