"""Acceptance of Hỏi đáp in Chromium: a citizen's question from the form to
the published answer, with the demo people (thuky1 triages, truongban assigns
to QLTM, cb_qltm drafts, phoban approves); the form without JavaScript and on
a phone; axe-core on the public pages."""

import re
import uuid

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
PASSWORD = "congtin-demo"


def login(page, base, username):
    page.context.clear_cookies()
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/admin/login/"))


def ask(page, base, title, email):
    page.goto(base + "/hoi-dap/gui-cau-hoi/")
    page.fill("#id_name", "Trịnh Văn Đạt")
    page.fill("#id_email", email)
    page.fill("#id_organisation", "Công ty TNHH Đạt Phát")
    page.select_option("#id_field", "ruou-thuoc-la")
    page.fill("#id_title", title)
    page.fill("#id_body", "Cửa hàng tiện lợi của công ty muốn bán rượu vang nhập khẩu, "
                          "xin hỏi cần giấy phép gì và nộp hồ sơ ở đâu?")


def solve_sum(page):
    label = page.locator("label[for=id_answer]").inner_text()
    first, second = map(int, re.search(r"(\d+) cộng (\d+)", label).groups())
    page.fill("#id_answer", str(first + second))


def open_question(page, base, username, code):
    login(page, base, username)
    page.goto(base + "/admin/hoi-dap/")
    page.locator("a", has_text=code).first.click()
    expect(page.locator("h1")).to_contain_text(code)


def test_a_question_from_the_form_to_the_published_answer(page, demo_site):
    base = demo_site
    title = f"Giấy phép bán lẻ rượu vang {uuid.uuid4().hex[:6]}"
    ask(page, base, title, "dat.trinh@example.com")
    expect(page.locator("[data-pow-status]")).to_contain_text("Đã kiểm tra", timeout=30_000)
    expect(page.locator("[data-sum]")).to_be_hidden()
    page.click("button:has-text('Gửi câu hỏi')")
    code = page.locator(".qa-code").inner_text()
    assert re.fullmatch(r"HD-\d{4}-\d{6}", code)

    open_question(page, base, "thuky1", code)
    page.fill("#id_edit-title", "Giấy phép bán lẻ rượu vang cho cửa hàng tiện lợi " + title[-6:])
    page.check("#id_edit-general_interest")
    page.click("button:has-text('Lưu biên tập')")
    page.click("button:has-text('Tiếp nhận, trình lãnh đạo')")
    expect(page.locator("[data-qa-status]")).to_have_text("Chờ lãnh đạo phân công")

    open_question(page, base, "truongban", code)
    page.select_option("#id_assign-leading", label="Phòng Quản lý Thương mại")
    page.click("button:has-text('Phân công')")
    expect(page.locator("[data-qa-status]")).to_have_text("Phòng chức năng đang soạn trả lời")

    open_question(page, base, "cb_qltm", code)
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.type("Thương nhân đề nghị cấp giấy phép bán lẻ rượu tại Sở Công Thương.")
    expect(editor).to_contain_text("Thương nhân đề nghị cấp giấy phép")
    # Draftail copies its state into the form field a moment after typing.
    expect(page.locator("input[name='answer-answer']")).to_have_value(
        re.compile("Sở Công Thương"))
    page.click("button:has-text('Gửi Tổ Thư ký')")
    expect(page.locator("[data-qa-status]")).to_have_text("Tổ Thư ký rà soát câu trả lời")

    open_question(page, base, "thuky1", code)
    page.click("button:has-text('Trình lãnh đạo duyệt')")
    expect(page.locator("[data-qa-status]")).to_have_text("Chờ lãnh đạo duyệt câu trả lời")

    open_question(page, base, "phoban", code)
    page.click("button:has-text('Duyệt, gửi người hỏi')")
    expect(page.locator("[data-qa-status]")).to_have_text("Đã trả lời")
    expect(page.locator(".qa-history")).to_contain_text("Lãnh đạo đã duyệt, gửi người hỏi")

    page.context.clear_cookies()
    page.goto(base + "/hoi-dap/?q=ruou vang cua hang tien loi " + title[-6:])
    page.locator("a", has_text=title[-6:]).first.click()
    body = page.locator("main")
    expect(body).to_contain_text("Thương nhân đề nghị cấp giấy phép bán lẻ rượu")
    expect(body).to_contain_text("Phòng Quản lý Thương mại")
    expect(body).not_to_contain_text("Trịnh Văn Đạt")
    expect(body).not_to_contain_text("dat.trinh@example.com")

    page.goto(base + "/hoi-dap/tra-cuu/")
    page.fill("#id_code", code)
    page.fill("#id_email", "dat.trinh@example.com")
    page.click("button:has-text('Tra cứu')")
    expect(page.locator(".qa-status__value")).to_have_text("Đã trả lời")


def test_the_form_works_without_javascript_on_a_phone(browser, demo_site, axe_violations):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375,
                                                                       "height": 740},
                                  locale="vi-VN")
    page = context.new_page()
    try:
        ask(page, demo_site, "Hỏi không cần JavaScript", "khongjs@example.com")
        expect(page.locator("[data-sum]")).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375
        solve_sum(page)
        page.click("button:has-text('Gửi câu hỏi')")
        expect(page.locator(".qa-code")).to_have_text(re.compile(r"HD-\d{4}-\d{6}"))
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/hoi-dap/", "/hoi-dap/gui-cau-hoi/", "/hoi-dap/tra-cuu/"])
def test_public_qa_pages_pass_axe(page, demo_site, axe_violations, path):
    page.goto(demo_site + path)
    assert axe_violations(page) == []


def test_a_refused_form_shows_its_reasons_accessibly(page, demo_site, axe_violations):
    ask(page, demo_site, "Thiếu phép tính", "thieu@example.com")
    expect(page.locator("[data-pow-status]")).to_contain_text("Đã kiểm tra", timeout=30_000)
    page.evaluate("document.querySelector('input[name=nonce]').value = '';"
                  "document.querySelector('#id_answer').value = '999'")
    page.click("button:has-text('Gửi câu hỏi')")
    expect(page.locator("[role=alert]")).to_contain_text("Vui lòng sửa")
    assert axe_violations(page) == []
