"""In Chromium: the home page's figures are real, and a page served from a
cache (not by Django) still counts through its beacon."""

import re
import time

import pytest

pytestmark = pytest.mark.browser
FRESH_UA = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0 Safari/537.36 congtin-visits-test/{}")


def number(text):
    return int(text.strip().replace(".", ""))


def test_home_shows_every_widget_with_real_figures(page, demo_site, axe_violations):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(demo_site + "/")
    visits = page.locator("section.visits-figures")
    assert visits.get_by_role("heading", name="Số lượt truy cập").is_visible()
    for name in ("online", "today", "month", "total"):
        assert re.fullmatch(r"[\d.]+", visits.locator(f'[data-figure="{name}"]').inner_text())
    # The demo's 90 days of history make the total far more than one day.
    assert number(visits.locator('[data-figure="total"]').inner_text()) > \
        number(visits.locator('[data-figure="today"]').inner_text())
    most_viewed = page.locator("section.most-viewed li")
    assert most_viewed.count() >= 1
    assert re.search(r"\d+ lượt xem", most_viewed.first.inner_text())
    sentence = page.locator(".onestop-sentence").inner_text()
    assert re.fullmatch(r"Đến tháng \d{1,2}/\d{4} Sở Công Thương .+ đã giải quyết [\d,]+ % hồ sơ "
                        r"đúng hạn \(Cập nhật lúc: \d\d/\d\d/\d{4} \d\d:\d\d\)", sentence)
    assert page.get_by_role("heading", name="Đánh giá mức độ hài lòng về cổng thông tin")
    assert axe_violations(page) == []


def test_statistics_page_shows_chart_and_table(page, demo_site, axe_violations):
    page.goto(demo_site + "/thong-ke/")
    assert page.locator("svg[role=img] title").count() >= 1
    assert page.locator("table.stats-table tbody tr").count() >= 12
    assert axe_violations(page) == []


def admin_today(browser, demo_site):
    """Today's visits as the admin dashboard shows them (never cached)."""
    context = browser.new_context()
    admin = context.new_page()
    admin.goto(demo_site + "/admin/login/")
    admin.fill("#id_username", "admin")
    admin.fill("#id_password", "congtin-demo")
    admin.click("button[type=submit]")
    admin.wait_for_url(re.compile(r"/admin/$"))
    text = admin.locator("[data-figures]").inner_text()
    context.close()
    return number(re.search(r"Hôm nay: ([\d.]+)", text).group(1))


def test_a_page_served_from_a_cache_still_counts(browser, demo_site):
    before = admin_today(browser, demo_site)
    context = browser.new_context(user_agent=FRESH_UA.format(time.time_ns()))
    page = context.new_page()
    # Django renders the article once (a plain HTTP fetch that runs no script);
    # the "cache" then serves that HTML from another address, so Django never
    # sees the page request and only the beacon can count this view.
    home = context.request.get(demo_site + "/").text()
    article_url = re.search(r'class="lead-story__title"><a href="([^"]+)"', home).group(1)
    html = context.request.get(demo_site + article_url).text()
    cached_url = demo_site + "/ban-sao-bo-nho-dem.html"
    page.route(cached_url, lambda route: route.fulfill(
        status=200, content_type="text/html; charset=utf-8", body=html))
    with page.expect_response(lambda r: "/luot-xem/" in r.url) as beacon:
        page.goto(cached_url)
    assert beacon.value.status == 204
    context.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if admin_today(browser, demo_site) > before:
            break
        time.sleep(2)
    assert admin_today(browser, demo_site) >= before + 1
