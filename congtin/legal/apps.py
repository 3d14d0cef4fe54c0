from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "congtin.legal"
    label = "legal"
    verbose_name = "Văn bản pháp luật"
