from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Anonymous page views served from a cache, dropped whenever content changes."""

    name = "congtin.pagecache"
    label = "pagecache"
    verbose_name = "Bộ nhớ đệm trang"

    def ready(self):
        from . import invalidation

        invalidation.connect()
