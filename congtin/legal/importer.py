"""Bulk import of an existing library: a CSV or XLSX sheet plus a ZIP of files.

Each row goes through the same form as a document typed in the admin, so the
same rules apply (số ký hiệu, dates, duplicates). A dry run reports every
row's problems by row number and changes nothing; a real run imports the
good rows in a background task and records its progress, which the Office
watches in the admin. Imported documents wait for a second person's approval
like any other, and their update deadlines are not tracked (they are old).
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django_tasks import task
from wagtail.log_actions import log

from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.vntext import decode_bytes, fold, normalize

from . import documents, extraction
from .files import store_file
from .forms import DocumentForm
from .models import DocumentType, ImportRun, IssuingBody, LegalField, Scope
from .uploads import max_import_bytes

# Column heading (folded) → form field.
COLUMNS = {
    "so ky hieu": "symbol", "loai van ban": "doc_type", "co quan ban hanh": "issuer",
    "nguoi ky": "signer", "chuc danh": "signer_title", "ngay ban hanh": "issue_date",
    "ngay co hieu luc": "effective_date", "ngay het hieu luc": "expiry_date",
    "ly do het hieu luc": "expiry_reason", "ngay dang cong bao": "gazette_date",
    "nganh": "sector", "linh vuc": "field", "pham vi": "scope", "trich yeu": "summary",
    "tep": "file",
}
REQUIRED = {"symbol", "doc_type", "issuer", "issue_date", "summary"}
DATE_FIELDS = {"issue_date", "effective_date", "expiry_date", "gazette_date"}
MAX_ROWS = 20_000
# The ZIP of files: one per row, and their folders.
BUNDLE_MAX_ENTRIES = 2 * MAX_ROWS
TYPE_BY_LABEL = {fold(label): value for value, label in DocumentType.choices}
SCOPE_BY_LABEL = {fold(label): value for value, label in Scope.choices}


class SheetError(ValueError):
    """The sheet as a whole cannot be read."""


@dataclass
class RowResult:
    number: int  # as the Office sees it in the spreadsheet (header is row 1)
    symbol: str
    errors: list = field(default_factory=list)


def read_sheet(name, data):
    """[(row number, {field: text})] from CSV or XLSX bytes."""
    if name.lower().endswith(".xlsx"):
        rows = _xlsx_rows(data)
    elif name.lower().endswith(".csv"):
        rows = list(csv.reader(io.StringIO(decode_bytes(data).text)))
    else:
        raise SheetError("Tệp danh sách phải là CSV hoặc XLSX.")
    if not rows:
        raise SheetError("Tệp danh sách trống.")
    header = [COLUMNS.get(fold(str(cell or "")).strip()) for cell in rows[0]]
    missing = REQUIRED - set(header)
    if missing:
        raise SheetError("Thiếu cột: " + ", ".join(sorted(_heading(name) for name in missing)))
    if len(rows) - 1 > MAX_ROWS:
        raise SheetError(f"Mỗi lần nhập tối đa {MAX_ROWS} dòng.")
    return [(index, {key: _text(cell) for key, cell in zip(header, row, strict=False) if key})
            for index, row in enumerate(rows[1:], start=2) if any(_text(c) for c in row)]


def _heading(field_name):
    return next(h for h, f in COLUMNS.items() if f == field_name)


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        open_archive(data).close()  # a "zip bomb" stops here, before openpyxl
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ArchiveRefused as refusal:
        raise SheetError(f"Tệp XLSX: {refusal}") from None
    except Exception as error:  # openpyxl raises many kinds on a broken file
        raise SheetError("Không đọc được tệp XLSX.") from error
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def _text(cell):
    if isinstance(cell, datetime.datetime):
        return cell.date().strftime("%d/%m/%Y")
    if isinstance(cell, datetime.date):
        return cell.strftime("%d/%m/%Y")
    return normalize(str(cell if cell is not None else ""), multiline=False).strip()


def form_data(values):
    """The row as DocumentForm data; issuers and fields by name."""
    data = {key: value for key, value in values.items() if key != "file"}
    data["doc_type"] = TYPE_BY_LABEL.get(fold(values.get("doc_type", "")), values.get("doc_type"))
    data["scope"] = SCOPE_BY_LABEL.get(fold(values.get("scope", "")), Scope.NATIONAL)
    for name in DATE_FIELDS:
        data[name] = _iso_date(values.get(name, ""))
    issuer = IssuingBody.objects.filter(name__iexact=values.get("issuer", "")).first()
    data["issuer"] = issuer.pk if issuer else ""
    area = LegalField.objects.filter(name__iexact=values.get("field", "")).first()
    data["field"] = area.pk if area else ""
    return data


def _iso_date(text):
    if not text:
        return ""
    try:
        return datetime.datetime.strptime(text, "%d/%m/%Y").date().isoformat()
    except ValueError:
        return text  # the form reports it as an invalid date


def check_rows(rows, bundle_names):
    """Validate without writing: a RowResult per row, errors by row number."""
    results, seen = [], {}
    for number, values in rows:
        result = RowResult(number, values.get("symbol", ""))
        if values.get("issuer") and not IssuingBody.objects.filter(
                name__iexact=values["issuer"]).exists():
            result.errors.append(f"Cơ quan ban hành “{values['issuer']}” chưa có trong danh mục.")
        form = DocumentForm(form_data(values))
        if not form.is_valid():
            result.errors += [f"{_label(form, name)}: {message}"
                              for name, messages in form.errors.items() for message in messages
                              if not (name == "issuer" and result.errors)]
        else:
            key = (form.cleaned_data["symbol"], form.cleaned_data["issue_date"].year)
            if key in seen:
                result.errors.append(f"Trùng số ký hiệu với dòng {seen[key]}.")
            seen[key] = number
        wanted = values.get("file", "")
        if wanted and wanted not in bundle_names:
            result.errors.append(f"Không thấy tệp “{wanted}” trong tệp ZIP.")
        results.append(result)
    return results


def _label(form, name):
    return form.fields[name].label if name in form.fields else "Dòng"


def bundle_names(bundle_file):
    """{file name: path in the ZIP}. The ZIP's records are checked (entries,
    declared sizes, ratios), not its contents: each file is read alone when
    its row is imported, never past its declared size (_attach)."""
    if not bundle_file:
        return {}
    try:
        with open_archive(bundle_file, max_entries=BUNDLE_MAX_ENTRIES,
                          max_unpacked=2 * max_import_bytes(), read=False) as archive:
            return {PurePosixPath(info.filename).name: info.filename
                    for info in archive.infolist() if not info.is_dir()}
    except ArchiveRefused as refusal:
        raise SheetError(f"Tệp ZIP: {refusal}") from None
    except zipfile.BadZipFile as error:
        raise SheetError("Tệp ZIP bị hỏng, không mở được.") from error


@task()
def run_import(run_id):
    """Background: import the good rows of a run, one transaction per row."""
    run = ImportRun.objects.get(pk=run_id)
    try:
        with run.sheet.open("rb") as handle:
            rows = read_sheet(run.sheet.name, handle.read())
        names = bundle_names(run.bundle.path) if run.bundle else {}
    except SheetError as error:
        ImportRun.objects.filter(pk=run_id).update(state=ImportRun.State.FAILED,
                                                   report=str(error))
        return
    ImportRun.objects.filter(pk=run_id).update(total=len(rows))
    report = []
    for done, (number, values) in enumerate(rows, start=1):
        problems = _import_row(run, values, names)
        if problems:
            report.append(f"Dòng {number}: {'; '.join(problems)}")
        ImportRun.objects.filter(pk=run_id).update(
            done=done, created=run.documents.count(), report="\n".join(report))
    ImportRun.objects.filter(pk=run_id).update(state=ImportRun.State.FINISHED)


def _import_row(run, values, names):
    form = DocumentForm(form_data(values))
    if not form.is_valid():
        return [m for messages in form.errors.values() for m in messages]
    with transaction.atomic():
        document = form.save(commit=False)
        document.deadline_tracked = False
        document.import_run = run
        document.state = document.State.PENDING
        documents.save(document, run.started_by, "import")
        wanted = values.get("file", "")
        if wanted and wanted in names:
            return _attach(run, document, names[wanted])
    return []


def _attach(run, document, inner_name):
    with zipfile.ZipFile(run.bundle.path) as archive:
        info = archive.getinfo(inner_name)
        if info.file_size > extraction.max_upload_bytes():
            return [extraction.too_large_message(info.file_size)]
        uploaded = SimpleUploadedFile(PurePosixPath(inner_name).name, archive.read(info))
    try:
        kind = extraction.check_upload(uploaded)
    except extraction.FileRefused as error:
        return [str(error)]
    store_file(document, uploaded, kind, run.started_by)
    return []


@transaction.atomic
def approve_run(run, user):
    """Publish every pending document of an import at once, approved by the
    chain's step 3 (workflow.can_approve_import)."""
    from . import workflow

    pending = run.documents.filter(state=documents.LegalDocument.State.PENDING)
    count = 0
    for document in pending:
        workflow.publish_imported(document, user)
        count += 1
    log(run, "congtin.legal.import", user=user, data={"da_duyet": count})
    return count
