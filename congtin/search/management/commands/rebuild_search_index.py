"""manage.py rebuild_search_index: rebuild the public search index from the
live, public pages, in batches, and say how fast it went."""

from django.core.management.base import BaseCommand

from congtin.search.indexing import BATCH_SIZE, rebuild


class Command(BaseCommand):
    help = "Dựng lại chỉ mục tìm kiếm công khai từ các trang đang xuất bản."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                            help="số trang mỗi lượt (mặc định %(default)s)")

    def handle(self, *args, batch_size, verbosity, **options):
        def progress(rows, seconds):
            if verbosity > 1:
                self.stdout.write(f"  {rows} trang, {seconds:.1f} s")

        rows, seconds = rebuild(batch_size=max(batch_size, 1), progress=progress)
        rate = rows / seconds if seconds > 0 else 0
        self.stdout.write(self.style.SUCCESS(
            f"Đã lập chỉ mục {rows} trang trong {seconds:.2f} s ({rate:,.0f} trang/giây)."))
