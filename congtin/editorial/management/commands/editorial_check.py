"""Run the chain's periodic checks: every 15 minutes for deadlines and once at
the end of the working day with --current-news (Đ.8.2)."""

from django.core.management.base import BaseCommand

from congtin.editorial.jobs import check_daily_current_news, check_editorial_deadlines


class Command(BaseCommand):
    help = "Kiểm tra hạn xử lý tin và tin thời sự trong ngày (Điều 8)."

    def add_arguments(self, parser):
        parser.add_argument("--current-news", action="store_true",
                            help="Kiểm tra đã có tin thời sự được đăng trong ngày chưa.")

    def handle(self, *args, **options):
        job = check_daily_current_news if options["current_news"] else check_editorial_deadlines
        result = job.enqueue()
        self.stdout.write(f"Đã giao việc {job.name}: {result.id}")
