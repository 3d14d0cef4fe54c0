"""Build (and tear down) the demo department, step by step.

`build()` runs on an empty database: it creates the locales, the home page
and Site, the organisation and logins, the media, the Vietnamese page tree
with its articles, the leaders' schedule, the website links and the English
tree, all in one transaction. `reset()` removes what `build()` made.
"""

import time
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from congtin.content.snippets import ScheduleEntry, WebsiteLink
from congtin.org.models import BoardMembership, Person, Unit

from . import site
from .articles import build_articles, make_documents
from .body import BodyWriter
from .extensions import DemoContext, build_all, reset_all
from .images import DemoImages
from .organisation import attach_leader_photos, build_organisation
from .pages import TreeBuilder
from .schedule import create_schedule
from .translations import EnglishBuilder


class DemoError(Exception):
    """The demo cannot be built or removed; the message says why, in Vietnamese."""


@dataclass
class Summary:
    """What a build made, for the command's report."""

    counts: dict = field(default_factory=dict)
    seconds: float = 0.0


def demo_exists():
    """The demo (or real organisation data) is present: there are units."""
    return Unit.objects.exists()


@transaction.atomic
def build(today=None, now=None):
    """Create the whole demo department; return a Summary."""
    started = time.monotonic()
    now = now or timezone.now()
    today = today or timezone.localdate(now)

    vi, en = site.ensure_locales()
    home = site.create_home(vi)
    default_site = site.use_as_default_site(home)

    units, people = build_organisation()

    collection = site.demo_collection()
    images = DemoImages(collection)
    documents = make_documents(collection, today)
    writer = BodyWriter(images, documents)
    portraits = attach_leader_photos(people, images)

    tree = TreeBuilder(home, writer).build()
    articles = build_articles(tree.categories, units, images, writer, today, now)
    home.refresh_from_db()  # a stale child count must not be published back
    home.news_index = tree.pages["tin-tuc"]
    home.notices_index = tree.pages["thong-bao"]
    home.schedule_page = tree.pages["lich-cong-tac"]
    home.save_revision().publish()

    site.configure_site_settings(default_site, people["giamdoc"], images)
    links = site.create_website_links()
    schedule = create_schedule(people, today)
    english = EnglishBuilder(en, writer, today).build(home, tree.pages, articles)

    extra_counts = build_all(DemoContext(
        vi=vi, en=en, home=home, pages=tree.pages, units=units, people=people, images=images,
        documents=documents, writer=writer, articles=articles, today=today, now=now))

    return Summary(counts={
        "Đơn vị": len(units),
        "Cán bộ": len(people),
        "Tài khoản mẫu": sum(1 for person in people.values() if person.user_id),
        "Thành viên Ban Biên tập": BoardMembership.objects.count(),
        "Trang tiếng Việt": Page.objects.filter(locale=vi).exclude(depth=1).count(),
        "Bài viết tiếng Việt": len(articles),
        "Chuyên mục tin": len(tree.categories),
        "Trang tiếng Anh": len(english),
        "Hình ảnh": len(images) + portraits + 1,  # scenes, portraits and the logo
        "Tệp đính kèm": len(documents),
        "Liên kết website": links,
        "Mục lịch công tác": schedule,
        **extra_counts,
    }, seconds=time.monotonic() - started)


@transaction.atomic
def reset():
    """Remove the demo: pages under the root, organisation data, demo logins,
    website links, the schedule and the demo's images and documents."""
    try:
        reset_all()
        # Pages first: articles protect their providing units.
        for page in Page.objects.filter(depth=2):
            page.delete()
        ScheduleEntry.objects.all().delete()
        WebsiteLink.objects.all().delete()
        BoardMembership.objects.all().delete()
        Person.objects.all().delete()
        Unit.objects.all().delete()
    except ProtectedError as error:
        names = ", ".join(sorted({str(obj) for obj in error.protected_objects})[:5])
        raise DemoError(f"Không xoá được dữ liệu mẫu vì còn dữ liệu khác tham chiếu: {names}.") \
            from error
    get_user_model().objects.filter(demo_account__isnull=False).delete()
    for collection in Collection.objects.filter(name=site.COLLECTION_NAME):
        images = get_image_model().objects.filter(collection=collection)
        documents = get_document_model().objects.filter(collection=collection)
        _delete_files_on_commit(images, documents)
        images.delete()
        documents.delete()
        collection.delete()


def _delete_files_on_commit(images, documents):
    """Remove the media files once the deletion is committed.

    Wagtail leaves that to a background task; a reset followed at once by a
    build would otherwise find the old names taken and store every picture
    again under a suffixed name.
    """
    files = [image.file for image in images]
    files += [rendition.file for image in images for rendition in image.renditions.all()]
    files += [document.file for document in documents]
    stored = [(file.storage, file.name) for file in files if file.name]
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in stored])
