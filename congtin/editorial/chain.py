"""The editorial chain of Đ.7.1, its steps and the guards on each transition.

    draft ──submit──▶ 1 UNIT ──approve──▶ 2 SECRETARIAT ──batch──▶ 3 HEAD
                        │                     │                    │
                     reject                 return               reject
                        ▼                     ▼                    ▼
                   back to the author; resubmission resumes at the rejecting step
    3 HEAD ──approve (pins the fingerprint)──▶ 4 PUBLISH ──publish──▶ live
    4 PUBLISH ──text or images changed──▶ back to 3 HEAD, with the diff
    HEAD/DEPUTY ──emergency publish (reason)──▶ live, flagged until confirmed

Who may act is read from the organisation data on the day (board memberships,
duties), the Head's delegations and absences — never from a group alone, since
a unit's board member answers only for their own unit.
"""

from django.utils import timezone

from congtin.org.models import BoardMembership, Person

UNIT = "unit"
SECRETARIAT = "secretariat"
HEAD = "head"
PUBLISH = "publish"
STEPS = (UNIT, SECRETARIAT, HEAD, PUBLISH)
STEP_NAMES = {
    UNIT: "Bước 1 – Thành viên BBT của đơn vị",
    SECRETARIAT: "Bước 2 – Tổ Thư ký",
    HEAD: "Bước 3 – Trưởng ban / Phó ban",
    PUBLISH: "Bước 4 – Phòng KT-AT-MT đăng tin",
}


def _board(role, day):
    return Person.objects.filter(board_memberships__in=BoardMembership.objects.active_on(day)
                                 .filter(role=role)).distinct()


def _with_stand_ins(people, day):
    """The holders plus whoever stands in for an absent holder today."""
    from .models import Absence

    people = list(people)
    absent = Absence.objects.active_on(day).filter(person__in=people).select_related("stand_in")
    return people + [absence.stand_in for absence in absent]


def board_members_of_unit(unit, day):
    # Đ.7.1.a, Đ.9.1.d: the unit's member of the board checks and answers for its items.
    if unit is None:
        return []
    return _board(BoardMembership.Role.MEMBER, day).filter(
        board_memberships__unit=unit, board_memberships__role=BoardMembership.Role.MEMBER)


def secretaries(day):
    # Đ.12.4: the secretariat compiles the items of every unit.
    return _board(BoardMembership.Role.SECRETARY, day)


def heads(day):
    # Đ.12.1: the Head approves content and images.
    return _board(BoardMembership.Role.HEAD, day)


def deputies_delegated_for(page, day):
    """Deputies holding a current delegation from a Head that reaches the page
    (Đ.12.2: the Deputy acts within what the Head delegates)."""
    from .models import Delegation

    head_ids = set(heads(day).values_list("pk", flat=True))
    deputy_ids = set(_board(BoardMembership.Role.DEPUTY, day).values_list("pk", flat=True))
    found = []
    for delegation in Delegation.objects.active_on(day).select_related("delegate"):
        if (delegation.grantor_id in head_ids and delegation.delegate_id in deputy_ids
                and delegation.covers(page)):
            found.append((delegation.delegate, delegation))
    return found


def technical_publishers():
    # Đ.7.1.b, Đ.9.2.c: the Technical department formats and publishes.
    return Person.objects.filter(publishes=True, unit__code="ktatmt")


def people_for_step(step, page, day=None):
    """Who acts at `step` for `page` on `day`, stand-ins included."""
    day = day or timezone.localdate()
    if step == UNIT:
        holders = board_members_of_unit(getattr(page, "providing_unit", None), day)
    elif step == SECRETARIAT:
        holders = secretaries(day)
    elif step == HEAD:
        holders = list(heads(day)) + [person for person, _ in deputies_delegated_for(page, day)]
    elif step == PUBLISH:
        holders = technical_publishers()
    else:
        raise ValueError(step)
    return _with_stand_ins(holders, day)


def users_for_step(step, page, day=None):
    users = [person.user for person in people_for_step(step, page, day)
             if person.user_id and person.user.is_active]
    return list({user.pk: user for user in users}.values())


def may_act(step, user, page, day=None):
    """The one guard every action of the chain passes, in the list of actions
    offered and again when the action arrives (a forged POST)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return any(u.pk == user.pk for u in users_for_step(step, page, day))


def delegation_used(user, page, day=None):
    """The delegation under which a Deputy acts, for the record (Đ.12.2)."""
    day = day or timezone.localdate()
    if heads(day).filter(user=user).exists():
        return None
    for person, delegation in deputies_delegated_for(page, day):
        if person.user_id == user.pk:
            return delegation
    return None


def excerpt_names_its_source(page):
    # Đ.9.1.c: an excerpt cannot pass step 1 without its source.
    if not getattr(page, "is_excerpt", False):
        return True
    return bool(page.source_title and page.source_publisher and page.source_date
                and page.source_url)


def content_unchanged_since_approval(page):
    """Đ.7.1.b, Đ.9.2.c: after the Head's approval only presentation may change."""
    from wagtail.models import Page

    from .fingerprint import fingerprint_of
    from .models import ContentApproval

    if not isinstance(page, Page):
        return _revision_unchanged_since_head(page)
    approval = ContentApproval.latest_for(page)
    if approval is None:
        return False
    return fingerprint_of(page.get_latest_revision_as_object()) == approval.fingerprint


def may_emergency_publish(user, page, day=None):
    # Đ.12.1–2: the Head, or the Deputy within the Head's delegation.
    return may_act(HEAD, user, page, day)


def _revision_unchanged_since_head(item):
    """For an item that is not a page (a legal document): no revision since
    the one step 3 approved in the current run of the chain (tasks.py)."""
    from wagtail.models import TaskState

    workflow_state = item.current_workflow_state
    if workflow_state is None:
        return False
    approved = (TaskState.objects.filter(workflow_state=workflow_state,
                                         status=TaskState.STATUS_APPROVED)
                .select_related("task").order_by("-finished_at", "-pk"))
    for state in approved:
        if getattr(state.task.specific, "step", None) == HEAD:
            return state.revision_id == item.latest_revision_id
    return False
