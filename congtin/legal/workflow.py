"""Who may do what with a legal document, and how it reaches the public.

    Đang nhập ──submit──▶ Chờ duyệt (the editorial chain of Đ.7.1) ──▶ Đã công bố
          ◀── returned at a step (with the reason) ──┘                 │
    Đã công bố ──edit──▶ a new revision in the chain; the public keeps  │
                         the approved version until step 4 publishes it ◀┘
    Đã công bố ──withdraw──▶ Đã gỡ

The Office enters documents and is their providing unit (Đ.9.2.b): step 1 is
the Office's member of the editorial board, then the secretariat, the Head or
Deputy, and the technical publisher (congtin/editorial). The chain's guards
decide who acts at each step; this module only starts it, passes actions to
it and keeps the library's `state` in step with Wagtail's. Every step is in
Wagtail's audit log.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowContentType

from congtin.editorial import chain
from congtin.editorial import services as chain_services
from congtin.editorial.workflow import ensure_chain_workflow
from congtin.org.roles import DEPUTY, HEAD, OFFICE

from .models import LegalDocument

MODERATOR_ROLES = {OFFICE, HEAD, DEPUTY}
State = LegalDocument.State


def _roles(user):
    return set(user.groups.values_list("name", flat=True))


def can_enter(user):
    """Đ.9.2.b: the Office provides the legal documents."""
    return user.is_authenticated and (user.is_superuser or OFFICE in _roles(user))


def can_oversee(user):
    """The Office, the Head and the Deputy see the library's admin and may
    withdraw a published document."""
    return user.is_authenticated and (user.is_superuser or bool(MODERATOR_ROLES & _roles(user)))


def can_moderate(user):
    """Comments on drafts: the Office, the Head or the Deputy."""
    return can_oversee(user)


def chain_workflow():
    """The Đ.7.1 workflow, assigned to legal documents (idempotent)."""
    workflow = ensure_chain_workflow()
    content_type = ContentType.objects.get_for_model(LegalDocument)
    WorkflowContentType.objects.update_or_create(content_type=content_type,
                                                 defaults={"workflow": workflow})
    return workflow


def current_task_state(document):
    return chain_services.current_state(document)


def current_step_name(document):
    state = current_task_state(document)
    return chain.STEP_NAMES.get(getattr(state.task.specific, "step", None), "") if state else ""


def actions_for(document, user):
    """[(name, label, needs_reason)] the current step offers this user."""
    state = current_task_state(document)
    return state.task.specific.get_actions(document, user) if state else []


def locked_for(document, user):
    """Đ.8.3: in the chain, only the current step's people change the item."""
    state = current_task_state(document)
    return bool(state) and state.task.specific.locked_for_user(document, user)


def in_chain(document):
    return current_task_state(document) is not None


def can_submit(user, document):
    return can_enter(user) and not in_chain(document) and (
        document.state != State.PUBLISHED or document.has_unpublished_changes)


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


@transaction.atomic
def submit(document, user):
    """Send the latest revision into the chain (or back to the step that
    returned it)."""
    _require(can_submit(user, document),
             "Chỉ Văn phòng gửi duyệt văn bản đang nhập hoặc có thay đổi chưa duyệt.")
    chain_workflow()
    if document.latest_revision_id is None:
        document.save_revision(user=user)
    chain_services.submit(document, user)
    if document.state != State.PUBLISHED:
        document.state = State.PENDING
        document.save(update_fields=["state"])
    log(document, "congtin.legal.submit", user=user)


@transaction.atomic
def act(document, user, action, comment=""):
    """Approve or return at the current step; the step's task checks who."""
    chain_services.act(document, user, action, comment)
    document.refresh_from_db()


@transaction.atomic
def withdraw(document, user, reason):
    _require(can_oversee(user) and document.state == State.PUBLISHED,
             "Chỉ Văn phòng, Trưởng ban hoặc Phó ban được gỡ văn bản đã công bố.")
    document.state = State.WITHDRAWN
    document.live = False
    document.save(update_fields=["state", "live"])
    from .changes import hide_files

    hide_files(document)
    log(document, "congtin.legal.withdraw", user=user, data={"ly_do": reason})


def can_approve_import(user, run):
    """A bulk import brings an existing library online (documents already
    issued and published elsewhere), not new items: the whole run is approved
    once, by the people of the chain's step 3 (the Head, or a Deputy with a
    delegation covering every category), never by whoever started it."""
    if not user.is_authenticated or run.started_by_id == user.pk:
        return False
    sample = run.documents.first()
    return sample is not None and chain.may_act(chain.HEAD, user, sample)


@transaction.atomic
def publish_imported(document, user):
    _require(chain.may_act(chain.HEAD, user, document),
             "Chỉ Trưởng ban hoặc Phó ban được ủy quyền công bố văn bản nhập hàng loạt.")
    revision = document.latest_revision or document.save_revision(user=user, clean=False)
    revision.publish(user=user)
    LegalDocument.objects.filter(pk=document.pk).update(approved_by=user)
    log(document, "congtin.legal.publish_imported", user=user)


def on_published(document, revision):
    """Step 4 published a revision: the library's state, the date the
    national deadline is measured to (the first publication), the approver
    of record (whoever approved at step 3), the files and relations waiting
    for it (changes.apply) and the derived columns."""
    from .changes import apply as apply_pending_changes
    from .documents import refresh_derived

    head_state = (TaskState.objects.filter(
        workflow_state__object_id=str(document.pk), status=TaskState.STATUS_APPROVED,
        workflow_state__base_content_type=document.get_base_content_type())
        .filter(Q(task__in=_head_tasks())).order_by("-finished_at").first())
    LegalDocument.objects.filter(pk=document.pk).update(
        state=State.PUBLISHED, approved_by=head_state.finished_by if head_state else None,
        published_at=document.published_at or timezone.now())
    document.refresh_from_db()
    apply_pending_changes(document)
    refresh_derived(document)


def on_returned(document):
    """A step returned the document: back to the Office, unless the public
    already has an approved version (then that stays online)."""
    if document.state == State.PENDING:
        LegalDocument.objects.filter(pk=document.pk).update(state=State.ENTERED)


def _head_tasks():
    from congtin.editorial.tasks import HeadApprovalTask

    return HeadApprovalTask.objects.all()
