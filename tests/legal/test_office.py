"""The Office's work (Đ.9.2.b): entering documents with the national fields,
the update deadlines, and the wrong role being refused on the server.
Publishing through the editorial chain: test_chain.py."""

import datetime

import pytest
from wagtail.models import ModelLogEntry

from congtin.legal import deadlines
from congtin.legal.models import LegalDocument

pytestmark = pytest.mark.django_db

FORM = {"symbol": "1201/QĐ-SCT", "doc_type": "quyet_dinh", "signer": "Trần Quốc Hưng",
        "signer_title": "Giám đốc Sở", "issue_date": "2026-11-16",
        "effective_date": "2026-11-16", "scope": "thanh_pho",
        "summary": "Quyết định ban hành Quy chế phối hợp cung cấp thông tin", "sector": "",
        "deadline_tracked": "on"}


def refused(response):
    """Wagtail answers a PermissionDenied in the admin by sending the user to the
    dashboard with its "no permission" message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/")


def _form(**changes):
    from congtin.legal.models import IssuingBody

    data = {**FORM, "issuer": IssuingBody.objects.get(code="SCT").pk}
    data.update(changes)
    return data


def test_office_enters_a_document_with_the_national_fields(login):
    client = login("vanphong")
    response = client.post("/admin/van-ban/them/", _form(), follow=True)
    assert "Đã lưu văn bản 1201/QĐ-SCT" in response.content.decode()
    document = LegalDocument.objects.get(symbol="1201/QĐ-SCT")
    assert (document.number, document.type_code, document.issuer_code,
            document.numbering_year, document.slug) == (1201, "QĐ", "SCT", 2026, "1201-qd-sct")
    assert document.state == LegalDocument.State.ENTERED
    assert document.due_date == datetime.date(2026, 11, 18)  # own: 2 working days
    assert ModelLogEntry.objects.filter(action="congtin.legal.create",
                                        object_id=str(document.pk)).exists()


def test_duplicate_number_of_the_same_issuer_and_year_is_refused(login):
    client = login("vanphong")
    response = client.post("/admin/van-ban/them/", _form(symbol="467/QĐ-SCT",
                                                         issue_date="2011-11-01",
                                                         effective_date=""))
    assert "Đã có văn bản số 467/QĐ-SCT của cùng cơ quan trong năm 2011" in \
        response.content.decode()
    assert LegalDocument.objects.filter(symbol="467/QĐ-SCT").count() == 1


def test_same_number_in_another_year_is_accepted(login):
    client = login("vanphong")
    client.post("/admin/van-ban/them/", _form(symbol="467/QĐ-SCT", issue_date="2026-11-02",
                                              effective_date=""))
    assert LegalDocument.objects.filter(symbol="467/QĐ-SCT").count() == 2
    assert LegalDocument.objects.filter(slug="467-qd-sct-2026").exists()


@pytest.mark.parametrize("changes, message", [
    ({"effective_date": "2026-11-01"}, "không thể trước ngày ban hành (16/11/2026)"),
    ({"symbol": "1201/QD-SCT"}, "Viết “QĐ” (chữ Đ có gạch)"),
    ({"symbol": "42/2021/NĐ-CP", "doc_type": "nghi_dinh"}, "Năm trong số ký hiệu là 2021"),
    ({"symbol": "43/2026/NĐ-CP", "doc_type": "quyet_dinh"}, "không khớp loại đã chọn"),
    ({"expiry_date": "2026-12-01"}, "Ghi lý do hết hiệu lực"),
    ({"issue_date": "31/02/2026"}, "Nhập một ngày hợp lệ"),
])
def test_impossible_input_is_refused_with_a_clear_message(login, changes, message):
    client = login("vanphong")
    response = client.post("/admin/van-ban/them/", _form(**changes))
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page or message.replace("“", "&ldquo;") in page or \
        message in page.replace("&#x27;", "'")
    assert not LegalDocument.objects.filter(summary=FORM["summary"]).exists()


@pytest.mark.parametrize("username", ["cb_qltm", "tv_qltm", "kythuat", "ctv1", "dichgia"])
def test_other_roles_cannot_enter_approve_or_upload(login, enter_document, username):
    document = enter_document("1204/QĐ-SCT", "2026-11-20", publish=False)
    client = login(username)
    assert refused(client.post("/admin/van-ban/them/", _form(symbol="1205/QĐ-SCT")))
    assert refused(client.post(f"/admin/van-ban/{document.pk}/quan-he/",
                               {"kind": "amends", "target_symbol": "467/QĐ-SCT"}))
    assert refused(client.get("/admin/du-thao/"))
    assert not LegalDocument.objects.filter(symbol="1205/QĐ-SCT").exists()
    assert refused(client.post(f"/admin/van-ban/{document.pk}/submit/"))
    assert LegalDocument.objects.get(pk=document.pk).state == LegalDocument.State.ENTERED


def test_relation_loop_is_refused_in_the_admin(login, enter_document):
    a = enter_document("1206/QĐ-SCT", "2026-01-05")
    b = enter_document("1207/QĐ-SCT", "2026-02-02")
    client = login("vanphong")
    client.post(f"/admin/van-ban/{b.pk}/quan-he/", {"kind": "amends",
                                                    "target_symbol": "1206/QĐ-SCT"})
    response = client.post(f"/admin/van-ban/{a.pk}/quan-he/",
                           {"kind": "guides", "target_symbol": "1207/QĐ-SCT"}, follow=True)
    assert "vòng lặp" in response.content.decode()
    assert not a.outgoing_relations.exists()


def test_late_documents_are_listed_with_working_days_late(enter_document, login):
    on_time = enter_document("1208/QĐ-SCT", "2026-11-02")
    waiting = enter_document("1209/QĐ-SCT", "2026-11-02", publish=False)
    LegalDocument.objects.filter(pk=on_time.pk).update(
        published_at=datetime.datetime(2026, 11, 3, 9, tzinfo=datetime.UTC))
    late = deadlines.late_documents(datetime.date(2026, 11, 29))
    assert waiting in late and on_time not in late
    page = login("vanphong").get("/admin/van-ban/tre-han/").content.decode()
    assert "1209/QĐ-SCT" in page and "3921/SCT-VP" in page and "1208/QĐ-SCT" not in page


def test_others_documents_have_ten_working_days(enter_document):
    document = enter_document("12/2026/NĐ-CP", "2026-11-16", own=False, doc_type="nghi_dinh",
                              publish=False)
    # 24/11 is Ngày Văn hóa Việt Nam, a day off since 2026: 10 working days end on 01/12.
    assert document.due_date == datetime.date(2026, 12, 1)
