from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "congtin.editorial"
    label = "editorial"
    verbose_name = "Quy trình biên tập"

    def ready(self):
        from .permissions import install

        install()
