"""Dashboard panels: my queue with due times, the Head's batches and the
emergency publications awaiting retrospective approval."""

from wagtail.admin.ui.components import Component

from .models import EmergencyPublication, SubmissionBatch
from .queues import is_head_or_deputy, my_queue


class EditorialQueuePanel(Component):
    name = "editorial_queue"
    order = 50
    template_name = "editorial/panels/queue.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["rows"] = my_queue(self.user)
        if is_head_or_deputy(self.user) or self.user.is_superuser:
            context["batches"] = SubmissionBatch.objects.filter(
                status=SubmissionBatch.Status.SUBMITTED)
            context["emergencies"] = EmergencyPublication.objects.filter(
                confirmed_at__isnull=True).select_related("page")
        return context
