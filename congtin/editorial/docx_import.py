"""“Cung cấp tin từ tệp Word”: a .docx becomes a draft article (Đ.6, 7.1.a).

Units send their items as Word files with tables, pictures and formulas. The
form checks the file before keeping it (`check_docx`: a Word file that does
not unpack into more than congtin.textinput.archives allows) and `start`
keeps it as a DocxImportJob for the task worker. There `run_job` converts it
in a child process with a memory and a CPU limit (docx_convert.py, which also
says how Word's structure becomes our blocks), then makes the pictures Wagtail
images with their alt text (from the file, or typed in by the contributor)
and the draft. The contributor's page shows the job's state meanwhile.

Limits (settings, with these defaults): EDITORIAL_DOCX_MEMORY_MB = 512,
EDITORIAL_DOCX_CPU_SECONDS = 60; the child is stopped after twice its CPU
time in real time, whatever it is doing.
"""

import base64
import io
import json
import logging
import signal
import subprocess
import sys
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model

from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.vntext import fold, normalize

from . import docx_convert
from .models import DocxImportJob

logger = logging.getLogger(__name__)

MAX_DOCX_BYTES = 20 * 1024 * 1024


def memory_limit_mb():
    return getattr(settings, "EDITORIAL_DOCX_MEMORY_MB", 512)


def cpu_limit_seconds():
    return getattr(settings, "EDITORIAL_DOCX_CPU_SECONDS", 60)


def check_docx(source):
    """Refuse (ValidationError, in Vietnamese) what is not a .docx, or would
    unpack into more than congtin.textinput.archives allows, before anything
    parses it. `source` is the file's bytes or an uploaded file."""
    try:
        with open_archive(source) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ValidationError("Tệp không phải văn bản Word (.docx).")
    except ArchiveRefused as refusal:
        raise ValidationError(str(refusal)) from None
    except zipfile.BadZipFile as error:
        raise ValidationError("Tệp không phải văn bản Word (.docx) hoặc đã bị hỏng.") from error


def start(upload, user, section, unit, alt_texts=(), title=""):
    """Keep a checked upload as a job and hand it to the task worker."""
    from .jobs import convert_docx

    upload.seek(0)
    job = DocxImportJob.objects.create(
        requested_by=user, filename=normalize(upload.name, multiline=False)[:255],
        section=section, unit=unit, title=title, alt_texts="\n".join(alt_texts), file=upload)
    convert_docx.enqueue(job.pk)
    return job


def run_job(job_id):
    """The task worker's part: convert the job's file, make the draft, record
    the outcome, drop the file. A job already taken by a worker is left alone."""
    taken = DocxImportJob.objects.filter(pk=job_id, state=DocxImportJob.State.WAITING).update(
        state=DocxImportJob.State.RUNNING)
    if not taken:
        return
    job = DocxImportJob.objects.select_related("requested_by", "section", "unit").get(pk=job_id)
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        page = import_docx(data, job.filename, job.requested_by, job.section, job.unit,
                           job.alt_texts.splitlines(), job.title)
    except ValidationError as error:
        job.state, job.message = DocxImportJob.State.FAILED, " ".join(error.messages)
    except Exception:
        logger.exception("Word import %s failed", job_id)
        job.state, job.message = DocxImportJob.State.FAILED, (
            "Có lỗi khi tạo bản nháp từ tệp này (lỗi đã được ghi lại cho bộ phận kỹ thuật). "
            "Hãy thử lại sau hoặc soạn tin trực tiếp.")
    else:
        job.state, job.page = DocxImportJob.State.DONE, page
    job.file.delete(save=False)
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "message", "page", "file", "finished_at"])


def import_docx(data, filename, user, parent, unit, alt_texts=(), title=""):
    """Create a draft article from the file's bytes; return it."""
    if len(data) > MAX_DOCX_BYTES:
        raise ValidationError("Tệp quá lớn (tối đa 20 MB).")
    check_docx(data)
    converted = convert(data)
    alts = _alt_texts(converted["images"], alt_texts)
    if not converted["blocks"]:
        raise ValidationError("Tệp Word không có nội dung nào.")
    title = normalize(title or converted["title"] or filename.rsplit(".", 1)[0], multiline=False)
    with transaction.atomic():
        images = [(_image(image, alt, index, user), alt)
                  for index, (image, alt) in enumerate(zip(converted["images"], alts, strict=True))]
        body = [_with_image(block, images) for block in converted["blocks"]]
        return _draft(parent, title, unit, body, user)


def convert(data):
    """docx_convert's answer for the file, from a child process within the
    limits; a ValidationError in Vietnamese when a limit ended it."""
    memory, seconds = memory_limit_mb(), cpu_limit_seconds()
    command = [sys.executable, "-m", "congtin.editorial.docx_convert",
               str(memory * 1024 * 1024), str(seconds)]
    try:
        child = subprocess.run(command, input=data, capture_output=True, cwd=settings.BASE_DIR,
                               timeout=2 * seconds, check=False)
    except subprocess.TimeoutExpired:
        raise ValidationError(_too_slow(seconds)) from None
    if child.returncode == docx_convert.EXIT_MEMORY:
        raise ValidationError(
            f"Tệp Word này quá phức tạp: chuyển đổi nó cần hơn {memory} MB bộ nhớ nên đã "
            "dừng. Hãy chia tệp thành nhiều tệp nhỏ hơn (hoặc tách các bảng lớn) rồi thử lại.")
    if child.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise ValidationError(_too_slow(seconds))
    if child.returncode != 0:
        logger.warning("Word conversion refused a file: %s",
                       child.stderr.decode("utf-8", "replace")[-500:])
        raise ValidationError(
            "Không đọc được nội dung tệp Word này (tệp hỏng hoặc có phần không đúng chuẩn). "
            "Hãy mở tệp bằng Word, lưu lại rồi thử lại.")
    answer = json.loads(child.stdout)
    for image in answer["images"]:
        image["data"] = base64.b64decode(image["data"])
    return answer


def _too_slow(seconds):
    return (f"Chuyển đổi tệp Word này quá {seconds} giây nên đã dừng. Hãy chia tệp thành nhiều "
            "tệp nhỏ hơn rồi thử lại.")


def _alt_texts(images, typed):
    """Each picture's alt text: the file's own, else the line typed for its
    position; a picture with neither refuses the whole file."""
    typed = [normalize(text, multiline=False) for text in typed]
    alts = [image["alt"] or (typed[index] if index < len(typed) else "")
            for index, image in enumerate(images)]
    missing = sum(1 for alt in alts if not alt)
    if missing:
        raise ValidationError(
            f"{missing} hình ảnh trong tệp chưa có lời mô tả (alt). Hãy nhập lời "
            f"mô tả cho từng ảnh, mỗi ảnh một dòng, theo thứ tự trong tệp.")
    return alts


def _image(image, alt, index, user):
    extension = (image["content_type"] or "image/png").split("/")[-1].replace("jpeg", "jpg")
    record = get_image_model()(title=alt[:255], uploaded_by_user=user)
    record.file = ImageFile(io.BytesIO(image["data"]), name=f"docx-{index + 1}.{extension}")
    record.save()
    return record


def _with_image(block, images):
    """A figure block names its picture by position until the image exists."""
    if block["type"] == "figure":
        chosen = block["value"]["image"]
        record, alt = images[chosen["image"]]
        chosen["image"], chosen["alt_text"] = record.pk, alt
    return block


def _draft(parent, title, unit, body, user):
    from congtin.content.models import ArticlePage

    page = ArticlePage(title=title[:255], slug=_free_slug(parent, title), providing_unit=unit,
                       body=body, live=False, owner=user)
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def _free_slug(parent, title):
    """An ASCII slug (đ → d, tones dropped) not yet used under the section."""
    base = slugify(fold(title))[:60].strip("-") or "tin"
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
