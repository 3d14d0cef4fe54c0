"""Admin: import monthly figures from CSV/XLSX, with a dry run first."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .importing import ImportError_, import_file
from .policy import can_manage


class ImportForm(forms.Form):
    file = forms.FileField(label="Tệp số liệu (.csv hoặc .xlsx)",
                           help_text="Dòng đầu là tiêu đề: Năm, Tháng, Tiếp nhận, Đã giải quyết, "
                                     "Đúng hạn. Mỗi dòng sau là một tháng.")


def import_view(request):
    if not can_manage(request.user):
        raise PermissionDenied
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        dry_run = "save" not in request.POST
        try:
            rows = import_file(upload.name, upload.read(), dry_run=dry_run, user=request.user)
            result = {"rows": rows, "dry_run": dry_run,
                      "good": sum(1 for row in rows if row.ok),
                      "bad": [row for row in rows if not row.ok]}
        except ImportError_ as error:
            form.add_error("file", str(error))
    return render(request, "onestop/admin/import.html", {"form": form, "result": result})
