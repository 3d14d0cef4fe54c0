from django import forms
from django.utils.translation import gettext_lazy as _

from congtin.vntext import normalize

SCORES = [
    (5, _("Rất hài lòng")),
    (4, _("Hài lòng")),
    (3, _("Bình thường")),
    (2, _("Không hài lòng")),
    (1, _("Rất không hài lòng")),
]


class ChoiceForm(forms.Form):
    """The first step, sent from the page by GET: which item, which score."""

    score = forms.TypedChoiceField(choices=SCORES, coerce=int, required=False,
                                   error_messages={"invalid_choice": "Mức hài lòng phải từ 1 đến 5."})
    page = forms.CharField(required=False, max_length=12)
    next = forms.CharField(required=False, max_length=2000)

    def clean_page(self):
        return live_page(self.cleaned_data["page"])


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(label="Mức độ hài lòng", choices=SCORES, coerce=int,
                                   error_messages={"required": "Vui lòng chọn mức độ hài lòng.",
                                                   "invalid_choice": "Mức hài lòng phải từ 1 đến 5."})
    comment = forms.CharField(label="Góp ý (không bắt buộc)", required=False, max_length=2000,
                              error_messages={"max_length": "Góp ý dài tối đa 2.000 ký tự."})
    page = forms.CharField(required=False, max_length=12)
    next = forms.CharField(required=False, max_length=2000)

    def clean_comment(self):
        return normalize(self.cleaned_data["comment"])

    def clean_page(self):
        return live_page(self.cleaned_data["page"])


def live_page(raw):
    """"" → None (the site as a whole); a live public page's id → the page."""
    raw = (raw or "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 10:
        raise forms.ValidationError("Trang không hợp lệ.")
    from wagtail.models import Page

    page = Page.objects.live().public().filter(pk=int(raw)).first()
    if page is None:
        raise forms.ValidationError("Trang không hợp lệ.")
    return page.specific_deferred
