"""Admin screens of the chain. Every view checks the chain's guards on the
server; the buttons shown are only a convenience."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.models import Page, PageLogEntry, TaskState

from . import board_views, chain, services
from .deadlines import due_of
from .fingerprint import word_diff
from .models import (
    ContentApproval,
    ContentChange,
    EmergencyPublication,
    Endorsement,
    SubmissionBatch,
)
from .permissions import providing_unit_choices, scope_for
from .queues import is_head_or_deputy, is_secretary, my_queue, overview, sees_overview


def _fail(request, error):
    messages.error(request, " ".join(getattr(error, "messages", [str(error)])))


def overview_view(request):
    context = {"queue": my_queue(request.user), "step_names": chain.STEP_NAMES}
    if sees_overview(request.user):
        context["overview"] = overview()
        context["emergencies"] = EmergencyPublication.objects.filter(
            confirmed_at__isnull=True).select_related("page", "published_by")
    return render(request, "editorial/overview.html", context)


def batches_view(request):
    if not (is_secretary(request.user) or is_head_or_deputy(request.user)):
        raise PermissionDenied
    context = {"batches": SubmissionBatch.objects.prefetch_related("items")}
    if is_secretary(request.user):
        context["waiting"] = services.pages_waiting_at(chain.SECRETARIAT)
    return render(request, "editorial/batches.html", context)


@require_POST
def batch_create_view(request):
    if not is_secretary(request.user):
        raise PermissionDenied
    ids = [int(pk) for pk in request.POST.getlist("items") if pk.isdigit()]
    pages = [page.specific for page in Page.objects.filter(pk__in=ids)]
    try:
        batch = services.create_batch(request.user, pages, request.POST.get("note", ""))
    except (PermissionDenied, ValidationError) as error:
        _fail(request, error)
        return redirect("editorial:batches")
    messages.success(request, f"Đã lập danh sách trình duyệt số {batch.number}.")
    return redirect("editorial:batch", batch.pk)


def batch_view(request, pk):
    batch = get_object_or_404(SubmissionBatch, pk=pk)
    if not (is_secretary(request.user) or is_head_or_deputy(request.user)):
        raise PermissionDenied
    items = []
    for page in batch.items.all():
        page = page.specific
        step = services.current_step(page)
        items.append({"page": page, "step": step, "step_name": chain.STEP_NAMES.get(step, ""),
                      "can_act": step == chain.HEAD and chain.may_act(chain.HEAD, request.user,
                                                                      page)})
    return render(request, "editorial/batch.html", {
        "batch": batch, "items": items, "can_submit": is_secretary(request.user)
        and batch.status == SubmissionBatch.Status.DRAFT,
        "can_approve": any(item["can_act"] for item in items)})


@require_POST
def batch_action_view(request, pk, action):
    batch = get_object_or_404(SubmissionBatch, pk=pk)
    try:
        if action == "trinh":
            services.submit_batch(batch, request.user)
            messages.success(request, f"Đã trình danh sách số {batch.number}.")
        elif action == "duyet-tat-ca":
            approved = services.approve_batch(batch, request.user)
            messages.success(request, f"Đã phê duyệt {len(approved)} tin.")
        else:
            raise Http404
    except (PermissionDenied, ValidationError) as error:
        _fail(request, error)
        return redirect("editorial:batch", batch.pk) if _can_see_batches(request) else redirect(
            "wagtailadmin_home")
    return redirect("editorial:batch", batch.pk)


def _can_see_batches(request):
    return is_secretary(request.user) or is_head_or_deputy(request.user)


@require_POST
def item_action_view(request, page_id, action):
    """Approve or reject one item at its current step (also from a batch)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if action not in ("approve", "reject"):
        raise Http404
    try:
        services.act(page, request.user, action, request.POST.get("comment", ""))
    except (PermissionDenied, ValidationError) as error:
        _fail(request, error)
        raise PermissionDenied from error
    for batch in SubmissionBatch.objects.filter(items=page,
                                                status=SubmissionBatch.Status.SUBMITTED):
        services.close_batch_if_done(batch)
    messages.success(request, "Đã ghi nhận." if action == "approve" else "Đã trả lại tin.")
    return redirect(request.POST.get("next") or "editorial:overview")


def may_read_chain(user, page):
    """History of an item: its unit's people and those who act on it (#9214:
    a contributor never reads another unit's drafts or history)."""
    if user.is_superuser or sees_overview(user):
        return True
    if getattr(page, "owner_id", None) == user.pk:
        return True
    if getattr(page, "providing_unit_id", None) in scope_for(user).unit_ids:
        return True
    return any(chain.may_act(step, user, page) for step in chain.STEPS)


def item_view(request, page_id):
    """The item's whole chain: every step, who, when, why; approvals and diffs."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_read_chain(request.user, page):
        raise PermissionDenied
    states = (TaskState.objects.for_instance(page).select_related("task", "finished_by")
              .order_by("started_at", "pk"))
    entries = PageLogEntry.objects.filter(page=page).select_related("user").order_by("timestamp")
    step = services.current_step(page)
    current = services.current_state(page)
    return render(request, "editorial/item.html", {
        "page": page, "states": states, "step_name": chain.STEP_NAMES.get(step, ""),
        "due": due_of(current) if current else None,
        # `message` scans the registered log actions itself (a fresh worker
        # has not scanned them yet); it names the step and the action.
        "log": [{"entry": e, "label": e.message, "detail": _log_detail(e.data)}
                for e in entries],
        "endorsements": Endorsement.objects.filter(page=page).select_related("user", "unit"),
        "approvals": ContentApproval.objects.filter(page=page).select_related("approved_by"),
        "changes": [{"change": change, "lines": word_diff(change.diff)}
                    for change in ContentChange.objects.filter(page=page)],
        "emergencies": EmergencyPublication.objects.filter(page=page),
        "actions": current.task.specific.get_actions(page, request.user) if current else [],
        "can_emergency": chain.may_emergency_publish(request.user, page),
    })


def _docx_import_form(request, data=None, files=None, initial=None):
    """The Word import form with the sections the user may add to and the
    units they may provide for (Đ.6); PermissionDenied for anyone else."""
    from wagtail.models import Page as WagtailPage

    from congtin.content.models import ArticleIndexPage

    from .forms import DocxImportForm

    person = getattr(request.user, "person", None)
    if person is None:
        raise PermissionDenied
    sections = ArticleIndexPage.objects.filter(locale__language_code="vi")
    allowed = [s.pk for s in sections
               if WagtailPage.objects.get(pk=s.pk).permissions_for_user(request.user)
               .can_add_subpage()]
    sections = sections.filter(pk__in=allowed)
    units = providing_unit_choices(request.user)
    if units == []:
        raise PermissionDenied
    form = DocxImportForm(data, files, sections=sections, units=units, initial=initial)
    return form, units


def _render_docx_import(request, form, units, job=None):
    return render(request, "editorial/docx_import.html", {
        "form": form, "unit": units[0] if units and len(units) == 1 else None,
        "failed_job": job})


def docx_import_view(request):
    """Start an item from a Word file, in the name of the contributor's unit
    (Đ.6): the form checks the file, the task worker converts it."""
    from . import docx_import

    form, units = _docx_import_form(request, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = docx_import.start(form.cleaned_data["file"], request.user,
                                form.cleaned_data["section"], form.cleaned_data["unit"],
                                form.alt_text_lines(), form.cleaned_data["title"])
        return redirect("editorial:docx_import_job", job.pk)
    return _render_docx_import(request, form, units)


def docx_import_job_view(request, pk):
    """What became of a Word file: still converting (the page reloads itself),
    the draft (opened in the editor), or why not, with the form to try again."""
    from .models import DocxImportJob

    job = get_object_or_404(DocxImportJob, pk=pk, requested_by=request.user)
    if job.state == DocxImportJob.State.DONE and job.page_id:
        messages.success(request, f"Đã tạo bản nháp “{job.page.title}” từ tệp Word.")
        return redirect("wagtailadmin_pages:edit", job.page_id)
    if job.finished:
        form, units = _docx_import_form(request, initial={
            "section": job.section_id, "unit": job.unit_id, "title": job.title,
            "alt_texts": job.alt_texts})
        return _render_docx_import(request, form, units, job)
    late = timezone.now() - job.created_at > datetime.timedelta(minutes=10)
    return render(request, "editorial/docx_import_job.html", {"job": job, "late": late})


def _log_detail(data):
    """The why of a log entry: a reviewer's comment or a stated reason."""
    data = data or {}
    return data.get("comment") or data.get("reason") or data.get("unit") or ""


@require_POST
def emergency_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    try:
        services.emergency_publish(page, request.user, request.POST.get("reason", ""))
    except ValidationError as error:
        _fail(request, error)
        return redirect("editorial:item", page.pk)
    messages.warning(request, "Đã đăng khẩn; tin được đánh dấu chờ duyệt bổ sung.")
    return redirect("editorial:item", page.pk)


@require_POST
def emergency_confirm_view(request, pk):
    record = get_object_or_404(EmergencyPublication, pk=pk)
    services.confirm_emergency(record, request.user)
    messages.success(request, "Đã duyệt bổ sung tin đăng khẩn.")
    return redirect("editorial:item", record.page_id)


urlpatterns = [
    path("de-nghi/", board_views.requests_view, name="requests"),
    path("de-nghi/<int:pk>/dap-ung/", board_views.request_fulfil_view, name="request_fulfil"),
    path("uy-quyen/", board_views.delegations_view, name="delegations"),
    path("uy-quyen/<int:pk>/thu-hoi/", board_views.delegation_revoke_view,
         name="delegation_revoke"),
    path("vang-mat/", board_views.absences_view, name="absences"),
    path("vang-mat/<int:pk>/huy/", board_views.absence_cancel_view, name="absence_cancel"),
    path("", overview_view, name="overview"),
    path("danh-sach/", batches_view, name="batches"),
    path("danh-sach/lap/", batch_create_view, name="batch_create"),
    path("danh-sach/<int:pk>/", batch_view, name="batch"),
    path("danh-sach/<int:pk>/<slug:action>/", batch_action_view, name="batch_action"),
    path("tin/<int:page_id>/", item_view, name="item"),
    path("tin/<int:page_id>/dang-khan/", emergency_view, name="emergency"),
    path("tin/<int:page_id>/<slug:action>/", item_action_view, name="item_action"),
    path("nhap-tu-word/", docx_import_view, name="docx_import"),
    path("nhap-tu-word/<int:pk>/", docx_import_job_view, name="docx_import_job"),
    path("dang-khan/<int:pk>/duyet/", emergency_confirm_view, name="emergency_confirm"),
]
