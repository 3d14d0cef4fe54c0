"""The site search index: one row per live, public page per locale.

Wagtail's stock database backend neither folds Vietnamese diacritics nor stays
affordable when a word occurs in most pages (it ranks every match: ~90 s on
SQLite at 10,000 pages). This table holds what the public search needs and
nothing more: the folded text to match, and what a result line shows.

The full-text index over `folded` is per database (see migrations/0002):
an FTS5 table on SQLite, kept in sync from `indexing.py`; a GIN index on
`to_tsvector('simple', folded)` on PostgreSQL, which needs no syncing.
"""

from django.db import models


class SearchEntry(models.Model):
    class Category(models.TextChoices):
        NEWS = "news", "Tin tức"
        NOTICE = "notice", "Thông báo"
        PAGE = "page", "Trang"

    page = models.OneToOneField("wagtailcore.Page", verbose_name="trang",
                                on_delete=models.CASCADE, related_name="search_entry")
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name="ngôn ngữ",
                               on_delete=models.CASCADE, related_name="+")
    title = models.CharField("tiêu đề", max_length=255)
    url_path = models.TextField("đường dẫn trong cây trang")
    date = models.DateTimeField("ngày")
    kind = models.CharField("loại trang", max_length=100)
    category = models.CharField("nhóm", max_length=10, choices=Category.choices,
                                default=Category.PAGE)
    excerpt = models.TextField("trích đoạn", blank=True)
    folded = models.TextField("nội dung đã bỏ dấu")
    # SQLite only: the FTS5 rowid, ordered by date so that a query can stop
    # after the newest matches (see indexing.fts_key).
    fts_key = models.BigIntegerField("khóa FTS", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "mục chỉ mục tìm kiếm"
        verbose_name_plural = "chỉ mục tìm kiếm"
        indexes = [
            models.Index(fields=["locale", "-date", "-id"], name="search_locale_date"),
        ]

    def __str__(self):
        return self.title
