from django.apps import AppConfig
from django.db.models.signals import post_save, pre_save


class TextinputConfig(AppConfig):
    name = "congtin.textinput"
    label = "textinput"
    verbose_name = "Chuẩn hóa văn bản nhập"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from .signals import log_document_conversion, strip_new_image_file

        post_save.connect(log_document_conversion, sender=get_document_model(),
                          dispatch_uid="textinput-document-conversion")
        pre_save.connect(strip_new_image_file, sender=get_image_model(),
                         dispatch_uid="textinput-image-metadata")
