"""RSS of published answers (Đ.7.2: answers of general interest are public)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import strip_tags

from .views import published


class AnswersFeed(Feed):
    title = "Hỏi đáp — Sở Công Thương TP.HCM"
    description = "Câu trả lời của Sở Công Thương cho câu hỏi của người dân, doanh nghiệp."

    def link(self):
        return reverse("qa:archive")

    def items(self):
        return published()[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        unit = item.answered_by.name if item.answered_by else "Sở Công Thương"
        return f"{item.body}\n\nTrả lời ({unit}): {strip_tags(item.answer)}"

    def item_link(self, item):
        return reverse("qa:detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.answered_at
