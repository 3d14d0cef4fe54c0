"""Đ.7.3 for the document library: legacy-encoded .txt files are stored as
UTF-8 NFC, .docx text typed in .VnTime/.VnTimeH or VNI fonts is repaired,
and files that cannot be read as text get a clear Vietnamese message."""

import io
import subprocess
import unicodedata
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.models import Collection, ModelLogEntry

from congtin.vntext import encode_vn3, encode_vni
from tests import archives

from .conftest import TCVN3_PASTE, UNICODE, VNI_PASTE

pytestmark = pytest.mark.django_db

NOTICE = ("Sở Công Thương thông báo lịch tiếp công dân tháng 12 năm 2026.\n"
          "Địa chỉ: 59 - 61 Lý Tự Trọng, phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh.\n"
          "Người dân cần mang theo giấy tờ tùy thân và hồ sơ liên quan.\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def iconv(text, target):
    """The reference encoder: glibc's iconv, as used by old Vietnamese systems."""
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", target], input=text.encode(),
                          capture_output=True, check=True).stdout


def upload(client, name, data, title="Thông báo tiếp công dân"):
    return client.post("/admin/documents/add/", {
        "title": title, "collection": Collection.get_first_root_node().id,
        "file": SimpleUploadedFile(name, data)})


def stored(title="Thông báo tiếp công dân"):
    document = Document.objects.filter(title=title).latest("id")
    with document.file.open("rb") as handle:
        return document, handle.read()


@pytest.mark.parametrize("encoding, encode", [
    ("TCVN3", lambda text: iconv(text, "TCVN5712-1")),
    ("Windows-1258", lambda text: iconv(text, "CP1258")),
    ("VNI", encode_vni),
    ("UTF-16", lambda text: text.encode("utf-16")),
])
def test_legacy_txt_upload_is_stored_as_utf8_nfc_under_its_own_name(login, encoding, encode):
    name = f"thong-bao-{encoding.lower()}.txt"
    response = upload(login("admin"), name, encode(NOTICE))
    assert response.status_code == 302
    document, data = stored()
    assert data.decode("utf-8") == NOTICE
    assert unicodedata.is_normalized("NFC", data.decode("utf-8"))
    assert document.file.name == f"documents/{name}"
    assert document.file_size == len(data)
    entry = ModelLogEntry.objects.filter(
        action="congtin.textinput.convert_upload", object_id=str(document.pk)).get()
    assert entry.data["source"] == encoding
    assert entry.data["file"] == name
    assert entry.user.username == "admin"


def test_utf8_txt_upload_is_stored_byte_for_byte_and_not_logged(login):
    upload(login("admin"), "ban-tin.txt", NOTICE.encode())
    document, data = stored()
    assert data == NOTICE.encode()
    assert not ModelLogEntry.objects.filter(
        action="congtin.textinput.convert_upload", object_id=str(document.pk)).exists()


def test_other_file_types_are_never_converted(login):
    legacy = iconv(NOTICE, "TCVN5712-1")
    upload(login("admin"), "so-lieu.csv", legacy)
    _document, data = stored()
    assert data == legacy


def vntime(text):
    """Text as Word stores a run typed in .VnTime: TCVN3 codes read as cp1252."""
    return encode_vn3(text).decode("cp1252")


def run(text, font):
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def make_docx(runs):
    body = "".join(f"<w:p>{r}</w:p>" for r in runs)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}</w:body></w:document>'),
        "word/media/image1.png": PNG,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content if isinstance(content, bytes) else content.encode())
    return out.getvalue()


def docx_parts(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_docx_runs_typed_in_vntime_vntimeh_and_vni_are_repaired(login):
    original = make_docx([
        run("Së C«ng Th\u00ad¬ng", ".VnTime"),
        run(vntime("thông báo khẩn"), ".VnTimeH"),
        run("Sôû Coâng Thöông", "VNI-Times"),
        run("Chào mừng &amp; cảm ơn", "Times New Roman"),
    ])
    response = upload(login("admin"), "cong-van-cu.docx", original)
    assert response.status_code == 302
    document, data = stored()
    assert document.file.name.endswith("cong-van-cu.docx")
    before, after = docx_parts(original), docx_parts(data)
    xml = after["word/document.xml"].decode()
    assert ">Sở Công Thương</w:t>" in xml
    assert ">THÔNG BÁO KHẨN</w:t>" in xml
    assert xml.count(">Sở Công Thương</w:t>") == 2  # the VNI run too
    assert ">Chào mừng &amp; cảm ơn</w:t>" in xml
    # Fonts, run properties and every other part stay exactly as they were.
    assert 'w:ascii=".VnTime"' in xml
    assert {k: v for k, v in before.items() if k != "word/document.xml"} == \
        {k: v for k, v in after.items() if k != "word/document.xml"}
    original_xml = before["word/document.xml"].decode()
    assert xml.replace("Sở Công Thương", "X").replace("THÔNG BÁO KHẨN", "Y") == (
        original_xml.replace("Së C«ng Th\u00ad¬ng", "X").replace("Sôû Coâng Thöông", "X")
        .replace(vntime("thông báo khẩn"), "Y"))
    entry = ModelLogEntry.objects.get(action="congtin.textinput.convert_upload",
                                      object_id=str(document.pk))
    assert entry.data["kind"] == "docx" and entry.data["changed"] == 3


@pytest.mark.parametrize("name, data, message", [
    ("anh.txt", PNG + b"\x00" * 100, "không phải văn bản"),
    ("hong.txt", ("Sở Công Thương nửa chừng ".encode() + b"\xff\xfe\x80") * 3,
     "Không đọc được tệp .txt này"),
    ("hong.docx", b"PK\x03\x04 day khong phai tep Word", "bị hỏng hoặc không phải tài liệu Word"),
    ("doi-duoi.docx", NOTICE.encode(), "không phải là tệp Word (.docx) thật"),
])
def test_unreadable_uploads_get_a_vietnamese_message_and_nothing_is_stored(
        login, name, data, message):
    count = Document.objects.count()
    response = upload(login("admin"), name, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "is not allowed" not in html  # no misleading second message under the reason
    assert Document.objects.count() == count


@pytest.mark.parametrize("build, message", [
    (archives.ratio_bomb, "nở ra gấp"),
    (archives.many_entries, "Tệp chứa quá nhiều thành phần bên trong"),
    (archives.lying_sizes, "không khớp với kích thước ghi trong tệp"),
], ids=["zip-bomb", "too-many-entries", "lying-header"])
def test_docx_that_would_unpack_too_far_is_refused_and_nothing_is_stored(login, build, message):
    count = Document.objects.count()
    response = upload(login("admin"), "bom.docx", build(make_docx([run("Sở", "Arial")])))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Document.objects.count() == count


def test_upload_over_50_mb_is_refused_with_a_message_not_an_error(login):
    count = Document.objects.count()
    response = upload(login("admin"), "qua-lon.txt", b"a" * (50 * 1024 * 1024 + 1))
    assert response.status_code == 200
    text = " ".join(response.content.decode().split())  # sizes are set with no-break spaces
    assert "Tệp này quá lớn (50,0 MB). Dung lượng tối đa là 50,0 MB." in text
    assert Document.objects.count() == count


def test_document_and_image_titles_typed_in_legacy_encodings_are_stored_as_unicode(login):
    from PIL import Image
    from wagtail.images.models import Image as WagtailImage

    client = login("admin")
    upload(client, "bieu-mau.pdf", b"%PDF-1.4\n%%EOF\n", title=f"Biểu mẫu {TCVN3_PASTE}")
    assert Document.objects.filter(title=f"Biểu mẫu {UNICODE}").exists()

    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(picture, "PNG")
    response = client.post("/admin/images/add/", {
        "title": f"Ảnh {VNI_PASTE}", "collection": Collection.get_first_root_node().id,
        "file": SimpleUploadedFile("anh-hoi-nghi.png", picture.getvalue())})
    assert response.status_code == 302
    assert WagtailImage.objects.filter(title=f"Ảnh {UNICODE}").exists()
