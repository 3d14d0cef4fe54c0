"""Two threads of one gunicorn worker may draw renditions of the same Image
instance at once: the per-generation memo (pagecache/fragments.py) shares
the site's logo, and a routed page's images, between requests. Wagtail opens
the image's one file object only if it is closed and closes it when done, so
unguarded, one thread's close breaks the other's read ("seek of closed
file", a 500 seen at a cold start)."""

import io
import threading

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Filter

pytestmark = pytest.mark.django_db

THREADS = 8


def _photo():
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1200), (30, 90, 160)).save(buffer, "JPEG", quality=95)
    return ImageFile(buffer, name="logo-so.jpg")


def test_threads_drawing_one_shared_image_all_get_their_rendition():
    shared = get_image_model().objects.create(title="Logo Sở", file=_photo())
    shared = get_image_model().objects.get(pk=shared.pk)  # closed file, as when loaded
    barrier = threading.Barrier(THREADS)
    failures, made = [], []

    def draw(width):
        try:
            barrier.wait()
            # What get_rendition does when the rendition is new, without the
            # database write (SQLite's test database takes one writer at a time).
            made.append(PILImage.open(shared.generate_rendition_file(Filter(f"width-{width}"))).width)
        except Exception as error:  # noqa: BLE001 - every failure is the finding
            failures.append(repr(error))

    threads = [threading.Thread(target=draw, args=(100 + 10 * n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(made) == [100 + 10 * n for n in range(THREADS)]
