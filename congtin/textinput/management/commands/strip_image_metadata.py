"""manage.py strip_image_metadata: images stored before uploads were cleaned
(textinput/images.py) lose their camera metadata too. Each such original is
stored again through the image model (which cleans it) under a new name, the
old file is removed and its renditions are drawn again from the clean one.
Run once after upgrading; running it again finds nothing to do."""

import io
import os

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image
from wagtail.images import get_image_model

from congtin.textinput.images import clean_image

ORIENTATION = 0x0112


class Command(BaseCommand):
    help = ("Xóa thông tin máy ảnh (EXIF: vị trí GPS, máy chụp…) khỏi các ảnh đã tải lên "
            "trước đây; các cỡ ảnh được vẽ lại từ ảnh gốc đã làm sạch.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="chỉ đếm, không sửa gì")

    def handle(self, *args, dry_run=False, **options):
        found = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                with image.file.open("rb") as handle:
                    data = handle.read()
            except FileNotFoundError:
                self.stderr.write(f"Thiếu tệp của ảnh {image.pk}: {image.file.name}")
                continue
            if clean_image(data) is None:
                continue
            found += 1
            if not dry_run:
                restore(image, data)
        verb = "Cần làm sạch" if dry_run else "Đã làm sạch"
        self.stdout.write(f"{verb} {found} ảnh.")


def restore(image, data):
    old = image.file.name
    turned = Image.open(io.BytesIO(data)).getexif().get(ORIENTATION, 1) not in (0, 1)
    with transaction.atomic():
        image.file = ContentFile(data, name=os.path.basename(old))  # cleaned as it is saved
        if turned:  # the focal point was marked on the picture as it lay
            image.set_focal_point(None)
        image.save()
        image.renditions.all().delete()  # their files go once this commits
        transaction.on_commit(lambda: image.file.storage.delete(old))
