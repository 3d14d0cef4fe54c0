"""Insert many article pages at once, with treebeard paths computed here:
creating 100,000 pages one revision at a time would take hours.

Works in any Wagtail project (congtin or the stock reference site): it is
given the page model and the parent; it never imports either project.
"""

import datetime
import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from texts import articles
from wagtail.models import Page

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BATCH = 2000


def path_step(number):
    """Treebeard's 4-character base-36 step for the n-th child."""
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return digits.rjust(Page.steplen, "0")


def add_articles(parent, model, count, extra_fields=None):
    """Add `count` live articles under `parent` (one date an hour, newest last)."""
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    first_number = parent.numchild + 1
    start = timezone.now() - datetime.timedelta(hours=count)
    own_fields = [f for f in model._meta.local_concrete_fields]
    rows = articles(count)
    done = 0
    while done < count:
        chunk = []
        for offset in range(min(BATCH, count - done)):
            number = done + offset
            data = next(rows)
            chunk.append((number, data))
        with transaction.atomic():
            pages = Page.objects.bulk_create([
                Page(title=data["title"], draft_title=data["title"], slug=data["slug"],
                     content_type=content_type, depth=parent.depth + 1,
                     path=parent.path + path_step(first_number + number), numchild=0,
                     url_path=f"{parent.url_path}{data['slug']}/", live=True,
                     first_published_at=start + datetime.timedelta(hours=number),
                     last_published_at=start + datetime.timedelta(hours=number),
                     locale_id=parent.locale_id, translation_key=uuid.uuid4())
                for number, data in chunk])
            specifics = []
            for page, (number, data) in zip(pages, chunk, strict=True):
                specific = model(page_ptr_id=page.pk, summary=data["summary"],
                                 authors=data["authors"], body=json.dumps(data["body"]),
                                 date=start + datetime.timedelta(hours=number),
                                 **(extra_fields or {}))
                specifics.append(specific)
            model._base_manager._insert(specifics, fields=own_fields)
        done += len(chunk)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    connection.close()
