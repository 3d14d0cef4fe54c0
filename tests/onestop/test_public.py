"""The home sentence and the public statistics page."""

import re

import pytest
from django.utils import timezone

from congtin.onestop import figures
from congtin.onestop.models import MonthlyFigure

pytestmark = pytest.mark.django_db


@pytest.fixture
def known_figures():
    MonthlyFigure.objects.all().delete()
    MonthlyFigure.objects.create(year=2025, month=11, received=100, resolved=100, on_time=90)
    MonthlyFigure.objects.create(year=2026, month=1, received=400, resolved=400, on_time=400)
    MonthlyFigure.objects.create(year=2026, month=2, received=300, resolved=300, on_time=297)
    MonthlyFigure.objects.create(year=2026, month=4, received=350, resolved=340, on_time=336)


def test_home_sentence_matches_the_data(client, known_figures):
    html = client.get("/").content.decode()
    # January to April 2026: 1,033 on time of 1,040 resolved = 99.3 %.
    assert "Đến tháng 4/2026 Sở Công Thương Thành phố Hồ Chí Minh đã giải quyết 99,3 % hồ sơ đúng hạn" in html
    updated = timezone.localtime(MonthlyFigure.objects.latest("updated_at").updated_at)
    assert "Cập nhật lúc: <time datetime=" in html
    assert updated.strftime("%d/%m/%Y %H:%M") in html


def test_home_sentence_in_english(client, known_figures):
    html = client.get("/en/").content.decode()
    assert re.search(r"99[.,]3 ?%", html)  # English writes 99.3%


def test_home_says_so_when_there_is_no_data(client):
    MonthlyFigure.objects.all().delete()
    assert "Chưa có số liệu hồ sơ một cửa." in client.get("/").content.decode()


def test_percent_per_month_quarter_and_year(known_figures):
    assert figures.format_percent(figures.year_to_date(2026, 4).percent) == "99,3"
    quarters = {q.label: q.percent for q in figures.quarters()}
    assert quarters["Quý I/2026"] == 99.6  # 697 of 700
    assert quarters["Quý II/2026"] == round(100 * 336 / 340, 1)
    years = {y.label: y.percent for y in figures.years()}
    assert years["Năm 2025"] == 90.0


@pytest.mark.parametrize("url", ["/thong-ke/", "/en/thong-ke/"])
def test_statistics_page_has_chart_table_source_method_and_date(client, known_figures, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg' in html and 'role="img"' in html and "<title" in html
    assert "<th scope=\"row\">04/2026</th><td>350</td><td>340</td><td>336</td>" in html
    assert "Quý I/2026" in html and "Năm 2025" in html
    assert "<script" not in html.split("<svg")[1].split("</svg>")[0]
    assert "Hệ thống thông tin giải quyết thủ tục hành chính" in html
    assert "Tỷ lệ đúng hạn = số hồ sơ giải quyết đúng hạn" in html
    updated = timezone.localtime(MonthlyFigure.objects.latest("updated_at").updated_at)
    assert updated.strftime("%d/%m/%Y") in html
