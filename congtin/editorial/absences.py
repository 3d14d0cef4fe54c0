"""Absences with a named stand-in: who may record one and who may stand in.

An absence is recorded by the absent person themselves, by the Head or by the
secretariat (who keep the board's records, Đ.12.4). The stand-in takes over
the absent person's steps of the chain, so they must have the standing each
step asks for:

* a unit's board member (step 1): someone of that unit (home or concurrent
  post, e.g. the unit's deputy head) or another member of the board;
* the secretariat (step 2): another secretary, or staff of the Office or the
  Technical department, where the secretariat comes from (Đ.10.2);
* the Head or the Deputy (step 3): the other of the two, or a member of the
  directorate (the Head is one, Đ.10.2);
* a technical publisher (step 4): staff of the Technical department.

Outside partners and collaborators never stand in.
"""

from django.utils import timezone

from congtin.org.models import SECRETARIAT_UNITS, BoardMembership, Person, Unit

from . import chain


def seats(person, day):
    return list(person.board_memberships.active_on(day).select_related("unit"))


def steps_held(person, day=None):
    """The steps `person` acts at on `day`, as (step, unit or None) pairs."""
    day = day or timezone.localdate()
    held = set()
    for seat in seats(person, day):
        if seat.role == BoardMembership.Role.MEMBER:
            held.add((chain.UNIT, seat.unit))
        elif seat.role == BoardMembership.Role.SECRETARY:
            held.add((chain.SECRETARIAT, None))
        else:
            held.add((chain.HEAD, None))
    if person.publishes and person.unit.code == "ktatmt":
        held.add((chain.PUBLISH, None))
    return held


def _on_board(person, day, roles):
    return any(seat.role in roles for seat in seats(person, day))


def _has_standing(stand_in, step, unit, day):
    units = stand_in.all_units()
    if step == chain.UNIT:
        return unit in units or _on_board(stand_in, day, set(BoardMembership.Role))
    if step == chain.SECRETARIAT:
        return (_on_board(stand_in, day, {BoardMembership.Role.SECRETARY})
                or any(u.code in SECRETARIAT_UNITS for u in units))
    if step == chain.HEAD:
        return (_on_board(stand_in, day, {BoardMembership.Role.HEAD,
                                          BoardMembership.Role.DEPUTY})
                or any(u.kind == Unit.Kind.DIRECTORATE for u in units))
    return any(u.code == "ktatmt" for u in units)


def stand_in_problems(absent, stand_in, day=None):
    """Why `stand_in` cannot stand in for `absent` from `day`; empty if they can."""
    day = day or timezone.localdate()
    held = steps_held(absent, day)
    if not held:
        return [f"{absent} không giữ bước nào trong quy trình duyệt tin nên không cần người "
                "thay thế."]
    if stand_in.unit.kind == Unit.Kind.PARTNER or stand_in.is_collaborator:
        return [f"{stand_in} là đối tác hoặc cộng tác viên, không thể thay thế trong quy trình "
                "duyệt tin."]
    problems = []
    for step, unit in sorted(held, key=lambda pair: chain.STEPS.index(pair[0])):
        if not _has_standing(stand_in, step, unit, day):
            where = f" của {unit.name}" if unit else ""
            problems.append(f"{stand_in} không đủ tư cách thay ở {chain.STEP_NAMES[step]}"
                            f"{where}.")
    return problems


def may_record_for_anyone(user):
    """The Head and the secretariat record anyone's absence."""
    day = timezone.localdate()
    return chain.heads(day).filter(user=user).exists() or chain.secretaries(day).filter(
        user=user).exists()


def people_with_steps(day=None):
    day = day or timezone.localdate()
    on_board = BoardMembership.objects.active_on(day).values("person")
    return Person.objects.filter(pk__in=on_board) | Person.objects.filter(
        publishes=True, unit__code="ktatmt")
