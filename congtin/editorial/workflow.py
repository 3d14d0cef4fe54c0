"""Install the Đ.7.1 workflow: one Wagtail workflow of our four task types,
assigned to the news sections (ArticleIndexPages)."""

from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from .tasks import HeadApprovalTask, SecretariatTask, TechnicalPublishTask, UnitReviewTask

WORKFLOW_NAME = "Quy trình duyệt tin (Điều 7.1)"
STEP_TASKS = [
    (UnitReviewTask, "Bước 1 – Thành viên BBT của đơn vị"),
    (SecretariatTask, "Bước 2 – Tổ Thư ký"),
    (HeadApprovalTask, "Bước 3 – Trưởng ban / Phó ban"),
    (TechnicalPublishTask, "Bước 4 – Phòng KT-AT-MT đăng tin"),
]


def ensure_chain_workflow():
    """The workflow and its four tasks, created once (idempotent)."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, (model, name) in enumerate(STEP_TASKS):
        task = model.objects.filter(name=name).first() or model.objects.create(name=name)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task,
                                           defaults={"sort_order": order})
    return workflow


def assign_to(workflow, pages):
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
