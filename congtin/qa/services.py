"""What each step of the chain does besides moving the state: it saves the
edited fields, assigns departments, e-mails the asker, publishes the answer.
Every function checks the step through workflow.perform first, so a forged
POST by the wrong role changes nothing."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from congtin.org.models import Unit
from congtin.workdays import add_working_days

from . import notify
from .models import Assignment, Question, answer_days
from .workflow import allowed, perform


class StepError(ValueError):
    """A step's input is wrong; the message is shown to the user."""


def _check(question, name, user):
    from django.core.exceptions import PermissionDenied

    if not allowed(user, question, name):
        raise PermissionDenied("Bạn không được thực hiện bước này ở trạng thái hiện tại.")


def due_date_for(received_at):
    """15 working days after receipt (Decree 43/2011 Art. 15; configurable)."""
    return add_working_days(timezone.localtime(received_at).date(), answer_days())


@transaction.atomic
def edit(question, user, title, field, body, general_interest):
    _check(question, "edit", user)
    question.title, question.field, question.body = title, field, body
    question.general_interest = general_interest
    question.save(update_fields=["title", "field", "body", "general_interest"])
    perform(question, "edit", user, data={"title": title, "field": field})


@transaction.atomic
def accept(question, user, reason=""):
    perform(question, "accept", user, reason)


@transaction.atomic
def refuse(question, user, reason):
    """Outside the remit: the asker is told at once, with the reason (RULES)."""
    _check(question, "refuse", user)
    question.refusal_reason = reason
    question.save(update_fields=["refusal_reason"])
    perform(question, "refuse", user, reason)
    transaction.on_commit(lambda: notify.refused(question))


@transaction.atomic
def mark_duplicate(question, user, original_code, reason=""):
    _check(question, "duplicate", user)
    original = Question.objects.filter(code=original_code.strip().upper()).first()
    if original is None or original.pk == question.pk:
        raise StepError("Không tìm thấy câu hỏi gốc với mã tra cứu này.")
    question.duplicate_of = original
    question.save(update_fields=["duplicate_of"])
    perform(question, "duplicate", user, reason, data={"original": original.code})


@transaction.atomic
def mark_spam(question, user, reason=""):
    perform(question, "spam", user, reason)


@transaction.atomic
def assign(question, user, leading, others=(), reason=""):
    """Đ.7.2.b: one leading department, others assisting; due date set."""
    _check(question, "assign", user)
    allowed_kinds = {Unit.Kind.DEPARTMENT, Unit.Kind.INSPECTORATE, Unit.Kind.OFFICE}
    units = [leading, *[u for u in others if u != leading]]
    if leading is None or any(u.kind not in allowed_kinds for u in units):
        raise StepError("Chỉ giao cho phòng chuyên môn, Thanh tra hoặc Văn phòng Sở.")
    question.assignments.all().delete()
    for unit in units:
        Assignment.objects.create(question=question, unit=unit, leading=unit == leading)
    question.due_date = due_date_for(question.received_at)
    question.save(update_fields=["due_date"])
    perform(question, "assign", user, reason,
            data={"units": [u.code for u in units], "leading": leading.code,
                  "due_date": question.due_date.isoformat()})


@transaction.atomic
def save_draft(question, user, answer):
    _check(question, "save_draft", user)
    question.answer = answer
    question.save(update_fields=["answer"])
    perform(question, "save_draft", user)


@transaction.atomic
def submit(question, user, answer):
    _check(question, "submit", user)
    if not strip_tags(answer or "").strip():
        raise StepError("Câu trả lời chưa có nội dung.")
    question.answer = answer
    question.answered_by = user.person.unit
    question.save(update_fields=["answer", "answered_by"])
    perform(question, "submit", user)


@transaction.atomic
def report_progress(question, user, note, expected_date):
    """The deadline cannot be met: tell the asker the progress and the
    expected date (Decree 43/2011 Art. 15: answer or report within 15 days)."""
    _check(question, "progress", user)
    if expected_date is None or expected_date < timezone.localdate():
        raise StepError("Ngày dự kiến trả lời phải từ hôm nay trở đi.")
    question.progress_note, question.expected_date = note, expected_date
    question.save(update_fields=["progress_note", "expected_date"])
    perform(question, "progress", user, note, data={"expected_date": expected_date.isoformat()})
    transaction.on_commit(lambda: notify.progress(question))


@transaction.atomic
def review(question, user, reason=""):
    perform(question, "review", user, reason)


@transaction.atomic
def return_to_department(question, user, reason):
    perform(question, "return", user, reason)


@transaction.atomic
def send_back(question, user, reason):
    perform(question, "send_back", user, reason)


@transaction.atomic
def approve(question, user, reason=""):
    """Approved: e-mailed to the asker; published when of general interest."""
    _check(question, "approve", user)
    question.answered_at = timezone.now()
    question.published = question.general_interest
    question.save(update_fields=["answered_at", "published"])
    perform(question, "approve", user, reason, data={"published": question.published})
    transaction.on_commit(lambda: notify.answered(question))
