"""“Cung cấp tin từ tệp Word”: a .docx made here with a table and a picture.

The form checks the file; the task worker (run at once in the tests) converts
it within its limits; the contributor's job page then opens the draft, or
says why there is none."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from PIL import Image as PILImage

from congtin.content.models import ArticleIndexPage, ArticlePage
from congtin.editorial.jobs import convert_docx
from congtin.editorial.models import DocxImportJob
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


def job_page(client, response):
    """The page the contributor is sent to after sending a file."""
    assert response.status_code == 302 and "/nhap-tu-word/" in response.url
    return client.get(response.url)


def draft(client, response):
    """The draft the job page opens in the editor."""
    opened = job_page(client, response)
    assert opened.status_code == 302, opened.content.decode()[-2000:]
    return ArticlePage.objects.get(pk=opened.url.rstrip("/").split("/")[-2])


def test_docx_with_table_and_image_becomes_a_draft_of_my_unit(user, client):
    client.force_login(user("cb_qltm"))
    page = draft(client, upload(client, make_docx()))
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
    response = job_page(client, upload(client, make_docx(alt_text=""), title="Hội chợ"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 hình ảnh trong tệp chưa có lời mô tả" in html
    assert 'value="Hội chợ"' in html  # the form again, as it was filled in
    assert ArticlePage.objects.count() == before
    response = upload(client, make_docx(alt_text=""), alt_texts="Quang cảnh gian hàng nông sản")
    page = draft(client, response)
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
    page = draft(client, upload(client, make_docx(text_extra=" Hoäi nghò keát thuùc toát ñeïp.")))
    assert "Hội nghị kết thúc tốt đẹp." in page.body.raw_data[0]["value"]


def test_docx_import_keeps_a_single_unit_even_when_a_post_names_another(user, client):
    from congtin.org.models import Unit

    client.force_login(user("cb_qltm"))
    page = draft(client, upload(client, make_docx(), unit=Unit.objects.get(code="qlcn").pk))
    assert page.providing_unit.code == "qltm"


def test_docx_import_lets_a_person_in_several_units_choose_among_them(user, client):
    from congtin.org.models import Unit

    author = user("cb_qltm")
    author.person.concurrent_units.add(Unit.objects.get(code="qlcn"))
    client.force_login(author)
    html = client.get(reverse("editorial:docx_import")).content.decode()
    assert Unit.objects.get(code="qlcn").name in html and "Đơn vị cung cấp tin" in html
    page = draft(client, upload(client, make_docx(), unit=Unit.objects.get(code="qlcn").pk))
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
    jobs = DocxImportJob.objects.count()
    data = build(make_docx())
    assert len(data) < 200 * 1024  # a small upload
    refused(upload(client, data), message)
    assert ArticlePage.objects.count() == pages
    assert get_image_model().objects.count() == images
    assert DocxImportJob.objects.count() == jobs  # the file was not kept either


def test_contributor_sees_the_conversion_in_progress_then_the_draft(user, client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.force_login(user("cb_qltm"))
    sent = upload(client, make_docx())
    waiting = job_page(client, sent)
    html = " ".join(waiting.content.decode().split())
    assert waiting.status_code == 200
    assert "Đang chờ chuyển đổi…" in html and "hoi-nghi.docx" in html
    assert '<meta http-equiv="refresh"' in html  # the page reloads itself
    job = DocxImportJob.objects.latest("pk")
    DocxImportJob.objects.filter(pk=job.pk).update(state=DocxImportJob.State.RUNNING)
    assert "Đang chuyển đổi…" in client.get(sent.url).content.decode()
    DocxImportJob.objects.filter(pk=job.pk).update(state=DocxImportJob.State.WAITING)
    convert_docx.call(job.pk)  # what the task worker does
    page = draft(client, sent)
    assert page.title == "Hội nghị kết nối cung cầu hàng hóa năm nay"
    job.refresh_from_db()
    assert job.state == DocxImportJob.State.DONE and job.page_id == page.pk
    assert not job.file  # the Word file is not kept once its draft exists


def many_paragraphs(count=60_000):
    """A .docx whose document.xml (3 MB of short numbered paragraphs, packed no
    more than ordinary text) takes ~190 MB and ~11 s of CPU to convert."""
    paragraphs = "".join(f"<w:p><w:r><w:t>Đoạn thứ {number}</w:t></w:r></w:p>"
                         for number in range(count))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
           f'xmlns:w="{archives.W}"><w:body>{paragraphs}</w:body></w:document>').encode()
    return archives._rebuilt(make_docx(), {"word/document.xml": xml})


@pytest.mark.parametrize("limit, value, message", [
    # 100 MB: twice what the child needs to start, half what this file needs.
    ("EDITORIAL_DOCX_MEMORY_MB", 100, "chuyển đổi nó cần hơn 100 MB bộ nhớ nên đã dừng"),
    ("EDITORIAL_DOCX_CPU_SECONDS", 1, "Chuyển đổi tệp Word này quá 1 giây nên đã dừng"),
], ids=["memory", "time"])
def test_conversion_past_its_limit_stops_with_a_message_and_creates_nothing(
        limit, value, message, user, client, settings):
    from wagtail.images import get_image_model

    setattr(settings, limit, value)
    client.force_login(user("cb_qltm"))
    pages, images = ArticlePage.objects.count(), get_image_model().objects.count()
    response = job_page(client, upload(client, many_paragraphs()))
    assert response.status_code == 200
    html = " ".join(response.content.decode().split())
    assert "Không tạo được bản nháp từ tệp “hoi-nghi.docx”" in html and message in html
    assert "Tạo bản nháp" in html  # the form, to try again
    assert ArticlePage.objects.count() == pages
    assert get_image_model().objects.count() == images
    assert not DocxImportJob.objects.latest("pk").file


def test_a_job_page_is_only_for_the_person_who_sent_the_file(user, client):
    client.force_login(user("cb_qltm"))
    sent = upload(client, make_docx())
    client.force_login(user("cb_qlcn"))
    assert client.get(sent.url).status_code == 404
