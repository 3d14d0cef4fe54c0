"""Marks the accounts that the demo department creates.

Demo accounts share a published password, so they may log in only while demo
mode is on (CONGTIN_DEMO=1, which `make run` sets); see `auth.py`.
"""

from django.conf import settings
from django.db import models

DEMO_PASSWORD = "congtin-demo"


class DemoAccount(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="demo_account")
    role_description = models.CharField("vai trò", max_length=200)

    class Meta:
        verbose_name = "tài khoản mẫu"
        verbose_name_plural = "tài khoản mẫu"

    def __str__(self):
        return self.user.get_username()
