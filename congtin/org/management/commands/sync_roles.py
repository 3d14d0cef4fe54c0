from django.core.management.base import BaseCommand

from congtin.org.roles import ensure_role_groups, sync_all_users


class Command(BaseCommand):
    help = "Tạo các nhóm vai trò và cập nhật nhóm của mọi người dùng theo dữ liệu tổ chức."

    def handle(self, *args, **options):
        ensure_role_groups()
        changed = sync_all_users()
        self.stdout.write(f"Đã cập nhật vai trò của {changed} người dùng.")
