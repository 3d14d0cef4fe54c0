"""Receiving a rating: a plain form POST (works without JavaScript), then a
redirect back to the page with a thank-you note."""

from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from .forms import RatingForm
from .models import Rating
from .ratelimit import allow

THANKS_PARAM = "da-danh-gia"


def _back(request, next_url, target):
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        next_url = "/"
    base, _, _ = next_url.partition("#")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{THANKS_PARAM}={target}#danh-gia-{target}"


@never_cache
@require_POST
def rate(request):
    form = RatingForm(request.POST)
    if not form.is_valid():
        errors = [error for field_errors in form.errors.values() for error in field_errors]
        return render(request, "participation/rating_refused.html",
                      {"errors": errors, "back": request.POST.get("next", "/")}, status=400)
    page = form.cleaned_data["page"]
    target = page.pk if page else 0
    if not allow(request, target):
        return render(request, "participation/rating_refused.html", {
            "errors": ["Bạn đã đánh giá mục này hôm nay hoặc đã gửi quá nhiều đánh giá. "
                       "Xin cảm ơn và mời bạn quay lại sau."],
            "back": form.cleaned_data["next"] or "/"}, status=429)
    rating = Rating.objects.create(page=page, score=form.cleaned_data["score"],
                                   comment=form.cleaned_data["comment"],
                                   language=(translation.get_language() or "vi")[:8])
    # Anonymous: the log names no user and keeps no address.
    log(rating, "congtin.participation.rate", data={"score": rating.score, "page": target})
    return redirect(_back(request, form.cleaned_data["next"] or "/", target))
