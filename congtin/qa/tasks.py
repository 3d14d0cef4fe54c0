"""Background work for questions, on django-tasks (the worker started by
`make run` is `manage.py db_worker`).

Both tasks re-enqueue themselves when the backend can defer (the database
backend): the mailbox every QA_IMAP_INTERVAL seconds (300 by default) while a
mailbox is configured, the deadline digest every morning at 07:00. They are
started by `manage.py fetch_questions` / `manage.py qa_deadlines` and after
each `migrate` (see apps.py); a task already waiting is not enqueued twice.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

log = logging.getLogger(__name__)


def _waiting(task_object):
    """Is a run of this task already queued? (database backend only)"""
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:
        return False
    return DBTaskResult.objects.filter(status="READY",
                                       task_path=task_object.module_path).exists()


def schedule(task_object, run_after):
    if not task_object.get_backend().supports_defer or _waiting(task_object):
        return None
    return task_object.using(run_after=run_after).enqueue()


@task()
def fetch_mailbox():
    from . import imap

    if not imap.configured():
        return {}
    try:
        counts = imap.fetch()
    finally:
        interval = int(getattr(settings, "QA_IMAP_INTERVAL", 300))
        schedule(fetch_mailbox, timezone.now() + datetime.timedelta(seconds=interval))
    log.info("Hộp thư hỏi đáp: %s", counts)
    return counts


def next_morning(now=None):
    now = timezone.localtime(now)
    moment = now.replace(hour=7, minute=0, second=0, microsecond=0)
    return moment if moment > now else moment + datetime.timedelta(days=1)


@task()
def deadline_digest():
    from .deadlines import send_digest

    try:
        return send_digest()
    finally:
        schedule(deadline_digest, next_morning())
