"""`manage.py load_demo [--reset]`: build the demo department.

On an empty database it builds everything (see `congtin.demo.builder`); when
organisation data already exists it says so and changes nothing. `--reset`
removes the demo first and builds it again.
"""

import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from congtin.demo import builder
from congtin.demo.models import DEMO_PASSWORD
from congtin.demo.organisation import demo_logins


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: Sở Công Thương TP.HCM với trang, bài viết, cán bộ và tài khoản."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="Xoá dữ liệu mẫu hiện có rồi tạo lại.")

    def handle(self, *args, reset=False, verbosity=1, **options):
        self.verbosity = verbosity
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
            summary = builder.build()
        self.say(self.style.SUCCESS(f"Đã tạo dữ liệu mẫu trong {summary.seconds:.1f} giây:"))
        for label, count in summary.counts.items():
            self.say(f"  {label}: {count}")
        self.print_logins()

    def say(self, text):
        if self.verbosity > 0:
            self.stdout.write(text)

    def print_logins(self):
        logins = demo_logins()
        header = "Tên đăng nhập"
        width = max(len(header), *(len(username) for username, _, _ in logins))
        self.say("")
        self.say(f"Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}; chỉ đăng nhập được "
                          "khi CONGTIN_DEMO=1):")
        self.say(f"  {header.ljust(width)}  Vai trò")
        for username, role, full_name in logins:
            self.say(f"  {username.ljust(width)}  {role} — {full_name}")


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
