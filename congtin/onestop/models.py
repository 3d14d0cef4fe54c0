"""One-stop (một cửa) dossier statistics as monthly aggregates.

The one-stop system (or a person with its export) gives, per month, how many
dossiers were received, resolved, and resolved on time. The on-time rate of a
month, quarter or year is derived from the sums, never stored. Decree 43/2011
Art. 12 asks that statistics be published with source, method and date: the
source is kept per month, the date is `updated_at`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class MonthlyFigure(models.Model):
    """Dossiers of one month."""

    class Source(models.TextChoices):
        IMPORT = "import", "Nhập từ tệp"
        PUSH = "push", "Hệ thống một cửa gửi sang"
        MANUAL = "manual", "Nhập tay"
        DEMO = "demo", "Dữ liệu trình diễn"

    year = models.PositiveSmallIntegerField(
        "năm", validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    month = models.PositiveSmallIntegerField(
        "tháng", validators=[MinValueValidator(1), MaxValueValidator(12)])
    received = models.PositiveIntegerField("hồ sơ tiếp nhận")
    resolved = models.PositiveIntegerField("hồ sơ đã giải quyết")
    on_time = models.PositiveIntegerField("giải quyết đúng hạn")
    source = models.CharField("nguồn", max_length=16, choices=Source.choices,
                              default=Source.MANUAL)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("month")]),
        FieldRowPanel([FieldPanel("received"), FieldPanel("resolved"), FieldPanel("on_time")]),
    ]

    class Meta:
        verbose_name = "số liệu hồ sơ một cửa theo tháng"
        verbose_name_plural = "số liệu hồ sơ một cửa theo tháng"
        ordering = ["-year", "-month"]
        constraints = [
            models.UniqueConstraint(fields=["year", "month"], name="onestop_one_row_per_month"),
        ]

    def __str__(self):
        return f"Tháng {self.month:02d}/{self.year}"

    def clean(self):
        if self.on_time is not None and self.resolved is not None and self.on_time > self.resolved:
            raise ValidationError({"on_time": "Số hồ sơ đúng hạn không thể lớn hơn số đã giải quyết."})

    @property
    def on_time_percent(self):
        return on_time_percent(self.on_time, self.resolved)


def on_time_percent(on_time, resolved):
    """Share of resolved dossiers resolved on time, in percent (None if none resolved)."""
    if not resolved:
        return None
    return round(100 * on_time / resolved, 1)


@register_setting(icon="key")
class OneStopSettings(BaseGenericSetting):
    """How the one-stop system pushes its figures, and how they are described."""

    push_token = models.CharField(
        "mã truy cập cho hệ thống một cửa", max_length=128, blank=True,
        help_text="Hệ thống một cửa gửi mã này trong tiêu đề Authorization: Bearer <mã>. "
                  "Để trống nếu mã được đặt bằng biến môi trường ONESTOP_PUSH_TOKEN.")
    source_name = models.CharField(
        "nguồn số liệu", max_length=255,
        default="Hệ thống thông tin giải quyết thủ tục hành chính của Sở Công Thương")
    method = models.TextField(
        "phương pháp tính", default=(
            "Tỷ lệ đúng hạn = số hồ sơ giải quyết đúng hạn ÷ tổng số hồ sơ đã giải quyết "
            "trong kỳ × 100. Số liệu quý và năm được cộng từ số liệu các tháng."))

    panels = [FieldPanel("push_token"), FieldPanel("source_name"), FieldPanel("method")]

    class Meta:
        verbose_name = "cấu hình thống kê một cửa"
