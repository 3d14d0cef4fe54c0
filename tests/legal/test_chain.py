"""Legal documents go public through the editorial chain of Đ.7.1 (the
Office is the providing unit), and a change to a published document waits
for the chain while the public keeps the approved version (Đ.9.2.b)."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from congtin.legal import workflow
from congtin.legal.models import LegalDocument

pytestmark = pytest.mark.django_db

# The demo's people at each step for an item of the Office.
STEPS = [("tv_vp", "Bước 1"), ("thuky1", "Bước 2"), ("truongban", "Bước 3"),
         ("kythuat", "Bước 4")]


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/")


def _submitted(enter_document, login, symbol="1301/QĐ-SCT"):
    document = enter_document(symbol, "2026-11-20", publish=False,
                              summary="Về việc triển khai mẫu ZQCHAIN")
    login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
    document.refresh_from_db()
    return document


def _approve(login, document, username):
    return login(username).post(f"/admin/van-ban/{document.pk}/approve/", follow=True)


def test_each_step_approves_in_turn_and_step_four_publishes(enter_document, login, client):
    document = _submitted(enter_document, login)
    assert document.state == LegalDocument.State.PENDING
    for index, (username, step) in enumerate(STEPS):
        page = login(username).get(f"/admin/van-ban/{document.pk}/").content.decode()
        assert step in page
        # nobody of a later step can act yet, not even by a forged POST
        if index + 1 < len(STEPS):
            assert refused(login(STEPS[index + 1][0]).post(
                f"/admin/van-ban/{document.pk}/approve/"))
        client.logout()
        assert client.get("/van-ban/1301-qd-sct/").status_code == 404
        _approve(login, document, username)
    document.refresh_from_db()
    assert document.state == LegalDocument.State.PUBLISHED and document.live
    assert document.approved_by.username == "truongban"
    assert document.published_at is not None
    client.logout()
    assert client.get("/van-ban/1301-qd-sct/").status_code == 200
    assert "1301/QĐ-SCT" in client.get("/van-ban/", {"q": "zqchain"}).content.decode()
    actions = set(ModelLogEntry.objects.filter(object_id=str(document.pk))
                  .values_list("action", flat=True))
    assert {"congtin.legal.submit", "wagtail.workflow.start", "wagtail.workflow.approve",
            "congtin.editorial.endorse", "wagtail.publish"} <= actions


def test_the_office_cannot_approve_its_own_document(enter_document, login):
    document = _submitted(enter_document, login, "1302/QĐ-SCT")
    client = login("vanphong")
    page = client.get(f"/admin/van-ban/{document.pk}/").content.decode()
    assert "Duyệt và chịu trách nhiệm" not in page and "chỉ người của bước này" in page
    assert refused(client.post(f"/admin/van-ban/{document.pk}/approve/"))
    assert workflow.current_step_name(document).startswith("Bước 1")


def test_a_step_returns_the_document_with_a_reason(enter_document, login):
    document = _submitted(enter_document, login, "1303/QĐ-SCT")
    _approve(login, document, "tv_vp")
    client = login("thuky1")
    response = client.post(f"/admin/van-ban/{document.pk}/reject/", {"reason": ""}, follow=True)
    assert "Ghi lý do." in response.content.decode()
    mail.outbox.clear()
    client.post(f"/admin/van-ban/{document.pk}/reject/",
                {"reason": "Thiếu tệp văn bản ký số"})
    document.refresh_from_db()
    assert document.state == LegalDocument.State.ENTERED
    returned = [m for m in mail.outbox if m.subject.startswith("[Cổng thông tin] Tin bị trả lại")
                and "1303/QĐ-SCT" in m.subject]
    assert returned and "Thiếu tệp văn bản ký số" in returned[0].body
    assert returned[0].body.split()[-1].endswith(f"/{document.pk}/")  # link to the document
    # resubmitted, it resumes at the step that returned it
    login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
    assert workflow.current_step_name(document).startswith("Bước 2")


def test_editing_a_published_document_waits_for_the_chain(enter_document, login, client):
    document = enter_document("1304/QĐ-SCT", "2026-11-20",
                              summary="Về việc thí điểm mẫu ZQOLD")
    form = login("vanphong").get(f"/admin/van-ban/{document.pk}/")
    assert form.status_code == 200
    data = {"symbol": "1304/QĐ-SCT", "doc_type": "quyet_dinh", "issuer": document.issuer_id,
            "issue_date": "2026-11-20", "scope": "thanh_pho", "deadline_tracked": "on",
            "summary": "Về việc thí điểm mẫu ZQNEW"}
    response = login("vanphong").post(f"/admin/van-ban/{document.pk}/", data, follow=True)
    assert "bản đã công bố vẫn hiển thị" in response.content.decode()
    document.refresh_from_db()
    assert document.state == LegalDocument.State.PUBLISHED and document.has_unpublished_changes
    assert workflow.current_step_name(document).startswith("Bước 1")
    client.logout()
    public = client.get("/van-ban/1304-qd-sct/").content.decode()
    assert "ZQOLD" in public and "ZQNEW" not in public
    assert "1304/QĐ-SCT" in client.get("/van-ban/", {"q": "zqold"}).content.decode()
    assert "1304/QĐ-SCT" not in client.get("/van-ban/", {"q": "zqnew"}).content.decode()
    # the admin form shows the change, not the published text
    assert "ZQNEW" in login("vanphong").get(f"/admin/van-ban/{document.pk}/").content.decode()
    for username, _ in STEPS:
        _approve(login, document, username)
    client.logout()
    public = client.get("/van-ban/1304-qd-sct/").content.decode()
    assert "ZQNEW" in public and "ZQOLD" not in public
    assert "1304/QĐ-SCT" in client.get("/van-ban/", {"q": "zqnew"}).content.decode()


def test_a_change_after_step_three_goes_back_to_step_three(enter_document, login):
    document = _submitted(enter_document, login, "1305/QĐ-SCT")
    for username, _ in STEPS[:3]:
        _approve(login, document, username)
    # at step 4 only the technical publisher may edit; any change of a
    # document is content, so publishing is refused and step 3 sees it again
    data = {"symbol": "1305/QĐ-SCT", "doc_type": "quyet_dinh", "issuer": document.issuer_id,
            "issue_date": "2026-11-20", "scope": "thanh_pho", "deadline_tracked": "on",
            "summary": "Về việc triển khai mẫu ZQCHAIN, đã sửa"}
    assert refused(login("vanphong").post(f"/admin/van-ban/{document.pk}/", data))
    login("kythuat").post(f"/admin/van-ban/{document.pk}/", data)
    _approve(login, document, "kythuat")
    document.refresh_from_db()
    assert document.state == LegalDocument.State.PENDING
    assert workflow.current_step_name(document).startswith("Bước 3")
