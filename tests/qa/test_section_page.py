"""/hoi-dap/ renders as the editors' "Hỏi đáp" section page at that address:
its title and introduction (editable in the page tree), the menu marking it,
breadcrumbs through it — the app's views no longer hide the page."""

import re

import pytest
from wagtail.models import Page

from congtin.qa.models import Question, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    return Page.objects.get(slug="hoi-dap", locale__language_code="vi").specific


def breadcrumbs(html):
    return re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)


def test_the_archive_shows_the_section_title_introduction_and_menu_mark(client, section):
    html = client.get("/hoi-dap/").content.decode()
    assert f"<h1>{section.title}</h1>" in html and section.summary in html
    assert "Gửi thư điện tử đến hộp thư của Sở" in html  # the section's body
    assert re.search(r'<a href="/hoi-dap/"[^>]*aria-current="page"', html)
    # a search result page keeps the title but not the long introduction
    assert "Gửi thư điện tử đến hộp thư của Sở" not in client.get(
        "/hoi-dap/?q=dien").content.decode()


def test_inner_pages_lead_home_through_the_section(client, section):
    question = Question.objects.filter(status=Status.ANSWERED, published=True).first()
    for url, last in [(f"/hoi-dap/{question.pk}/", question.title),
                      ("/hoi-dap/gui-cau-hoi/", "Gửi câu hỏi"),
                      ("/hoi-dap/tra-cuu/", "Tra cứu tình trạng câu hỏi")]:
        html = client.get(url).content.decode()
        crumbs = breadcrumbs(html)
        assert 'href="/hoi-dap/"' in crumbs, url
        assert re.search(r'aria-current="page">' + re.escape(last), crumbs), url
        # the menu marks the section as the current place, not the current page
        assert re.search(r'<a href="/hoi-dap/"[^>]*aria-current="true"', html), url


def test_an_edit_of_the_introduction_shows_at_once(client, section):
    section.summary = "Lời giới thiệu mới của mục hỏi đáp"
    section.save_revision().publish()
    assert "Lời giới thiệu mới của mục hỏi đáp" in client.get("/hoi-dap/").content.decode()


def test_without_the_section_page_the_archive_still_answers(client, section):
    section.unpublish()
    html = client.get("/hoi-dap/").content.decode()
    assert "<h1>Hỏi đáp</h1>" in html
    assert 'aria-current="page">Hỏi đáp' in breadcrumbs(html)
