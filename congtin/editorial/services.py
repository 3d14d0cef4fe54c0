"""What people do in the chain, as functions the admin views, the demo and the
tests share. Each checks the chain's guard itself and logs the action."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import TaskState

from congtin.vntext import normalize

from . import chain
from .models import EmergencyPublication, SubmissionBatch


def current_state(page):
    """The item's open task state, or None."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != "in_progress":
        return None
    return workflow_state.current_task_state


def current_step(page):
    state = current_state(page)
    return getattr(state.task.specific, "step", None) if state else None


def submit(page, user):
    """The author sends the item to step 1, or back to the step that returned it."""
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status == "needs_changes":
        workflow_state.resume(user)
        return workflow_state
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied("Chuyên mục này chưa gắn quy trình duyệt tin.")
    return workflow.start(page, user)


def act(page, user, action, comment=""):
    """Approve or reject at the item's current step, as the task decides."""
    state = current_state(page)
    if state is None:
        raise PermissionDenied("Tin không ở trong quy trình duyệt.")
    return state.task.specific.on_action(state, user, action, comment=comment)


def _reason(text):
    text = normalize(text or "").strip()
    if not text:
        raise ValidationError("Phải ghi rõ lý do.")
    return text


def pages_waiting_at(step):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    # pages only: other items in the chain (legal documents) have their own ids
    states = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS, workflow_state__status="in_progress",
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page))
    ids = [int(s.workflow_state.object_id) for s in states.select_related("task",
                                                                          "workflow_state")
           if getattr(s.task.specific, "step", None) == step]
    return Page.objects.filter(pk__in=ids).specific()


@transaction.atomic
def create_batch(user, pages, note=""):
    """Đ.12.4: the secretariat lists items that passed step 1, from any unit."""
    if not pages:
        raise ValidationError("Danh sách trình duyệt phải có ít nhất một tin.")
    for page in pages:
        if current_step(page) != chain.SECRETARIAT or not chain.may_act(
                chain.SECRETARIAT, user, page):
            raise PermissionDenied(f"Không thể đưa tin “{page.title}” vào danh sách.")
    batch = SubmissionBatch.objects.create(number=SubmissionBatch.next_number(),
                                           note=normalize(note or ""), created_by=user)
    batch.items.set(pages)
    log(batch, "congtin.editorial.batch_create", user=user,
        data={"number": batch.number, "items": [p.pk for p in pages]})
    return batch


@transaction.atomic
def submit_batch(batch, user):
    """Send the batch to the Head/Deputy: step 2 ends for each of its items."""
    if batch.status != SubmissionBatch.Status.DRAFT:
        raise PermissionDenied("Danh sách này đã được trình.")
    pages = [page.specific for page in batch.items.all()]
    for page in pages:
        if current_step(page) != chain.SECRETARIAT or not chain.may_act(
                chain.SECRETARIAT, user, page):
            raise PermissionDenied(f"Không thể trình tin “{page.title}”.")
    for page in pages:
        current_state(page).approve(user=user, comment=f"Trình theo danh sách số {batch.number}")
    batch.status = SubmissionBatch.Status.SUBMITTED
    batch.submitted_at = timezone.now()
    batch.save()
    log(batch, "congtin.editorial.batch_submit", user=user, data={"number": batch.number})
    return batch


@transaction.atomic
def approve_batch(batch, user):
    """Đ.12.1–2: the Head (or Deputy by delegation) approves every item still
    waiting at step 3. All or nothing: one item out of reach refuses the lot."""
    if batch.status != SubmissionBatch.Status.SUBMITTED:
        raise PermissionDenied("Danh sách chưa được trình hoặc đã xử lý xong.")
    waiting = [p.specific for p in batch.items.all() if current_step(p.specific) == chain.HEAD]
    for page in waiting:
        if not chain.may_act(chain.HEAD, user, page):
            raise PermissionDenied(f"Bạn không có quyền phê duyệt tin “{page.title}”.")
    for page in waiting:
        act(page, user, "approve")
    close_batch_if_done(batch)
    log(batch, "congtin.editorial.batch_approve", user=user,
        data={"number": batch.number, "items": [p.pk for p in waiting]})
    return waiting


def close_batch_if_done(batch):
    if all(current_step(p.specific) != chain.HEAD for p in batch.items.all()):
        batch.status = SubmissionBatch.Status.CLOSED
        batch.save(update_fields=["status"])


@transaction.atomic
def emergency_publish(page, user, reason):
    """Publish at once with a reason (GOV.UK's force publish); flagged until
    the Head approves it retrospectively."""
    reason = _reason(reason)
    if not chain.may_emergency_publish(user, page):
        raise PermissionDenied("Chỉ Trưởng ban hoặc Phó ban được ủy quyền mới được đăng khẩn.")
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status in ("in_progress", "needs_changes"):
        workflow_state.cancel(user=user)
    page.get_latest_revision().publish(user=user)
    record = EmergencyPublication.objects.create(page=page, reason=reason, published_by=user)
    log(page, "congtin.editorial.emergency_publish", user=user, data={"reason": reason})
    return record


@transaction.atomic
def confirm_emergency(record, user):
    # Đ.12.1: the retrospective approval is the Head's (or delegated Deputy's).
    if record.confirmed_at:
        raise PermissionDenied("Tin đăng khẩn này đã được duyệt bổ sung.")
    page = record.page.specific
    if not chain.may_act(chain.HEAD, user, page):
        raise PermissionDenied("Chỉ Trưởng ban hoặc Phó ban được ủy quyền mới được duyệt bổ sung.")
    record.confirmed_by = user
    record.confirmed_at = timezone.now()
    record.save()
    log(page, "congtin.editorial.emergency_confirm", user=user, data={"record": record.pk})
    return record
