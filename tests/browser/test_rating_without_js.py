"""A reader rates an article with JavaScript switched off, on a phone."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_rating_an_article_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN",
                                  viewport={"width": 390, "height": 844},
                                  user_agent="Mozilla/5.0 (Linux; Android 14) rating-test")
    page = context.new_page()
    page.goto(demo_site + "/")
    page.locator(".lead-story__title a").click()
    block = page.locator("section.article-rating")
    block.get_by_label("Hài lòng", exact=True).check()
    block.get_by_role("button", name="Tiếp tục").click()
    expect(page.get_by_role("heading", level=1, name="Đánh giá mức độ hài lòng")).to_be_visible()
    form = page.locator("form[method=post]")
    assert form.get_by_label("Hài lòng", exact=True).is_checked()
    form.get_by_label("Góp ý (không bắt buộc)").fill("Bài viết rõ ràng, dễ hiểu.")
    form.get_by_role("button", name="Gửi đánh giá").click()
    expect(page).to_have_url(re.compile(r"\?da-danh-gia=\d+#danh-gia-\d+$"))
    # Auto-waiting: the URL changes before the new document is parsed.
    expect(page.locator("section.article-rating .rating-thanks")).to_be_visible()
    context.close()


def test_confirmation_page_passes_axe(page, demo_site, axe_violations):
    page.goto(demo_site + "/danh-gia/?page=&score=5&next=/")
    assert page.locator("input[name=csrfmiddlewaretoken]").count() == 1
    assert axe_violations(page) == []
