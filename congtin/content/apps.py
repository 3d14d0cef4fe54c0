from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "congtin.content"
    label = "content"
    verbose_name = "Nội dung"
