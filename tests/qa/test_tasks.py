"""The periodic tasks and their commands: the mailbox is read only when one is
configured; the daily digest goes out on demand."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from congtin.qa import tasks
from congtin.qa.models import Question

pytestmark = pytest.mark.django_db


def test_without_a_mailbox_fetch_questions_says_so(settings):
    settings.QA_IMAP_HOST = ""
    with pytest.raises(CommandError, match="Chưa cấu hình hộp thư"):
        call_command("fetch_questions", "--now")
    assert tasks.fetch_mailbox.call() == {}


def test_the_immediate_backend_runs_the_task_once_without_rescheduling(mailbox, smtp):
    result = tasks.fetch_mailbox.enqueue()
    assert result.return_value == {}
    assert tasks.schedule(tasks.fetch_mailbox, None) is None


def test_the_deadline_command_mails_the_overdue_list():
    overdue = Question.objects.filter(status="assigned").exclude(progress_note="").get()
    out = StringIO()
    call_command("qa_deadlines", "--now", stdout=out)
    assert "thư nhắc hạn" in out.getvalue()
    assert any(overdue.code in message.body for message in mail.outbox)
