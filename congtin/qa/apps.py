from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "congtin.qa"
    label = "qa"
    verbose_name = "Hỏi đáp"
