"""Deadlines of the chain (Đ.8): working hours, Tết, current news, e-mails."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail.models import TaskState

from congtin.editorial import chain, services
from congtin.editorial.deadlines import check_current_news, check_deadlines, due_at, due_of

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def test_deadline_spanning_tet_skips_the_holidays(make_item):
    page = make_item()
    # Wednesday 03/02/2027 15:00; Tết 2027 runs from Thursday 04/02 to Wednesday 10/02.
    started = datetime.datetime(2027, 2, 3, 15, 0, tzinfo=HCM)
    due = due_at(chain.UNIT, page, started)
    assert due.astimezone(HCM) == datetime.datetime(2027, 2, 11, 15, 0, tzinfo=HCM)


def test_current_news_is_due_the_same_day(make_item):
    page = make_item(is_current_news=True)
    started = datetime.datetime(2027, 2, 3, 9, 15, tzinfo=HCM)
    assert due_at(chain.HEAD, page, started).astimezone(HCM) == datetime.datetime(
        2027, 2, 3, 17, 0, tzinfo=HCM)


@override_settings(CONGTIN_EDITORIAL_DEADLINES={"content.articlepage": {"unit": 16}})
def test_deadline_can_be_set_per_content_type(make_item):
    page = make_item()
    started = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=HCM)  # Monday
    assert due_at(chain.UNIT, page, started).astimezone(HCM) == datetime.datetime(
        2027, 3, 3, 8, 0, tzinfo=HCM)


def test_due_then_overdue_mail_goes_to_the_assignee_then_the_head(make_item, advance, user):
    page = advance(make_item(title="Tin kiểm thử hạn xử lý"), "unit")
    state = services.current_state(page)
    started = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=HCM)  # Monday
    TaskState.objects.filter(pk=state.pk).update(started_at=started)
    state.refresh_from_db()
    due = due_of(state)
    mail.outbox.clear()

    def ours():
        return [m for m in mail.outbox if page.title in m.subject]

    check_deadlines(now=due + datetime.timedelta(minutes=5))
    assert [m.to for m in ours()] == [[user("tv_qlcn").email]]
    assert "đến hạn" in ours()[0].subject
    check_deadlines(now=due + datetime.timedelta(minutes=10))
    assert len(ours()) == 1  # each message once
    check_deadlines(now=due + datetime.timedelta(days=2))
    overdue = ours()[-1]
    assert "quá hạn" in overdue.subject
    assert {user("tv_qlcn").email, user("truongban").email} <= set(overdue.to)


def test_overdue_items_are_highlighted_in_the_secretariat_overview(make_item, advance, user,
                                                                   client):
    page = advance(make_item(title="Tin quá hạn kiểm thử"), "unit")
    state = services.current_state(page)
    TaskState.objects.filter(pk=state.pk).update(
        started_at=datetime.datetime(2026, 1, 5, 8, 0, tzinfo=HCM))
    client.force_login(user("thuky1"))
    html = client.get(reverse("editorial:overview")).content.decode()
    row = html[html.index("Tin quá hạn kiểm thử"):]
    assert "editorial-mark--overdue\">Quá hạn<" in row[:800]
    assert "editorial-mark--overdue\">1 quá hạn<" in html  # the count per unit and step


def test_daily_check_warns_the_secretariat_when_no_current_news_was_published(user):
    day = datetime.date(2027, 3, 2)
    mail.outbox.clear()
    check = check_current_news(day)
    assert check.published_count == 0 and check.warned
    recipients = set(mail.outbox[0].to)
    assert {user("thuky1").email, user("thuky2").email, user("thuky3").email} <= recipients
    assert "02/03/2027" in mail.outbox[0].subject
    check_current_news(day)
    assert len(mail.outbox) == 1


def test_periodic_command_runs_the_deadline_check(make_item, advance):
    from django.core.management import call_command

    advance(make_item(), "unit")
    call_command("editorial_check")
    call_command("editorial_check", "--current-news")
