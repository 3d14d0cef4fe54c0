"""In Chromium: the home page's figures are real, and a page replayed by the
page cache still counts (the middleware counts the page's own request)."""

import re
import time
import urllib.request

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


def reader_opens(browser, url, reader):
    """A new reader (its own browser and User-Agent) opens the page; returns
    where the page came from (X-Page-Cache: MISS rendered, HIT replayed)."""
    context = browser.new_context(user_agent=FRESH_UA.format(f"{reader}-{time.time_ns()}"))
    response = context.new_page().goto(url)
    assert response.status == 200
    source = response.headers.get("x-page-cache")
    context.close()
    return source


def today_after_flush(browser, demo_site, at_least):
    """Today's visits once the waiting views are written (a flush interval is
    5 s by default), and no longer changing."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and admin_today(browser, demo_site) < at_least:
        time.sleep(1)
    time.sleep(6)  # whatever else waited in a buffer is written by now
    return admin_today(browser, demo_site)


def fill_page_cache(url):
    """Fetch the page as a robot (not counted) often enough for every gunicorn
    worker to hold it in its page cache."""
    for _ in range(6):
        urllib.request.urlopen(url, timeout=30).read()


def test_a_page_served_from_the_page_cache_still_counts(browser, demo_site):
    home = urllib.request.urlopen(demo_site + "/", timeout=30).read().decode()
    article = demo_site + re.search(r'class="lead-story__title"><a href="([^"]+)"',
                                    home).group(1)
    settled = today_after_flush(browser, demo_site, 0)
    # A new reader gets the page replayed by Django's page cache (no template,
    # no database). Counted figures start a new cache generation within a
    # minute, so the reader may meet a fresh render; then another one tries.
    sources = []
    while "HIT" not in sources and len(sources) < 4:
        fill_page_cache(article)
        sources.append(reader_opens(browser, article, f"reader{len(sources)}"))
    assert "HIT" in sources
    readers = len(sources)
    assert today_after_flush(browser, demo_site, settled + readers) == settled + readers
