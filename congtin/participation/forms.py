import unicodedata

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme
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

    def clean_next(self):
        # The forms send the page's own address: anything else was forged, and
        # the whole rating is refused (bad input changes nothing).
        next_url = self.cleaned_data["next"].strip() or "/"
        if not is_local_address(next_url):
            raise forms.ValidationError("Địa chỉ trang quay lại không hợp lệ.")
        return next_url


def is_local_address(url):
    """Whether `url` is a path on this site ("/tin-tuc/?page=2"), safe to send a
    visitor back to: one leading slash, no scheme or host, no control character."""
    return (url.startswith("/") and not url.startswith(("//", "/\\"))
            and not any(unicodedata.category(char).startswith("C") for char in url)
            and url_has_allowed_host_and_scheme(url, allowed_hosts=set()))


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
