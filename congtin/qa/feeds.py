"""RSS of published answers (Đ.7.2: answers of general interest are public).

Feed readers take an item's title and description as HTML. What the asker and
the departments wrote is plain text there: escaped once for HTML here, once more
for XML by Django's writer, so a reader shows `<b>` as typed and runs nothing.
"""

import html
import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import escape, strip_tags

from .views import published

_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(rich_html):
    """The text a reader sees in a rich-text answer: no tags, entities decoded,
    one line per paragraph."""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", rich_html or "")))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


class AnswersFeed(Feed):
    title = "Hỏi đáp — Sở Công Thương TP.HCM"
    description = "Câu trả lời của Sở Công Thương cho câu hỏi của người dân, doanh nghiệp."

    def link(self):
        return reverse("qa:archive")

    def items(self):
        return published()[:30]

    def item_title(self, item):
        return escape(item.title)

    def item_description(self, item):
        unit = item.answered_by.name if item.answered_by else "Sở Công Thương"
        return escape(f"{item.body}\n\nTrả lời ({unit}): {plain_text(item.answer)}")

    def item_link(self, item):
        return reverse("qa:detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.answered_at
