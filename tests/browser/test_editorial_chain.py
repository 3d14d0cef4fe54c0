"""The acceptance walk of the Đ.7.1 chain in Chromium, with the demo people:
two units provide items from Word files, board members vouch for their own
unit only, the secretariat batches them, the Deputy approves under the Head's
delegation, the technical department changes the layout and publishes; a text
edit after approval sends an item back to the Head with the diff."""

import io
import re

import pytest
from docx import Document
from PIL import Image as PILImage
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


def word_file(tmp_path, title, sentence):
    document = Document()
    document.add_heading(title, level=1)
    document.add_paragraph(sentence)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Giá trị"
    table.cell(1, 0).text, table.cell(1, 1).text = "Sản lượng", "1.250 tấn"
    image = io.BytesIO()
    PILImage.new("RGB", (160, 90), (200, 80, 40)).save(image, "PNG")
    document.add_picture(image)
    document.inline_shapes[0]._inline.docPr.set("descr", "Dây chuyền sản xuất tại nhà máy")
    document.add_paragraph(r"\[ H = \frac{Q_{tt}}{Q_{tk}} \cdot 100\% \]")
    path = tmp_path / "tin.docx"
    document.save(path)
    return path


def provide_and_submit(page, base, tmp_path, username, title, sentence):
    """The contributor imports the Word file, then submits the draft."""
    login(page, base, username)
    page.goto(base + "/admin/bien-tap/nhap-tu-word/")
    page.set_input_files("input[name=file]", word_file(tmp_path, title, sentence))
    page.select_option("select[name=section]", label="Tin tức – Sự kiện")
    page.click("button:has-text('Tạo bản nháp')")
    expect(page.locator("body")).to_contain_text("Đã tạo bản nháp")
    page_id = re.search(r"/admin/pages/(\d+)/edit/", page.url)[1]
    page.locator("footer").get_by_role("button", name="Thao tác khác").click()
    with page.expect_navigation():
        page.click("button[name=action-submit]")
    page.goto(item_url(base, page_id))
    expect(current_step(page)).to_have_text("Bước 1 – Thành viên BBT của đơn vị")
    return page_id


def current_step(page):
    """The step the item's chain page names as current."""
    return page.locator("main p strong").first


def item_url(base, page_id):
    return f"{base}/admin/bien-tap/tin/{page_id}/"


def forge_post(page, url):
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return page.request.post(url, form={"csrfmiddlewaretoken": token, "comment": "giả mạo"},
                             headers={"X-CSRFToken": token, "Referer": url})


def test_chain_from_word_files_to_the_public_site(page, demo_site, tmp_path, axe_violations):
    base = demo_site
    title = "Doanh nghiệp cơ khí đạt chuẩn công nghiệp hỗ trợ"
    qlcn_id = provide_and_submit(page, base, tmp_path, "cb_qlcn", title,
                                 "Mười hai doanh nghiệp cơ khí được công nhận đạt chuẩn.")

    # tv_qltm is a board member, but of another unit: nothing offered, forgery refused.
    login(page, base, "tv_qltm")
    page.goto(base + "/admin/")
    expect(page.locator("main")).not_to_contain_text(title)  # not in his queues
    page.goto(item_url(base, qlcn_id))
    expect(page.locator("main")).not_to_contain_text(title)
    forge_post(page, item_url(base, qlcn_id) + "approve/")

    login(page, base, "tv_qlcn")
    page.goto(item_url(base, qlcn_id))
    expect(current_step(page)).to_have_text("Bước 1 – Thành viên BBT của đơn vị")
    page.click("button:has-text('Duyệt và chịu trách nhiệm nội dung')")
    expect(current_step(page)).to_have_text("Bước 2 – Tổ Thư ký")

    other_title = "Siêu thị mở thêm điểm bán hàng bình ổn giá"
    qltm_id = provide_and_submit(page, base, tmp_path, "cb_qltm", other_title,
                                 "Bốn điểm bán mới phục vụ công nhân khu chế xuất.")
    login(page, base, "tv_qltm")
    page.goto(item_url(base, qltm_id))
    page.click("button:has-text('Duyệt và chịu trách nhiệm nội dung')")

    login(page, base, "thuky1")
    page.goto(base + "/admin/bien-tap/danh-sach/")
    page.check(f"input[name=items][value='{qlcn_id}']")
    page.check(f"input[name=items][value='{qltm_id}']")
    page.fill("textarea[name=note]", "Tin công nghiệp và thương mại trong tuần")
    page.click("button:has-text('Lập danh sách trình duyệt')")
    page.click("button:has-text('Trình Trưởng ban / Phó ban')")
    expect(page.locator("body")).to_contain_text("Đã trình")
    batch_url = page.url
    assert axe_violations(page) == []

    login(page, base, "phoban")
    page.goto(batch_url)
    page.click("button:has-text('Phê duyệt cả danh sách')")
    expect(page.locator("body")).to_contain_text("Đã phê duyệt 2 tin")

    login(page, base, "kythuat")
    page.goto(f"{base}/admin/pages/{qlcn_id}/edit/")
    page.select_option("select[name$='-value-layout']", "right")
    page.click("button[name=action-save-draft], button:has-text('Lưu bản nháp')")
    expect(page.locator("body")).to_contain_text("Đã cập nhật trang")
    page.goto(item_url(base, qlcn_id))
    expect(current_step(page)).to_have_text("Bước 4 – Phòng KT-AT-MT đăng tin")
    assert axe_violations(page) == []
    page.click("button:has-text('Đăng tin')")

    page.context.clear_cookies()
    page.goto(base + "/tin-tuc/")
    page.click(f"text={title}")
    expect(page.locator("main")).to_contain_text("1.250 tấn")
    expect(page.locator("main img[alt='Dây chuyền sản xuất tại nhà máy']")).to_have_count(1)
    expect(page.locator("main figure.figure--right")).to_have_count(1)  # kythuat's layout
    expect(page.locator("main math")).to_have_count(1)


def test_text_edited_after_approval_goes_back_to_the_head_with_the_diff(page, demo_site,
                                                                        axe_violations):
    base = demo_site
    login(page, base, "kythuat")
    page.goto(base + "/admin/bien-tap/")
    page.click("text=Kết quả thực hiện tiết kiệm điện tại các công sở")
    page_id = re.search(r"/tin/(\d+)/", page.url)[1]
    page.goto(f"{base}/admin/pages/{page_id}/edit/")
    summary = page.locator("textarea[name=summary]")
    summary.fill(summary.input_value() + " Riêng khối trường học giảm 12%.")
    page.click("button[name=action-save-draft], button:has-text('Lưu bản nháp')")
    expect(page.locator("body")).to_contain_text("Đã cập nhật trang")
    page.goto(item_url(base, page_id))
    page.click("button:has-text('Đăng tin')")
    expect(current_step(page)).to_have_text("Bước 3 – Trưởng ban / Phó ban")

    login(page, base, "truongban")
    page.goto(item_url(base, page_id))
    diff = page.locator(".editorial-diff")
    expect(diff.locator("ins")).to_contain_text("Riêng khối trường học giảm 12%.")
    # Word by word: the approved summary stays plain text, only the words
    # added are marked, and nothing was deleted.
    expect(diff.locator("del")).to_have_count(0)
    expect(diff.locator("ins")).to_have_count(1)
    assert axe_violations(page) == []  # the marks' colours included


def test_absence_with_a_stand_in_lacking_standing_is_refused_on_a_phone(page, demo_site,
                                                                       axe_violations):
    base = demo_site
    page.set_viewport_size({"width": 375, "height": 800})
    login(page, base, "tv_qlcn")
    page.goto(base + "/admin/bien-tap/vang-mat/")
    page.select_option("select[name=absence-stand_in]", label="Dương Thị Thanh Tuyền")
    page.fill("input[name=absence-start_date]", "2027-03-01")
    page.fill("input[name=absence-end_date]", "2027-03-05")
    page.click("button:has-text('Ghi nhận vắng mặt')")
    expect(page.get_by_role("alert").first).to_contain_text("không đủ tư cách")
    assert axe_violations(page) == []
    page.select_option("select[name=absence-stand_in]", label="Phùng Thị Mỹ Linh")
    page.click("button:has-text('Ghi nhận vắng mặt')")
    expect(page.locator("main")).to_contain_text("Trịnh Quang Vinh vắng, Phùng Thị Mỹ Linh thay")
    assert axe_violations(page) == []
