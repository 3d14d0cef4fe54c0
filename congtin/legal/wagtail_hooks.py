"""The library's place in the admin: menu, addresses, audit log actions."""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls, workflow
from .draft_admin import DraftViewSet
from .models import LegalDocument


class DocumentViewSet(SnippetViewSet):
    """Registered so Wagtail's workflow machinery knows legal documents: the
    dashboard's "awaiting your review" panel, its approve / return dialogs
    (the chain's tasks guard them) and the workflow history. Listing, adding
    and editing stay in the library's own screens (symbol parsing, files,
    relations), so those addresses lead there."""

    model = LegalDocument
    icon = "doc-full-inverse"
    add_to_admin_menu = False
    menu_label = "Văn bản pháp luật"

    @property
    def index_view(self):
        return lambda request, *args, **kwargs: redirect("legal_admin:index")

    @property
    def add_view(self):
        return lambda request, *args, **kwargs: redirect("legal_admin:add")

    @property
    def edit_view(self):
        return lambda request, pk, *args, **kwargs: redirect("legal_admin:edit", pk=pk)


register_snippet(DocumentViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("van-ban/", include((admin_urls.urlpatterns, "legal_admin")))]


class RoleMenuItem(MenuItem):
    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request):
        return self.allowed(request.user)


@hooks.register("register_admin_menu_item")
def register_library_menu_item():
    return RoleMenuItem("Văn bản pháp luật", reverse("legal_admin:index"),
                        icon_name="doc-full-inverse", order=260, name="legal",
                        allowed=lambda u: workflow.can_enter(u) or workflow.can_oversee(u))


@hooks.register("register_admin_viewset")
def register_drafts_viewset():
    return DraftViewSet("legal_drafts", url_prefix="du-thao")


LOG_ACTIONS = {
    "create": ("Nhập văn bản", "Đã nhập văn bản"),
    "edit": ("Sửa văn bản", "Đã sửa thông tin văn bản"),
    "submit": ("Gửi duyệt văn bản", "Đã gửi duyệt văn bản"),
    # before the chain (kept for entries already in the log)
    "approve": ("Duyệt công bố văn bản", "Đã duyệt và công bố văn bản (người thứ hai)"),
    "send_back": ("Trả lại văn bản", "Đã trả lại văn bản cho người nhập"),
    "edit_draft": ("Sửa văn bản đã công bố", "Đã lưu thay đổi thành phiên bản chờ duyệt"),
    "publish_imported": ("Công bố văn bản nhập hàng loạt",
                         "Đã công bố văn bản của lượt nhập (bước 3 duyệt)"),
    "withdraw": ("Gỡ văn bản", "Đã gỡ văn bản khỏi cổng"),
    "attach": ("Tải tệp văn bản", "Đã tải tệp lên văn bản"),
    "detach": ("Xóa tệp văn bản", "Đã xóa tệp của văn bản"),
    "relate": ("Thêm quan hệ văn bản", "Đã thêm quan hệ giữa hai văn bản"),
    "unrelate": ("Xóa quan hệ văn bản", "Đã xóa quan hệ giữa hai văn bản"),
    # on a published document: waiting for the chain (changes.py)
    "attach_pending": ("Tải tệp chờ duyệt", "Đã tải tệp lên văn bản đã công bố (chờ duyệt)"),
    "detach_pending": ("Gỡ tệp khi duyệt", "Đã yêu cầu gỡ tệp (sẽ gỡ khi duyệt)"),
    "relate_pending": ("Thêm quan hệ chờ duyệt",
                       "Đã thêm quan hệ vào văn bản đã công bố (chờ duyệt)"),
    "unrelate_pending": ("Gỡ quan hệ khi duyệt", "Đã yêu cầu gỡ quan hệ (sẽ gỡ khi duyệt)"),
    "keep": ("Hủy yêu cầu gỡ", "Đã giữ lại tệp hoặc quan hệ đang chờ gỡ"),
    "apply_changes": ("Công bố tệp và quan hệ",
                      "Đã áp dụng tệp và quan hệ chờ duyệt khi công bố văn bản"),
    "import": ("Nhập hàng loạt", "Đã nhập văn bản từ tệp danh sách"),
    "draft_save": ("Lưu dự thảo", "Đã lưu dự thảo lấy ý kiến"),
    "comment": ("Nhận góp ý", "Đã nhận góp ý dự thảo"),
    "moderate": ("Kiểm duyệt góp ý", "Đã kiểm duyệt góp ý dự thảo"),
    "respond": ("Giải trình góp ý", "Đã ghi ý kiến tiếp thu, giải trình"),
    "publish_responses": ("Công bố giải trình", "Đã công bố ý kiến giải trình"),
    "export": ("Xuất tổng hợp góp ý", "Đã xuất bảng tổng hợp góp ý (XLSX)"),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(f"congtin.legal.{action}", label, message)
