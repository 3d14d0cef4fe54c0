"""An index of the pages shown in menus, by (depth, path).

The main menu is the home page's children marked "show in menus":
`depth = N AND path BETWEEN … AND show_in_menus`. Wagtail indexes the path
alone, so the database walked every descendant of the home page: with
100,000 articles, 15 ms on SQLite, on the first view after every
publication. This index holds only the pages shown in menus (a few dozen),
so it is read for that query and for nothing else. A plain (depth, path)
index was tried first: without statistics, SQLite then chose it for other
tree queries too (`depth >= N` over all articles, a section's children of
one type) and made them 15–250× slower. The table is Wagtail's, so the index
is created in SQL (an AddIndex would change Wagtail's own model).
"""

from django.db import migrations

INDEX = "congtin_page_menu"


class Migration(migrations.Migration):

    dependencies = [
        ("content", "0004_article_is_current_news"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            sql=f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailcore_page" ("depth", "path") '
                f'WHERE "show_in_menus"',
            reverse_sql=f'DROP INDEX IF EXISTS "{INDEX}"',
        ),
    ]
