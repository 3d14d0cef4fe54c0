"""The Office's screens in the Wagtail admin (Đ.9.2.b): documents, their
files and relations, approval by a second person, late documents, drafts and
their comments. Every view checks the role on the server, also for POSTs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from . import deadlines, documents, drafts, extraction, relations, workflow
from .files import store_file
from .forms import DocumentForm, DraftForm, ReasonForm, RelationForm, ResponseForm, UploadForm
from .models import DocumentFile, DocumentRelation, Draft, DraftComment, LegalDocument

ICON = "doc-full-inverse"


def _require(allowed):
    if not allowed:
        raise PermissionDenied("Anh/chị không có quyền thực hiện thao tác này.")


def _page(request, template, title, **context):
    return render(request, f"legal/admin/{template}", {
        "page_title": title, "header_icon": ICON, **context}, status=context.pop("status", 200))


def document_index(request):
    _require(workflow.can_enter(request.user) or workflow.can_approve_any(request.user))
    state = request.GET.get("trang_thai", "")
    items = LegalDocument.objects.select_related("issuer", "entered_by").order_by("-created_at")
    if state in LegalDocument.State.values:
        items = items.filter(state=state)
    return _page(request, "index.html", "Thư viện văn bản", documents=items[:200],
                 states=LegalDocument.State.choices, state=state,
                 can_enter=workflow.can_enter(request.user),
                 pending=LegalDocument.objects.filter(state=LegalDocument.State.PENDING).count(),
                 late=deadlines.late_documents().count(),
                 flagged=flagged_files().count())


def flagged_files():
    return DocumentFile.objects.exclude(
        text_status__in=[DocumentFile.Text.OK, DocumentFile.Text.PENDING]).select_related("document")


def document_add(request):
    _require(workflow.can_enter(request.user))
    form = DocumentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        document = documents.save(form.instance, request.user, "create")
        messages.success(request, f"Đã lưu văn bản {document.symbol}. Tải tệp và gửi duyệt.")
        return redirect("legal_admin:edit", pk=document.pk)
    return _page(request, "form.html", "Thêm văn bản", form=form)


def document_edit(request, pk):
    document = get_object_or_404(LegalDocument.objects.select_related("issuer"), pk=pk)
    can_enter = workflow.can_enter(request.user)
    _require(can_enter or workflow.can_approve_any(request.user))
    form = DocumentForm(request.POST or None, instance=document)
    if request.method == "POST":
        _require(can_enter)
        if form.is_valid():
            documents.save(form.instance, request.user, "edit")
            messages.success(request, "Đã lưu thay đổi.")
            return redirect("legal_admin:edit", pk=pk)
    return _page(request, "edit.html", f"Văn bản {document.symbol}", form=form,
                 document=document, can_enter=can_enter,
                 can_approve=workflow.can_approve(request.user, document),
                 can_withdraw=workflow.can_approve_any(request.user),
                 files=document.files.all(), upload_form=UploadForm(),
                 relation_form=RelationForm(), send_back_form=ReasonForm(auto_id="tra-lai-%s"),
                 withdraw_form=ReasonForm(auto_id="go-%s"),
                 outgoing=document.outgoing_relations.select_related("target"),
                 incoming=document.incoming_relations.select_related("source"))


@require_POST
def document_upload(request, pk):
    """Oversized uploads were already stopped by uploads.UploadLimitMiddleware."""
    _require(workflow.can_enter(request.user))
    document = get_object_or_404(LegalDocument, pk=pk)
    form = UploadForm(request.POST, request.FILES)
    if request.legal_upload_too_large:
        messages.error(request, extraction.too_large_message(request.legal_upload_too_large))
        return redirect("legal_admin:edit", pk=pk)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("file", ["Chưa chọn tệp."])))
        return redirect("legal_admin:edit", pk=pk)
    item = store_file(document, form.cleaned_data["file"], form.kind, request.user)
    messages.success(request, f"Đã tải lên {item.original_name}; văn bản đang được trích.")
    return redirect("legal_admin:edit", pk=pk)


@require_POST
def file_delete(request, pk):
    _require(workflow.can_enter(request.user))
    item = get_object_or_404(DocumentFile, pk=pk)
    document = item.document
    log(document, "congtin.legal.detach", user=request.user, data={"tep": item.original_name})
    item.file.delete(save=False)
    item.delete()
    from . import indexing

    indexing.reindex(document)
    messages.success(request, "Đã xóa tệp.")
    return redirect("legal_admin:edit", pk=document.pk)


@require_POST
def relation_add(request, pk):
    _require(workflow.can_enter(request.user))
    document = get_object_or_404(LegalDocument, pk=pk)
    form = RelationForm(request.POST)
    if form.is_valid():
        try:
            relations.add(document, form.target, form.cleaned_data["kind"], request.user)
            messages.success(request, "Đã thêm quan hệ.")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
    return redirect("legal_admin:edit", pk=pk)


@require_POST
def relation_delete(request, pk):
    _require(workflow.can_enter(request.user))
    relation = get_object_or_404(DocumentRelation, pk=pk)
    source_pk = relation.source_id
    relations.remove(relation, request.user)
    messages.success(request, "Đã xóa quan hệ.")
    return redirect("legal_admin:edit", pk=source_pk)


ACTIONS = {
    "submit": (lambda d, u, r: workflow.submit(d, u), "Đã gửi duyệt."),
    "approve": (lambda d, u, r: workflow.approve(d, u), "Đã duyệt và công bố văn bản."),
    "send_back": (workflow.send_back, "Đã trả lại văn bản cho người nhập."),
    "withdraw": (workflow.withdraw, "Đã gỡ văn bản khỏi cổng."),
}


@require_POST
def document_action(request, pk, action):
    """Submit, approve, send back or withdraw; the workflow checks the role."""
    document = get_object_or_404(LegalDocument, pk=pk)
    if action not in ACTIONS:
        raise PermissionDenied("Thao tác không hợp lệ.")
    run, done = ACTIONS[action]
    reason = ReasonForm(request.POST)
    if action in {"send_back", "withdraw"} and not reason.is_valid():
        messages.error(request, "Ghi lý do.")
        return redirect("legal_admin:edit", pk=pk)
    run(document, request.user, reason.cleaned_data.get("reason", "") if reason.is_valid() else "")
    messages.success(request, done)
    return redirect("legal_admin:edit", pk=pk)


def late_list(request):
    _require(workflow.can_enter(request.user) or workflow.can_approve_any(request.user))
    rows = [(document, deadlines.days_late(document)) for document in
            deadlines.late_documents()[:500]]
    return _page(request, "late.html", "Văn bản đăng tải trễ hạn", rows=rows,
                 own_days=deadlines.OWN_DAYS, others_days=deadlines.OTHERS_DAYS)


def flagged_list(request):
    _require(workflow.can_enter(request.user) or workflow.can_approve_any(request.user))
    return _page(request, "flagged.html", "Tệp cần Văn phòng xử lý", files=flagged_files()[:500])


def draft_index(request):
    _require(workflow.can_moderate(request.user))
    items = Draft.objects.all()
    return _page(request, "drafts.html", "Dự thảo lấy ý kiến", drafts=items,
                 can_enter=workflow.can_enter(request.user))


def draft_form(request, pk=None):
    _require(workflow.can_enter(request.user))
    instance = get_object_or_404(Draft, pk=pk) if pk else None
    form = DraftForm(request.POST or None, request.FILES or None, instance=instance)
    if request.legal_upload_too_large:
        form.add_error("file", extraction.too_large_message(request.legal_upload_too_large))
    if request.method == "POST" and form.is_valid():
        draft = form.save(commit=False)
        if draft.created_by_id is None:
            draft.created_by = request.user
        draft.save()
        log(draft, "congtin.legal.draft_save", user=request.user)
        messages.success(request, "Đã lưu dự thảo.")
        return redirect("legal_admin:draft_comments", pk=draft.pk)
    return _page(request, "form.html", "Dự thảo lấy ý kiến", form=form, multipart=True)


def draft_comments(request, pk):
    _require(workflow.can_moderate(request.user))
    draft = get_object_or_404(Draft, pk=pk)
    return _page(request, "comments.html", f"Góp ý: {draft.title}", draft=draft,
                 comments=draft.comments.select_related("moderated_by"),
                 response_form=ResponseForm(), closed=draft.has_closed())


@require_POST
def comment_moderate(request, pk, decision):
    comment = get_object_or_404(DraftComment, pk=pk)
    drafts.moderate(comment, request.user, approve=decision == "duyet")
    messages.success(request, f"Góp ý của {comment.name}: {comment.get_state_display().lower()}.")
    return redirect("legal_admin:draft_comments", pk=comment.draft_id)


@require_POST
def comment_respond(request, pk):
    comment = get_object_or_404(DraftComment, pk=pk)
    form = ResponseForm(request.POST)
    _require(workflow.can_moderate(request.user))
    if form.is_valid():
        drafts.respond(comment, request.user, form.cleaned_data["response"])
        messages.success(request, "Đã ghi ý kiến giải trình.")
    else:
        messages.error(request, "Nhập nội dung giải trình.")
    return redirect("legal_admin:draft_comments", pk=comment.draft_id)


@require_POST
def draft_publish_responses(request, pk):
    draft = get_object_or_404(Draft, pk=pk)
    drafts.publish_responses(draft, request.user)
    messages.success(request, "Đã công bố ý kiến giải trình trên cổng.")
    return redirect("legal_admin:draft_comments", pk=pk)


def draft_export(request, pk):
    _require(workflow.can_moderate(request.user))
    draft = get_object_or_404(Draft, pk=pk)
    log(draft, "congtin.legal.export", user=request.user)
    response = HttpResponse(
        drafts.export_xlsx(draft),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="gop-y-{draft.slug}.xlsx"'
    return response
