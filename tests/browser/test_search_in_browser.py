"""A visitor searches the portal from a phone, without JavaScript, and
axe-core checks the results page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="vi-VN",
                                  java_script_enabled=False, bypass_csp=True)
    yield context.new_page()
    context.close()


def test_visitor_searches_without_diacritics_on_a_phone(phone_page, demo_site):
    page = phone_page
    page.goto(demo_site + "/")
    page.get_by_role("searchbox", name="Tìm kiếm trên cổng").fill("dien mat troi")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=dien"))
    results = page.locator(".search-results li")
    expect(results.first).to_be_visible()
    expect(page.locator(".search-results mark").first).to_have_text(re.compile("điện", re.IGNORECASE))
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    title = results.first.locator("h2 a").inner_text()
    results.first.locator("h2 a").click()
    expect(page.locator("h1")).to_have_text(title)


def test_visitor_narrows_the_results_to_notices(phone_page, demo_site):
    page = phone_page
    page.goto(demo_site + "/tim-kiem/?q=hoa+chat")
    page.get_by_label("Loại").select_option(label="Thông báo")
    page.locator(".search-page-form").get_by_role("button", name="Tìm").click()
    expect(page).to_have_url(re.compile(r"loai=thong-bao"))
    expect(page.locator(".search-results li h2").first).to_contain_text("Thông báo")
    expect(page.get_by_label("Loại")).to_have_value("thong-bao")


def test_visitor_sees_a_message_for_a_query_without_words(phone_page, demo_site):
    page = phone_page
    page.goto(demo_site + "/tim-kiem/?q=%22*%28%3A")
    expect(page.get_by_role("status")).to_contain_text("ít nhất một chữ cái hoặc chữ số")


@pytest.mark.parametrize("address", ["/tim-kiem/?q=cong+thuong", "/tim-kiem/?q=zzzkhongco",
                                     "/tim-kiem/?q=!!!", "/en/tim-kiem/?q=electricity"])
def test_search_pages_have_no_serious_accessibility_violations(page, demo_site, axe_violations,
                                                                address):
    page.goto(demo_site + address)
    assert axe_violations(page) == []
