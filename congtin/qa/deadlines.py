"""Near-due and overdue questions (Decree 43/2011 Art. 15: answer or report
progress within 15 working days), listed in the admin and e-mailed daily to
the secretariat and to each assigned department."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from congtin.org.roles import SECRETARIAT
from congtin.workdays import add_working_days

from .models import CLOSED, Question
from .notify import send_to_staff

NEAR_DAYS = 3


def open_with_due_date():
    return (Question.objects.exclude(status__in=CLOSED).exclude(due_date=None)
            .prefetch_related("assignments__unit").order_by("due_date", "code"))


def near_and_overdue(today=None):
    """(near, overdue): due within NEAR_DAYS working days, or already past."""
    today = today or timezone.localdate()
    horizon = add_working_days(today, NEAR_DAYS)
    rows = list(open_with_due_date().filter(due_date__lte=horizon))
    overdue = [q for q in rows if q.due_date < today]
    near = [q for q in rows if q.due_date >= today]
    return near, overdue


def _line(question, today):
    state = "QUÁ HẠN" if question.due_date < today else "sắp đến hạn"
    units = ", ".join(a.unit.abbreviation for a in question.assignments.all())
    return (f"- {question.code} ({state}, hạn {question.due_date:%d/%m/%Y}; {units}): "
            f"{question.title}")


def send_digest(today=None):
    """E-mail the lists; return the number of messages sent."""
    today = today or timezone.localdate()
    near, overdue = near_and_overdue(today)
    questions = overdue + near
    if not questions:
        return 0
    users = get_user_model().objects.filter(is_active=True)
    sent = 0
    secretariat = users.filter(groups__name=SECRETARIAT).values_list("email", flat=True)
    body = "\n".join(_line(q, today) for q in questions)
    sent += bool(send_to_staff(secretariat, f"Câu hỏi sắp đến hạn và quá hạn ({today:%d/%m/%Y})",
                               "Danh sách câu hỏi cần trả lời:\n\n" + body))
    by_unit = {}
    for question in questions:
        for assignment in question.assignments.all():
            by_unit.setdefault(assignment.unit, []).append(question)
    for unit, items in by_unit.items():
        staff = users.filter(person__unit=unit).values_list("email", flat=True)
        addresses = [*staff, unit.email]
        lines = "\n".join(_line(q, today) for q in items)
        sent += bool(send_to_staff(addresses, f"{unit.abbreviation}: câu hỏi sắp đến hạn, "
                                   f"quá hạn ({today:%d/%m/%Y})",
                                   f"Câu hỏi giao cho {unit.name}:\n\n{lines}"))
    return sent
