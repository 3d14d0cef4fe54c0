"""Citizen questions and their answers (Đ.7.2; Decree 43/2011 Art. 15, 17.1.đ).

A Question carries the asker's contact details (never published), the text
the secretariat edits for publication, the chain state (see workflow.py), the
departments it is assigned to, the answer and the whole e-mail thread
(MailMessage rows, raw bytes kept). Tracking codes come from a per-year
counter so that two askers never get the same code.
"""

import secrets

from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.fields import RichTextField

from congtin.vntext import fold

ANSWER_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link", "document-link"]
# Links to legal documents and pages are made in the answer itself (page and
# document choosers of the editor).


class Field(models.TextChoices):
    """Fields of the department's remit, for the public archive."""

    TRADE = "thuong-mai", "Thương mại nội địa, khuyến mại"
    ALCOHOL = "ruou-thuoc-la", "Kinh doanh rượu, thuốc lá"
    PETROL = "xang-dau-khi", "Xăng dầu, khí"
    ELECTRICITY = "dien-nang-luong", "Điện, năng lượng"
    ECOMMERCE = "thuong-mai-dien-tu", "Thương mại điện tử"
    INDUSTRY = "cong-nghiep", "Công nghiệp, hóa chất"
    IMPORT_EXPORT = "xuat-nhap-khau", "Xuất nhập khẩu"
    FOOD_SAFETY = "an-toan-thuc-pham", "An toàn thực phẩm"
    OTHER = "khac", "Lĩnh vực khác"


class Status(models.TextChoices):
    NEW = "new", "Mới nhận, chờ Tổ Thư ký phân loại"
    ACCEPTED = "accepted", "Chờ lãnh đạo phân công"
    ASSIGNED = "assigned", "Phòng chức năng đang soạn trả lời"
    DRAFTED = "drafted", "Tổ Thư ký rà soát câu trả lời"
    REVIEWED = "reviewed", "Chờ lãnh đạo duyệt câu trả lời"
    ANSWERED = "answered", "Đã trả lời"
    REFUSED = "refused", "Ngoài thẩm quyền của Sở"
    DUPLICATE = "duplicate", "Trùng với câu hỏi khác"
    SPAM = "spam", "Thư rác"


CLOSED = {Status.ANSWERED, Status.REFUSED, Status.DUPLICATE, Status.SPAM}


class TrackingCounter(models.Model):
    """Last sequence number used for a year's tracking codes."""

    year = models.PositiveIntegerField("năm", primary_key=True)
    last = models.PositiveIntegerField("số cuối", default=0)

    class Meta:
        verbose_name = "bộ đếm mã tra cứu"
        verbose_name_plural = "bộ đếm mã tra cứu"

    def __str__(self):
        return f"{self.year}: {self.last}"


def next_tracking_code(year):
    """HD-2026-000042. The increment is one UPDATE … SET last = last + 1 in a
    transaction, so concurrent askers (several workers, PostgreSQL) each get
    their own number (tests/pg/test_qa_codes.py)."""
    TrackingCounter.objects.get_or_create(year=year)
    with transaction.atomic():
        # The UPDATE's row lock lasts until the block ends, so the value read
        # back is this transaction's own.
        TrackingCounter.objects.filter(year=year).update(last=F("last") + 1)
        number = TrackingCounter.objects.filter(year=year).values_list("last", flat=True).get()
    return f"HD-{year}-{number:06d}"


class Question(models.Model):
    class Source(models.TextChoices):
        WEB = "web", "Biểu mẫu trên cổng"
        EMAIL = "email", "Hộp thư của Sở"

    code = models.CharField("mã tra cứu", max_length=20, unique=True, editable=False)
    source = models.CharField("nguồn", max_length=10, choices=Source.choices)
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices,
                              default=Status.NEW, db_index=True)
    # The asker: personal data, shown only in the admin and never published.
    asker_name = models.CharField("họ và tên người hỏi", max_length=200)
    asker_email = models.EmailField("thư điện tử người hỏi", max_length=254, blank=True)
    asker_phone = models.CharField("điện thoại", max_length=30, blank=True)
    asker_organisation = models.CharField("cơ quan, doanh nghiệp", max_length=200, blank=True)
    # What is asked, as the asker wrote it and as edited for publication.
    field = models.CharField("lĩnh vực", max_length=30, choices=Field.choices,
                             default=Field.OTHER)
    original_title = models.CharField("tiêu đề gốc", max_length=300, editable=False)
    original_body = models.TextField("nội dung gốc", editable=False)
    title = models.CharField("tiêu đề công bố", max_length=300)
    body = models.TextField("nội dung công bố")
    needs_attention = models.CharField(
        "cần Tổ Thư ký xem", max_length=300, blank=True,
        help_text="Lý do câu hỏi cần xem kỹ (thư không đọc được, người gửi không rõ…).")
    received_at = models.DateTimeField("thời điểm nhận", default=timezone.now, db_index=True)
    due_date = models.DateField("hạn trả lời", null=True, blank=True, db_index=True)
    expected_date = models.DateField("ngày dự kiến trả lời", null=True, blank=True)
    progress_note = models.TextField("thông báo tiến độ", blank=True)
    duplicate_of = models.ForeignKey("self", verbose_name="trùng với", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="duplicates")
    refusal_reason = models.TextField("lý do từ chối", blank=True)
    units = models.ManyToManyField("org.Unit", through="Assignment",
                                   verbose_name="phòng được giao", related_name="+")
    answer = RichTextField("câu trả lời", blank=True, features=ANSWER_FEATURES)
    general_interest = models.BooleanField(
        "công bố công khai", default=False,
        help_text="Câu trả lời được nhiều người quan tâm thì công bố trong mục Hỏi đáp.")
    answered_by = models.ForeignKey("org.Unit", verbose_name="đơn vị trả lời", null=True,
                                    blank=True, on_delete=models.PROTECT, related_name="+")
    answered_at = models.DateTimeField("ngày trả lời", null=True, blank=True, db_index=True)
    published = models.BooleanField("đã công bố", default=False, db_index=True)
    # fold(title + body + answer): the archive is searched without diacritics.
    search_text = models.TextField(editable=False, blank=True)
    # The web form's token and what was typed, hashed (views.submission_key): a
    # retry of the same sending finds this question instead of making another.
    submission_key = models.CharField("khoá lần gửi", max_length=64, null=True, blank=True,
                                      unique=True, editable=False)

    class Meta:
        verbose_name = "câu hỏi"
        verbose_name_plural = "câu hỏi"
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.code} — {self.title}"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = next_tracking_code(timezone.localtime(self.received_at).year)
        self.search_text = fold(" ".join([self.title, self.body, _plain(self.answer)]))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = set(kwargs["update_fields"]) | {"search_text"}
        super().save(*args, **kwargs)

    @property
    def is_closed(self):
        return self.status in CLOSED

    @property
    def leading_unit(self):
        assignment = self.assignments.filter(leading=True).select_related("unit").first()
        return assignment.unit if assignment else None

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        return bool(self.due_date and not self.is_closed and today > self.due_date)


def _plain(html):
    from django.utils.html import strip_tags

    return strip_tags(html or "")


class Assignment(models.Model):
    """A functional department answering the question; one leads (Đ.7.2.b)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị", on_delete=models.PROTECT,
                             related_name="qa_assignments")
    leading = models.BooleanField("chủ trì", default=False)

    class Meta:
        verbose_name = "phân công"
        verbose_name_plural = "phân công"
        constraints = [models.UniqueConstraint(fields=["question", "unit"],
                                               name="qa_assignment_once")]

    def __str__(self):
        return f"{self.question.code} → {self.unit.abbreviation}"


def private_storage():
    """Questions' files and raw mails hold personal data: they live outside
    MEDIA_ROOT and are served only through views that check who asks."""
    from django.core.files.storage import FileSystemStorage

    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def attachment_path(instance, filename):
    return f"qa/{instance.question.code}/{secrets.token_hex(12)}-{filename}"


class Attachment(models.Model):
    class Part(models.TextChoices):
        QUESTION = "question", "Kèm câu hỏi"
        ANSWER = "answer", "Kèm câu trả lời"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="attachments")
    part = models.CharField("thuộc", max_length=10, choices=Part.choices, default=Part.QUESTION)
    file = models.FileField("tệp", upload_to=attachment_path, storage=private_storage,
                            max_length=300)
    filename = models.CharField("tên tệp", max_length=255)
    kind = models.CharField("loại", max_length=10)
    size = models.PositiveIntegerField("dung lượng (byte)")

    class Meta:
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    def __str__(self):
        return self.filename


class Mailbox(models.Model):
    """Where the IMAP reader stopped: UIDs above `last_uid` are new, as long as
    the folder's UIDVALIDITY has not changed (RFC 3501 §2.3.1.1)."""

    name = models.CharField(max_length=300, unique=True)
    uidvalidity = models.BigIntegerField(default=0)
    last_uid = models.BigIntegerField(default=0)
    checked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "hộp thư"
        verbose_name_plural = "hộp thư"

    def __str__(self):
        return self.name


def raw_mail_path(instance, filename):
    return f"qa/mail/{timezone.now():%Y/%m}/{secrets.token_hex(12)}-{filename}"


class MailMessage(models.Model):
    """One e-mail in or out, raw bytes kept: the thread stays with the question."""

    class Direction(models.TextChoices):
        IN = "in", "Thư đến"
        OUT = "out", "Thư đi"

    class Kind(models.TextChoices):
        PENDING = "pending", "Chưa xử lý"
        QUESTION = "question", "Câu hỏi mới"
        REPLY = "reply", "Thư trả lời trong luồng"
        AUTO_REPLY = "auto_reply", "Thư trả lời tự động"
        BOUNCE = "bounce", "Thư báo lỗi gửi"
        LIST = "list", "Thư từ danh sách thư"
        REPEAT = "repeat", "Thư đã nhận trước đó"
        UNREADABLE = "unreadable", "Thư không đọc được"
        SENT = "sent", "Thư Sở gửi đi"

    question = models.ForeignKey(Question, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="messages")
    direction = models.CharField("chiều", max_length=3, choices=Direction.choices)
    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.PENDING)
    mailbox = models.ForeignKey(Mailbox, null=True, blank=True, on_delete=models.PROTECT)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    uid = models.BigIntegerField(null=True, blank=True)
    message_id = models.CharField("Message-ID", max_length=500, blank=True, db_index=True)
    sender = models.CharField("người gửi", max_length=500, blank=True)
    recipients = models.CharField("người nhận", max_length=1000, blank=True)
    subject = models.CharField("tiêu đề", max_length=500, blank=True)
    text = models.TextField("nội dung", blank=True)
    raw = models.FileField("thư gốc", upload_to=raw_mail_path, storage=private_storage,
                           max_length=300)
    note = models.CharField("ghi chú", max_length=500, blank=True)
    created_at = models.DateTimeField("thời điểm", default=timezone.now)

    class Meta:
        verbose_name = "thư điện tử"
        verbose_name_plural = "thư điện tử"
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["mailbox", "uidvalidity", "uid"],
                                               name="qa_mail_uid_once")]

    def __str__(self):
        return f"{self.get_direction_display()}: {self.subject}"


def answer_days():
    return getattr(settings, "QA_ANSWER_WORKING_DAYS", 15)
