from django.conf import settings
from django.core.management.base import BaseCommand

from congtin.demo.models import DEMO_PASSWORD, DemoAccount


class Command(BaseCommand):
    help = "In danh sách tài khoản mẫu và mật khẩu của chúng."

    def handle(self, *args, **options):
        accounts = DemoAccount.objects.select_related("user").order_by("user__username")
        if not accounts:
            self.stdout.write("  Chưa có tài khoản mẫu (chạy: make demo-reset).")
            return
        self.stdout.write(f"  Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"    {account.user.username:<12} {account.role_description}")
        if not settings.CONGTIN_DEMO:
            self.stdout.write("  Lưu ý: chế độ mẫu đang tắt (CONGTIN_DEMO), các tài khoản này "
                              "không đăng nhập được.")
