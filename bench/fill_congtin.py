"""Build congtin's benchmark database: a home page, the news index and N
articles, in the database DATABASE_URL names (never var/congtin.sqlite3).

Run by bench/data.py inside congtin's own settings.
"""

import sys

import django
from django.core.management import call_command


def main(count):
    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    from bulk import add_articles
    from wagtail.models import Locale, Page, Site

    from congtin.content.models import ArticleIndexPage, ArticlePage, HomePage

    root = Page.get_first_root_node()
    locale = Locale.objects.get(language_code="vi")
    home = HomePage(title="Trang chủ", slug="trang-chu", locale=locale)
    root.add_child(instance=home)
    site = Site.objects.get(is_default_site=True)
    # Wagtail's welcome page stays in the tree, out of the site (other apps'
    # rows may already point at it).
    site.root_page = home
    site.save()
    news = ArticleIndexPage(title="Tin tức – Sự kiện", slug="tin-tuc", locale=locale)
    home.add_child(instance=news)
    home.news_index = news
    home.save_revision().publish()
    add_articles(news, ArticlePage, count)


if __name__ == "__main__":
    main(int(sys.argv[1]))
