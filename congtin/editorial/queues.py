"""Who waits for what: the queues the dashboard and the overview show (Đ.8)."""

from collections import Counter

from django.utils import timezone

from congtin.org.models import BoardMembership

from . import chain
from .deadlines import due_of, item_of, open_chain_states, step_of, urgency


def is_secretary(user):
    return chain.secretaries(timezone.localdate()).filter(user=user).exists()


def is_head_or_deputy(user):
    day = timezone.localdate()
    return BoardMembership.objects.active_on(day).filter(
        person__user=user, role__in=[BoardMembership.Role.HEAD, BoardMembership.Role.DEPUTY]
    ).exists()


def sees_overview(user):
    """The secretariat and the Head/Deputy see all units' items (Đ.12.4)."""
    return user.is_superuser or is_secretary(user) or is_head_or_deputy(user)


def _row(state, now):
    page = item_of(state)
    due = due_of(state)
    return {"page": page, "state": state, "step": step_of(state), "due": due,
            "urgency": urgency(due, now), "unit": getattr(page, "providing_unit", None),
            "link": _link(page)}


def _link(item):
    """The item's page in the chain's screens; an item that is not a page (a
    legal document) opens in its own app's admin."""
    from django.urls import reverse
    from wagtail.admin.admin_url_finder import AdminURLFinder
    from wagtail.models import Page

    if isinstance(item, Page):
        return reverse("editorial:item", args=[item.pk])
    return AdminURLFinder().get_edit_url(item)


def my_queue(user, now=None):
    """The items waiting for this user, soonest due first."""
    now = now or timezone.now()
    rows = []
    answers = GuardAnswers(user)
    for state in open_chain_states():
        step = step_of(state)
        if step is None:
            continue
        if answers.may_act(step, item_of(state)):
            rows.append(_row(state, now))
    return sorted(rows, key=lambda row: row["due"])


class GuardAnswers:
    """`chain.may_act` for one user over many items, asked once per what the
    answer depends on (see `_guard_key`) — for queues and Wagtail's panels."""

    def __init__(self, user):
        self.user = user
        self.answers = {}

    def may_act(self, step, item):
        key = _guard_key(step, item)
        if key is None:
            return chain.may_act(step, self.user, item)
        if key not in self.answers:
            self.answers[key] = chain.may_act(step, self.user, item)
        return self.answers[key]


def _guard_key(step, page):
    """What the chain's guard depends on besides the user, when it is not the
    item itself: one answer per unit at step 1, one for all at steps 2 and 4
    (step 3 depends on each item's category, through the Deputy's delegation).
    The item's type is part of the key: other items (legal documents) may
    have their own people at a step."""
    kind = type(page)
    if step == chain.UNIT:
        unit = getattr(page, "providing_unit", None)
        return (step, kind, unit.pk) if unit is not None else None
    if step in (chain.SECRETARIAT, chain.PUBLISH):
        return (step, kind)
    return None


def overview(now=None):
    """Every open item by step and unit, with overdue counts."""
    now = now or timezone.now()
    rows = [_row(state, now) for state in open_chain_states() if step_of(state)]
    table = Counter()
    marked = {"overdue": Counter(), "near": Counter()}
    for row in rows:
        key = (row["unit"].name if row["unit"] else "—", row["step"])
        table[key] += 1
        if row["urgency"]:
            marked[row["urgency"]][key] += 1
    units = sorted({unit for unit, _ in table})
    grid = [{"unit": unit,
             "cells": [{"count": table[(unit, step)], "overdue": marked["overdue"][(unit, step)],
                        "near": marked["near"][(unit, step)]}
                       for step in chain.STEPS]} for unit in units]
    return {"rows": sorted(rows, key=lambda row: row["due"]), "grid": grid,
            "steps": [chain.STEP_NAMES[step] for step in chain.STEPS]}
