"""Information requests (Đ.9.1.a, 11.1), delegations and absences in the admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from congtin.editorial import chain
from congtin.editorial.models import Delegation, InformationRequest
from congtin.org.models import Unit

pytestmark = pytest.mark.django_db


def test_secretariat_asks_a_unit_and_its_board_member_links_the_item(make_item, user, client):
    client.force_login(user("thuky1"))
    due = timezone.localdate() + datetime.timedelta(days=3)
    client.post(reverse("editorial:requests"), {
        "unit": Unit.objects.get(code="qlcn").pk, "subject": "Tình hình cụm công nghiệp",
        "detail": "Đề nghị cung cấp tin tiến độ hạ tầng.", "due_date": due.isoformat()})
    request = InformationRequest.objects.get(subject="Tình hình cụm công nghiệp")
    item = make_item(title="Tiến độ hạ tầng cụm công nghiệp")
    client.force_login(user("tv_qlcn"))
    page = client.get(reverse("editorial:requests")).content.decode()
    assert "Tình hình cụm công nghiệp" in page
    client.post(reverse("editorial:request_fulfil", args=(request.pk,)), {"items": [item.pk]})
    request.refresh_from_db()
    assert list(request.items.values_list("pk", flat=True)) == [item.pk]
    assert request.fulfilled_at and not request.is_late()


def test_other_units_member_cannot_fulfil_and_contributor_cannot_ask(make_item, user, client):
    request = InformationRequest.objects.create(
        unit=Unit.objects.get(code="qlcn"), subject="Số liệu sản xuất",
        due_date=timezone.localdate() - datetime.timedelta(days=1))
    item = make_item()
    client.force_login(user("tv_qltm"))
    client.post(reverse("editorial:request_fulfil", args=(request.pk,)), {"items": [item.pk]})
    client.force_login(user("cb_qlcn"))
    client.post(reverse("editorial:requests"), {
        "unit": Unit.objects.get(code="qltm").pk, "subject": "Giả mạo",
        "due_date": timezone.localdate().isoformat()})
    request.refresh_from_db()
    assert request.fulfilled_at is None and not request.items.exists()
    assert not InformationRequest.objects.filter(subject="Giả mạo").exists()


def test_late_requests_are_listed_per_unit(user, client):
    InformationRequest.objects.create(
        unit=Unit.objects.get(code="khtc"), subject="Báo cáo thống kê quý",
        due_date=timezone.localdate() - datetime.timedelta(days=2))
    client.force_login(user("truongban"))
    html = client.get(reverse("editorial:requests")).content.decode()
    assert "Đề nghị trễ hạn theo đơn vị" in html
    assert "Phòng Kế hoạch – Tài chính: 1" in html


def test_only_the_head_grants_a_delegation(make_item, advance, user, client):
    Delegation.objects.all().delete()
    today = timezone.localdate()
    fields = {"delegate": user("phoban").person.pk, "all_categories": "on",
              "start_date": today.isoformat(), "end_date": today.isoformat()}
    client.force_login(user("phoban"))
    client.post(reverse("editorial:delegations"), fields)
    client.force_login(user("thuky1"))
    client.post(reverse("editorial:delegations"), fields)
    assert not Delegation.objects.exists()
    client.force_login(user("truongban"))
    client.post(reverse("editorial:delegations"), fields)
    delegation = Delegation.objects.get()
    page = advance(make_item(), "head")
    assert chain.may_act(chain.HEAD, user("phoban"), page)
    client.post(reverse("editorial:delegation_revoke", args=(delegation.pk,)))
    assert not chain.may_act(chain.HEAD, user("phoban"), page)
