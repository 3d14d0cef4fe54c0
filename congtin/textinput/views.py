"""Admin views of the "Sửa mã tiếng Việt" action (Đ.7.3) for pages and snippets.

GET shows each text that would change, before and after; nothing is written
until the editor confirms with a POST. Who may edit the object may repair it;
anyone else gets 403, whatever they post.

Pages: the repair becomes a new *draft* revision, never a publication. A
repair changes the text, and under Đ.7.1 text changes go through the
approval chain (Đ.7.1.b: content changes after approval void it); publishing
from here would bypass that. The editor publishes as usual afterwards.
Snippets with drafts get a draft revision too; other snippets are saved.
"""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page, RevisionMixin
from wagtail.snippets.models import get_snippet_models

from .repair import apply, plan

LOG_ACTION = "congtin.vntext_repair"
_TEMPLATE = "textinput/repair.html"
_NOTHING = "Không có gì cần sửa: mọi văn bản của “{}” đã là Unicode chuẩn (Đ.7.3)."
_STALE = ("“{}” vừa được người khác sửa sau khi bạn mở trang này. Hãy xem lại danh sách "
          "thay đổi dưới đây rồi xác nhận lần nữa.")


def page_repair(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit() or permissions.page_locked():
        return _forbidden(request, "trang")
    draft = page.get_latest_revision_as_object()
    version = str(page.latest_revision_id or "")
    back = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_pages:edit", args=[page.id])
    return _repair(request, draft, version, back, _save_page_draft)


def snippet_repair(request, app_label, model_name, pk):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        raise Http404 from None
    if model not in get_snippet_models():
        raise Http404
    if not request.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        return _forbidden(request, "mục")
    obj = get_object_or_404(model, pk=pk)
    version = ""
    if isinstance(obj, DraftStateMixin):
        version = str(obj.latest_revision_id or "")
        obj = obj.get_latest_revision_as_object()
    back = get_valid_next_url_from_request(request) or AdminURLFinder(request.user).get_edit_url(
        obj) or reverse("wagtailadmin_home")
    return _repair(request, obj, version, back, _save_snippet)


def _repair(request, obj, version, back, save):
    repair = plan(obj)
    title = str(obj.get_admin_display_title() if hasattr(obj, "get_admin_display_title")
                else obj)
    if request.method == "POST" and not repair.changes:
        messages.info(request, _NOTHING.format(title))
        return redirect(back)
    if request.method == "POST" and request.POST.get("version", "") != version:
        messages.warning(request, _STALE.format(title))
    elif request.method == "POST":
        apply(repair)
        try:
            revision = save(obj, request.user)
        except ValidationError as error:
            messages.error(request, "Không lưu được: " + "; ".join(error.messages))
        else:
            log(obj, LOG_ACTION, user=request.user, revision=revision,
                data={"fields": repair.labels(), "count": len(repair.changes)})
            messages.success(request, _done_message(obj, title, len(repair.changes)))
            return redirect(back)
    context = {"object": obj, "title": title, "changes": repair.changes, "version": version,
               "back": back, "nothing": _NOTHING.format(title),
               "as_draft": isinstance(obj, (Page, DraftStateMixin))}
    return TemplateResponse(request, _TEMPLATE, context)


def _forbidden(request, what):
    """A real 403 (Wagtail would turn PermissionDenied into a redirect home)."""
    return TemplateResponse(request, "textinput/forbidden.html", {"what": what}, status=403)


def _save_page_draft(page, user):
    return page.save_revision(user=user, log_action=False)


def _save_snippet(obj, user):
    obj.full_clean()
    if isinstance(obj, DraftStateMixin):
        return obj.save_revision(user=user, log_action=False)
    obj.save()
    if isinstance(obj, RevisionMixin):
        return obj.save_revision(user=user, log_action=False)
    return None


def _done_message(obj, title, count):
    text = f"Đã sửa mã tiếng Việt ở {count} chỗ trong “{title}”."
    if isinstance(obj, Page) and obj.live:
        text += " Các sửa đổi nằm trong bản nháp mới; trang đang đăng chỉ đổi khi được xuất bản."
    elif isinstance(obj, DraftStateMixin):
        text += " Các sửa đổi nằm trong bản nháp mới."
    return text

