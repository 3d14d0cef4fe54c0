"""Rejection at every step, resubmission, delegation, absence and emergency
publishing (Đ.7.1, 12.1–2)."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from congtin.content.models import ArticleIndexPage
from congtin.editorial import chain, services
from congtin.editorial.models import (
    Absence,
    ContentApproval,
    Delegation,
    EmergencyPublication,
    SubmissionBatch,
)
from congtin.org.models import Person

pytestmark = pytest.mark.django_db

REJECTERS = {chain.UNIT: "tv_qlcn", chain.SECRETARIAT: "thuky2", chain.HEAD: "truongban",
             chain.PUBLISH: "kythuat"}
REASON = "Số liệu bảng 1 chưa khớp với báo cáo quý; đề nghị kiểm tra lại."


@pytest.mark.parametrize("step", list(REJECTERS))
def test_rejection_returns_to_author_notifies_earlier_actors_and_resumes_there(
        step, make_item, advance, user):
    page = advance(make_item(), step)
    mail.outbox.clear()
    services.act(page, user(REJECTERS[step]), "reject", REASON)
    assert page.current_workflow_state.status == "needs_changes"
    recipients = {address for message in mail.outbox for address in message.to}
    assert user("cb_qlcn").email in recipients
    earlier = {chain.UNIT: [], chain.SECRETARIAT: ["tv_qlcn"],
               chain.HEAD: ["tv_qlcn", "thuky1"], chain.PUBLISH: ["tv_qlcn", "thuky1",
                                                                   "truongban"]}[step]
    for username in earlier:
        assert user(username).email in recipients
    assert REASON in mail.outbox[0].body
    # The author fixes the item and sends it again: it resumes at the rejecting step.
    services.submit(page, user("cb_qlcn"))
    assert services.current_step(page) == step


@pytest.mark.parametrize("reason", ["", "   ", "\u200b"])
def test_rejection_without_a_reason_is_refused(reason, make_item, advance, user, client):
    page = advance(make_item(), "unit")
    with pytest.raises(PermissionDenied):
        services.act(page, user("tv_qlcn"), "reject", reason)
    client.force_login(user("tv_qlcn"))
    state = services.current_state(page)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", state.pk)),
                {"comment": reason})
    assert services.current_step(page) == chain.UNIT


def test_rejection_reason_in_legacy_encoding_is_stored_as_unicode(make_item, advance, user):
    page = advance(make_item(), "unit")
    services.act(page, user("tv_qlcn"), "reject", "Ñeà nghò boå sung nguoàn")
    state = page.current_workflow_state.current_task_state
    assert state.comment == "Đề nghị bổ sung nguồn"


def delegate(start, end, categories=None):
    delegation = Delegation.objects.create(
        grantor=Person.objects.get(user__username="truongban"),
        delegate=Person.objects.get(user__username="phoban"),
        all_categories=categories is None, start_date=start, end_date=end)
    if categories:
        delegation.categories.set(categories)
    return delegation


def test_deputy_approves_a_batch_under_the_heads_delegation(make_item, advance, user):
    page = advance(make_item(), "head")
    batch = SubmissionBatch.objects.filter(items=page).get()  # batched by `advance`
    services.approve_batch(batch, user("phoban"))
    approval = ContentApproval.objects.get(page=page)
    assert approval.approved_by.username == "phoban" and approval.delegation is not None
    assert services.current_step(page) == chain.PUBLISH


def test_deputy_without_a_current_delegation_cannot_approve(make_item, advance, user):
    Delegation.objects.all().delete()
    today = timezone.localdate()
    delegate(today - datetime.timedelta(days=30), today - datetime.timedelta(days=1))
    page = advance(make_item(), "head")
    assert services.current_state(page).task.specific.get_actions(page, user("phoban")) == []
    with pytest.raises(PermissionDenied):
        services.act(page, user("phoban"), "approve")
    assert services.current_step(page) == chain.HEAD


def test_delegation_expires_at_its_end_date(make_item, advance, user):
    Delegation.objects.all().delete()
    today = timezone.localdate()
    delegate(today - datetime.timedelta(days=3), today)
    page = advance(make_item(), "head")
    assert chain.may_act(chain.HEAD, user("phoban"), page, today)
    assert not chain.may_act(chain.HEAD, user("phoban"), page, today + datetime.timedelta(days=1))


def test_delegation_for_chosen_categories_only(make_item, advance, user):
    Delegation.objects.all().delete()
    today = timezone.localdate()
    notices = ArticleIndexPage.objects.get(slug="thong-bao", locale__language_code="vi")
    delegate(today, today, categories=[notices])
    news_item = advance(make_item(), "head")
    notice = advance(make_item(section="thong-bao", title="Thông báo kiểm thử"), "head")
    assert not chain.may_act(chain.HEAD, user("phoban"), news_item)
    assert chain.may_act(chain.HEAD, user("phoban"), notice)


def test_stand_in_acts_for_an_absent_board_member(make_item, advance, user):
    today = timezone.localdate()
    Absence.objects.create(person=Person.objects.get(user__username="tv_qlcn"),
                           stand_in=Person.objects.get(user__username="tv_qlnl"),
                           start_date=today, end_date=today, reason="Đi công tác Hà Nội")
    page = advance(make_item(), "unit")
    services.act(page, user("tv_qlnl"), "approve")
    assert services.current_step(page) == chain.SECRETARIAT


def test_emergency_publish_needs_a_reason_and_stays_flagged(make_item, advance, user, client):
    page = advance(make_item(), "unit")
    with pytest.raises(ValidationError):
        services.emergency_publish(page, user("truongban"), "  ")
    with pytest.raises(PermissionDenied):
        services.emergency_publish(page, user("tv_qlcn"), "Khẩn")
    services.emergency_publish(page, user("truongban"), "Cảnh báo lừa đảo cần đăng ngay.")
    page.refresh_from_db()
    assert page.live
    record = EmergencyPublication.objects.get(page=page)
    assert record.awaiting_confirmation
    client.force_login(user("truongban"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "ĐĂNG KHẨN" in dashboard and page.title in dashboard
    services.confirm_emergency(record, user("truongban"))
    record.refresh_from_db()
    assert not record.awaiting_confirmation


def test_emergency_publish_by_forged_post_from_a_contributor_is_refused(
        make_item, advance, user, client):
    page = advance(make_item(), "unit")
    client.force_login(user("cb_qlcn"))
    response = client.post(reverse("editorial:emergency", args=(page.pk,)),
                           {"reason": "Tôi muốn đăng ngay"})
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert not EmergencyPublication.objects.filter(page=page).exists()
