"""Bulk import of an existing library from CSV/XLSX plus a ZIP of files:
a dry run reports each bad row by its number; a real run imports, shows its
progress and waits for a second person's approval."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from congtin.legal.models import ImportRun, LegalDocument
from tests import archives

from .conftest import docx_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

HEADER = ["Số ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành",
          "Ngày có hiệu lực", "Lĩnh vực", "Trích yếu", "Tệp"]
GOOD = [
    ["15/2018/TT-BCT", "Thông tư", "Bộ Công Thương", "Trần Tuấn Anh", "29/06/2018",
     "13/08/2018", "Thương mại", "Thông tư quy định về việc phân cấp thực hiện thủ tục",
     "15-2018-TT-BCT.pdf"],
    ["210/QĐ-SCT", "Quyết định", "Sở Công Thương Thành phố Hồ Chí Minh", "", "15/03/2019",
     "", "", "Quyết định về công tác văn thư, lưu trữ", "210.docx"],
]
BAD = [
    ["467/QD-SCT", "Quyết định", "Sở Công Thương Thành phố Hồ Chí Minh", "", "01/02/2019",
     "", "", "Ký hiệu thiếu dấu", ""],
    ["211/QĐ-SCT", "Quyết định", "Sở Công Thương Thành phố Hồ Chí Minh", "", "15/03/2019",
     "01/03/2019", "", "Hiệu lực trước ngày ban hành", ""],
    ["212/QĐ-SCT", "Quyết định", "Cơ quan không có", "", "31/02/2019", "", "", "Ngày sai", ""],
    ["210/QĐ-SCT", "Quyết định", "Sở Công Thương Thành phố Hồ Chí Minh", "", "20/03/2019",
     "", "", "Trùng dòng 3", "khong-co.pdf"],
]


def _xlsx(rows):
    book = Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("danh-sach.xlsx", out.getvalue())


def _zip():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("tep/15-2018-TT-BCT.pdf", pdf_bytes(["Thông tư 15/2018/TT-BCT"]))
        archive.writestr("210.docx", docx_bytes(["Quyết định về công tác văn thư, lưu trữ"]))
    return SimpleUploadedFile("tep.zip", out.getvalue())


def test_dry_run_lists_each_bad_row_by_number_and_changes_nothing(login):
    before = LegalDocument.objects.count()
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": _xlsx(GOOD + BAD), "bundle": _zip(), "dry_run": "on"})
    page = response.content.decode()
    assert "6 dòng, 4 dòng có lỗi" in page
    for number, reason in [(4, "Viết “QĐ”"), (5, "không thể trước ngày ban hành"),
                           (6, "chưa có trong danh mục"), (7, "Trùng số ký hiệu với dòng 3"),
                           (7, "Không thấy tệp “khong-co.pdf”")]:
        assert f"<td>{number}</td>" in page and reason in page
    assert LegalDocument.objects.count() == before


def test_real_run_imports_good_rows_with_files_and_reports_the_rest(login):
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": _xlsx(GOOD + BAD[:1]), "bundle": _zip()}, follow=True)
    page = response.content.decode()
    run = ImportRun.objects.latest("pk")
    assert run.state == ImportRun.State.FINISHED and (run.done, run.total, run.created) == (3, 3, 2)
    assert "Đã xử lý 3/3 dòng" in page and "Dòng 4:" in page
    circular = LegalDocument.objects.get(symbol="15/2018/TT-BCT")
    assert circular.state == LegalDocument.State.PENDING and not circular.deadline_tracked
    assert "thong tu 15/2018/tt-bct" in circular.search_text
    assert LegalDocument.objects.get(symbol="210/QĐ-SCT").files.get().kind == "docx"


def test_import_is_approved_by_a_second_person_only(login):
    login("vanphong").post("/admin/van-ban/nhap/", {"sheet": _xlsx(GOOD[:1])})
    run = ImportRun.objects.latest("pk")
    login("vanphong").post(f"/admin/van-ban/nhap/{run.pk}/duyet/")
    assert LegalDocument.objects.get(symbol="15/2018/TT-BCT").state == "pending"
    login("phoban").post(f"/admin/van-ban/nhap/{run.pk}/duyet/")
    assert LegalDocument.objects.get(symbol="15/2018/TT-BCT").state == "published"


def test_csv_in_legacy_tcvn3_and_with_excel_bom_is_read(login):
    from congtin.vntext import encode_vn3

    rows = [",".join(HEADER), ",".join(f'"{cell}"' for cell in GOOD[1][:-1]) + ","]
    text = "\r\n".join(rows)
    for name, data in [("tcvn3.csv", encode_vn3(text)),
                       ("excel.csv", "\ufeff".encode() + text.encode("utf-8"))]:
        response = login("vanphong").post("/admin/van-ban/nhap/", {
            "sheet": SimpleUploadedFile(name, data), "dry_run": "on"})
        assert "1 dòng, 0 dòng có lỗi" in response.content.decode(), name


def test_sheet_without_the_required_columns_is_refused(login):
    text = ";".join(HEADER)  # semicolons: one column only
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": SimpleUploadedFile("a.csv", text.encode("utf-8")), "dry_run": "on"})
    assert "Thiếu cột" in response.content.decode()


def test_sheet_that_is_not_a_spreadsheet_is_refused(login):
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": SimpleUploadedFile("a.xlsx", b"not a zip"), "dry_run": "on"})
    assert "Không đọc được tệp XLSX" in response.content.decode()


def test_xlsx_sheet_that_would_unpack_too_far_is_refused(login):
    sheet = archives.ratio_bomb(_xlsx(GOOD).read(), "xl/worksheets/sheet1.xml")
    before = LegalDocument.objects.count()
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": SimpleUploadedFile("danh-sach.xlsx", sheet), "dry_run": "on"})
    assert response.status_code == 200
    assert "nở ra gấp" in response.content.decode()
    assert LegalDocument.objects.count() == before


def test_zip_of_files_that_would_unpack_too_far_is_refused(login):
    bundle = archives.ratio_bomb(_zip().read(), "tep/15-2018-TT-BCT.pdf")
    runs = ImportRun.objects.count()
    response = login("vanphong").post("/admin/van-ban/nhap/", {
        "sheet": _xlsx(GOOD), "bundle": SimpleUploadedFile("tep.zip", bundle)})
    assert response.status_code == 200
    assert "Tệp ZIP: Tệp bị nén bất thường" in response.content.decode()
    assert ImportRun.objects.count() == runs
