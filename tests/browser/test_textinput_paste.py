"""Đ.7.3 in a real browser: an editor pastes a title copied from an old
.VnTime document into Wagtail's page editor and the saved draft reads as
Unicode Vietnamese."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# "Sở Công Thương" as copied from a .VnTime document: TCVN3 bytes read as
# Windows-1252, with TCVN3's "ư" arriving as a soft hyphen.
PASTED = "Së C«ng Th\u00ad¬ng"


def log_in(page, base, username):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "congtin-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def test_title_pasted_from_a_vntime_document_is_saved_as_unicode(page, demo_site):
    log_in(page, demo_site, "kythuat")
    page.goto(demo_site + "/tin-tuc/")
    href = page.locator(".article-card__title a").first.get_attribute("href")
    slug = href.rstrip("/").rsplit("/", 1)[-1]
    found = page.request.get(f"{demo_site}/admin/api/main/pages/?slug={slug}").json()
    page_id = found["items"][0]["id"]

    page.goto(f"{demo_site}/admin/pages/{page_id}/edit/")
    title = page.locator("#id_title")
    title.fill("")
    title.focus()
    page.keyboard.insert_text(PASTED)  # one insertion, as a paste delivers it
    expect(title).to_have_value(PASTED)
    page.get_by_role("button", name="Lưu bản nháp", exact=True).click()

    page.wait_for_url(re.compile(rf"/admin/pages/{page_id}/edit/$"))
    expect(page.locator("#id_title")).to_have_value("Sở Công Thương")
    history = page.request.get(f"{demo_site}/admin/pages/{page_id}/history/").text()
    assert "Sở Công Thương" in history
