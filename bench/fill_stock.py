"""Build the stock Wagtail site's benchmark database: its home page, a news
index and the same N articles as congtin's (bench/texts.py, same seed).

Run by bench/data.py inside the stock project's settings.
"""

import sys

import django
from django.core.management import call_command


def main(count):
    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    from bulk import add_articles
    from home.models import ArticleIndexPage, ArticlePage, HomePage
    from wagtail.models import Site

    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    news = ArticleIndexPage(title="Tin tức – Sự kiện", slug="tin-tuc")
    home.add_child(instance=news)
    add_articles(news, ArticlePage, count)


if __name__ == "__main__":
    main(int(sys.argv[1]))
