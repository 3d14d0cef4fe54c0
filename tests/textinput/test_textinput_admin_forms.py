"""Đ.7.3 at the admin's forms: whatever the editor types or pastes (TCVN3,
VNI, NFD) is stored as NFC Unicode."""

import pytest
from wagtail.models import Page

from congtin.content.models import ArticlePage

from .conftest import NFD, TCVN3_PASTE, UNICODE, VNI_PASTE
from .forms_data import article_form, draftail, form_with_field, table

pytestmark = pytest.mark.django_db


def an_article():
    return ArticlePage.objects.live().filter(locale__language_code="vi").first()


def test_page_editor_stores_pasted_tcvn3_and_nfd_as_unicode(login):
    page = an_article()
    client = login("kythuat")
    blocks = [
        ("heading", {"text": NFD, "level": "h2"}),
        ("paragraph", draftail(f"Hội nghị của {TCVN3_PASTE} năm 2026", bold=(13, len(TCVN3_PASTE)))),
        ("table", table([["Đơn vị", "Ghi chú"], [VNI_PASTE, NFD]], caption=TCVN3_PASTE)),
    ]
    data = article_form(page, TCVN3_PASTE + "  tổng kết", blocks, summary=NFD)
    response = client.post(f"/admin/pages/{page.id}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]

    draft = Page.objects.get(id=page.id).get_latest_revision_as_object()
    assert draft.title == UNICODE + " tổng kết"
    assert draft.summary == UNICODE
    heading, paragraph, grid = draft.body
    assert heading.value["text"] == UNICODE
    # The bold range moved with the repaired word.
    assert f">Hội nghị của <b>{UNICODE}</b> năm 2026</p>" in paragraph.value.source
    assert grid.value["data"] == [["Đơn vị", "Ghi chú"], [UNICODE, UNICODE]]
    assert grid.value["table_caption"] == UNICODE


def test_snippet_form_stores_pasted_legacy_text_as_unicode(login):
    from congtin.content.snippets import ScheduleEntry

    client = login("kythuat")
    response = client.post("/admin/snippets/content/scheduleentry/add/", {
        "date": "01/12/2026", "start_time": "08:00", "leader": "",
        "content": f"Làm việc với {TCVN3_PASTE}\r\nvề kế hoạch năm   2027",
        "location": VNI_PASTE, "participants": NFD,
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = ScheduleEntry.objects.get(location=UNICODE)
    assert entry.content == f"Làm việc với {UNICODE}\nvề kế hoạch năm 2027"
    assert entry.participants == UNICODE


def test_site_settings_form_stores_unicode(login):
    from wagtail.models import Site

    from congtin.content.models import SiteSettings

    client = login("kythuat")
    site = Site.objects.get(is_default_site=True)
    address = f"/admin/settings/content/sitesettings/{site.id}/"
    page = client.get(address)
    assert page.status_code == 200
    data = form_with_field(page.content.decode(), "department_name")
    data["department_name"] = TCVN3_PASTE + " Thµnh phè Hå ChÝ Minh"
    response = client.post(address, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.for_site(site).department_name == UNICODE + " Thành phố Hồ Chí Minh"


@pytest.mark.parametrize("posted_slug, expected_slug", [
    ("se-cng-thng", "so-cong-thuong"),  # made by the editor's script from the pasted title
    ("hoi-nghi-tong-ket", "hoi-nghi-tong-ket"),  # typed by the editor: kept
])
def test_new_page_slug_follows_the_cleaned_title(login, posted_slug, expected_slug):
    sibling = an_article()
    parent = sibling.get_parent()
    data = article_form(sibling, TCVN3_PASTE, [("paragraph", draftail("Nội dung bài viết."))])
    data["slug"] = posted_slug
    response = login("kythuat").post(
        f"/admin/pages/add/content/articlepage/{parent.id}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    created = ArticlePage.objects.child_of(parent).get(slug=expected_slug)
    assert created.title == UNICODE
