"""The legal document library (Đ.5.5, Đ.9.2.b) and drafts open for comment.

A LegalDocument carries the national legal database's fields (RULES.md),
its files and its relations to other documents. The Office enters it; it is
public once the editorial chain of Đ.7.1 has approved it (`workflow.py`): it is
a Wagtail model with revisions, draft state and workflows, so a change to a
published document waits in a new revision while the public keeps the
approved one. Its validity is
derived from dates and relations (`status.py`) and kept in `status` so the
public search can filter on it; `search_text` holds the folded number,
summary and full text for search without diacritics.

A Draft (Decree 43/2011 Art. 10.1.i) is a document open for public comment
until its deadline; its DraftComments are moderated before they show, and the
department's response to each is published after the period closes.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin


class Validity(models.TextChoices):
    IN_FORCE = "con", "Còn hiệu lực"
    PARTLY_EXPIRED = "het_mot_phan", "Hết hiệu lực một phần"
    EXPIRED = "het", "Hết hiệu lực toàn bộ"
    NOT_YET = "chua", "Chưa có hiệu lực"
    SUSPENDED = "ngung", "Ngưng hiệu lực"


class DocumentType(models.TextChoices):
    LAW = "luat", "Luật"
    ORDINANCE = "phap_lenh", "Pháp lệnh"
    DECREE = "nghi_dinh", "Nghị định"
    CIRCULAR = "thong_tu", "Thông tư"
    JOINT_CIRCULAR = "thong_tu_lien_tich", "Thông tư liên tịch"
    RESOLUTION = "nghi_quyet", "Nghị quyết"
    DECISION = "quyet_dinh", "Quyết định"
    DIRECTIVE = "chi_thi", "Chỉ thị"
    REGULATION = "quy_che", "Quy chế"
    RULE = "quy_dinh", "Quy định"
    NOTICE = "thong_bao", "Thông báo"
    GUIDANCE = "huong_dan", "Hướng dẫn"
    PROGRAMME = "chuong_trinh", "Chương trình"
    PLAN = "ke_hoach", "Kế hoạch"
    SCHEME = "de_an", "Đề án"
    REPORT = "bao_cao", "Báo cáo"
    OFFICIAL_LETTER = "cong_van", "Công văn"
    OTHER = "khac", "Văn bản khác"


# The type abbreviation in a số ký hiệu → the type it names.
TYPE_BY_CODE = {
    "NĐ": DocumentType.DECREE, "TT": DocumentType.CIRCULAR,
    "TTLT": DocumentType.JOINT_CIRCULAR, "NQ": DocumentType.RESOLUTION,
    "NQLT": DocumentType.RESOLUTION, "QĐ": DocumentType.DECISION,
    "CT": DocumentType.DIRECTIVE, "QC": DocumentType.REGULATION, "QyĐ": DocumentType.RULE,
    "TB": DocumentType.NOTICE, "HD": DocumentType.GUIDANCE, "CTr": DocumentType.PROGRAMME,
    "KH": DocumentType.PLAN, "ĐA": DocumentType.SCHEME, "BC": DocumentType.REPORT,
    "PL": DocumentType.ORDINANCE,
}


class Scope(models.TextChoices):
    NATIONAL = "toan_quoc", "Toàn quốc"
    CITY = "thanh_pho", "Thành phố Hồ Chí Minh"
    DEPARTMENT = "noi_bo", "Trong Sở"


class IssuingBody(models.Model):
    """Cơ quan ban hành. `is_own` marks the department itself: its documents
    must be online within 2 working days, others' within 10 (Decree 43/2011
    Art. 17)."""

    name = models.CharField("tên cơ quan", max_length=200, unique=True)
    code = models.CharField("ký hiệu", max_length=30, blank=True,
                            help_text="Phần cơ quan trong số ký hiệu, ví dụ SCT, CP, BCT.")
    is_own = models.BooleanField("là Sở Công Thương", default=False)

    class Meta:
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"
        ordering = ["name"]

    def __str__(self):
        return self.name


class LegalField(models.Model):
    """Lĩnh vực (trade, industry, energy…), one of the search filters."""

    name = models.CharField("tên lĩnh vực", max_length=120, unique=True)

    class Meta:
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"
        ordering = ["name"]

    def __str__(self):
        return self.name


class DocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=LegalDocument.State.PUBLISHED)


class LegalDocument(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """One legal or administrative document in the library (Đ.5.5).

    `state` is the library's own summary of where it stands (entered, in the
    chain, public, withdrawn): the public search and the full-text index read
    it. Wagtail's `live` follows it; the chain's approvals are Wagtail task
    states (congtin/editorial/tasks.py)."""

    class State(models.TextChoices):
        ENTERED = "entered", "Đang nhập"
        PENDING = "pending", "Chờ duyệt"
        PUBLISHED = "published", "Đã công bố"
        WITHDRAWN = "withdrawn", "Đã gỡ"

    symbol = models.CharField("số ký hiệu", max_length=80)
    slug = models.SlugField("địa chỉ", max_length=100, unique=True, editable=False)
    number = models.PositiveIntegerField("số", editable=False)
    type_code = models.CharField("ký hiệu loại", max_length=10, blank=True, editable=False)
    issuer_code = models.CharField("ký hiệu cơ quan", max_length=40, editable=False)
    numbering_year = models.PositiveSmallIntegerField("năm đánh số", editable=False)
    doc_type = models.CharField("loại văn bản", max_length=30, choices=DocumentType.choices)
    issuer = models.ForeignKey(IssuingBody, verbose_name="cơ quan ban hành",
                               on_delete=models.PROTECT, related_name="documents")
    signer = models.CharField("người ký", max_length=120, blank=True)
    signer_title = models.CharField("chức danh người ký", max_length=160, blank=True)
    issue_date = models.DateField("ngày ban hành")
    effective_date = models.DateField("ngày có hiệu lực", null=True, blank=True)
    expiry_date = models.DateField("ngày hết hiệu lực", null=True, blank=True)
    expiry_reason = models.CharField("lý do hết hiệu lực", max_length=300, blank=True)
    gazette_date = models.DateField("ngày đăng công báo", null=True, blank=True)
    sector = models.CharField("ngành", max_length=120, blank=True)
    field = models.ForeignKey(LegalField, verbose_name="lĩnh vực", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="documents")
    scope = models.CharField("phạm vi", max_length=20, choices=Scope.choices,
                             default=Scope.CITY)
    summary = models.TextField("trích yếu", max_length=2000)
    full_text = models.TextField("toàn văn", blank=True,
                                 help_text="Để trống: lấy từ tệp PDF/DOCX đính kèm.")
    suspended = models.BooleanField(
        "ngưng hiệu lực", default=False,
        help_text="Đánh dấu khi cơ quan có thẩm quyền quyết định ngưng hiệu lực văn bản.")
    partly_expired = models.BooleanField(
        "hết hiệu lực một phần", default=False,
        help_text="Đánh dấu khi một phần văn bản bị bãi bỏ mà không có văn bản sửa đổi trong thư viện.")
    status = models.CharField("tình trạng hiệu lực", max_length=20, choices=Validity.choices,
                              default=Validity.IN_FORCE, editable=False)
    search_text = models.TextField(editable=False, blank=True)
    state = models.CharField("trạng thái", max_length=20, choices=State.choices,
                             default=State.ENTERED, editable=False)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người nhập",
                                   null=True, on_delete=models.SET_NULL, related_name="+",
                                   editable=False)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người duyệt",
                                    null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", editable=False)
    created_at = models.DateTimeField("ngày nhập", default=timezone.now, editable=False)
    # Decree 43/2011 Art. 17: online within 2 (own) or 10 (others') working days of issue.
    due_date = models.DateField("hạn đăng tải", null=True, editable=False)
    deadline_tracked = models.BooleanField(
        "theo dõi hạn đăng tải", default=True,
        help_text="Bỏ chọn cho văn bản cũ đưa vào thư viện sau (nhập hàng loạt).")
    published_at = models.DateTimeField("ngày công bố", null=True, blank=True, editable=False)

    import_run = models.ForeignKey("legal.ImportRun", null=True, blank=True, editable=False,
                                   on_delete=models.SET_NULL, related_name="documents")

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="legal_document")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState", content_type_field="base_content_type",
        object_id_field="object_id", related_query_name="legal_document",
        for_concrete_model=False)

    objects = DocumentQuerySet.as_manager()

    # Columns the library derives or the chain sets: a revision never brings
    # back an old value of them (see with_content_json).
    NOT_FROM_REVISIONS = ("state", "entered_by_id", "approved_by_id", "created_at",
                          "published_at", "import_run_id", "status", "search_text")

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        ordering = ["-issue_date", "-id"]
        constraints = [
            # Numbers restart every year, per issuer and type (Decree 30/2020 Art. 15).
            models.UniqueConstraint(fields=["issuer_code", "type_code", "number",
                                            "numbering_year"], name="legal_unique_symbol"),
        ]
        indexes = [
            models.Index(fields=["state", "-issue_date", "-id"], name="legal_listing"),
            models.Index(fields=["state", "doc_type", "-issue_date"], name="legal_by_type"),
            models.Index(fields=["state", "issuer", "-issue_date"], name="legal_by_issuer"),
            models.Index(fields=["state", "field", "-issue_date"], name="legal_by_field"),
            models.Index(fields=["state", "status", "-issue_date"], name="legal_by_status"),
            models.Index(fields=["state", "-published_at"], name="legal_feed"),
        ]

    def __str__(self):
        return f"{self.symbol} — {self.summary[:80]}"

    def get_absolute_url(self):
        return reverse("legal:document", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return self.state == self.State.PUBLISHED

    @property
    def year(self):
        return self.issue_date.year

    @property
    def revisions(self):
        return self._revisions

    # What the editorial chain reads of an item (congtin/editorial/chain.py,
    # tasks.py, notifications.py): a title, the specific object and the unit
    # that provides it — the Office, for legal documents (Đ.9.2.b).
    @property
    def title(self):
        return f"Văn bản {self.symbol}"

    @property
    def specific(self):
        return self

    @property
    def providing_unit(self):
        from congtin.org.models import Unit

        return Unit.objects.filter(kind=Unit.Kind.OFFICE).order_by("sort_order", "pk").first()

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in self.NOT_FROM_REVISIONS:
            setattr(obj, name, getattr(self, name))
        return obj

    def publish(self, revision, *args, skip_permission_checks=False, **kwargs):
        """Who may publish is the chain's guard at step 4 (editorial/tasks.py),
        not a model permission: the technical publisher holds none on this model."""
        return super().publish(revision, *args, skip_permission_checks=True, **kwargs)


class Publication(models.TextChoices):
    """Where a file or a relation stands with the public. On a published
    document an addition or a removal waits for the editorial chain like a
    field edit (`changes.py`); step 4 applies it."""

    PUBLIC = "public", "Công khai"
    PENDING_ADD = "pending_add", "Chờ duyệt"
    PENDING_REMOVE = "pending_remove", "Sẽ gỡ khi duyệt"


# What the public sees: a pending removal stays until publication.
VISIBLE = [Publication.PUBLIC, Publication.PENDING_REMOVE]


class PublicationQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(publication__in=VISIBLE)


def upload_path(instance, filename):
    from .storage import PENDING_PREFIX

    name = f"van-ban/{timezone.localdate():%Y/%m}/{filename}"
    # A file waiting for approval, or one of a document the public cannot see
    # yet (or any more), is kept where no public address reaches it; the
    # document's publication makes it public (changes.apply).
    waits = (instance.publication == Publication.PENDING_ADD
             or instance.document.state != LegalDocument.State.PUBLISHED)
    return PENDING_PREFIX + name if waits else name


def library_storage():
    from .storage import storage

    return storage


class DocumentFile(models.Model):
    """An attached file (PDF, DOC, DOCX), kept as uploaded; its text is
    extracted in the background (`extraction.py`)."""

    class Text(models.TextChoices):
        PENDING = "pending", "Đang trích văn bản"
        OK = "ok", "Đã trích văn bản"
        NO_TEXT_LAYER = "no_text", "PDF không có lớp chữ (cần nhập toàn văn hoặc nhận dạng)"
        UNSUPPORTED = "unsupported", "Định dạng không trích được văn bản"
        FAILED = "failed", "Không đọc được tệp"

    document = models.ForeignKey(LegalDocument, on_delete=models.CASCADE, related_name="files")
    file = models.FileField("tệp", upload_to=upload_path, storage=library_storage,
                            max_length=300)
    original_name = models.CharField("tên tệp gốc", max_length=255)
    size = models.PositiveBigIntegerField("dung lượng (byte)")
    kind = models.CharField("định dạng", max_length=10)
    text_status = models.CharField("trích văn bản", max_length=20, choices=Text.choices,
                                   default=Text.PENDING)
    text_message = models.CharField("ghi chú", max_length=300, blank=True)
    extracted_text = models.TextField("văn bản trích được", blank=True)
    uploaded_at = models.DateTimeField("ngày tải lên", default=timezone.now)
    publication = models.CharField("công khai", max_length=20, choices=Publication.choices,
                                   default=Publication.PUBLIC)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = "tệp văn bản"
        verbose_name_plural = "tệp văn bản"
        ordering = ["id"]

    def __str__(self):
        return self.original_name


class RelationKind(models.TextChoices):
    AMENDS = "amends", "Sửa đổi, bổ sung"
    REPLACES = "replaces", "Thay thế"
    GUIDES = "guides", "Hướng dẫn"


# How a relation reads from the other document's side (shown automatically).
REVERSE_LABELS = {
    RelationKind.AMENDS: "Được sửa đổi, bổ sung bởi",
    RelationKind.REPLACES: "Bị thay thế bởi",
    RelationKind.GUIDES: "Được hướng dẫn bởi",
}


class DocumentRelation(models.Model):
    """`source` amends / replaces / guides `target`."""

    source = models.ForeignKey(LegalDocument, on_delete=models.CASCADE,
                               related_name="outgoing_relations")
    target = models.ForeignKey(LegalDocument, on_delete=models.CASCADE,
                               related_name="incoming_relations")
    kind = models.CharField("quan hệ", max_length=20, choices=RelationKind.choices)
    publication = models.CharField("công khai", max_length=20, choices=Publication.choices,
                                   default=Publication.PUBLIC)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = "quan hệ văn bản"
        verbose_name_plural = "quan hệ văn bản"
        constraints = [models.UniqueConstraint(fields=["source", "target", "kind"],
                                               name="legal_unique_relation")]

    def __str__(self):
        return f"{self.source.symbol} {self.get_kind_display().lower()} {self.target.symbol}"


def draft_upload_path(instance, filename):
    return f"du-thao/{timezone.localdate():%Y/%m}/{filename}"


class Draft(models.Model):
    """A draft open for public comment (Decree 43/2011 Art. 10.1.i)."""

    title = models.CharField("tên dự thảo", max_length=300)
    slug = models.SlugField("địa chỉ", max_length=120, unique=True)
    summary = models.TextField("tóm tắt", max_length=2000)
    full_text = models.TextField("toàn văn dự thảo")
    file = models.FileField("tệp dự thảo", upload_to=draft_upload_path, blank=True,
                            max_length=300)
    drafting_unit = models.CharField("đơn vị chủ trì soạn thảo", max_length=200)
    receiving_address = models.CharField("địa chỉ nhận góp ý", max_length=300)
    receiving_email = models.EmailField("thư điện tử nhận góp ý")
    opens_at = models.DateTimeField("bắt đầu lấy ý kiến")
    closes_at = models.DateTimeField("hạn góp ý")
    is_public = models.BooleanField("đăng công khai", default=False)
    responses_published = models.BooleanField("đã công bố giải trình", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, editable=False,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "dự thảo lấy ý kiến"
        verbose_name_plural = "dự thảo lấy ý kiến"
        ordering = ["-opens_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("legal:draft", kwargs={"slug": self.slug})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def has_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at


class DraftComment(models.Model):
    """A visitor's comment on one article of a draft."""

    class State(models.TextChoices):
        PENDING = "pending", "Chờ kiểm duyệt"
        APPROVED = "approved", "Đã duyệt"
        REJECTED = "rejected", "Không đăng"

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="comments")
    name = models.CharField("họ và tên", max_length=120)
    email = models.EmailField("thư điện tử")
    organisation = models.CharField("cơ quan, tổ chức", max_length=200, blank=True)
    article = models.CharField("điều, mục góp ý", max_length=200)
    article_order = models.PositiveIntegerField(default=0, editable=False)
    text = models.TextField("nội dung góp ý", max_length=5000)
    submitted_at = models.DateTimeField("ngày gửi", default=timezone.now)
    client_key = models.CharField(max_length=64, editable=False, db_index=True)
    state = models.CharField("kiểm duyệt", max_length=20, choices=State.choices,
                             default=State.PENDING)
    moderated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    response = models.TextField("ý kiến tiếp thu, giải trình", blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "góp ý dự thảo"
        verbose_name_plural = "góp ý dự thảo"
        ordering = ["article_order", "submitted_at", "id"]

    def __str__(self):
        return f"{self.name} — {self.article}"


class ImportRun(models.Model):
    """One bulk import of an existing library; `done`/`total` show progress."""

    class State(models.TextChoices):
        RUNNING = "running", "Đang nhập"
        FINISHED = "finished", "Đã xong"
        FAILED = "failed", "Lỗi"

    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    sheet = models.FileField(upload_to="van-ban/nhap/")
    bundle = models.FileField(upload_to="van-ban/nhap/", blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    state = models.CharField(max_length=20, choices=State.choices, default=State.RUNNING)
    report = models.TextField(blank=True)

    class Meta:
        verbose_name = "lượt nhập văn bản"
        verbose_name_plural = "lượt nhập văn bản"

    def __str__(self):
        return f"Lượt nhập {self.started_at:%d/%m/%Y %H:%M}"
