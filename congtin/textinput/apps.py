from django.apps import AppConfig
from django.db.models.signals import post_save


class TextinputConfig(AppConfig):
    name = "congtin.textinput"
    label = "textinput"
    verbose_name = "Chuẩn hóa văn bản nhập"

    def ready(self):
        from wagtail.documents import get_document_model

        from .signals import log_document_conversion

        post_save.connect(log_document_conversion, sender=get_document_model(),
                          dispatch_uid="textinput-document-conversion")
