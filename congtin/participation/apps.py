from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "congtin.participation"
    label = "participation"
    verbose_name = "Ý kiến người dùng"
