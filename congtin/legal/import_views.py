"""Admin screens of the bulk import: upload, dry run report, progress."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from . import importer, workflow
from .extraction import too_large_message
from .models import ImportRun
from .uploads import max_import_bytes


class ImportForm(forms.Form):
    sheet = forms.FileField(label="Danh sách văn bản (CSV hoặc XLSX)")
    bundle = forms.FileField(label="Tệp văn bản (ZIP, không bắt buộc)", required=False)
    dry_run = forms.BooleanField(label="Chỉ kiểm tra, chưa nhập", required=False, initial=True)


def _render(request, template, **context):
    return render(request, f"legal/admin/{template}",
                  {"header_icon": "doc-full-inverse", **context})


def start(request):
    if not workflow.can_enter(request.user):
        raise PermissionDenied("Chỉ Văn phòng được nhập văn bản.")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.legal_upload_too_large:
        form.add_error("bundle", too_large_message(request.legal_upload_too_large,
                                                   max_import_bytes()))
    results = None
    if request.method == "POST" and form.is_valid():
        sheet, bundle = form.cleaned_data["sheet"], form.cleaned_data["bundle"]
        try:
            rows = importer.read_sheet(sheet.name, sheet.read())
            names = importer.bundle_names(bundle)
        except importer.SheetError as error:
            form.add_error("sheet", str(error))
        else:
            if form.cleaned_data["dry_run"]:
                results = importer.check_rows(rows, names)
            else:
                return _launch(request, sheet, bundle)
    return _render(request, "import.html", page_title="Nhập văn bản hàng loạt", form=form,
                   results=results,
                   bad=sum(1 for r in results if r.errors) if results else 0)


def _launch(request, sheet, bundle):
    sheet.seek(0)
    run = ImportRun.objects.create(started_by=request.user, sheet=sheet,
                                   bundle=bundle or "")
    importer.run_import.enqueue(run.pk)
    return redirect("legal_admin:import_progress", pk=run.pk)


def progress(request, pk):
    if not (workflow.can_enter(request.user) or workflow.can_oversee(request.user)):
        raise PermissionDenied("Anh/chị không có quyền xem lượt nhập này.")
    run = get_object_or_404(ImportRun, pk=pk)
    percent = int(100 * run.done / run.total) if run.total else 0
    return _render(request, "import_progress.html", page_title="Tiến độ nhập văn bản", run=run,
                   percent=percent, pending=run.documents.filter(state="pending").count(),
                   can_approve=workflow.can_approve_import(request.user, run))


@require_POST
def approve_run(request, pk):
    run = get_object_or_404(ImportRun, pk=pk)
    if not workflow.can_approve_import(request.user, run):
        raise PermissionDenied("Chỉ Trưởng ban hoặc Phó ban được ủy quyền (bước 3 của quy trình "
                               "duyệt) công bố một lượt nhập; người nhập không tự duyệt.")
    count = importer.approve_run(run, request.user)
    messages.success(request, f"Đã duyệt và công bố {count} văn bản.")
    return redirect("legal_admin:import_progress", pk=pk)
