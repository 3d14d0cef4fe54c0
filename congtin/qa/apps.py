from django.apps import AppConfig
from django.db.models.signals import post_migrate


def start_periodic_tasks(sender, **kwargs):
    """After `migrate` (which `make run` runs first): queue the mailbox reader
    when a mailbox is configured, and the daily deadline digest."""
    from . import imap, tasks

    if imap.configured():
        tasks.schedule(tasks.fetch_mailbox, None)
    tasks.schedule(tasks.deadline_digest, tasks.next_morning())


class QaConfig(AppConfig):
    name = "congtin.qa"
    label = "qa"
    verbose_name = "Hỏi đáp"

    def ready(self):
        post_migrate.connect(start_periodic_tasks, sender=self)
