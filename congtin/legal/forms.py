"""Forms of the library's admin screens and the public comment form.

Every text passes `vntext.normalize` (Đ.7.3); impossible dates and bad số ký
hiệu are refused field by field with a message saying what to write.
"""

from django import forms
from django.core.exceptions import ValidationError

from congtin.vntext import normalize

from . import documents, extraction
from .models import TYPE_BY_CODE, Draft, DraftComment, LegalDocument, RelationKind
from .symbols import SymbolError, parse_symbol


class NormalizingMixin:
    """NFC and legacy-encoding repair for every text field."""

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = normalize(value, multiline=True).strip()
        return cleaned


DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DocumentForm(NormalizingMixin, forms.ModelForm):
    class Meta:
        model = LegalDocument
        fields = ["symbol", "doc_type", "issuer", "signer", "signer_title", "issue_date",
                  "effective_date", "expiry_date", "expiry_reason", "gazette_date", "sector",
                  "field", "scope", "summary", "full_text", "suspended", "partly_expired",
                  "deadline_tracked"]
        widgets = {name: DATE_WIDGET for name in
                   ["issue_date", "effective_date", "expiry_date", "gazette_date"]}

    def clean_symbol(self):
        raw = self.cleaned_data["symbol"]
        try:
            self.parsed_symbol = parse_symbol(raw)
        except SymbolError as error:
            raise ValidationError(str(error)) from error
        return str(self.parsed_symbol)

    def clean(self):
        cleaned = super().clean()
        self._check_dates(cleaned)
        symbol = getattr(self, "parsed_symbol", None)
        if symbol and cleaned.get("doc_type"):
            expected = TYPE_BY_CODE.get(symbol.type_code)
            if expected and cleaned["doc_type"] != expected:
                self.add_error("doc_type", f"Ký hiệu {symbol.type_code} là "
                                           f"{expected.label}, không khớp loại đã chọn.")
        if symbol and cleaned.get("issue_date") and not self.errors:
            self._check_duplicate(cleaned)
        return cleaned

    def _check_dates(self, cleaned):
        issued = cleaned.get("issue_date")
        for name, label in (("effective_date", "Ngày có hiệu lực"),
                            ("expiry_date", "Ngày hết hiệu lực"),
                            ("gazette_date", "Ngày đăng công báo")):
            value = cleaned.get(name)
            if issued and value and value < issued:
                self.add_error(name, f"{label} ({value:%d/%m/%Y}) không thể trước ngày ban "
                                     f"hành ({issued:%d/%m/%Y}).")
        effective, expiry = cleaned.get("effective_date"), cleaned.get("expiry_date")
        if effective and expiry and expiry <= effective:
            self.add_error("expiry_date", "Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        if expiry and not cleaned.get("expiry_reason"):
            self.add_error("expiry_reason", "Ghi lý do hết hiệu lực.")
        symbol = getattr(self, "parsed_symbol", None)
        if symbol and symbol.year and issued and symbol.year != issued.year:
            self.add_error("issue_date", f"Năm trong số ký hiệu là {symbol.year} nhưng ngày "
                                         f"ban hành là {issued:%d/%m/%Y}.")

    def _check_duplicate(self, cleaned):
        probe = LegalDocument(pk=self.instance.pk, symbol=cleaned["symbol"],
                              issue_date=cleaned["issue_date"])
        documents.apply_symbol(probe, self.parsed_symbol)
        other = documents.duplicate_of(probe)
        if other:
            self.add_error("symbol", f"Đã có văn bản số {other.symbol} của cùng cơ quan trong "
                                     f"năm {probe.numbering_year} (ban hành "
                                     f"{other.issue_date:%d/%m/%Y}).")


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp PDF, DOC hoặc DOCX")

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.kind = extraction.check_upload(uploaded)
        except extraction.FileRefused as error:
            raise ValidationError(str(error)) from error
        return uploaded


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label="Văn bản này", choices=RelationKind.choices)
    target_symbol = forms.CharField(label="Số ký hiệu văn bản kia", max_length=80)

    def clean_target_symbol(self):
        raw = self.cleaned_data["target_symbol"]
        try:
            symbol = parse_symbol(raw)
        except SymbolError as error:
            raise ValidationError(str(error)) from error
        found = LegalDocument.objects.filter(symbol=str(symbol)).order_by("-issue_date").first()
        if found is None:
            raise ValidationError(f"Chưa có văn bản {symbol} trong thư viện.")
        self.target = found
        return str(symbol)


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Lý do", max_length=500, widget=forms.Textarea(
        attrs={"rows": 2}))


class DraftForm(NormalizingMixin, forms.ModelForm):
    class Meta:
        model = Draft
        fields = ["title", "slug", "summary", "full_text", "file", "drafting_unit",
                  "receiving_address", "receiving_email", "opens_at", "closes_at", "is_public"]
        widgets = {"opens_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
                   "closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"})}

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):
            try:
                extraction.check_upload(uploaded)
            except extraction.FileRefused as error:
                raise ValidationError(str(error)) from error
        return uploaded

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", "Hạn góp ý phải sau ngày bắt đầu lấy ý kiến.")
        return cleaned


class CommentForm(NormalizingMixin, forms.ModelForm):
    # A field people never see (hidden by CSS and from assistive technology): bots fill it.
    website = forms.CharField(required=False, label="Để trống ô này")

    class Meta:
        model = DraftComment
        fields = ["name", "email", "organisation", "article", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"] = forms.ChoiceField(
            label="Điều, mục góp ý", choices=[(label, label) for label in articles])

    def is_bot(self):
        return bool(self.data.get("website"))


class ResponseForm(NormalizingMixin, forms.Form):
    response = forms.CharField(label="Ý kiến tiếp thu, giải trình", max_length=5000,
                               widget=forms.Textarea(attrs={"rows": 3}))
