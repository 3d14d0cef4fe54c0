"""The editorial chain of Đ.7.1 as data.

The four steps are Wagtail task types (see `tasks.py`, imported at the end so
Django finds their models); who may act at each step is decided in `chain.py`.
The rows here record what Wagtail has no place for: the Head's delegation to
the Deputy (Đ.12.2), absences with a named stand-in, the secretariat's
submission batches (Đ.12.4), the unit member's endorsement (Đ.9.1.d), the
pinned content fingerprint (Đ.7.1.a–b), emergency publications, information
requests to units (Đ.9.1.a, 11.1), the deadline e-mails already sent and the
Word files waiting to become drafts.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from congtin.org.models import Person, Unit


class DatedQuerySet(models.QuerySet):
    def active_on(self, day=None):
        day = day or timezone.localdate()
        return self.filter(start_date__lte=day, end_date__gte=day, revoked_at__isnull=True)


class Delegation(models.Model):
    """The Head lets the Deputy approve at step 3 (Đ.12.2), for all items or
    chosen categories, between two dates."""

    grantor = models.ForeignKey(Person, verbose_name="người ủy quyền", on_delete=models.PROTECT,
                                related_name="delegations_granted")
    delegate = models.ForeignKey(Person, verbose_name="người được ủy quyền",
                                 on_delete=models.PROTECT, related_name="delegations_received")
    all_categories = models.BooleanField("mọi chuyên mục", default=True)
    categories = models.ManyToManyField(
        "content.ArticleIndexPage", verbose_name="các chuyên mục", blank=True, related_name="+",
        help_text="Chỉ dùng khi không chọn “mọi chuyên mục”.")
    start_date = models.DateField("từ ngày")
    end_date = models.DateField("đến ngày")
    note = models.CharField("ghi chú", max_length=255, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        verbose_name = "ủy quyền duyệt tin"
        verbose_name_plural = "ủy quyền duyệt tin"
        ordering = ["-start_date"]

    def __str__(self):
        return (f"{self.grantor} ủy quyền {self.delegate} "
                f"({self.start_date:%d/%m/%Y}–{self.end_date:%d/%m/%Y})")

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Ngày kết thúc phải sau ngày bắt đầu."})
        if self.grantor_id and self.grantor_id == self.delegate_id:
            raise ValidationError({"delegate": "Không thể tự ủy quyền cho chính mình."})

    def covers(self, page):
        """Whether the delegation reaches the item's category (its section)."""
        if self.all_categories:
            return True
        if not hasattr(page, "is_descendant_of"):
            return False  # not a page (a legal document): only "all categories" reaches it
        return any(page.is_descendant_of(category) for category in self.categories.all())


class Absence(models.Model):
    """Out of office: a named stand-in acts for the person at their step."""

    person = models.ForeignKey(Person, verbose_name="người vắng mặt", on_delete=models.PROTECT,
                               related_name="absences")
    stand_in = models.ForeignKey(Person, verbose_name="người thay thế", on_delete=models.PROTECT,
                                 related_name="stand_ins")
    start_date = models.DateField("từ ngày")
    end_date = models.DateField("đến ngày")
    reason = models.CharField("lý do", max_length=255, blank=True)
    revoked_at = models.DateTimeField("hủy lúc", null=True, blank=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        verbose_name = "vắng mặt và người thay thế"
        verbose_name_plural = "vắng mặt và người thay thế"
        ordering = ["-start_date"]

    def __str__(self):
        return f"{self.person} vắng, {self.stand_in} thay ({self.start_date:%d/%m/%Y})"

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Ngày kết thúc phải sau ngày bắt đầu."})
        if self.person_id and self.person_id == self.stand_in_id:
            raise ValidationError({"stand_in": "Người thay thế phải là người khác."})


class SubmissionBatch(models.Model):
    """A danh sách trình duyệt: the secretariat's list of items, across units,
    submitted to the Head or Deputy (Đ.7.1.a, 12.4)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Đang lập"
        SUBMITTED = "submitted", "Đã trình"
        CLOSED = "closed", "Đã xử lý xong"

    number = models.CharField("số", max_length=20, unique=True)
    date = models.DateField("ngày lập", default=timezone.localdate)
    note = models.TextField("ghi chú", blank=True)
    items = models.ManyToManyField("wagtailcore.Page", verbose_name="các tin", related_name="+")
    status = models.CharField("tình trạng", max_length=20, choices=Status.choices,
                              default=Status.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người lập",
                                   null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField("trình lúc", null=True, blank=True)

    class Meta:
        verbose_name = "danh sách trình duyệt"
        verbose_name_plural = "danh sách trình duyệt"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"Danh sách trình duyệt số {self.number}"

    @classmethod
    def next_number(cls, day=None):
        """Numbers run from 1 each year, as for the department's documents."""
        day = day or timezone.localdate()
        count = cls.objects.filter(date__year=day.year).count()
        return f"{count + 1:02d}/{day.year}"


class Endorsement(models.Model):
    """Step 1 passed: this board member answers for the item's content (Đ.9.1.d)."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="tin", on_delete=models.CASCADE,
                             related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", verbose_name="phiên bản",
                                 on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, verbose_name="đơn vị", on_delete=models.PROTECT,
                             related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người chịu trách nhiệm",
                             on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        verbose_name = "xác nhận của thành viên BBT"
        verbose_name_plural = "xác nhận của thành viên BBT"
        ordering = ["-at"]

    def __str__(self):
        return f"{self.user} chịu trách nhiệm tin #{self.page_id} ({self.unit.abbreviation})"


class ContentApproval(models.Model):
    """Step 3 passed: the Head (or Deputy) approved this text and these images.
    The fingerprint is what step 4 must still match (Đ.7.1.a–b, 9.2.c)."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="tin", on_delete=models.CASCADE,
                             related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", verbose_name="phiên bản",
                                 on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField("dấu vân tay nội dung", max_length=64)
    snapshot = models.JSONField("nội dung đã duyệt")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người duyệt",
                                    on_delete=models.PROTECT, related_name="+")
    delegation = models.ForeignKey(Delegation, verbose_name="theo ủy quyền", null=True,
                                   blank=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        verbose_name = "phê duyệt nội dung"
        verbose_name_plural = "phê duyệt nội dung"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"Phê duyệt tin #{self.page_id} bởi {self.approved_by}"

    @classmethod
    def latest_for(cls, page):
        return cls.objects.filter(page_id=page.pk).first()


class ContentChange(models.Model):
    """Publishing was refused because text or images changed after step 3; the
    Head sees what changed (Đ.9.2.c)."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="tin", on_delete=models.CASCADE,
                             related_name="+")
    approval = models.ForeignKey(ContentApproval, verbose_name="phê duyệt bị vô hiệu",
                                 on_delete=models.CASCADE, related_name="changes")
    diff = models.JSONField("khác biệt")
    detected_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="phát hiện khi",
                                    null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        verbose_name = "thay đổi sau phê duyệt"
        verbose_name_plural = "thay đổi sau phê duyệt"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"Thay đổi sau phê duyệt ở tin #{self.page_id}"


class EmergencyPublication(models.Model):
    """Published at once by the Head (or the Deputy by delegation) with a
    reason; flagged until approved retrospectively."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="tin", on_delete=models.CASCADE,
                             related_name="+")
    reason = models.TextField("lý do")
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người đăng",
                                      on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField("đăng lúc", default=timezone.now)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người duyệt bổ sung",
                                     null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    confirmed_at = models.DateTimeField("duyệt bổ sung lúc", null=True, blank=True)

    class Meta:
        verbose_name = "đăng khẩn"
        verbose_name_plural = "đăng khẩn"
        ordering = ["-published_at"]

    def __str__(self):
        return f"Đăng khẩn tin #{self.page_id}"

    @property
    def awaiting_confirmation(self):
        return self.confirmed_at is None


class InformationRequest(models.Model):
    """The board asks a unit to provide information by a date (Đ.9.1.a, 11.1)."""

    unit = models.ForeignKey(Unit, verbose_name="đơn vị được đề nghị", on_delete=models.PROTECT,
                             related_name="information_requests")
    subject = models.CharField("nội dung đề nghị", max_length=255)
    detail = models.TextField("chi tiết", blank=True)
    due_date = models.DateField("hạn cung cấp")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người đề nghị",
                                     null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("ngày đề nghị", auto_now_add=True)
    items = models.ManyToManyField("wagtailcore.Page", verbose_name="tin đáp ứng", blank=True,
                                   related_name="+")
    fulfilled_at = models.DateTimeField("đã đáp ứng lúc", null=True, blank=True)

    class Meta:
        verbose_name = "đề nghị cung cấp tin"
        verbose_name_plural = "đề nghị cung cấp tin"
        ordering = ["due_date", "pk"]

    def __str__(self):
        return f"{self.subject} — {self.unit.abbreviation}"

    def is_late(self, day=None):
        """Late when still open after its due date, or fulfilled after it (Đ.15)."""
        day = day or timezone.localdate()
        if self.fulfilled_at:
            return timezone.localtime(self.fulfilled_at).date() > self.due_date
        return day > self.due_date


class DeadlineNotice(models.Model):
    """A deadline e-mail already sent, so the periodic check sends each once."""

    class Kind(models.TextChoices):
        DUE = "due", "Đến hạn"
        OVERDUE = "overdue", "Quá hạn"

    task_state = models.ForeignKey("wagtailcore.TaskState", on_delete=models.CASCADE,
                                   related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task_state", "kind"],
                                               name="editorial_one_notice_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} – bước #{self.task_state_id}"


class DailyNewsCheck(models.Model):
    """The day's check that some current news was published (Đ.8.2)."""

    day = models.DateField(unique=True)
    published_count = models.PositiveIntegerField(default=0)
    warned = models.BooleanField(default=False)

    def __str__(self):
        return f"Tin thời sự ngày {self.day:%d/%m/%Y}: {self.published_count}"


def private_storage():
    """Word files waiting for conversion are nobody's to download: they live
    outside MEDIA_ROOT, and only until their job ends."""
    from django.core.files.storage import FileSystemStorage

    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def docx_path(instance, filename):
    return f"nhap-tu-word/{secrets.token_hex(12)}.docx"


class DocxImportJob(models.Model):
    """“Cung cấp tin từ tệp Word”: a checked Word file waiting for the task
    worker, which converts it within a memory and time limit
    (docx_import.run_job); the contributor watches this row until it names the
    draft made, or says in Vietnamese why none was. The file goes when the job
    ends; the row stays as the record of what was asked and what came of it."""

    class State(models.TextChoices):
        WAITING = "waiting", "Đang chờ chuyển đổi"
        RUNNING = "running", "Đang chuyển đổi"
        DONE = "done", "Đã tạo bản nháp"
        FAILED = "failed", "Không tạo được bản nháp"

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người gửi",
                                     on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField("gửi lúc", default=timezone.now)
    file = models.FileField("tệp Word", upload_to=docx_path, storage=private_storage,
                            max_length=200, blank=True)
    filename = models.CharField("tên tệp", max_length=255)
    section = models.ForeignKey("content.ArticleIndexPage", verbose_name="chuyên mục",
                                on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, verbose_name="đơn vị cung cấp tin", on_delete=models.CASCADE,
                             related_name="+")
    title = models.CharField("tiêu đề", max_length=255, blank=True)
    alt_texts = models.TextField("mô tả hình ảnh", blank=True)
    state = models.CharField("trạng thái", max_length=10, choices=State.choices,
                             default=State.WAITING)
    message = models.TextField("lý do", blank=True)
    page = models.ForeignKey("wagtailcore.Page", verbose_name="bản nháp", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    finished_at = models.DateTimeField("xong lúc", null=True, blank=True)

    class Meta:
        verbose_name = "tin nhập từ tệp Word"
        verbose_name_plural = "tin nhập từ tệp Word"

    def __str__(self):
        return f"{self.filename} ({self.get_state_display()})"

    @property
    def finished(self):
        return self.state in {self.State.DONE, self.State.FAILED}


from .tasks import (  # noqa: E402,F401  Wagtail task models live with the chain
    HeadApprovalTask,
    SecretariatTask,
    TechnicalPublishTask,
    UnitReviewTask,
)
