from django.conf import settings
from django.core.management.base import BaseCommand

from congtin.demo.models import DEMO_PASSWORD
from congtin.demo.organisation import demo_logins


class Command(BaseCommand):
    help = "In danh sách tài khoản mẫu và mật khẩu của chúng."

    def handle(self, *args, **options):
        logins = demo_logins()
        if not logins:
            self.stdout.write("  Chưa có tài khoản mẫu (chạy: make demo-reset).")
            return
        header = "Tên đăng nhập"
        width = max(len(header), *(len(username) for username, _, _ in logins))
        self.stdout.write(f"  Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}; chỉ đăng nhập "
                          "được khi CONGTIN_DEMO=1):")
        self.stdout.write(f"    {header.ljust(width)}  Vai trò")
        for username, role, full_name in logins:
            self.stdout.write(f"    {username.ljust(width)}  {role} — {full_name}")
        if not settings.CONGTIN_DEMO:
            self.stdout.write("  Lưu ý: chế độ mẫu đang tắt (CONGTIN_DEMO), các tài khoản này "
                              "không đăng nhập được.")
