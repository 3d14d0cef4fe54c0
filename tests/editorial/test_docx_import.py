"""“Cung cấp tin từ tệp Word”: a .docx made here with a table and a picture."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from PIL import Image as PILImage

from congtin.content.models import ArticleIndexPage, ArticlePage
from tests import archives

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), (30, 110, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def make_docx(alt_text="Toàn cảnh hội nghị xúc tiến thương mại", text_extra=""):
    document = Document()
    document.add_heading("Hội nghị kết nối cung cầu hàng hóa năm nay", level=1)
    paragraph = document.add_paragraph("Hội nghị thu hút ")
    paragraph.add_run("hơn 500 doanh nghiệp").bold = True
    paragraph.add_run(" từ các tỉnh, thành phố." + text_extra)
    document.add_heading("Kết quả ký kết", level=2)
    document.add_paragraph("Hợp đồng nông sản", style="List Bullet")
    document.add_paragraph("Hợp đồng thực phẩm chế biến", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nhóm hàng", "Số hợp đồng"
    table.cell(1, 0).text, table.cell(1, 1).text = "Nông sản", "124"
    document.add_picture(io.BytesIO(png_bytes()))
    if alt_text:
        document.inline_shapes[0]._inline.docPr.set("descr", alt_text)
    document.add_paragraph(r"\[ T = \sum_{i=1}^{n} q_i p_i \]")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(client, data, **fields):
    news = ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")
    return client.post(reverse("editorial:docx_import"), {
        "file": SimpleUploadedFile("hoi-nghi.docx", data), "section": news.pk, **fields})


def test_docx_with_table_and_image_becomes_a_draft_of_my_unit(user, client):
    client.force_login(user("cb_qltm"))
    response = upload(client, make_docx())
    page = ArticlePage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    assert page.title == "Hội nghị kết nối cung cầu hàng hóa năm nay"
    assert page.providing_unit.code == "qltm" and not page.live
    kinds = [block["type"] for block in page.body.raw_data]
    assert kinds == ["paragraph", "heading", "paragraph", "table", "figure", "formula"]
    blocks = page.body.raw_data
    assert "<b>hơn 500 doanh nghiệp</b>" in blocks[0]["value"]
    assert "<li>Hợp đồng nông sản</li>" in blocks[2]["value"]
    assert blocks[3]["value"]["data"] == [["Nhóm hàng", "Số hợp đồng"], ["Nông sản", "124"]]
    assert blocks[4]["value"]["image"]["alt_text"] == "Toàn cảnh hội nghị xúc tiến thương mại"
    assert blocks[5]["value"]["latex"] == r"T = \sum_{i=1}^{n} q_i p_i"
    # The draft opens in the editor.
    assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 200


def test_image_without_alt_text_needs_one_typed_in(user, client):
    client.force_login(user("cb_qltm"))
    before = ArticlePage.objects.count()
    response = upload(client, make_docx(alt_text=""))
    assert response.status_code == 200
    assert "chưa có lời mô tả" in response.content.decode()
    assert ArticlePage.objects.count() == before
    response = upload(client, make_docx(alt_text=""), alt_texts="Quang cảnh gian hàng nông sản")
    page = ArticlePage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    figure = [b for b in page.body.raw_data if b["type"] == "figure"][0]
    assert figure["value"]["image"]["alt_text"] == "Quang cảnh gian hàng nông sản"


@pytest.mark.parametrize("data, name", [
    (b"PK\x03\x04 not really a zip", "hong.docx"),
    (b"%PDF-1.4 a pdf pretending", "gia.docx"),
    (b"plain text", "ghi-chu.txt"),
])
def test_malformed_or_wrong_files_are_refused_with_a_message(data, name, user, client):
    client.force_login(user("cb_qltm"))
    news = ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")
    before = ArticlePage.objects.count()
    response = client.post(reverse("editorial:docx_import"), {
        "file": SimpleUploadedFile(name, data), "section": news.pk})
    assert response.status_code == 200
    assert "Word" in response.content.decode() or ".docx" in response.content.decode()
    assert ArticlePage.objects.count() == before


def test_legacy_vni_text_in_a_docx_is_repaired(user, client):
    client.force_login(user("cb_qltm"))
    response = upload(client, make_docx(text_extra=" Hoäi nghò keát thuùc toát ñeïp."))
    page = ArticlePage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    assert "Hội nghị kết thúc tốt đẹp." in page.body.raw_data[0]["value"]


def test_docx_import_keeps_a_single_unit_even_when_a_post_names_another(user, client):
    from congtin.org.models import Unit

    client.force_login(user("cb_qltm"))
    response = upload(client, make_docx(), unit=Unit.objects.get(code="qlcn").pk)
    page = ArticlePage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    assert page.providing_unit.code == "qltm"


def test_docx_import_lets_a_person_in_several_units_choose_among_them(user, client):
    from congtin.org.models import Unit

    author = user("cb_qltm")
    author.person.concurrent_units.add(Unit.objects.get(code="qlcn"))
    client.force_login(author)
    html = client.get(reverse("editorial:docx_import")).content.decode()
    assert Unit.objects.get(code="qlcn").name in html and "Đơn vị cung cấp tin" in html
    response = upload(client, make_docx(), unit=Unit.objects.get(code="qlcn").pk)
    page = ArticlePage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    assert page.providing_unit.code == "qlcn"
    before = ArticlePage.objects.count()
    response = upload(client, make_docx(), unit=Unit.objects.get(code="tccb").pk)
    assert response.status_code == 200 and ArticlePage.objects.count() == before


def refused(response, message):
    """The form came back (not a 500) with `message` under the file field."""
    assert response.status_code == 200
    html = " ".join(response.content.decode().split())
    assert message in html
    return html


@pytest.mark.parametrize("build, message", [
    (archives.ratio_bomb, "Tệp bị nén bất thường: phần “word/document.xml” nở ra gấp"),
    (archives.spread_bomb, "Tệp khi giải nén quá lớn (58,0 MB; tối đa 50,0 MB)"),
    (archives.many_entries, "Tệp chứa quá nhiều thành phần bên trong"),
    (archives.lying_sizes, "nội dung phần “word/document.xml” không khớp với kích thước ghi"),
], ids=["zip-bomb", "fifty-megabytes-in-small-parts", "too-many-entries", "lying-header"])
def test_word_file_that_would_unpack_too_far_is_refused_and_nothing_is_created(
        build, message, user, client):
    from wagtail.images import get_image_model

    client.force_login(user("cb_qltm"))
    pages, images = ArticlePage.objects.count(), get_image_model().objects.count()
    data = build(make_docx())
    assert len(data) < 200 * 1024  # a small upload
    refused(upload(client, data), message)
    assert ArticlePage.objects.count() == pages
    assert get_image_model().objects.count() == images
