"""Create the demo's articles in their categories, oldest first.

Related links (ArticlePage.related_links) point from the newer article to
the older one, the way a news site links back to earlier coverage; so every
link target already exists when an article is created and each article is
published exactly once.
"""

import datetime

from django.utils import timezone

from congtin.content.models import ArticlePage, RelatedLink

from .body import date_values, fill
from .data.articles import DOCUMENTS, all_articles
from .documents import make_document
from .pages import publish


def article_datetime(today, now, days_ago, time_text):
    """The article's publication time: `days_ago` before today at `time_text`,
    never later than now (so "today's" items are not in the future) nor, just
    after midnight, on the day before."""
    hour, minute = (int(part) for part in time_text.split(":"))
    day = today - datetime.timedelta(days=days_ago)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time()))
    return min(moment, max(now - datetime.timedelta(minutes=5), midnight))


def make_documents(collection, today):
    """The attachments named in the data, each stored once."""
    values = date_values(today)
    return {
        key: make_document(fill(title, values), stem, fill(heading, values),
                           [fill(text, values) for text in paragraphs], collection)
        for key, (title, stem, heading, paragraphs) in DOCUMENTS.items()
    }


def _relations(specs):
    """key → the set of keys it is related to, in both directions."""
    related = {spec["key"]: set() for spec in specs}
    for spec in specs:
        for other in spec.get("related", []):
            related[spec["key"]].add(other)
            related[other].add(spec["key"])
    return related


def build_articles(categories, units, images, body_writer, today, now):
    """Create every article under its category; return the pages by key."""
    specs = all_articles(today)
    for spec in specs:
        spec["date"] = article_datetime(today, now, spec["days_ago"], spec["time"])
    specs.sort(key=lambda spec: spec["date"])
    related = _relations(specs)
    created = {}
    for spec in specs:
        page = _article(spec, units, images, body_writer)
        # Older related items exist already; newer ones will link back to this one.
        page.related_links = [RelatedLink(target=created[key], sort_order=order)
                              for order, key in enumerate(sorted(related[spec["key"]]))
                              if key in created]
        publish(categories[spec["category"]], page)
        created[spec["key"]] = page
    return created


def _article(spec, units, images, body_writer):
    values = date_values(timezone.localtime(spec["date"]).date())
    image = images[spec["image"]]
    # The lead paragraph, then the picture, then the rest of the text.
    lead, *rest = spec["body"]
    figure = ("figure", spec["image"], spec["alt"], spec.get("caption", ""))
    body = body_writer.render([lead, figure, *rest], values)
    page = ArticlePage(
        title=fill(spec["title"], values), slug=spec["key"], date=spec["date"],
        first_published_at=spec["date"], providing_unit=units[spec["unit"]],
        authors=spec["authors"], summary=fill(spec["summary"], values), listing_image=image,
        body=body)
    source = spec.get("source")
    if source:  # Đ.9.1.c: an excerpt names its source
        page.is_excerpt = True
        page.source_title = source["title"]
        page.source_publisher = source["publisher"]
        page.source_date = (spec["date"] - datetime.timedelta(days=source["days_ago"])).date()
        page.source_url = source["url"]
    page.tags.add(*spec.get("tags", []))
    return page
