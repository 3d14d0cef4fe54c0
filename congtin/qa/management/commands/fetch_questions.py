from django.core.management.base import BaseCommand, CommandError

from congtin.qa import imap, tasks


class Command(BaseCommand):
    help = ("Đọc hộp thư hỏi đáp (QA_IMAP_*). Mặc định đưa vào hàng đợi tác vụ, tác vụ tự "
            "lặp lại; --now đọc ngay trong tiến trình này.")

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="đọc ngay, không qua hàng đợi")

    def handle(self, *args, now=False, **options):
        if not imap.configured():
            raise CommandError("Chưa cấu hình hộp thư (QA_IMAP_HOST).")
        if now:
            counts = imap.fetch()
            self.stdout.write("Đã đọc hộp thư: " + (", ".join(
                f"{kind}: {n}" for kind, n in sorted(counts.items())) or "không có thư mới"))
            return
        tasks.fetch_mailbox.enqueue()
        self.stdout.write("Đã đưa việc đọc hộp thư vào hàng đợi.")
