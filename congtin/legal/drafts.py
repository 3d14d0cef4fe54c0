"""Drafts open for public comment (Decree 43/2011 Art. 10.1.i).

Visitors comment on an article of the draft until its deadline; comments
show only after moderation; after the deadline the Office exports every
comment grouped by article (XLSX) and records the department's response to
each, which is then published beside the comment.
"""

import hashlib
import io
import re
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from congtin.clientaddress import client_address
from congtin.spreadsheet import text_cell

from . import workflow
from .models import DraftComment

GENERAL = "Góp ý chung"
_ARTICLE = re.compile(r"^\s*(Điều\s+(\d+))\s*[.:]?\s*(.*)$", re.MULTILINE)


def articles_of(draft):
    """["Góp ý chung", "Điều 1. Phạm vi điều chỉnh", …] from the draft's headings."""
    labels, seen = [GENERAL], set()
    for match in _ARTICLE.finditer(draft.full_text):
        number = int(match.group(2))
        if number in seen:
            continue
        seen.add(number)
        title = match.group(3).strip().rstrip(":")[:120]
        labels.append(f"Điều {number}. {title}" if title else f"Điều {number}")
    return labels


def article_order(label):
    match = re.match(r"Điều (\d+)", label)
    return int(match.group(1)) if match else 0


def client_key(request):
    """A salted hash of the visitor's address: enough to rate-limit, not to identify."""
    address = client_address(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()


def over_rate_limit(draft, key, now=None):
    limit = getattr(settings, "LEGAL_COMMENTS_PER_HOUR", 5)
    since = (now or timezone.now()) - timedelta(hours=1)
    return DraftComment.objects.filter(client_key=key, submitted_at__gte=since).count() >= limit


def add_comment(form, draft, key):
    comment = form.save(commit=False)
    comment.draft = draft
    comment.client_key = key
    comment.article_order = article_order(comment.article)
    comment.save()
    log(comment, "congtin.legal.comment", data={"du_thao": draft.title})
    return comment


@transaction.atomic
def moderate(comment, user, approve):
    if not workflow.can_moderate(user):
        raise PermissionDenied("Chỉ Văn phòng, Trưởng ban hoặc Phó ban được kiểm duyệt góp ý.")
    comment.state = DraftComment.State.APPROVED if approve else DraftComment.State.REJECTED
    comment.moderated_by = user
    comment.save(update_fields=["state", "moderated_by"])
    log(comment, "congtin.legal.moderate", user=user, data={"ket_qua": comment.get_state_display()})


@transaction.atomic
def respond(comment, user, text):
    if not workflow.can_moderate(user):
        raise PermissionDenied("Chỉ Văn phòng, Trưởng ban hoặc Phó ban được ghi ý kiến giải trình.")
    comment.response = text
    comment.responded_at = timezone.now()
    comment.save(update_fields=["response", "responded_at"])
    log(comment, "congtin.legal.respond", user=user)


@transaction.atomic
def publish_responses(draft, user):
    if not workflow.can_moderate(user):
        raise PermissionDenied("Chỉ Văn phòng, Trưởng ban hoặc Phó ban được công bố giải trình.")
    if not draft.has_closed():
        raise PermissionDenied("Chỉ công bố giải trình sau khi hết hạn góp ý.")
    draft.responses_published = True
    draft.save(update_fields=["responses_published"])
    log(draft, "congtin.legal.publish_responses", user=user)


def export_xlsx(draft):
    """Every comment (moderated or not), grouped by article, as XLSX bytes; what
    citizens and editors typed is written as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp góp ý"
    sheet.append([f"TỔNG HỢP GÓP Ý DỰ THẢO: {draft.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([f"Thời gian lấy ý kiến: {timezone.localtime(draft.opens_at):%d/%m/%Y} – "
                  f"{timezone.localtime(draft.closes_at):%d/%m/%Y %H:%M}"])
    sheet.append([])
    header = ["STT", "Người góp ý", "Cơ quan, tổ chức", "Thư điện tử", "Ngày gửi",
              "Nội dung góp ý", "Kiểm duyệt", "Ý kiến tiếp thu, giải trình"]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    current, number = None, 0
    for comment in draft.comments.order_by("article_order", "article", "submitted_at", "id"):
        if comment.article != current:
            current = comment.article
            sheet.append([text_cell(sheet, current)])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True, italic=True)
        number += 1
        typed = [text_cell(sheet, value) for value in
                 (comment.name, comment.organisation, comment.email)]
        sheet.append([number, *typed,
                      timezone.localtime(comment.submitted_at).strftime("%d/%m/%Y %H:%M"),
                      text_cell(sheet, comment.text), comment.get_state_display(),
                      text_cell(sheet, comment.response)])
    for column, width in zip("ABCDEFGH", (6, 24, 28, 28, 16, 70, 14, 60), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
