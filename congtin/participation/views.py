"""Receiving a rating: a plain form POST (works without JavaScript), then a
redirect back to the page with a thank-you note."""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from wagtail.log_actions import log

from .forms import SCORES, ChoiceForm, RatingForm, is_local_address
from .models import Rating
from .ratelimit import allow

THANKS_PARAM = "da-danh-gia"


def _safe_next(next_url):
    """The address to go back to: a path on this site, else the home page."""
    next_url = (next_url or "").strip()
    return next_url if is_local_address(next_url) else "/"


def _back(next_url, target):
    base, _, _ = _safe_next(next_url).partition("#")
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{THANKS_PARAM}={target}#danh-gia-{target}"


@never_cache
@ensure_csrf_cookie
def rate(request):
    """GET: the confirmation form (score chosen on the page, optional comment,
    CSRF token); POST: save and go back. The pages themselves carry only a GET
    form, so they set no cookie and stay cacheable."""
    if request.method == "POST":
        return _save(request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = ChoiceForm(request.GET)
    if not form.is_valid():
        return _refused(request, form, request.GET.get("next", "/"))
    page = form.cleaned_data["page"]
    return render(request, "participation/rate.html", {
        "target_page": page, "score": form.cleaned_data.get("score"),
        "next_url": _safe_next(form.cleaned_data["next"]), "scores": SCORES,
        "hide_site_rating": True})


def _refused(request, form, back):
    errors = [error for field_errors in form.errors.values() for error in field_errors]
    return render(request, "participation/rating_refused.html",
                  {"errors": errors, "back": _safe_next(back), "hide_site_rating": True},
                  status=400)


def _save(request):
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _refused(request, form, request.POST.get("next", "/"))
    page = form.cleaned_data["page"]
    target = page.pk if page else 0
    if not allow(request, target):
        return render(request, "participation/rating_refused.html", {
            "errors": ["Bạn đã đánh giá mục này hôm nay hoặc đã gửi quá nhiều đánh giá. "
                       "Xin cảm ơn và mời bạn quay lại sau."],
            "back": form.cleaned_data["next"], "hide_site_rating": True}, status=429)
    rating = Rating.objects.create(page=page, score=form.cleaned_data["score"],
                                   comment=form.cleaned_data["comment"],
                                   language=(translation.get_language() or "vi")[:8])
    # Anonymous: the log names no user and keeps no address.
    log(rating, "congtin.participation.rate", data={"score": rating.score, "page": target})
    return HttpResponseRedirect(_back(form.cleaned_data["next"], target))
