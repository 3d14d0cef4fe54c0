"""The Office's screens in the Wagtail admin (Đ.9.2.b): documents, their
files and relations, their way through the editorial chain (Đ.7.1), late
documents, drafts and their comments. Every view checks the role on the
server, also for POSTs; the chain's steps check their own people."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from . import changes, deadlines, documents, drafts, extraction, workflow
from .forms import DocumentForm, ReasonForm, RelationForm, ResponseForm, UploadForm
from .models import (
    DocumentFile,
    DocumentRelation,
    Draft,
    DraftComment,
    LegalDocument,
    Publication,
)

ICON = "doc-full-inverse"


def _require(allowed):
    if not allowed:
        raise PermissionDenied("Anh/chị không có quyền thực hiện thao tác này.")


def _page(request, template, title, **context):
    return render(request, f"legal/admin/{template}", {
        "page_title": title, "header_icon": ICON, **context}, status=context.pop("status", 200))


def document_index(request):
    _require(workflow.can_enter(request.user) or workflow.can_oversee(request.user))
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
    """The latest version: for a published document with a change waiting in
    the chain, the change (the public page still shows the approved one)."""
    row = get_object_or_404(LegalDocument.objects.select_related("issuer"), pk=pk)
    document = row.get_latest_revision_as_object()
    can_enter = workflow.can_enter(request.user)
    actions = workflow.actions_for(row, request.user)
    _require(can_enter or workflow.can_oversee(request.user) or actions)
    may_edit = (can_enter or bool(actions)) and not workflow.locked_for(row, request.user)
    form = DocumentForm(request.POST or None, instance=document)
    if request.method == "POST":
        _require(may_edit)
        if form.is_valid():
            saved = documents.save(form.instance, request.user, "edit")
            messages.success(request, "Đã lưu thay đổi; bản đã công bố vẫn hiển thị đến khi "
                             "quy trình duyệt xong." if saved.state == saved.State.PUBLISHED
                             else "Đã lưu thay đổi.")
            return redirect("legal_admin:edit", pk=pk)
    return _page(request, "edit.html", f"Văn bản {document.symbol}", form=form,
                 document=document, row=row, can_enter=can_enter, may_edit=may_edit,
                 can_submit=workflow.can_submit(request.user, row),
                 step=workflow.current_step_name(row), actions=actions,
                 can_withdraw=workflow.can_oversee(request.user),
                 may_change=changes.may_change(request.user, row),
                 files=row.files.all(), upload_form=UploadForm(),
                 relation_form=RelationForm(), reason_form=ReasonForm(auto_id="ly-do-%s"),
                 withdraw_form=ReasonForm(auto_id="go-%s"),
                 outgoing=row.outgoing_relations.select_related("target"),
                 incoming=row.incoming_relations.select_related("source"))


@require_POST
def document_upload(request, pk):
    """Oversized uploads were already stopped by uploads.UploadLimitMiddleware.
    On a published document the file waits for the chain (changes.py)."""
    _require(workflow.can_enter(request.user))
    document = get_object_or_404(LegalDocument, pk=pk)
    _require(changes.may_change(request.user, document))
    form = UploadForm(request.POST, request.FILES)
    if request.legal_upload_too_large:
        messages.error(request, extraction.too_large_message(request.legal_upload_too_large))
        return redirect("legal_admin:edit", pk=pk)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("file", ["Chưa chọn tệp."])))
        return redirect("legal_admin:edit", pk=pk)
    item = changes.attach(document, form.cleaned_data["file"], form.kind, request.user)
    messages.success(request, f"Đã tải lên {item.original_name}; văn bản đang được trích."
                     + (PENDING_NOTE if item.publication == Publication.PENDING_ADD else ""))
    return redirect("legal_admin:edit", pk=pk)


PENDING_NOTE = (" Văn bản đã công bố: thay đổi chờ quy trình duyệt (Điều 7.1), cổng vẫn "
                "hiển thị bản đã duyệt.")


@require_POST
def file_delete(request, pk):
    _require(workflow.can_enter(request.user))
    item = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk)
    document_pk, was_public = item.document_id, item.publication != Publication.PENDING_ADD
    changes.detach(item, request.user)
    gone = not DocumentFile.objects.filter(pk=pk).exists()
    messages.success(request, _removal_message("tệp", gone, was_public))
    return redirect("legal_admin:edit", pk=document_pk)


def _removal_message(what, gone, was_public):
    if not gone:
        return (f"{what.capitalize()} sẽ được gỡ khi quy trình duyệt xong; đến lúc đó vẫn "
                "hiển thị trên cổng.")
    return f"Đã xóa {what}." if was_public else f"Đã rút {what} chờ duyệt."


@require_POST
def file_keep(request, pk):
    """Cancel a pending removal: the file stays."""
    _require(workflow.can_enter(request.user))
    item = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk)
    changes.keep(item, request.user)
    messages.success(request, f"Giữ lại tệp {item.original_name}.")
    return redirect("legal_admin:edit", pk=item.document_id)


def file_download(request, pk):
    """The admin's copy of a file, also one waiting for approval (which has
    no public address): for those who see the document in the admin."""
    item = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk)
    _require(workflow.can_enter(request.user) or workflow.can_oversee(request.user)
             or workflow.actions_for(item.document, request.user))
    try:
        content = item.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("Không tìm thấy tệp.") from error
    return FileResponse(content, as_attachment=True, filename=item.original_name)


@require_POST
def relation_add(request, pk):
    _require(workflow.can_enter(request.user))
    document = get_object_or_404(LegalDocument, pk=pk)
    _require(changes.may_change(request.user, document))
    form = RelationForm(request.POST)
    if form.is_valid():
        try:
            relation = changes.relate(document, form.target, form.cleaned_data["kind"],
                                      request.user)
            messages.success(request, "Đã thêm quan hệ." + (
                PENDING_NOTE if relation.publication == Publication.PENDING_ADD else ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
    return redirect("legal_admin:edit", pk=pk)


@require_POST
def relation_delete(request, pk):
    _require(workflow.can_enter(request.user))
    relation = get_object_or_404(DocumentRelation.objects.select_related("source", "target"),
                                 pk=pk)
    was_public = relation.publication != Publication.PENDING_ADD
    changes.unrelate(relation, request.user)
    gone = not DocumentRelation.objects.filter(pk=pk).exists()
    messages.success(request, _removal_message("quan hệ", gone, was_public))
    return redirect("legal_admin:edit", pk=relation.source_id)


@require_POST
def relation_keep(request, pk):
    """Cancel a pending removal: the relation stays."""
    _require(workflow.can_enter(request.user))
    relation = get_object_or_404(DocumentRelation.objects.select_related("source", "target"),
                                 pk=pk)
    changes.keep(relation, request.user)
    messages.success(request, "Giữ lại quan hệ.")
    return redirect("legal_admin:edit", pk=relation.source_id)


MESSAGES = {
    "submit": "Đã gửi văn bản vào quy trình duyệt (Điều 7.1).",
    "approve": "Đã duyệt ở bước này.",
    "reject": "Đã trả lại văn bản (kèm lý do).",
    "withdraw": "Đã gỡ văn bản khỏi cổng.",
}


@require_POST
def document_action(request, pk, action):
    """Submit, a step of the chain (approve / reject, as the step's task
    decides who), or withdraw."""
    document = get_object_or_404(LegalDocument, pk=pk)
    if action not in MESSAGES:
        raise PermissionDenied("Thao tác không hợp lệ.")
    reason = ReasonForm(request.POST)
    if action in {"reject", "withdraw"} and not reason.is_valid():
        messages.error(request, "Ghi lý do.")
        return redirect("legal_admin:edit", pk=pk)
    text = reason.cleaned_data.get("reason", "") if reason.is_valid() else ""
    if action == "submit":
        workflow.submit(document, request.user)
    elif action == "withdraw":
        workflow.withdraw(document, request.user, text)
    else:
        workflow.act(document, request.user, action, text)
    messages.success(request, MESSAGES[action])
    return redirect("legal_admin:edit", pk=pk)


def late_list(request):
    _require(workflow.can_enter(request.user) or workflow.can_oversee(request.user))
    rows = [(document, deadlines.days_late(document)) for document in
            deadlines.late_documents()[:500]]
    return _page(request, "late.html", "Văn bản đăng tải trễ hạn", rows=rows,
                 own_days=deadlines.OWN_DAYS, others_days=deadlines.OTHERS_DAYS)


def flagged_list(request):
    _require(workflow.can_enter(request.user) or workflow.can_oversee(request.user))
    return _page(request, "flagged.html", "Tệp cần Văn phòng xử lý", files=flagged_files()[:500])


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
