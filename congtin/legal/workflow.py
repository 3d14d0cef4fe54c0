"""Who may do what with a legal document, and the steps it goes through.

    Đang nhập ──submit──▶ Chờ duyệt ──approve──▶ Đã công bố ──withdraw──▶ Đã gỡ
                          ◀──return──┘

The Office enters documents (Đ.9.2.b). Until the editorial chain takes
over, publishing needs a second person: whoever entered a document cannot
approve it; the Head, the Deputy or another Office member can. Every step is
written to Wagtail's audit log.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from congtin.org.roles import DEPUTY, HEAD, OFFICE

from .models import LegalDocument

APPROVER_ROLES = {OFFICE, HEAD, DEPUTY}
State = LegalDocument.State


def _roles(user):
    return set(user.groups.values_list("name", flat=True))


def can_enter(user):
    """Đ.9.2.b: the Office provides the legal documents."""
    return user.is_authenticated and (user.is_superuser or OFFICE in _roles(user))


def can_approve_any(user):
    return user.is_authenticated and (user.is_superuser or bool(APPROVER_ROLES & _roles(user)))


def can_approve(user, document):
    """The two-person rule: an approver role, and not the one who entered it."""
    return (document.state == State.PENDING and can_approve_any(user)
            and document.entered_by_id != user.pk)


def can_moderate(user):
    """Comments on drafts: the Office, the Head or the Deputy."""
    return can_approve_any(user)


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


@transaction.atomic
def submit(document, user):
    _require(can_enter(user) and document.state == State.ENTERED,
             "Chỉ Văn phòng gửi duyệt văn bản đang nhập.")
    document.state = State.PENDING
    document.save(update_fields=["state"])
    log(document, "congtin.legal.submit", user=user)


@transaction.atomic
def approve(document, user):
    _require(document.state == State.PENDING, "Văn bản không ở bước chờ duyệt.")
    _require(document.entered_by_id != user.pk,
             "Người nhập văn bản không được tự duyệt: cần người thứ hai duyệt.")
    _require(can_approve_any(user), "Chỉ Văn phòng, Trưởng ban hoặc Phó ban được duyệt văn bản.")
    document.state = State.PUBLISHED
    document.approved_by = user
    document.published_at = timezone.now()
    document.save(update_fields=["state", "approved_by", "published_at"])
    log(document, "congtin.legal.approve", user=user,
        data={"nguoi_nhap": document.entered_by.get_username() if document.entered_by else ""})


@transaction.atomic
def send_back(document, user, reason):
    _require(can_approve(user, document), "Anh/chị không có quyền trả lại văn bản này.")
    document.state = State.ENTERED
    document.save(update_fields=["state"])
    log(document, "congtin.legal.send_back", user=user, data={"ly_do": reason})


@transaction.atomic
def withdraw(document, user, reason):
    _require(can_approve_any(user) and document.state == State.PUBLISHED,
             "Chỉ Văn phòng, Trưởng ban hoặc Phó ban được gỡ văn bản đã công bố.")
    document.state = State.WITHDRAWN
    document.save(update_fields=["state"])
    log(document, "congtin.legal.withdraw", user=user, data={"ly_do": reason})
