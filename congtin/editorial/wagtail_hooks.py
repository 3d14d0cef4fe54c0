"""The chain in Wagtail's admin: log actions, menu, views and dashboard panels."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .panels import EditorialQueuePanel

LOG_ACTIONS = {
    "congtin.editorial.endorse": "Thành viên BBT duyệt và chịu trách nhiệm nội dung",
    "congtin.editorial.approve_by_delegation": "Phó ban phê duyệt theo ủy quyền",
    "congtin.editorial.publish": "Phòng KT-AT-MT đăng tin",
    "congtin.editorial.content_changed": "Nội dung thay đổi sau phê duyệt, trả về bước 3",
    "congtin.editorial.batch_create": "Lập danh sách trình duyệt",
    "congtin.editorial.batch_submit": "Trình danh sách duyệt",
    "congtin.editorial.batch_approve": "Phê duyệt cả danh sách",
    "congtin.editorial.emergency_publish": "Đăng khẩn",
    "congtin.editorial.emergency_confirm": "Duyệt bổ sung tin đăng khẩn",
    "congtin.editorial.delegate": "Ủy quyền duyệt tin",
    "congtin.editorial.absence": "Ghi nhận vắng mặt và người thay thế",
    "congtin.editorial.absence_cancel": "Hủy vắng mặt",
    "congtin.editorial.request": "Đề nghị đơn vị cung cấp tin",
    "congtin.editorial.request_fulfil": "Đơn vị đáp ứng đề nghị cung cấp tin",
}


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("bien-tap/", include((views.urlpatterns, "editorial"), namespace="editorial"))]


@hooks.register("register_admin_menu_item")
def register_editorial_menu():
    return MenuItem("Duyệt tin (Điều 7.1)", reverse("editorial:overview"), icon_name="tasks",
                    order=250)


@hooks.register("register_admin_menu_item")
def register_docx_import_menu():
    return MenuItem("Cung cấp tin từ tệp Word", reverse("editorial:docx_import"),
                    icon_name="doc-full", order=251)


@hooks.register("insert_global_admin_css")
def editorial_css():
    # Due marks on the dashboard and overview, the Head's word diff.
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/editorial.css"))


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.insert(0, EditorialQueuePanel(request.user))


@hooks.register("construct_explorer_page_queryset")
def hide_other_units_articles(parent_page, pages, request):
    from .permissions import foreign_articles_for

    foreign = foreign_articles_for(request.user)
    return pages if foreign is None else pages.exclude(pk__in=foreign)


@hooks.register("construct_page_chooser_queryset")
def hide_other_units_drafts_in_choosers(pages, request):
    # The chooser's search looks through every page, not only explorable ones.
    return _without_hidden_drafts(pages, request)


def _without_hidden_drafts(pages, request):
    from .permissions import hidden_drafts_for

    hidden = hidden_drafts_for(request.user)
    return pages if hidden is None else pages.exclude(pk__in=hidden)
