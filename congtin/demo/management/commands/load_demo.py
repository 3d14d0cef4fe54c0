"""`manage.py load_demo [--reset]`: build the demo department.

On an empty database it builds everything (see `congtin.demo.builder`); when
organisation data already exists it says so and changes nothing. `--reset`
removes the demo first and builds it again. `--date` builds it as it would
look on another day (news, schedule, questions and deadlines dated from it).
"""

import argparse
import datetime
import logging
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from congtin.demo import builder


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: Sở Công Thương TP.HCM với trang, bài viết, cán bộ và tài khoản."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="Xoá dữ liệu mẫu hiện có rồi tạo lại.")
        parser.add_argument("--no-logins", action="store_true",
                            help="Không in danh sách tài khoản mẫu (make run in sau).")
        parser.add_argument("--date", type=reference_day, metavar="YYYY-MM-DD",
                            help="Ngày tham chiếu của dữ liệu mẫu (mặc định: hôm nay).")

    def handle(self, *args, reset=False, no_logins=False, date=None, verbosity=1, **options):
        self.verbosity = verbosity
        self.show_logins = not no_logins
        with quiet_logs(verbosity < 2):
            if reset:
                try:
                    builder.reset()
                except builder.DemoError as error:
                    raise CommandError(str(error)) from error
                self.say("Đã xoá dữ liệu mẫu cũ.")
            elif builder.demo_exists():
                self.say("Dữ liệu mẫu đã có sẵn (cơ sở dữ liệu đã có đơn vị); không thay đổi "
                         "gì. Dùng --reset để tạo lại.")
                return
            summary = builder.build(**reference_moment(date))
        self.say(self.style.SUCCESS(f"Đã tạo dữ liệu mẫu trong {summary.seconds:.1f} giây:"))
        for label, count in summary.counts.items():
            self.say(f"  {label}: {count}")
        self.print_logins()

    def say(self, text):
        if self.verbosity > 0:
            self.stdout.write(text)

    def print_logins(self):
        if self.show_logins and self.verbosity > 0:
            self.stdout.write("")
            call_command("demo_logins", stdout=self.stdout)


def reference_day(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"ngày không hợp lệ: “{text}” (cần dạng YYYY-MM-DD)") from error


def reference_moment(day):
    """The builder's today and now for `day`: the current time of day on it, so
    "today's" items have a plausible time."""
    if day is None:
        return {}
    now = timezone.localtime()
    return {"today": day, "now": now.replace(year=day.year, month=day.month, day=day.day)}


@contextmanager
def quiet_logs(quiet):
    """Wagtail logs every page created and published, and django-tasks every
    search-index task it runs, at INFO: hundreds of lines that would bury the
    summary. Show them only with --verbosity 2."""
    loggers = [logging.getLogger(name) for name in ("wagtail", "django_tasks")]
    previous = [logger.level for logger in loggers]
    if quiet:
        for logger in loggers:
            logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, previous, strict=True):
            logger.setLevel(level)
