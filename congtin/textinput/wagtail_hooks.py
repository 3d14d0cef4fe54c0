"""Admin wiring of the Đ.7.3 tools: the "Sửa mã tiếng Việt" buttons for pages
and snippets, their views, and the audit-log actions this app writes."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import views
from .uploads import CONVERT_ACTION

LABEL = "Sửa mã tiếng Việt"


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("sua-ma-tieng-viet/trang/<int:page_id>/", views.page_repair,
             name="textinput_page_repair"),
        path("sua-ma-tieng-viet/<str:app_label>/<str:model_name>/<str:pk>/",
             views.snippet_repair, name="textinput_snippet_repair"),
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(views.LOG_ACTION, LABEL, "Đã sửa mã tiếng Việt (Đ.7.3)")
    actions.register_action(CONVERT_ACTION, "Chuyển tệp sang Unicode",
                            "Tệp tải lên đã được chuyển sang Unicode (Đ.7.3)")


def _page_button(page, user, priority):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        url = reverse("textinput_page_repair", args=[page.id])
        yield Button(LABEL, url, icon_name="edit", priority=priority)


@hooks.register("register_page_listing_more_buttons")
def page_listing_button(page, user, next_url=None):
    yield from _page_button(page, user, priority=45)


@hooks.register("register_page_header_buttons")
def page_header_button(page, user, view_name, next_url=None):
    yield from _page_button(page, user, priority=62)


@hooks.register("register_snippet_listing_buttons")
def snippet_listing_button(snippet, user, next_url=None):
    meta = snippet._meta
    if user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
        url = reverse("textinput_snippet_repair",
                      args=[meta.app_label, meta.model_name, snippet.pk])
        yield Button(LABEL, url, icon_name="edit", priority=45)
