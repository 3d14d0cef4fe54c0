from django.apps import AppConfig


class VisitsConfig(AppConfig):
    name = "congtin.visits"
    label = "visits"
    verbose_name = "Thống kê truy cập"
