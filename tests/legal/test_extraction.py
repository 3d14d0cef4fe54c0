"""Text extraction from real PDF and DOCX files made by the test, and the
files that must be refused or flagged: a fake PDF, an encrypted PDF, a scan
without a text layer, a 200 MB file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile

from congtin.legal import extraction, workflow
from congtin.legal.demo import walk_the_chain
from congtin.legal.models import DocumentFile, LegalDocument
from tests import archives

from .conftest import docx_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

LINES = ["QUYẾT ĐỊNH về việc ban hành Quy chế quản lý Cổng thông tin",
         "Điều 1. Phạm vi điều chỉnh: thông tin chỉ đạo, điều hành của Sở Công Thương.",
         "Điều 2. Trách nhiệm của Văn phòng Sở và các phòng chuyên môn."]


def test_text_of_a_real_pdf_is_extracted_with_its_diacritics():
    status, text, _ = extraction.extract(pdf_bytes(LINES), "pdf")
    assert status == DocumentFile.Text.OK
    assert "Quy chế quản lý Cổng thông tin" in text
    assert "Trách nhiệm của Văn phòng Sở" in text


def test_text_of_a_real_docx_is_extracted_including_tables():
    data = docx_bytes(LINES, table=[["Đơn vị", "Hạn cập nhật"], ["Văn phòng", "02 ngày"]])
    status, text, _ = extraction.extract(data, "docx")
    assert status == DocumentFile.Text.OK
    assert "Điều 1. Phạm vi điều chỉnh" in text and "Văn phòng | 02 ngày" in text


def test_scanned_pdf_without_text_layer_is_flagged():
    status, _, message = extraction.extract(pdf_bytes([], image_only=True), "pdf")
    assert status == DocumentFile.Text.NO_TEXT_LAYER
    assert "không có lớp chữ" in message


def test_pdf_that_is_not_a_pdf_is_refused():
    fake = SimpleUploadedFile("quyet-dinh.pdf", b"<html><body>not a pdf</body></html>")
    with pytest.raises(extraction.FileRefused, match="không phải là tệp PDF thật"):
        extraction.check_upload(fake)


def test_pdf_header_on_garbage_is_refused_as_broken():
    fake = SimpleUploadedFile("hong.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(extraction.FileRefused, match="bị hỏng|không có trang"):
        extraction.check_upload(fake)


def test_encrypted_pdf_is_refused_with_a_reason():
    locked = SimpleUploadedFile("mat-khau.pdf", pdf_bytes(LINES, password="bi-mat"))
    with pytest.raises(extraction.FileRefused, match="có mật khẩu"):
        extraction.check_upload(locked)


def test_docx_that_is_another_zip_is_refused():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "không phải Word")
    with pytest.raises(extraction.FileRefused, match="không phải văn bản Word"):
        extraction.check_upload(SimpleUploadedFile("a.docx", out.getvalue()))


def test_other_extensions_are_refused():
    with pytest.raises(extraction.FileRefused, match="Chỉ nhận tệp PDF, DOC hoặc DOCX"):
        extraction.check_upload(SimpleUploadedFile("virus.exe", b"MZ\x90\x00"))


def test_200_mb_file_is_refused_by_its_size_without_reading_it(tmp_path):
    upload = TemporaryUploadedFile("lon.pdf", "application/pdf", 200 * 1024 * 1024, None)
    upload.file.truncate(200 * 1024 * 1024)  # sparse: nothing is written or read
    with pytest.raises(extraction.FileRefused, match="quá lớn .*200 MB.*giới hạn là 50 MB"):
        extraction.check_upload(upload)
    assert upload.file.tell() == 0
    upload.close()


def test_uploaded_pdf_is_kept_and_its_text_searchable(login, enter_document):
    # not yet published: the file goes public with the document (a file
    # added to a published one waits for the chain: test_pending_changes.py)
    document = enter_document("930/QĐ-SCT", "2026-11-02", publish=False)
    client = login("vanphong")
    original = pdf_bytes(LINES)
    response = client.post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("930-QD-SCT.pdf", original)}, follow=True)
    assert "Đã tải lên 930-QD-SCT.pdf" in response.content.decode()
    item = document.files.get()
    assert item.text_status == DocumentFile.Text.OK and item.size > 0
    with item.file.open("rb") as handle:
        assert handle.read() == original  # the original, unchanged
    document.refresh_from_db()
    assert "trach nhiem cua van phong so" in document.search_text
    workflow.submit(document, document.entered_by)
    walk_the_chain(document)
    page = client.get("/van-ban/?q=trach+nhiem+van+phong").content.decode()
    assert "930/QĐ-SCT" in page


def test_upload_declared_over_the_limit_is_refused_before_reading(login, enter_document):
    document = enter_document("931/QĐ-SCT", "2026-11-02")
    client = login("vanphong")
    response = client.post(f"/admin/van-ban/{document.pk}/tep/",
                           {"file": SimpleUploadedFile("nho.pdf", pdf_bytes(LINES))},
                           CONTENT_LENGTH=str(200 * 1024 * 1024), follow=True)
    assert "quá lớn (200 MB)" in response.content.decode()
    assert not document.files.exists()


def test_upload_passing_the_limit_is_stopped_while_streaming(login, enter_document, settings):
    settings.LEGAL_MAX_UPLOAD_BYTES = 100_000
    document = enter_document("932/QĐ-SCT", "2026-11-02")
    client = login("vanphong")
    # 150 kB declared honestly passes the quick check (limit + form overhead) but
    # the handler stops reading at 100 kB.
    big = pdf_bytes(LINES) + b"%" + b"x" * 150_000
    response = client.post(f"/admin/van-ban/{document.pk}/tep/",
                           {"file": SimpleUploadedFile("to.pdf", big)}, follow=True)
    assert "Tệp quá lớn" in response.content.decode()
    assert not document.files.exists()


def test_fake_pdf_upload_shows_the_reason_and_keeps_nothing(login, enter_document):
    document = enter_document("933/QĐ-SCT", "2026-11-02")
    client = login("vanphong")
    response = client.post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("gia.pdf", b"MZ not a pdf at all")}, follow=True)
    assert response.status_code == 200
    assert "không phải là tệp PDF thật" in response.content.decode()
    assert not LegalDocument.objects.get(pk=document.pk).files.exists()


@pytest.mark.parametrize("build, message", [
    (archives.ratio_bomb, "nở ra gấp"),
    (archives.lying_sizes, "không khớp với kích thước ghi trong tệp"),
], ids=["zip-bomb", "lying-header"])
def test_docx_that_would_unpack_too_far_is_refused_and_nothing_kept(
        login, enter_document, build, message):
    document = enter_document("935/QĐ-SCT", "2026-11-02")
    response = login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("bom.docx", build(docx_bytes(LINES)))}, follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LegalDocument.objects.get(pk=document.pk).files.exists()


def test_scanned_pdf_is_listed_for_the_office(login, enter_document):
    document = enter_document("934/QĐ-SCT", "2026-11-02")
    client = login("vanphong")
    client.post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("ban-quet.pdf", pdf_bytes([], image_only=True))})
    page = client.get("/admin/van-ban/tep-can-xu-ly/").content.decode()
    assert "934/QĐ-SCT" in page and "ban-quet.pdf" in page and "không có lớp chữ" in page
