"""Small editable things shown on many pages: website links and the leaders'
working schedule."""

import datetime

from django.db import models
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable
from wagtail.search import index


class WebsiteLink(Orderable):
    """An entry of "Liên kết website" on the home page."""

    title = models.CharField("tên trang", max_length=200)
    title_en = models.CharField("tên tiếng Anh", max_length=200, blank=True)
    url = models.URLField("địa chỉ", max_length=500)

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = "liên kết website"
        verbose_name_plural = "liên kết website"

    def __str__(self):
        return self.title

    @property
    def display_title(self):
        english = (get_language() or "vi").startswith("en")
        return self.title_en if english and self.title_en else self.title


class ScheduleEntryQuerySet(models.QuerySet):
    def between(self, first_day, last_day):
        return list(self.filter(date__range=(first_day, last_day))
                    .select_related("leader").order_by("date", "start_time"))

    def on_day(self, day):
        return self.between(day, day)

    def upcoming(self, day, count=5):
        """The next engagements from `day` on, so the home page has the coming
        week's schedule even on a weekend."""
        return list(self.filter(date__gte=day).select_related("leader")
                    .order_by("date", "start_time")[:count])


class ScheduleEntry(index.Indexed, models.Model):
    """One item of the leaders' working schedule (lịch công tác)."""

    date = models.DateField("ngày", default=datetime.date.today, db_index=True)
    start_time = models.TimeField("giờ bắt đầu", null=True, blank=True)
    leader = models.ForeignKey("org.Person", verbose_name="lãnh đạo chủ trì", null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="+")
    content = models.TextField("nội dung công việc")
    location = models.CharField("địa điểm", max_length=255, blank=True)
    participants = models.CharField("thành phần", max_length=500, blank=True)

    objects = ScheduleEntryQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
        FieldPanel("leader"),
        FieldPanel("content"),
        FieldPanel("location"),
        FieldPanel("participants"),
    ]
    search_fields = [index.SearchField("content"), index.FilterField("date")]

    class Meta:
        verbose_name = "lịch công tác"
        verbose_name_plural = "lịch công tác"
        ordering = ["-date", "start_time"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} — {self.content[:60]}"
