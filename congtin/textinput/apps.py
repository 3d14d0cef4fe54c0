from django.apps import AppConfig


class TextinputConfig(AppConfig):
    name = "congtin.textinput"
    label = "textinput"
    verbose_name = "Chuẩn hóa văn bản nhập"
