from django.core.management.base import BaseCommand

from congtin.qa import tasks
from congtin.qa.deadlines import send_digest


class Command(BaseCommand):
    help = ("Gửi thư nhắc câu hỏi sắp đến hạn, quá hạn. Mặc định đưa vào hàng đợi (tác vụ tự "
            "lặp lại mỗi sáng 07:00); --now gửi ngay.")

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true")

    def handle(self, *args, now=False, **options):
        if now:
            self.stdout.write(f"Đã gửi {send_digest()} thư nhắc hạn.")
            return
        tasks.deadline_digest.enqueue()
        self.stdout.write("Đã đưa việc nhắc hạn vào hàng đợi.")
