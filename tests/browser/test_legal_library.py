"""The legal library and drafts for comment in Chromium: a visitor searches
with filters and follows relations; a citizen comments on a draft, the
Office moderates it and exports the summary; axe-core checks each page."""

import io
import re
import uuid

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from congtin.demo.models import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_visitor_searches_with_filters_and_follows_a_replacement(page, demo_site,
                                                                 axe_violations):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(demo_site + "/van-ban/")
    page.get_by_label("Từ khóa, số ký hiệu").fill("nghi dinh van thu")
    page.get_by_label("Loại văn bản").select_option(label="Nghị định")
    page.get_by_label("Tình trạng hiệu lực").select_option(label="Hết hiệu lực toàn bộ")
    page.get_by_role("button", name="Tìm văn bản").click()
    results = page.locator(".legal-results h2")
    expect(results).to_have_text(["09/2010/NĐ-CP", "110/2004/NĐ-CP"])
    assert axe_violations(page) == []

    page.get_by_role("link", name="110/2004/NĐ-CP").click()
    expect(page.locator("h1")).to_have_text("Nghị định 110/2004/NĐ-CP")
    status = page.locator("main p", has_text="Tình trạng hiệu lực:")
    expect(status).to_contain_text("Hết hiệu lực toàn bộ — bị thay thế bởi 30/2020/NĐ-CP")
    expect(status).to_contain_text("từ ngày 05/03/2020")
    related = page.get_by_role("region", name="Văn bản liên quan")
    expect(related).to_contain_text("Được sửa đổi, bổ sung bởi")
    assert axe_violations(page) == []

    related.get_by_role("link", name="30/2020/NĐ-CP").click()
    expect(page.locator("h1")).to_have_text("Nghị định 30/2020/NĐ-CP")
    expect(page.get_by_role("region", name="Văn bản liên quan")).to_contain_text("Thay thế")
    expect(page.locator("table.facts")).to_contain_text("Còn hiệu lực")


def test_regulation_467_page_offers_its_pdf_and_full_text(page, demo_site, axe_violations):
    page.goto(demo_site + "/van-ban/?q=467")
    page.get_by_role("link", name="467/QĐ-SCT").click()
    expect(page.locator("table.facts")).to_contain_text("10/10/2011")
    expect(page.get_by_role("region", name="Toàn văn")).to_contain_text("Điều 16")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Tải về 467-QD-SCT")).click()
    assert download.value.suggested_filename == "467-QD-SCT.pdf"
    assert axe_violations(page) == []


def test_comment_is_submitted_moderated_shown_and_exported(page, demo_site, axe_violations):
    name = f"Phạm Thị Thu {uuid.uuid4().hex[:6]}"
    page.goto(demo_site + "/du-thao/")
    page.get_by_role("link", name=re.compile("Dự thảo Quy chế quản lý, vận hành")).click()
    assert axe_violations(page) == []
    page.get_by_label("Họ và tên").fill(name)
    page.get_by_label("Thư điện tử").fill("thu.pham@example.com")
    page.get_by_label("Cơ quan, tổ chức").fill("Hợp tác xã Thương mại Quận 3")
    page.get_by_label("Điều, mục góp ý").select_option("Điều 3. Quy trình biên tập")
    page.get_by_label("Nội dung góp ý").fill("Đề nghị rút ngắn thời gian duyệt tin khẩn.")
    page.get_by_role("button", name="Gửi góp ý").click()
    expect(page.get_by_role("status")).to_contain_text("sau khi được kiểm duyệt")
    expect(page.locator("#y-kien")).not_to_contain_text(name)
    draft_url = page.url.split("#")[0]

    page.goto(demo_site + "/admin/login/")
    page.fill("input[name=username]", "vanphong")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/admin/login/"))
    page.goto(demo_site + "/admin/van-ban/du-thao/")
    page.get_by_role("link", name=re.compile("Dự thảo Quy chế quản lý, vận hành")).click()
    row = page.locator("tr", has_text=name)
    row.get_by_role("button", name="Duyệt đăng").click()
    expect(page.locator("tr", has_text=name)).to_contain_text("Đã duyệt")
    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất tổng hợp góp ý (XLSX)").click()
    sheet = load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).active
    rows = [row for row in sheet.iter_rows(values_only=True)]
    heading = next(i for i, r in enumerate(rows) if r[0] == "Điều 3. Quy trình biên tập")
    assert rows[heading + 1][1] == name

    page.context.clear_cookies()
    page.goto(draft_url)
    expect(page.locator("#y-kien").locator("..")).to_contain_text(name)
