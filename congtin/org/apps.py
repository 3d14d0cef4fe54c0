from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "congtin.org"
    label = "org"
    verbose_name = "Tổ chức"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import roles, signals  # noqa: F401  (connects the group sync)

        # Permissions exist only after post_migrate, so the role groups are
        # (re)built there rather than in a data migration.
        post_migrate.connect(roles.ensure_role_groups_after_migrate, sender=self)
