"""The chain a question goes through (Đ.7.2), as one table of transitions.

Each transition names the states it leaves, the state it reaches and a guard
named after the rule that gives the role its step. `perform` refuses a step
whose guard fails or whose state is wrong, whoever posts it, and writes the
audit-log entry (who, when, why). Side effects (e-mails, assignments) live in
services.py, which calls `perform`.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from wagtail.log_actions import log

from congtin.org.roles import DEPUTY, FUNCTIONAL_DEPARTMENT, HEAD, SECRETARIAT

from .models import Status


def _groups(user):
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(user.groups.values_list("name", flat=True))


def secretariat_triages(user, question):
    """Đ.7.2.b: the secretariat receives, classifies and forwards questions."""
    return SECRETARIAT in _groups(user)


def leader_assigns_and_approves(user, question):
    """Đ.7.2.b: the Head or a Deputy assigns the question and approves the answer."""
    return bool({HEAD, DEPUTY} & _groups(user))


def assigned_department_answers(user, question):
    """Đ.7.2.c: staff of a department the question is assigned to draft the answer."""
    person = getattr(user, "person", None)
    if person is None or FUNCTIONAL_DEPARTMENT not in _groups(user):
        return False
    return question.assignments.filter(unit_id=person.unit_id).exists()


@dataclass(frozen=True)
class Transition:
    label: str
    sources: frozenset
    target: str | None  # None: the state does not change (an edit or a note)
    guard: object
    needs_reason: bool = False


OPEN_BEFORE_ANSWER = frozenset({Status.NEW, Status.ACCEPTED, Status.ASSIGNED, Status.DRAFTED,
                                Status.REVIEWED})

TRANSITIONS = {
    # Đ.7.2.b — the secretariat's triage.
    "accept": Transition("Tiếp nhận, trình lãnh đạo", frozenset({Status.NEW}),
                         Status.ACCEPTED, secretariat_triages),
    "refuse": Transition("Từ chối: ngoài thẩm quyền", frozenset({Status.NEW}),
                         Status.REFUSED, secretariat_triages, needs_reason=True),
    "duplicate": Transition("Đánh dấu trùng", frozenset({Status.NEW}),
                            Status.DUPLICATE, secretariat_triages),
    "spam": Transition("Đánh dấu thư rác", frozenset({Status.NEW}),
                       Status.SPAM, secretariat_triages),
    "edit": Transition("Biên tập tiêu đề, lĩnh vực", OPEN_BEFORE_ANSWER, None,
                       secretariat_triages),
    # Đ.7.2.b — the Head or a Deputy assigns to functional departments.
    "assign": Transition("Phân công phòng trả lời", frozenset({Status.ACCEPTED}),
                         Status.ASSIGNED, leader_assigns_and_approves),
    # Đ.7.2.c — the department drafts, or reports progress when late.
    "save_draft": Transition("Lưu bản nháp", frozenset({Status.ASSIGNED}), None,
                             assigned_department_answers),
    "submit": Transition("Gửi Tổ Thư ký", frozenset({Status.ASSIGNED}), Status.DRAFTED,
                         assigned_department_answers),
    "progress": Transition("Báo tiến độ cho người hỏi", frozenset({Status.ASSIGNED}), None,
                           assigned_department_answers, needs_reason=True),
    # Đ.7.2.b — the secretariat checks the draft, the leader approves it.
    "review": Transition("Trình lãnh đạo duyệt", frozenset({Status.DRAFTED}),
                         Status.REVIEWED, secretariat_triages),
    "return": Transition("Trả lại phòng", frozenset({Status.DRAFTED}), Status.ASSIGNED,
                         secretariat_triages, needs_reason=True),
    "approve": Transition("Duyệt, gửi người hỏi", frozenset({Status.REVIEWED}),
                          Status.ANSWERED, leader_assigns_and_approves),
    "send_back": Transition("Yêu cầu phòng sửa", frozenset({Status.REVIEWED}),
                            Status.ASSIGNED, leader_assigns_and_approves, needs_reason=True),
}


def allowed(user, question, name):
    transition = TRANSITIONS.get(name)
    return bool(transition and question.status in transition.sources
                and transition.guard(user, question))


def available(user, question):
    """The steps this user may take on this question now, in table order."""
    return [name for name in TRANSITIONS if allowed(user, question, name)]


def perform(question, name, user, reason="", data=None):
    """Check the step, move the state, log it. The caller saves other fields
    first, inside the same transaction."""
    transition = TRANSITIONS.get(name)
    if transition is None or question.status not in transition.sources:
        raise PermissionDenied("Câu hỏi không ở bước cho phép thao tác này.")
    if not transition.guard(user, question):
        raise PermissionDenied("Vai trò của bạn không được thực hiện bước này.")
    if transition.needs_reason and not reason.strip():
        raise ValueError("Cần ghi lý do.")
    before = question.status
    if transition.target:
        question.status = transition.target
        question.save(update_fields=["status"])
    log(instance=question, action=f"congtin.qa.{name}", user=user,
        data={"from": before, "to": question.status, "reason": reason, **(data or {})})
    return question


def record(question, action, user=None, **data):
    """Log an event that is not a step of the chain (intake, e-mail sent)."""
    log(instance=question, action=f"congtin.qa.{action}", user=user, data=data)
