"""One thread at a time reads an image's original file in a process.

Requests share model instances within a page-cache generation
(pagecache/fragments.py: the site's logo, a routed page and its images), and
gunicorn runs two threads per worker. Wagtail's `open_file()` reopens an
Image's one file object only if it is closed and closes it when done, so two
threads drawing new renditions of the same shared Image at once read through
one file object, and one's close breaks the other's read ("seek of closed
file" — a 500 seen at a cold start). The original is read only to make a new
rendition (once per image and size), so taking turns costs nothing afterwards.
"""

import threading
from contextlib import contextmanager

from wagtail.images.models import AbstractImage

_original_file = threading.RLock()  # re-entrant: Wagtail nests open_file() calls


def take_turns_opening_image_files():
    wagtail_open_file = AbstractImage.open_file
    if getattr(wagtail_open_file, "takes_turns", False):
        return

    @contextmanager
    def open_file(self):
        with _original_file, wagtail_open_file(self) as image_file:
            yield image_file

    open_file.takes_turns = True
    AbstractImage.open_file = open_file
