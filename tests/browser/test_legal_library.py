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
    page.goto(demo_site + "/admin/du-thao/")
    page.locator("tr", has_text="Dự thảo Quy chế quản lý, vận hành").get_by_role(
        "link", name=re.compile("chờ kiểm duyệt")).click()
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


ADMIN_SCREENS = [
    ("danh sách văn bản", "/admin/van-ban/"),
    ("văn bản chờ duyệt", "/admin/van-ban/?trang_thai=pending"),
    ("thêm văn bản", "/admin/van-ban/them/"),
    ("nhập hàng loạt", "/admin/van-ban/nhap/"),
    ("trễ hạn đăng tải", "/admin/van-ban/tre-han/"),
    ("tệp cần xử lý", "/admin/van-ban/tep-can-xu-ly/"),
    ("danh sách dự thảo", "/admin/du-thao/"),
    ("lọc dự thảo", "/admin/du-thao/?stage=da_dong"),
    ("thêm dự thảo", "/admin/du-thao/new/"),
]


def test_the_offices_admin_screens_pass_axe(page, demo_site, axe_violations):
    """List, edit (with files, relations and the chain's actions), import,
    drafts and comment moderation: no serious or critical axe violation."""
    page.goto(demo_site + "/admin/login/")
    page.fill("input[name=username]", "vanphong")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/admin/login/"))
    found = {}
    for name, address in ADMIN_SCREENS:
        page.goto(demo_site + address)
        found[name] = axe_violations(page)
    page.goto(demo_site + "/admin/van-ban/")
    page.get_by_role("link", name="467/QĐ-SCT", exact=True).click()
    expect(page.locator("h1")).to_contain_text("467/QĐ-SCT")
    found["sửa văn bản"] = axe_violations(page)
    page.goto(demo_site + "/admin/du-thao/")
    page.get_by_role("link", name=re.compile("chờ kiểm duyệt")).first.click()
    expect(page.get_by_role("link", name="Xuất tổng hợp góp ý (XLSX)")).to_be_visible()
    found["kiểm duyệt góp ý"] = axe_violations(page)
    page.goto(demo_site + "/admin/du-thao/")
    page.locator("td a").first.click()
    found["sửa dự thảo"] = axe_violations(page)
    # Wagtail's own filter button shows the number of active filters ("1")
    # next to its aria-label "Hiện bộ lọc": axe's label-in-name rule flags it
    # on every filtered admin listing. Not ours to change here; reported.
    stock = {"id": "label-content-name-mismatch", "nodes": [[".w-dropdown__toggle"]]}
    found["lọc dự thảo"] = [v for v in found["lọc dự thảo"]
                            if {k: v[k] for k in stock} != stock]
    assert {name: v for name, v in found.items() if v} == {}
