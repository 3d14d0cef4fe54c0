"""The four steps of Đ.7.1 as the people of the demo department meet them."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState

from congtin.editorial import chain, services
from congtin.editorial.models import ContentApproval, Endorsement, SubmissionBatch

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a PermissionDenied with 403 or a redirect to the
    dashboard (with an error message); never with the success redirect."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def action_url(page, action):
    state = services.current_state(page)
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk))


def test_item_goes_to_its_units_board_member_first(make_item, advance, user):
    page = advance(make_item(), "unit")
    assert services.current_step(page) == chain.UNIT
    state = services.current_state(page)
    assert [a[0] for a in state.task.specific.get_actions(page, user("tv_qlcn"))] == [
        "reject", "approve"]
    assert state.task.specific.get_actions(page, user("tv_qltm")) == []


def test_board_member_of_other_unit_cannot_approve_even_by_forged_post(
        make_item, advance, user, client):
    page = advance(make_item(), "unit")
    client.force_login(user("tv_qltm"))
    assert refused(client.post(action_url(page, "approve")))
    assert services.current_step(page) == chain.UNIT
    assert not Endorsement.objects.filter(page=page).exists()


def test_board_member_of_providing_unit_approves_and_answers_for_it(
        make_item, advance, user, client):
    page = advance(make_item(), "unit")
    client.force_login(user("tv_qlcn"))
    response = client.post(action_url(page, "approve"))
    assert not refused(response)
    assert services.current_step(page) == chain.SECRETARIAT
    endorsement = Endorsement.objects.get(page=page)
    assert endorsement.user.username == "tv_qlcn" and endorsement.unit.code == "qlcn"


def test_excerpt_without_its_source_cannot_pass_step_one(make_item, advance, user):
    page = advance(make_item(is_excerpt=True, source_title="Báo cáo ngành điện",
                             source_publisher="Tổng công ty Điện lực"), "unit")
    with pytest.raises(Exception, match="Điều 9.1.c"):
        services.act(page, user("tv_qlcn"), "approve")
    assert services.current_step(page) == chain.UNIT


def test_secretariat_batches_items_from_two_units_and_submits_to_head(
        make_item, advance, user, client):
    first = advance(make_item(), "secretariat")
    second = advance(make_item(author="cb_qltm", unit="qltm"), "secretariat",
                     unit="qltm", author="cb_qltm")
    client.force_login(user("thuky1"))
    listing = client.get(reverse("editorial:batches"))
    assert first.title in listing.content.decode()
    response = client.post(reverse("editorial:batch_create"),
                           {"items": [first.pk, second.pk], "note": "Tin tuần này"})
    batch = SubmissionBatch.objects.get(pk=response.url.rstrip("/").split("/")[-1])
    assert set(batch.items.values_list("pk", flat=True)) == {first.pk, second.pk}
    client.post(reverse("editorial:batch_action", args=(batch.pk, "trinh")))
    batch.refresh_from_db()
    assert batch.status == SubmissionBatch.Status.SUBMITTED
    assert services.current_step(first) == services.current_step(second) == chain.HEAD


def test_secretary_cannot_approve_an_item_outside_a_batch(make_item, advance, user, client):
    page = advance(make_item(), "secretariat")
    client.force_login(user("thuky1"))
    assert refused(client.post(action_url(page, "approve")))
    assert services.current_step(page) == chain.SECRETARIAT


def test_head_approval_pins_a_fingerprint_of_text_and_images(make_item, advance, user):
    page = advance(make_item(), "publish")
    approval = ContentApproval.objects.get(page=page)
    assert approval.approved_by.username == "truongban"
    assert "Sản lượng điện thương phẩm tăng 5,4%." in approval.snapshot["texts"]
    assert len(approval.snapshot["images"]) == 1
    assert services.current_step(page) == chain.PUBLISH


def test_technical_publisher_changes_layout_and_publishes(make_item, advance, user):
    page = advance(make_item(), "publish")
    draft = page.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    raw[1]["value"]["level"] = "h3"          # heading level: presentation
    raw[3]["value"]["layout"] = "right"      # image layout: presentation
    raw[2], raw[4] = raw[4], raw[2]          # block order: presentation
    draft.body = raw
    draft.save_revision(user=user("kythuat"))
    services.act(page, user("kythuat"), "approve")
    page.refresh_from_db()
    assert page.live
    assert page.body.raw_data[1]["value"]["level"] == "h3"


def test_text_change_after_approval_returns_to_head_with_the_diff(make_item, advance, user):
    page = advance(make_item(), "publish")
    mail.outbox.clear()
    draft = page.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    raw[0]["value"] = "<p>Sản lượng điện thương phẩm tăng 9,9%.</p>"
    draft.body = raw
    draft.save_revision(user=user("kythuat"))
    services.act(page, user("kythuat"), "approve")
    page.refresh_from_db()
    assert not page.live
    assert services.current_step(page) == chain.HEAD
    head_mail = [m for m in mail.outbox if user("truongban").email in m.to][0]
    assert "Sản lượng điện thương phẩm tăng 5,4%." in head_mail.body
    assert "Sản lượng điện thương phẩm tăng 9,9%." in head_mail.body
    # The Head approves the new text; then publishing goes through.
    services.act(page, user("truongban"), "approve")
    services.act(page, user("kythuat"), "approve")
    page.refresh_from_db()
    assert page.live


def test_added_image_after_approval_is_a_content_change(make_item, advance, user):
    from wagtail.images.models import Image

    page = advance(make_item(), "publish")
    draft = page.get_latest_revision_as_object()
    other = Image.objects.exclude(pk=draft.body.raw_data[3]["value"]["image"]["image"]).first()
    draft.listing_image = other
    draft.save_revision(user=user("kythuat"))
    services.act(page, user("kythuat"), "approve")
    assert services.current_step(page) == chain.HEAD


def test_scheduled_publication_goes_live_at_its_time(make_item, advance, user):
    import datetime

    from django.utils import timezone

    page = advance(make_item(), "publish")
    draft = page.get_latest_revision_as_object()
    draft.go_live_at = timezone.now() + datetime.timedelta(days=1)
    draft.save_revision(user=user("kythuat"))
    services.act(page, user("kythuat"), "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    assert not TaskState.objects.for_instance(page).filter(status="in_progress").exists()


def test_diff_counts_a_repeated_line_that_changed_in_one_place():
    from congtin.editorial.fingerprint import diff_snapshots

    lead = "Các công sở giảm 8% lượng điện tiêu thụ."
    before = {"texts": ["Tiêu đề", lead, lead], "images": [3]}
    after = {"texts": ["Tiêu đề", lead + " Riêng trường học giảm 12%.", lead], "images": [3, 5]}
    diff = diff_snapshots(before, after)
    assert diff["text_removed"] == [lead]
    assert diff["text_added"] == [lead + " Riêng trường học giảm 12%."]
    assert diff["images_added"] == [5] and diff["images_removed"] == []
