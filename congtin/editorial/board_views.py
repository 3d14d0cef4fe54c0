"""Admin screens for the board's own records: information requests to units
(Đ.9.1.a, 11.1), the Head's delegations (Đ.12.2) and absences with stand-ins."""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.log_actions import log
from wagtail.models import Page

from . import chain
from .forms import AbsenceForm, DelegationForm, InformationRequestForm
from .models import Absence, Delegation, InformationRequest
from .queues import is_head_or_deputy, is_secretary


def _member_units(user):
    day = timezone.localdate()
    return [m.unit for m in user.person.board_memberships.active_on(day).filter(
        role="member").select_related("unit")] if hasattr(user, "person") else []


def _is_head(user):
    return chain.heads(timezone.localdate()).filter(user=user).exists()


def requests_view(request):
    """The board sees every request and the late ones per unit; a unit's board
    member sees the requests to their unit."""
    asks = is_secretary(request.user) or is_head_or_deputy(request.user)
    units = _member_units(request.user)
    if not (asks or units):
        raise PermissionDenied
    requests = InformationRequest.objects.select_related("unit").prefetch_related("items")
    if not asks:
        requests = requests.filter(unit__in=units)
    form = InformationRequestForm(request.POST or None) if asks else None
    if form and request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.requested_by = request.user
        item.save()
        log(item, "congtin.editorial.request", user=request.user,
            data={"unit": item.unit.name, "subject": item.subject, "due": str(item.due_date)})
        messages.success(request, "Đã gửi đề nghị cung cấp tin.")
        return redirect("editorial:requests")
    late = Counter(r.unit.name for r in requests if r.is_late())
    unit_pages = {}
    for unit in units:
        unit_pages[unit.pk] = Page.objects.filter(articlepage__providing_unit=unit).order_by(
            "-latest_revision_created_at")[:30]
    rows = [{"request": r, "late": r.is_late(), "pages": unit_pages.get(r.unit_id)}
            for r in requests]
    return render(request, "editorial/requests.html", {
        "form": form, "rows": rows, "late": sorted(late.items())})


@require_POST
def request_fulfil_view(request, pk):
    """The unit's board member links the items that answer the request."""
    item = get_object_or_404(InformationRequest, pk=pk)
    if item.unit not in _member_units(request.user):
        raise PermissionDenied
    ids = [int(v) for v in request.POST.getlist("items") if v.isdigit()]
    pages = Page.objects.filter(pk__in=ids, articlepage__providing_unit=item.unit)
    if not pages:
        messages.error(request, "Hãy chọn ít nhất một tin của đơn vị.")
        return redirect("editorial:requests")
    item.items.add(*pages)
    item.fulfilled_at = item.fulfilled_at or timezone.now()
    item.save()
    log(item, "congtin.editorial.request_fulfil", user=request.user,
        data={"items": [p.pk for p in pages]})
    messages.success(request, "Đã ghi nhận tin đáp ứng đề nghị.")
    return redirect("editorial:requests")


def delegations_view(request):
    """Only the Head grants delegations (Đ.12.2)."""
    if not (_is_head(request.user) or is_head_or_deputy(request.user)):
        raise PermissionDenied
    can_grant = _is_head(request.user)
    form = DelegationForm(request.POST or None, grantor=request.user.person) if can_grant else None
    if form and request.method == "POST" and form.is_valid():
        delegation = form.save()
        log(delegation, "congtin.editorial.delegate", user=request.user,
            data={"delegate": str(delegation.delegate), "from": str(delegation.start_date),
                  "to": str(delegation.end_date), "all": delegation.all_categories})
        messages.success(request, "Đã ủy quyền.")
        return redirect("editorial:delegations")
    return render(request, "editorial/delegations.html", {
        "form": form,
        "delegations": Delegation.objects.select_related("grantor", "delegate"),
        "absences": Absence.objects.select_related("person", "stand_in")})


def absences_view(request):
    """Record an absence: one's own, or anyone's for the Head and the
    secretariat; the stand-in must have the standing of each step (absences.py)."""
    from .absences import may_record_for_anyone, steps_held

    person = getattr(request.user, "person", None)
    for_anyone = may_record_for_anyone(request.user)
    if person is None or not (for_anyone or steps_held(person)):
        raise PermissionDenied
    form = AbsenceForm(request.POST or None, prefix="absence", recorder=person,
                       for_anyone=for_anyone)
    if request.method == "POST":
        if form.is_valid():
            absence = form.save()
            log(absence, "congtin.editorial.absence", user=request.user,
                data={"absent": str(absence.person), "stand_in": str(absence.stand_in),
                      "from": str(absence.start_date), "to": str(absence.end_date),
                      "reason": absence.reason})
            messages.success(request, "Đã ghi nhận vắng mặt và người thay thế.")
            return redirect("editorial:absences")
        messages.error(request, "Thông tin vắng mặt chưa hợp lệ, xem lỗi bên dưới.")
    absences = Absence.objects.filter(end_date__gte=timezone.localdate(),
                                      revoked_at__isnull=True).select_related("person",
                                                                              "stand_in")
    return render(request, "editorial/absences.html", {
        "form": form, "for_anyone": for_anyone,
        "rows": [{"absence": a, "can_cancel": for_anyone or a.person_id == person.pk}
                 for a in absences]})


@require_POST
def absence_cancel_view(request, pk):
    """The absent person, the Head or the secretariat ends an absence early."""
    from .absences import may_record_for_anyone

    absence = get_object_or_404(Absence, pk=pk, revoked_at__isnull=True)
    own = absence.person.user_id == request.user.pk
    if not (own or may_record_for_anyone(request.user)):
        raise PermissionDenied
    absence.revoked_at = timezone.now()
    absence.save(update_fields=["revoked_at"])
    log(absence, "congtin.editorial.absence_cancel", user=request.user,
        data={"absent": str(absence.person), "stand_in": str(absence.stand_in)})
    messages.success(request, "Đã hủy vắng mặt; người thay thế thôi xử lý thay.")
    return redirect("editorial:absences")


@require_POST
def delegation_revoke_view(request, pk):
    delegation = get_object_or_404(Delegation, pk=pk)
    if not (_is_head(request.user) and delegation.grantor.user_id == request.user.pk):
        raise PermissionDenied
    delegation.revoked_at = timezone.now()
    delegation.save(update_fields=["revoked_at"])
    log(delegation, "congtin.editorial.delegate", user=request.user, data={"revoked": True})
    messages.success(request, "Đã thu hồi ủy quyền.")
    return redirect("editorial:delegations")
