"""Public forms: asking a question and looking up its status."""

import re
import secrets

from django import forms

from congtin.vntext import normalize

from .files import MAX_FILES
from .models import Field


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        items = [item for item in (data or []) if item] if isinstance(data, list | tuple) \
            else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


FORM_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_form_token():
    return secrets.token_urlsafe(24)


def _clean_text(value, multiline=False):
    return normalize(value or "", multiline=multiline).strip()


class AskForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    email = forms.EmailField(label="Thư điện tử", max_length=254,
                             help_text="Mã tra cứu và câu trả lời được gửi về địa chỉ này.")
    phone = forms.RegexField(label="Điện thoại (không bắt buộc)", required=False, max_length=20,
                             regex=r"^[0-9 +().-]{6,20}$",
                             error_messages={"invalid": "Số điện thoại không hợp lệ."})
    organisation = forms.CharField(label="Cơ quan, doanh nghiệp (không bắt buộc)",
                                   required=False, max_length=200)
    field = forms.ChoiceField(label="Lĩnh vực", choices=Field.choices)
    title = forms.CharField(label="Tiêu đề câu hỏi", max_length=300)
    body = forms.CharField(label="Nội dung câu hỏi", max_length=10_000,
                           widget=forms.Textarea(attrs={"rows": 8}))
    attachments = MultipleFileField(
        label="Tệp đính kèm (không bắt buộc)", required=False,
        help_text="Tối đa 3 tệp PDF, DOC, DOCX, XLS, XLSX, JPG, PNG.")
    # Honeypot: hidden from people and from assistive technology; bots fill it.
    website = forms.CharField(label="Để trống ô này", required=False)
    challenge = forms.CharField(widget=forms.HiddenInput)
    # One per form page, kept while the form comes back with errors: a retry of
    # the same sending is recognised by it (views.submission_key).
    form_token = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)
    nonce = forms.CharField(required=False, widget=forms.HiddenInput, max_length=20)
    answer = forms.CharField(label="Kết quả phép tính", required=False, max_length=5)

    def clean_name(self):
        return _clean_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return _clean_text(self.cleaned_data["organisation"])

    def clean_title(self):
        value = _clean_text(self.cleaned_data["title"])
        if not value:
            raise forms.ValidationError("Vui lòng nhập tiêu đề.")
        return value

    def clean_body(self):
        value = _clean_text(self.cleaned_data["body"], multiline=True)
        if len(value) < 10:
            raise forms.ValidationError("Nội dung câu hỏi quá ngắn.")
        return value

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_form_token(self):
        # A page from before tokens, or a forged one: sent as it is, only not
        # recognised on a retry.
        token = self.cleaned_data["form_token"]
        return token if FORM_TOKEN.fullmatch(token) else ""

    def clean_attachments(self):
        items = self.cleaned_data.get("attachments") or []
        if len(items) > MAX_FILES:
            raise forms.ValidationError(f"Chỉ được gửi tối đa {MAX_FILES} tệp.")
        return items


class LookupForm(forms.Form):
    code = forms.CharField(label="Mã tra cứu", max_length=20,
                           help_text="Ví dụ: HD-2026-000042")
    email = forms.EmailField(label="Thư điện tử đã dùng khi gửi câu hỏi", max_length=254)

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
