from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin_views
from .models import MonthlyFigure
from .policy import MonthlyFigurePolicy, can_manage


class MonthlyFigureViewSet(ModelViewSet):
    model = MonthlyFigure
    icon = "table"
    menu_label = "Hồ sơ một cửa"
    menu_order = 420
    add_to_admin_menu = True
    list_display = [Column("__str__", label="Tháng"), "received", "resolved", "on_time",
                    Column("on_time_percent", label="Tỷ lệ đúng hạn (%)"), "source", "updated_at"]
    list_filter = ["year", "source"]
    form_fields = ["year", "month", "received", "resolved", "on_time"]


register_permission_policy(MonthlyFigure, MonthlyFigurePolicy(MonthlyFigure))


@hooks.register("register_admin_viewset")
def register_viewset():
    return MonthlyFigureViewSet("mot-cua")


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("mot-cua-nhap/", admin_views.import_view, name="onestop_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem("Nhập số liệu một cửa", reverse("onestop_import"), icon_name="upload",
                          order=421)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("congtin.onestop.import", "Nhập số liệu một cửa từ tệp",
                            "Đã nhập số liệu một cửa từ tệp")
    actions.register_action("congtin.onestop.push", "Nhận số liệu từ hệ thống một cửa",
                            "Đã nhận số liệu từ hệ thống một cửa")
