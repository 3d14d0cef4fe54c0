"""Due times of the chain's steps (Đ.8) and the periodic check that mails them.

Each step has a time limit in office hours (8 hours make one working day),
counted by `congtin.workdays`, so weekends and public holidays — Tết included —
do not count. The limits can be set per content type:

    CONGTIN_EDITORIAL_DEADLINES = {"content.articlepage": {"unit": 16, "head": 8}}

An item marked "tin thời sự" is due at the end of the day it reached the step
(Đ.8.2: current news is provided and published at once).
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.utils import timezone
from wagtail.models import Task, TaskState

from congtin.workdays import AFTERNOON, add_working_hours

from . import chain

DEFAULT_HOURS = {chain.UNIT: 8, chain.SECRETARIAT: 8, chain.HEAD: 8, chain.PUBLISH: 4}
NEAR_DUE = datetime.timedelta(hours=2)
OVERDUE_GRACE_HOURS = 4


def hours_for(step, page):
    configured = getattr(settings, "CONGTIN_EDITORIAL_DEADLINES", {})
    label = page._meta.label_lower
    return configured.get(label, {}).get(step, DEFAULT_HOURS[step])


def due_at(step, page, started_at):
    started = timezone.localtime(started_at)
    if getattr(page, "is_current_news", False):
        # Đ.8.2: due the same day, at the close of office hours (or midnight if later).
        close = started.replace(hour=AFTERNOON[1].hour, minute=AFTERNOON[1].minute, second=0,
                                microsecond=0)
        return close if started < close else started.replace(hour=23, minute=59, second=59)
    return add_working_hours(started, hours_for(step, page))


def step_of(task_state):
    return getattr(task_state.task.specific, "step", None)


def item_of(task_state):
    """The item (a page or a legal document) a task state is about, in its
    specific form; open_chain_states reads those of many states together."""
    item = getattr(task_state, "chain_item", None)
    if item is None:
        item = task_state.chain_item = task_state.workflow_state.content_object.specific
    return item


def due_of(task_state):
    step = step_of(task_state)
    if step is None:
        return None
    return due_at(step, item_of(task_state), task_state.started_at)


def urgency(due, now=None):
    """"overdue", "near" or "" — how an item is highlighted in the queues."""
    if due is None:
        return ""
    now = now or timezone.now()
    if now >= due:
        return "overdue"
    if due - now <= NEAR_DUE:
        return "near"
    return ""


def open_chain_states():
    """Task states of the items waiting in the chain, each with its specific
    task and item (and the item's unit) read together: the queues and the
    periodic check cost a few queries, not a few per item."""
    states = list(TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS,
                                           workflow_state__status="in_progress")
                  .select_related("workflow_state__content_type"))
    tasks = {task.pk: task for task in
             Task.objects.filter(pk__in={state.task_id for state in states}).specific()}
    for state in states:
        state.task = tasks[state.task_id]
    attach_items(states)
    return states


def attach_items(states):
    """Read the specific items of these task states together (see item_of)."""
    by_model = defaultdict(list)
    for state in states:
        by_model[state.workflow_state.content_type.model_class()].append(state)
    for model, group in by_model.items():
        if model is None:  # a type no longer in the code: item_of reads it alone
            continue
        items = model._default_manager.all()
        if any(field.name == "providing_unit" for field in model._meta.get_fields()):
            items = items.select_related("providing_unit")
        found = items.in_bulk([model._meta.pk.to_python(state.workflow_state.object_id)
                               for state in group])
        for state in group:
            item = found.get(model._meta.pk.to_python(state.workflow_state.object_id))
            if item is not None:
                state.chain_item = item


def check_deadlines(now=None):
    """Mail the assignees when an item is due, then the assignees and the Head
    when it is overdue; each message once. Returns the numbers sent."""
    from .models import DeadlineNotice
    from .notifications import notify_deadline

    now = now or timezone.now()
    sent = {"due": 0, "overdue": 0}
    for state in open_chain_states():
        step = step_of(state)
        if step is None:
            continue
        due = due_of(state)
        page = item_of(state)
        if now < due:
            continue
        overdue = now >= add_working_hours(timezone.localtime(due), OVERDUE_GRACE_HOURS)
        kinds = ["due", "overdue"] if overdue else ["due"]
        for kind in kinds:
            _notice, created = DeadlineNotice.objects.get_or_create(task_state=state, kind=kind)
            if not created:
                continue
            users = chain.users_for_step(step, page)
            if kind == "overdue":
                users += [p.user for p in chain.heads(timezone.localdate()) if p.user_id]
            notify_deadline(state, kind, users, due)
            sent[kind] += 1
    return sent


def check_current_news(day=None):
    """Đ.8.2: warn the secretariat when no current news went live on `day`."""
    from congtin.content.models import ArticlePage

    from .models import DailyNewsCheck
    from .notifications import notify_no_current_news

    day = day or timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    count = ArticlePage.objects.live().filter(
        is_current_news=True, last_published_at__gte=start, last_published_at__lt=end).count()
    check, created = DailyNewsCheck.objects.get_or_create(day=day)
    check.published_count = count
    if count == 0 and not check.warned:
        notify_no_current_news(day, [p.user for p in chain.secretaries(day) if p.user_id])
        check.warned = True
    check.save()
    return check
