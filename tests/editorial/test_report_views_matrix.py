"""Role × view: Wagtail's reports, logs and histories, and ours, never show
another unit's draft, its pending changes or its reviewers' words to a
contributor or a unit's board member (Wagtail issue #9214; Đ.9.1.d–e)."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, Workflow

from congtin.content.models import ArticleIndexPage
from congtin.editorial import services

pytestmark = pytest.mark.django_db

TITLE_AT_STEP = "Đề án hạ tầng cụm công nghiệp chưa công bố"
TITLE_REJECTED = "Báo cáo năng lực sản xuất chưa công bố"
REASON = "Số liệu sản lượng quý ba chưa được lãnh đạo phòng xác nhận"
TITLE_LOCKED = "Kế hoạch kiểm tra an toàn điện chưa công bố"
TITLE_PENDING = "Bản sửa đổi chưa duyệt của tin đã đăng"
REASON_PUBLISHED = "Đề nghị bỏ tên doanh nghiệp đang bị thanh tra khỏi bài"
SECRETS = [TITLE_AT_STEP, TITLE_REJECTED, REASON, TITLE_LOCKED, TITLE_PENDING, REASON_PUBLISHED]

# Outside the QLCN unit and not above the units: must see none of it.
OUTSIDERS = ["cb_qltm", "tv_qltm", "ctv1", "vanphong", "cb_tccb", "tv_tccb", "dichgia"]
# Positive controls: the unit's own people and those above the units.
INSIDERS = ["cb_qlcn", "tv_qlcn", "thuky1", "truongban", "phoban", "kythuat", "admin"]


@pytest.fixture
def qlcn_items(make_item, advance, user):
    at_step = advance(make_item(title=TITLE_AT_STEP), "unit")
    rejected = advance(make_item(title=TITLE_REJECTED), "unit")
    services.act(rejected, user("tv_qlcn"), "reject", REASON)
    locked = make_item(title=TITLE_LOCKED)
    locked.locked, locked.locked_by, locked.locked_at = True, user("cb_qlcn"), timezone.now()
    locked.save()
    live = make_item(title="Tin đã đăng của Phòng QLCN")
    live.get_latest_revision().publish()
    live.refresh_from_db()
    live.title = TITLE_PENDING
    live.save_revision(user=user("cb_qlcn"))
    # Published in the end, but its history keeps the reviewer's words.
    corrected = advance(make_item(title="Tin đã sửa theo ý kiến duyệt"), "unit")
    services.act(corrected, user("tv_qlcn"), "reject", REASON_PUBLISHED)
    corrected.get_latest_revision().publish()
    return {"at_step": at_step, "rejected": rejected, "locked": locked, "live": live,
            "corrected": corrected}


def global_views():
    news = ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")
    return {
        "workflow report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "workflow usage": reverse("wagtailadmin_workflows:usage",
                                  args=(Workflow.objects.first().pk,)),
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=(news.pk,)),
        "admin API": reverse("wagtailadmin_api:pages:listing") + f"?child_of={news.pk}",
        "page search": reverse("wagtailadmin_pages:search") + "?q=chưa+công+bố",
        "editorial overview": reverse("editorial:overview"),
        "requests": reverse("editorial:requests"),
    }


def page_views(page):
    state = page.current_workflow_state or page.workflow_states.first()
    views = {
        "page history": reverse("wagtailadmin_pages:history", args=(page.pk,)),
        "revisions": reverse("wagtailadmin_pages:revisions_index", args=(page.pk,)),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)),
        "edit": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        "item chain": reverse("editorial:item", args=(page.pk,)),
        "admin API detail": reverse("wagtailadmin_api:pages:detail", args=(page.pk,)),
        "usage": reverse("wagtailadmin_pages:usage", args=(page.pk,)),
    }
    if state:
        views["workflow history detail"] = reverse(
            "wagtailadmin_pages:workflow_history_detail", args=(page.pk, state.pk))
    revision = page.get_latest_revision()
    views["revision preview"] = reverse("wagtailadmin_pages:revisions_view",
                                        args=(page.pk, revision.pk))
    return views


def leaks_for(client, username, user, items):
    client.force_login(user(username))
    urls = dict(global_views())
    for name, page in items.items():
        urls.update({f"{view} ({name})": url for view, url in page_views(page).items()})
    found, opened = [], set()
    for view, url in urls.items():
        response = client.get(url)
        html = response.content.decode()
        if response.status_code == 200:
            opened.add(view)
        found += [(username, view, secret) for secret in SECRETS if secret in html]
    # The lists are really open to them (an empty refusal would prove nothing);
    # the partner's translator has no page rights at all.
    if username != "dichgia":
        assert {"workflow report", "workflow tasks report", "site history", "dashboard",
                "explorer", "page search"} <= opened, opened
    return found


@pytest.mark.parametrize("username", OUTSIDERS)
def test_no_report_or_log_view_leaks_another_units_items(qlcn_items, user, client, username):
    assert leaks_for(client, username, user, qlcn_items) == []


@pytest.mark.parametrize("username", INSIDERS)
def test_the_units_people_and_the_board_do_see_them(qlcn_items, user, client, username):
    # Positive control: the same views do show these items to those entitled,
    # so the check above could fail.
    client.force_login(user(username))
    seen = set()
    for url in global_views().values():
        html = client.get(url).content.decode()
        seen |= {secret for secret in SECRETS if secret in html}
    for page in qlcn_items.values():
        html = client.get(reverse("editorial:item", args=(page.pk,))).content.decode()
        seen |= {secret for secret in SECRETS if secret in html}
    assert {TITLE_AT_STEP, TITLE_REJECTED, REASON, TITLE_LOCKED, REASON_PUBLISHED} <= seen


def test_awaiting_review_panel_lists_only_what_the_user_may_act_on(qlcn_items, user, client):
    client.force_login(user("tv_qltm"))
    assert TITLE_AT_STEP not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(user("tv_qlcn"))
    assert TITLE_AT_STEP in client.get(reverse("wagtailadmin_home")).content.decode()
    assert TaskState.objects.filter(status="in_progress").exists()
