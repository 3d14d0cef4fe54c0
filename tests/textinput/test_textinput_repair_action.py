"""The "Sửa mã tiếng Việt" admin action (Đ.7.3): preview before and after,
nothing changes until the editor confirms, a draft revision and an audit-log
entry on confirm, 403 for whoever may not edit."""

import datetime

import pytest
from wagtail.blocks import StreamValue
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from congtin.content.models import ArticlePage
from congtin.content.snippets import ScheduleEntry

from .conftest import NFD, TCVN3_PASTE, UNICODE, VNI_PASTE

pytestmark = pytest.mark.django_db


@pytest.fixture
def legacy_article(django_user_model):
    """A live article whose latest draft was imported with legacy text (no
    form involved, so the input cleaning never saw it)."""
    page = ArticlePage.objects.live().filter(locale__language_code="vi").first()
    live_title = page.title
    page.title = TCVN3_PASTE
    page.summary = f"Thông báo của {VNI_PASTE}"
    page.body = StreamValue(page.body.stream_block, [
        ("heading", {"text": NFD, "level": "h2"}),
        ("paragraph", f"<p>Hội nghị của <b>{TCVN3_PASTE}</b> năm 2026</p>"),
        ("table", {"data": [["Đơn vị", "Ghi chú"], [VNI_PASTE, "đúng rồi"]],
                   "first_row_is_table_header": True, "table_caption": ""}),
    ], is_lazy=False)
    revision = page.save_revision(user=django_user_model.objects.get(username="cb_vp"))
    return page, live_title, revision


def repair_url(page):
    return f"/admin/sua-ma-tieng-viet/trang/{page.id}/"


def test_preview_lists_each_field_before_and_after_and_changes_nothing(login, legacy_article):
    page, _live_title, revision = legacy_article
    response = login("kythuat").get(repair_url(page))
    assert response.status_code == 200
    rows = [(c.label, c.before, c.after) for c in response.context["changes"]]
    assert ("Tiêu đề", TCVN3_PASTE, UNICODE) in rows
    assert ("Tóm tắt", f"Thông báo của {VNI_PASTE}", f"Thông báo của {UNICODE}") in rows
    assert ("Nội dung › Tiêu đề mục 1 › Tiêu đề", NFD, UNICODE) in rows
    assert ("Nội dung › Đoạn văn 2", f"Hội nghị của {TCVN3_PASTE} năm 2026",
            f"Hội nghị của {UNICODE} năm 2026") in rows
    assert ("Nội dung › Bảng 3 › ô dòng 2, cột 1", VNI_PASTE, UNICODE) in rows
    assert len(rows) == 5
    html = response.content.decode()
    assert "Xác nhận sửa 5 chỗ" in html and UNICODE in html
    assert Page.objects.get(id=page.id).latest_revision_id == revision.id


def test_confirm_saves_a_draft_revision_logs_it_and_leaves_the_live_page(login, legacy_article):
    page, live_title, revision = legacy_article
    client = login("kythuat")
    response = client.post(repair_url(page), {"version": str(revision.id)})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.id}/edit/"

    fresh = Page.objects.get(id=page.id).specific
    draft = fresh.get_latest_revision_as_object()
    assert fresh.latest_revision_id != revision.id
    assert draft.title == UNICODE
    assert draft.summary == f"Thông báo của {UNICODE}"
    assert draft.body[0].value["text"] == UNICODE
    assert f"<b>{UNICODE}</b>" in draft.body[1].value.source
    assert draft.body[2].value["data"][1] == [UNICODE, "đúng rồi"]
    # Saved as a draft: what the public sees waits for the approval chain.
    assert fresh.title == live_title and fresh.has_unpublished_changes

    entry = PageLogEntry.objects.get(page=page, action="congtin.vntext_repair")
    assert entry.user.username == "kythuat"
    assert entry.revision_id == fresh.latest_revision_id
    assert entry.data["count"] == 5 and "Tiêu đề" in entry.data["fields"]
    history = client.get(f"/admin/pages/{page.id}/history/").content.decode()
    assert "Sửa mã tiếng Việt" in history or "Đã sửa mã tiếng Việt" in history


def test_confirm_against_an_older_version_shows_the_new_preview_instead(login, legacy_article):
    page, _live_title, revision = legacy_article
    response = login("kythuat").post(repair_url(page), {"version": str(revision.id - 1)})
    assert response.status_code == 200
    assert "vừa được người khác sửa" in response.content.decode()
    assert Page.objects.get(id=page.id).latest_revision_id == revision.id


def test_page_without_legacy_text_says_so_and_saves_nothing(login):
    page = ArticlePage.objects.live().filter(locale__language_code="vi").last()
    client = login("kythuat")
    preview = client.get(repair_url(page))
    assert "Không có gì cần sửa" in preview.content.decode()
    before = Page.objects.get(id=page.id).latest_revision_id
    response = client.post(repair_url(page), {"version": str(before)}, follow=True)
    assert "Không có gì cần sửa" in response.content.decode()
    assert Page.objects.get(id=page.id).latest_revision_id == before
    assert not PageLogEntry.objects.filter(page=page, action="congtin.vntext_repair").exists()


@pytest.mark.parametrize("username", ["cb_vp", "dichgia"])
def test_user_who_may_not_edit_the_page_gets_403_even_with_a_forged_post(
        login, legacy_article, username):
    page, _live_title, revision = legacy_article
    client = login(username)
    refused = client.get(repair_url(page))
    assert refused.status_code == 403
    assert "Bạn không có quyền sửa trang này" in refused.content.decode()
    response = client.post(repair_url(page), {"version": str(revision.id)})
    assert response.status_code == 403
    assert Page.objects.get(id=page.id).latest_revision_id == revision.id
    assert not PageLogEntry.objects.filter(page=page, action="congtin.vntext_repair").exists()


def test_page_listing_and_header_offer_the_action_to_editors_only(login, legacy_article):
    page, _live_title, _revision = legacy_article
    url = repair_url(page)
    listing = login("kythuat").get(f"/admin/pages/{page.get_parent().id}/")
    assert url in listing.content.decode()
    edit = login("kythuat").get(f"/admin/pages/{page.id}/edit/")
    assert url in edit.content.decode()
    assert url not in login("cb_vp").get(f"/admin/pages/{page.get_parent().id}/").content.decode()


@pytest.fixture
def legacy_entry():
    """An entry typed in a legacy encoding, the day after the last one planned:
    the first in the snippet listing (newest first) whatever day the demo has."""
    last = ScheduleEntry.objects.latest("date").date
    return ScheduleEntry.objects.create(
        date=last + datetime.timedelta(days=1), content=f"Họp giao ban tại {TCVN3_PASTE}",
        location=VNI_PASTE)


def snippet_url(entry):
    return f"/admin/sua-ma-tieng-viet/content/scheduleentry/{entry.pk}/"


def test_snippet_repair_previews_then_saves_and_logs(login, legacy_entry):
    client = login("kythuat")
    preview = client.get(snippet_url(legacy_entry))
    assert preview.status_code == 200
    rows = [(c.label, c.after) for c in preview.context["changes"]]
    assert rows == [("Nội dung công việc", f"Họp giao ban tại {UNICODE}"),
                    ("Địa điểm", UNICODE)]
    legacy_entry.refresh_from_db()
    assert legacy_entry.location == VNI_PASTE

    response = client.post(snippet_url(legacy_entry), {"version": ""})
    assert response.status_code == 302
    legacy_entry.refresh_from_db()
    assert legacy_entry.content == f"Họp giao ban tại {UNICODE}"
    assert legacy_entry.location == UNICODE
    entry = ModelLogEntry.objects.get(action="congtin.vntext_repair",
                                      object_id=str(legacy_entry.pk))
    assert entry.user.username == "kythuat"
    assert entry.data["fields"] == ["Nội dung công việc", "Địa điểm"]


def test_snippet_listing_offers_the_action(login, legacy_entry):
    html = login("kythuat").get("/admin/snippets/content/scheduleentry/").content.decode()
    assert snippet_url(legacy_entry) in html


def test_user_without_change_permission_cannot_repair_a_snippet(login, legacy_entry):
    client = login("cb_vp")
    assert client.get(snippet_url(legacy_entry)).status_code == 403
    assert client.post(snippet_url(legacy_entry), {"version": ""}).status_code == 403
    legacy_entry.refresh_from_db()
    assert legacy_entry.location == VNI_PASTE


def test_repair_of_a_model_that_is_not_a_snippet_is_not_found(login):
    assert login("admin").get("/admin/sua-ma-tieng-viet/auth/user/1/").status_code == 404

