"""The four steps of Đ.7.1 as Wagtail task types.

Each task offers its actions only to the people `chain.may_act` names, and
checks again when an action arrives: Wagtail's `TaskState.approve()` does not
check permissions, so a forged POST must meet the same guard here.

Items are pages, or other Wagtail models with workflows (legal documents:
congtin/legal). Records tied to a page (Endorsement, ContentApproval,
ContentChange) are made for pages only; for other items the approving task
state itself keeps the revision it approved (`is_page` below).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Page, Task, TaskState

from . import chain


def is_page(item):
    return isinstance(item, Page)


APPROVE = "approve"
REJECT = "reject"


class ReasonForm(forms.Form):
    """Rejection needs a reason (Đ.7.1; the author must know what to fix)."""

    comment = forms.CharField(label="Lý do", widget=forms.Textarea(attrs={"rows": 4}),
                              max_length=2000)

    def clean_comment(self):
        from congtin.vntext import normalize

        text = normalize(self.cleaned_data["comment"]).strip()
        if not text:
            raise forms.ValidationError("Phải ghi rõ lý do.")
        return text


class ChainTask(Task):
    """Common behaviour; each subclass is one step and names it in `step`."""

    step = None
    approve_label = "Duyệt"
    reject_label = "Trả lại (ghi rõ lý do)"
    offers_approve = True

    class Meta:
        abstract = True

    def actors(self, obj):
        return chain.users_for_step(self.step, obj.specific)

    def may_act(self, obj, user):
        return chain.may_act(self.step, user, obj.specific)

    def get_actions(self, obj, user):
        if not self.may_act(obj, user):
            return []
        actions = [(REJECT, self.reject_label, True)]
        if self.offers_approve_for(obj):
            actions.append((APPROVE, self.approve_label, False))
        return actions

    def offers_approve_for(self, obj):
        return self.offers_approve

    def get_form_for_action(self, action):
        return ReasonForm if action == REJECT else super().get_form_for_action(action)

    def user_can_access_editor(self, obj, user):
        return self.may_act(obj, user)

    def locked_for_user(self, obj, user):
        # Đ.8.3: changes come before approval; only this step's people may edit now.
        return not self.may_act(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .deadlines import attach_items, item_of
        from .queues import GuardAnswers

        states = list(self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
                      .select_related("workflow_state__content_type"))
        attach_items(states)
        answers = GuardAnswers(user)
        allowed = [state.pk for state in states if answers.may_act(self.step, item_of(state))]
        return TaskState.objects.filter(pk__in=allowed)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object.specific
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise PermissionDenied("Tin không còn chờ ở bước này.")
        if not self.may_act(page, user):
            raise PermissionDenied("Bạn không có quyền xử lý tin ở bước này.")
        if action_name == REJECT:
            return self.reject(task_state, user, kwargs.get("comment", ""))
        if action_name == APPROVE and self.offers_approve_for(page):
            return self.approve(task_state, user, page, kwargs.get("comment", ""))
        raise PermissionDenied("Thao tác không hợp lệ.")

    def reject(self, task_state, user, comment):
        from .notifications import notify_rejection

        comment = ReasonForm({"comment": comment})
        if not comment.is_valid():
            raise PermissionDenied("Phải ghi rõ lý do trả lại.")
        task_state.reject(user=user, comment=comment.cleaned_data["comment"])
        notify_rejection(task_state, user)

    def approve(self, task_state, user, page, comment):
        task_state.approve(user=user, comment=comment)


class UnitReviewTask(ChainTask):
    """Step 1: the board member of the providing unit checks the item and
    answers for it (Đ.7.1.a, 9.1.d, 12.3)."""

    step = chain.UNIT
    approve_label = "Duyệt và chịu trách nhiệm nội dung"

    class Meta:
        verbose_name = "bước 1 – thành viên BBT của đơn vị"
        verbose_name_plural = "bước 1 – thành viên BBT của đơn vị"

    def approve(self, task_state, user, page, comment):
        from .models import Endorsement

        if not chain.excerpt_names_its_source(page):
            raise PermissionDenied(
                "Tin trích từ nguồn khác phải ghi đủ nguồn: tên, cơ quan đăng, ngày và "
                "đường dẫn (Điều 9.1.c).")
        if is_page(page):
            Endorsement.objects.create(page=page, revision=task_state.revision,
                                       unit=page.providing_unit, user=user)
        log(page, "congtin.editorial.endorse", user=user,
            data={"unit": page.providing_unit.name, "revision": task_state.revision_id})
        task_state.approve(user=user, comment=comment)


class SecretariatTask(ChainTask):
    """Step 2: the secretariat gathers items into batches (Đ.7.1.a, 12.4).
    Approval happens when a batch is submitted; a single item may be returned."""

    step = chain.SECRETARIAT
    reject_label = "Trả lại đơn vị (ghi rõ lý do)"
    offers_approve = False
    approve_label = "Trình Trưởng ban / Phó ban"

    def offers_approve_for(self, obj):
        # Batches are lists of news pages; another item is passed on by itself.
        return not is_page(obj)

    class Meta:
        verbose_name = "bước 2 – Tổ Thư ký"
        verbose_name_plural = "bước 2 – Tổ Thư ký"


class HeadApprovalTask(ChainTask):
    """Step 3: the Head, or the Deputy by delegation, approves text and images
    and pins their fingerprint (Đ.7.1.a, 12.1–2)."""

    step = chain.HEAD
    approve_label = "Phê duyệt nội dung và hình ảnh"

    class Meta:
        verbose_name = "bước 3 – Trưởng ban / Phó ban"
        verbose_name_plural = "bước 3 – Trưởng ban / Phó ban"

    def approve(self, task_state, user, page, comment):
        from .fingerprint import fingerprint_of, snapshot_of
        from .models import ContentApproval

        revision = page.get_latest_revision()
        delegation = chain.delegation_used(user, page)
        if is_page(page):
            content = revision.as_object()
            ContentApproval.objects.create(
                page=page, revision=revision, fingerprint=fingerprint_of(content),
                snapshot=snapshot_of(content), approved_by=user, delegation=delegation)
        else:
            task_state.revision = revision  # what was approved, for step 4's check
        task_state.approve(user=user, comment=comment)
        if delegation:
            log(page, "congtin.editorial.approve_by_delegation", user=user,
                data={"delegation": delegation.pk, "grantor": str(delegation.grantor)})


class TechnicalPublishTask(ChainTask):
    """Step 4: the technical department may change presentation and publishes
    (Đ.7.1.b, 9.2.c). A change of text or images since step 3 refuses the
    publication and sends the item back to step 3 with the diff (Đ.8.3)."""

    step = chain.PUBLISH
    approve_label = "Đăng tin"

    class Meta:
        verbose_name = "bước 4 – Phòng KT-AT-MT đăng tin"
        verbose_name_plural = "bước 4 – Phòng KT-AT-MT đăng tin"

    def locked_for_user(self, obj, user):
        return not self.may_act(obj, user)

    def approve(self, task_state, user, page, comment):
        if chain.content_unchanged_since_approval(page):
            task_state.approve(user=user, comment=comment)
            log(page, "congtin.editorial.publish", user=user,
                data={"go_live_at": page.get_latest_revision_as_object().go_live_at
                      and str(page.get_latest_revision_as_object().go_live_at)})
            return None
        return self.send_back_to_head(task_state, user, page)

    def send_back_to_head(self, task_state, user, page):
        from .fingerprint import diff_snapshots, snapshot_of
        from .models import ContentApproval, ContentChange
        from .notifications import notify_content_changed

        approval = ContentApproval.latest_for(page) if is_page(page) else None
        now = snapshot_of(page.get_latest_revision_as_object()) if approval else None
        diff = diff_snapshots(approval.snapshot, now) if approval else {}
        change = ContentChange.objects.create(page=page, approval=approval, diff=diff,
                                              detected_by=user) if approval else None
        task_state.status = TaskState.STATUS_CANCELLED
        task_state.finished_by = user
        task_state.comment = "Nội dung hoặc hình ảnh đã thay đổi sau khi phê duyệt."
        task_state.save()
        head_task = HeadApprovalTask.objects.filter(
            workflow_tasks__workflow=task_state.workflow_state.workflow).first()
        task_state.workflow_state.update(user=user, next_task=head_task)
        log(page, "congtin.editorial.content_changed", user=user, data=diff)
        if change:
            notify_content_changed(change)
        return None
