"""Drafts for comment in the Wagtail admin: a viewset with its listing,
filters, search and forms, in Vietnamese, for the right roles only."""

import pytest
from django.utils import timezone

from congtin.legal.models import Draft

pytestmark = pytest.mark.django_db

FORM = {"title": "Dự thảo Quy định về chợ đêm", "slug": "quy-dinh-cho-dem",
        "summary": "Lấy ý kiến về quy định quản lý chợ đêm.",
        "full_text": "Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng",
        "drafting_unit": "Phòng Quản lý Thương mại", "receiving_address": "59-61 Lý Tự Trọng",
        "receiving_email": "gopy@tphcm.gov.vn", "opens_at": "2026-12-01T08:00",
        "closes_at": "2026-12-31T17:00", "is_public": "on"}


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/")


def test_listing_in_vietnamese_with_counts_filters_and_search(login):
    client = login("vanphong")
    page = client.get("/admin/du-thao/").content.decode()
    for label in ["Dự thảo lấy ý kiến", "Hạn góp ý", "Bắt đầu lấy ý kiến", "chờ kiểm duyệt",
                  "Giai đoạn", "Đang lấy ý kiến"]:
        assert label in page
    titles = list(Draft.objects.values_list("title", flat=True))
    assert all(title in page for title in titles)
    closed = Draft.objects.filter(closes_at__lte=timezone.now())
    filtered = client.get("/admin/du-thao/", {"stage": "da_dong"}).content.decode()
    for draft in Draft.objects.all():
        assert (draft.title in filtered) == (draft in closed)
    first = titles[0]
    found = client.get("/admin/du-thao/", {"q": first.split()[-1]}).content.decode()
    assert first in found
    # the comment count leads to the moderation page
    draft = Draft.objects.get(title=first)
    assert f'href="/admin/van-ban/du-thao/{draft.pk}/"' in page


def test_old_address_leads_to_the_listing(login):
    response = login("vanphong").get("/admin/van-ban/du-thao/")
    assert response.status_code == 302 and response["Location"] == "/admin/du-thao/"


def test_office_adds_a_draft_and_bad_dates_are_refused(login):
    client = login("vanphong")
    bad = client.post("/admin/du-thao/new/", {**FORM, "closes_at": "2026-11-30T08:00"})
    assert "Hạn góp ý phải sau ngày bắt đầu lấy ý kiến." in bad.content.decode()
    assert not Draft.objects.filter(slug="quy-dinh-cho-dem").exists()
    response = client.post("/admin/du-thao/new/", FORM)
    assert response.status_code == 302
    draft = Draft.objects.get(slug="quy-dinh-cho-dem")
    assert draft.created_by.username == "vanphong"
    edit = client.post(f"/admin/du-thao/edit/{draft.pk}/", {**FORM, "title": "Dự thảo mới"})
    assert edit.status_code == 302
    assert Draft.objects.get(pk=draft.pk).title == "Dự thảo mới"


def test_the_deputy_sees_but_does_not_edit_and_others_see_nothing(login):
    draft = Draft.objects.first()
    deputy = login("phoban")
    assert deputy.get("/admin/du-thao/").status_code == 200
    assert refused(deputy.post("/admin/du-thao/new/", FORM))
    assert refused(deputy.get(f"/admin/du-thao/edit/{draft.pk}/"))
    other = login("cb_qltm")
    assert refused(other.get("/admin/du-thao/"))
    assert not Draft.objects.filter(slug="quy-dinh-cho-dem").exists()
