"""E-mails of the chain (Django mail: `make run` writes them to var/mail).

Every message is in Vietnamese and says what happened, to which item, who did
it and what to do next, with a link to the item in the admin.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState


def admin_link(page):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    if not isinstance(page, Page):  # another item in the chain (a legal document)
        from wagtail.admin.admin_url_finder import AdminURLFinder

        return base + (AdminURLFinder().get_edit_url(page) or "")
    return base + reverse("wagtailadmin_pages:edit", args=[page.pk])


def _send(users, subject, body):
    recipients = sorted({user.email for user in users if user and user.email})
    if recipients:
        send_mail(subject, body, None, recipients)
    return recipients


def _name(user):
    person = getattr(user, "person", None)
    return person.full_name if person else user.get_username()


def notify_rejection(task_state, rejected_by):
    """Đ.7.1: the author and everyone who acted on the item before learn why."""
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object
    earlier = TaskState.objects.filter(workflow_state=workflow_state).exclude(
        pk=task_state.pk).exclude(finished_by=None).select_related("finished_by")
    people = [workflow_state.requested_by, getattr(page, "owner", None)]
    people += [state.finished_by for state in earlier]
    people = [user for user in people if user and user.pk != rejected_by.pk]
    return _send(
        people, f"[Cổng thông tin] Tin bị trả lại: {page.title}",
        f"Tin “{page.title}” đã bị trả lại ở {task_state.task.name} bởi {_name(rejected_by)} "
        f"lúc {timezone.localtime(task_state.finished_at):%H:%M %d/%m/%Y}.\n\n"
        f"Lý do: {task_state.comment}\n\n"
        f"Sau khi sửa, tác giả gửi lại; tin sẽ tiếp tục từ bước đã trả lại.\n{admin_link(page)}\n")


def _marked(segments):
    """A word diff line as plain text, marked the way `git diff --word-diff` does."""
    marks = {"delete": "[-{}-]", "insert": "{{+{}+}}", "equal": "{}"}
    return "".join(marks[kind].format(text) for kind, text in segments)


def notify_content_changed(change):
    """Đ.9.2.c: the Head learns that approved content changed before publishing."""
    from . import chain
    from .fingerprint import word_diff

    page = change.page.specific
    diff = change.diff
    lines = ["Nội dung tin đã thay đổi sau khi được phê duyệt nên chưa được đăng.", ""]
    lines += [f"- Bỏ: {text}" for text in diff.get("text_removed", [])]
    lines += [f"+ Thêm: {text}" for text in diff.get("text_added", [])]
    words = [_marked(line) for line in word_diff(diff)]
    if words:
        lines += ["", "Từng chữ ([-bị xóa-], {+thêm vào+}):"] + words
    if diff.get("images_added") or diff.get("images_removed"):
        lines.append(f"Ảnh thêm: {diff.get('images_added')}; ảnh bỏ: {diff.get('images_removed')}")
    lines += ["", "Tin đã quay lại bước 3 để phê duyệt lại.", admin_link(page)]
    return _send(chain.users_for_step(chain.HEAD, page),
                 f"[Cổng thông tin] Nội dung thay đổi sau phê duyệt: {page.title}",
                 "\n".join(lines))


def notify_deadline(task_state, kind, users, due):
    page = task_state.workflow_state.content_object
    word = "đến hạn" if kind == "due" else "đã quá hạn"
    return _send(
        users, f"[Cổng thông tin] Tin {word}: {page.title}",
        f"Tin “{page.title}” đang chờ ở {task_state.task.name} và {word} xử lý "
        f"(hạn {timezone.localtime(due):%H:%M %d/%m/%Y}, Điều 8).\n{admin_link(page)}\n")


def notify_no_current_news(day, users):
    return _send(
        users, f"[Cổng thông tin] Chưa có tin thời sự ngày {day:%d/%m/%Y}",
        f"Đến cuối ngày {day:%d/%m/%Y} chưa có tin thời sự nào được đăng. Điều 8.2 Quy chế "
        f"yêu cầu cập nhật tin thời sự hằng ngày; đề nghị Tổ Thư ký đôn đốc các đơn vị.\n")
