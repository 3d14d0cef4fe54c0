"""A visitor's walk through the portal in Chromium, and axe-core's verdict on
the pages everybody sees."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_follows_the_menu_switches_language_and_prints_an_article(page, demo_site):
    page.goto(demo_site + "/")
    expect(page.locator(".brand__name")).to_contain_text("Sở Công Thương")
    menu = page.get_by_role("navigation", name="Menu chính")
    for label in ["Giới thiệu", "Tin tức – Sự kiện", "Văn bản", "Hỏi đáp",
                  "Dịch vụ công trực tuyến", "Liên hệ", "Sơ đồ cổng"]:
        menu.get_by_role("link", name=label, exact=True).click()
        expect(page.locator("main h1").first).to_be_visible()
        assert page.title(), label
        page.go_back()

    menu.get_by_role("link", name="Giới thiệu", exact=True).click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/gioi-thieu/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Tiếng Việt").click()
    expect(page).to_have_url(re.compile(r"/gioi-thieu/$"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    page.goto(demo_site + "/tin-tuc/")
    first_article = page.locator(".article-card__title a").first
    title = first_article.inner_text()
    first_article.click()
    expect(page.locator("h1")).to_have_text(title)
    page.get_by_role("link", name="Bản in").click()
    expect(page).to_have_url(re.compile(r"/in/$"))
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".main-menu")).to_have_count(0)


def test_font_size_control_enlarges_text_and_remembers_it(page, demo_site):
    page.goto(demo_site + "/")
    before = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    after = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert after > before
    page.reload()
    again = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert again == after


def test_skip_link_moves_to_the_content(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#noi-dung$"))


def test_home_page_fits_a_phone_screen(page, demo_site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_site + "/")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1


@pytest.mark.parametrize("address", ["/", "/tin-tuc/", "ARTICLE", "/danh-ba/",
                                     "/lich-cong-tac/", "/en/gioi-thieu/co-cau-to-chuc/"])
def test_no_serious_accessibility_violations(page, demo_site, axe_violations, address):
    if address == "ARTICLE":
        page.goto(demo_site + "/tin-tuc/")
        address = page.locator(".article-card__title a").first.get_attribute("href")
    page.goto(demo_site + address)
    assert axe_violations(page) == []
