"""Admin menu, addresses and audit-log actions of Hỏi đáp."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls, admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("hoi-dap/", include((admin_urls.urlpatterns, "qa_admin")))]


class QaMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_enter(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return QaMenuItem("Hỏi đáp", reverse("qa_admin:index"), icon_name="help", order=270,
                      name="qa")


LOG_ACTIONS = {
    "received": ("Nhận câu hỏi", "Đã nhận câu hỏi"),
    "mail_received": ("Nhận thư trong luồng", "Đã nhận thư của người hỏi"),
    "mail_sent": ("Gửi thư cho người hỏi", "Đã gửi thư cho người hỏi"),
    "mail_failed": ("Gửi thư không thành công", "Máy chủ thư không nhận thư gửi người hỏi"),
    "accept": ("Tiếp nhận câu hỏi", "Tổ Thư ký tiếp nhận, trình lãnh đạo"),
    "refuse": ("Từ chối câu hỏi", "Câu hỏi ngoài thẩm quyền, đã báo người hỏi"),
    "duplicate": ("Đánh dấu trùng", "Câu hỏi trùng với câu hỏi khác"),
    "spam": ("Đánh dấu thư rác", "Câu hỏi là thư rác"),
    "edit": ("Biên tập câu hỏi", "Đã biên tập tiêu đề, lĩnh vực, nội dung công bố"),
    "assign": ("Phân công trả lời", "Lãnh đạo đã phân công phòng trả lời"),
    "save_draft": ("Lưu nháp câu trả lời", "Phòng đã lưu nháp câu trả lời"),
    "submit": ("Gửi câu trả lời", "Phòng đã gửi câu trả lời cho Tổ Thư ký"),
    "progress": ("Báo tiến độ", "Đã báo tiến độ và ngày dự kiến cho người hỏi"),
    "review": ("Trình duyệt câu trả lời", "Tổ Thư ký trình lãnh đạo duyệt"),
    "return": ("Trả lại phòng", "Tổ Thư ký trả lại câu trả lời cho phòng"),
    "approve": ("Duyệt câu trả lời", "Lãnh đạo đã duyệt, gửi người hỏi"),
    "send_back": ("Yêu cầu sửa câu trả lời", "Lãnh đạo yêu cầu phòng sửa"),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(f"congtin.qa.{action}", label, message)
