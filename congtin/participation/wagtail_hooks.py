from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .policy import can_read_ratings


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("danh-gia/", admin_views.ratings_report, name="participation_report")]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_ratings(request.user)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem("Đánh giá hài lòng", reverse("participation_report"),
                          icon_name="pick", order=430)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("congtin.participation.rate", "Gửi đánh giá mức độ hài lòng",
                            "Đã nhận đánh giá mức độ hài lòng")
