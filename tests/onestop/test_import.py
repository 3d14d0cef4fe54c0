"""Importing monthly figures from CSV/XLSX in the admin, with a dry run."""

import io

import pytest
from openpyxl import Workbook

from congtin.onestop.models import MonthlyFigure
from congtin.vntext import encode_vni
from tests import archives

pytestmark = pytest.mark.django_db
URL = "/admin/mot-cua-nhap/"

CSV = (
    "Năm,Tháng,Tiếp nhận,Đã giải quyết,Đúng hạn\n"
    "2019,1,500,480,470\n"
    "2019,13,500,480,470\n"          # row 3: month 13
    "2019,2,500,480,490\n"           # row 4: on time > resolved
    "2019,3,năm trăm,480,470\n"      # row 5: not a number
    "2019,1,1,1,1\n"                 # row 6: same month as row 2
    "2019,4,1.200,1.150,1.100\n"     # row 7: Vietnamese digit grouping
)


@pytest.fixture
def secretary(settings, client, demo_user):
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user("thuky1"))
    return client


def upload(client, name, data, save=False):
    button = {"save": "1"} if save else {"dry_run": "1"}
    return client.post(URL, {"file": _file(name, data), **button})


def _file(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def test_dry_run_lists_each_bad_row_by_number_and_saves_nothing(secretary):
    MonthlyFigure.objects.filter(year=2019).delete()
    response = secretary.post(URL, {"file": _file("so-lieu.csv", CSV.encode()), "dry_run": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    for number in (3, 4, 5, 6):
        assert f'data-bad-row="{number}"' in html
    assert 'data-bad-row="2"' not in html and 'data-bad-row="7"' not in html
    assert "tháng phải từ 1 đến 12" in html
    assert "trùng tháng với dòng 2" in html
    assert "Hợp lệ: 2 dòng (chưa lưu)" in html
    assert not MonthlyFigure.objects.filter(year=2019).exists()


def test_saving_keeps_the_good_rows(secretary):
    MonthlyFigure.objects.filter(year=2019).delete()
    response = secretary.post(URL, {"file": _file("so-lieu.csv", CSV.encode()), "save": "1"})
    assert "Đã lưu: 2 dòng" in response.content.decode()
    april = MonthlyFigure.objects.get(year=2019, month=4)
    assert (april.received, april.resolved, april.on_time) == (1200, 1150, 1100)
    assert MonthlyFigure.objects.filter(year=2019).count() == 2


def test_legacy_vni_headings_and_semicolons_are_read(secretary):
    MonthlyFigure.objects.filter(year=2018).delete()
    text = "Năm;Tháng;Tiếp nhận;Đã giải quyết;Đúng hạn\n2018;5;10;9;9\n"
    response = secretary.post(URL, {"file": _file("cu.csv", encode_vni(text)), "save": "1"})
    assert "Đã lưu: 1 dòng" in response.content.decode()
    assert MonthlyFigure.objects.filter(year=2018, month=5).exists()


def test_xlsx_is_imported(secretary):
    MonthlyFigure.objects.filter(year=2017).delete()
    book = Workbook()
    sheet = book.active
    sheet.append(["Năm", "Tháng", "Tiếp nhận", "Đã giải quyết", "Đúng hạn"])
    sheet.append([2017, 12, 300, 300, 300])
    sheet.append([2017, 11, 300, 299.5, 200])
    data = io.BytesIO()
    book.save(data)
    response = secretary.post(URL, {"file": _file("so-lieu.xlsx", data.getvalue()), "save": "1"})
    html = response.content.decode()
    assert 'data-bad-row="3"' in html
    assert MonthlyFigure.objects.get(year=2017, month=12).on_time == 300


@pytest.mark.parametrize("name,data,message", [
    ("hong.xlsx", b"PK\x03\x04 not really a zip", "Không mở được tệp XLSX"),
    ("anh.png", b"\x89PNG\r\n", "Chỉ nhận tệp .csv hoặc .xlsx."),
    ("trong.csv", b"a,b\n1,2\n", "Dòng tiêu đề phải có các cột"),
    ("nhi-phan.csv", b"\x00\x01\x02\x03" * 100, "Không đọc được tệp CSV"),
])
def test_bad_files_get_a_clear_message(secretary, name, data, message):
    response = secretary.post(URL, {"file": _file(name, data), "dry_run": "1"})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_xlsx_that_would_unpack_too_far_is_refused_and_nothing_saved(secretary):
    book = Workbook()
    book.active.append(["Năm", "Tháng", "Tiếp nhận", "Đã giải quyết", "Đúng hạn"])
    book.active.append([2016, 1, 10, 9, 9])
    data = io.BytesIO()
    book.save(data)
    bomb = archives.ratio_bomb(data.getvalue(), "xl/worksheets/sheet1.xml")
    response = secretary.post(URL, {"file": _file("so-lieu.xlsx", bomb), "save": "1"})
    assert response.status_code == 200
    assert "nở ra gấp" in response.content.decode()
    assert not MonthlyFigure.objects.filter(year=2016).exists()


def test_contributor_cannot_import_even_by_a_forged_post(settings, client, demo_user):
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user("cb_qltm"))
    MonthlyFigure.objects.filter(year=2019).delete()
    response = client.post(URL, {"file": _file("so-lieu.csv", CSV.encode()), "save": "1"})
    assert response.status_code in (302, 403)
    assert not MonthlyFigure.objects.filter(year=2019).exists()


def test_contributor_cannot_open_the_figures_list(settings, client, demo_user):
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user("cb_qltm"))
    assert client.get("/admin/mot-cua/").status_code in (302, 403)


def test_secretary_sees_the_figures_list(secretary):
    response = secretary.get("/admin/mot-cua/")
    assert response.status_code == 200
    assert "Tỷ lệ đúng hạn (%)" in response.content.decode()
