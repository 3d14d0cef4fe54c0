from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "congtin.content"
    label = "content"
    verbose_name = "Nội dung"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .imagefiles import take_turns_opening_image_files

        post_migrate.connect(ensure_content_locales, sender=self)
        take_turns_opening_image_files()


def ensure_content_locales(sender, using="default", **kwargs):
    """Every content language has its Wagtail locale from the first migrate, so
    the English tree can be made without a trip to the locales screen."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
