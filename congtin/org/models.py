"""The department's organisation: units, people and the editorial board.

These are the one source of truth for who does what. A person's unit and duties
and their board membership (Đ.10) decide their Django groups (see `roles.py`);
the organisation chart, the leaders' page and the e-mail directory (Đ.5.1, Đ.5.7)
are generated from the same rows, in Vietnamese and in English (Decree 42/2022
Art. 7 makes English mandatory for the organisation and its contact officials).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.fields import RichTextField
from wagtail.search import index


class LocalisedMixin:
    """Pick the English column on English pages when it is filled in."""

    def localised(self, field):
        if (get_language() or "vi").startswith("en"):
            english = getattr(self, f"{field}_en", "")
            if english:
                return english
        return getattr(self, field)


class Unit(LocalisedMixin, index.Indexed, models.Model):
    """A unit of the department (Đ.6) or an outside partner such as the newspaper
    that translates into English (Đ.9.2.d)."""

    class Kind(models.TextChoices):
        DIRECTORATE = "directorate", "Ban Giám đốc"
        OFFICE = "office", "Văn phòng"
        DEPARTMENT = "department", "Phòng chuyên môn"
        INSPECTORATE = "inspectorate", "Thanh tra"
        PARTNER = "partner", "Đối tác bên ngoài"

    code = models.SlugField("mã đơn vị", max_length=20, unique=True,
                            help_text="Chữ thường, không dấu, ví dụ: qlcn")
    abbreviation = models.CharField("tên viết tắt", max_length=20)
    name = models.CharField("tên đơn vị", max_length=200)
    name_en = models.CharField("tên tiếng Anh", max_length=200, blank=True)
    kind = models.CharField("loại đơn vị", max_length=20, choices=Kind.choices)
    functions = RichTextField("chức năng, nhiệm vụ", blank=True,
                              features=["bold", "italic", "ol", "ul", "link"])
    functions_en = RichTextField("chức năng, nhiệm vụ (tiếng Anh)", blank=True,
                                 features=["bold", "italic", "ol", "ul", "link"])
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    fax = models.CharField("fax", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    sort_order = models.PositiveIntegerField("thứ tự hiển thị", default=100)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("abbreviation"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def is_internal(self):
        return self.kind != self.Kind.PARTNER

    @property
    def answers_questions(self):
        """Functional departments answer citizens' questions (Đ.7.2.c)."""
        return self.kind in {self.Kind.DEPARTMENT, self.Kind.INSPECTORATE, self.Kind.OFFICE}

    @property
    def display_name(self):
        return self.localised("name")

    @property
    def display_functions(self):
        return self.localised("functions")


class PersonQuerySet(models.QuerySet):
    def in_vietnamese_order(self):
        """People sorted by given name, the Vietnamese way (not by family name)."""
        from congtin.vntext import name_sort_key

        return sorted(self, key=lambda person: name_sort_key(person.full_name))


class Person(LocalisedMixin, index.Indexed, models.Model):
    """A member of staff (or of a partner) and what they are charged with.

    The duty flags are the part of a person's role that the board does not
    decide; board roles come from `BoardMembership`.
    """

    full_name = models.CharField("họ và tên", max_length=120)
    position = models.CharField("chức vụ", max_length=150, blank=True)
    position_en = models.CharField("chức vụ (tiếng Anh)", max_length=150, blank=True)
    unit = models.ForeignKey(Unit, verbose_name="đơn vị", on_delete=models.PROTECT,
                             related_name="people")
    # Đ.6: a person who also holds a post in other units (kiêm nhiệm) provides
    # information in their name too; `unit` stays the home unit of the chart.
    concurrent_units = models.ManyToManyField(
        Unit, verbose_name="đơn vị kiêm nhiệm", blank=True, related_name="concurrent_people",
        help_text="Các đơn vị khác mà người này kiêm nhiệm; có thể cung cấp tin nhân danh "
                  "các đơn vị này (Điều 6).")
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    photo = models.ForeignKey("wagtailimages.Image", verbose_name="ảnh", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    biography = RichTextField("tiểu sử tóm tắt", blank=True,
                              features=["bold", "italic", "ol", "ul"])
    biography_en = RichTextField("tiểu sử (tiếng Anh)", blank=True,
                                 features=["bold", "italic", "ol", "ul"])
    responsibilities = RichTextField("nhiệm vụ phụ trách", blank=True,
                                     features=["bold", "italic", "ol", "ul"])
    responsibilities_en = RichTextField("nhiệm vụ phụ trách (tiếng Anh)", blank=True,
                                        features=["bold", "italic", "ol", "ul"])
    is_contact_official = models.BooleanField(
        "đầu mối liên hệ", default=False,
        help_text="Hiển thị trong danh bạ và trang liên hệ (Nghị định 42/2022, Điều 4).")
    sort_order = models.PositiveIntegerField("thứ tự trong đơn vị", default=100)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name="tài khoản",
                                null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="person")

    provides_information = models.BooleanField(
        "cung cấp tin", default=False, help_text="Soạn và gửi tin của đơn vị (Điều 6, 7.1.a).")
    publishes = models.BooleanField(
        "biên tập kỹ thuật và đăng tin", default=False,
        help_text="Phòng KT-AT-MT: chỉnh sửa mỹ thuật và đăng tin đã duyệt (Điều 7.1.b).")
    handles_documents_and_finance = models.BooleanField(
        "văn bản và tài chính", default=False,
        help_text="Văn phòng Sở: văn bản pháp luật, nhuận bút, kinh phí (Điều 9.2.b).")
    translates = models.BooleanField(
        "biên dịch tiếng Anh", default=False,
        help_text="Đối tác dịch tin sang tiếng Anh (Điều 9.2.d).")
    is_collaborator = models.BooleanField("cộng tác viên", default=False,
                                          help_text="Mạng lưới cộng tác viên (Điều 11.5).")
    administers = models.BooleanField("quản trị hệ thống", default=False)

    objects = PersonQuerySet.as_manager()

    search_fields = [index.SearchField("full_name"), index.AutocompleteField("full_name")]

    class Meta:
        verbose_name = "cán bộ"
        verbose_name_plural = "cán bộ"
        ordering = ["unit__sort_order", "sort_order", "full_name"]

    def __str__(self):
        return self.full_name

    def all_units(self):
        """The home unit first, then the units held concurrently."""
        units = [self.unit]
        if self.pk:
            units += [u for u in self.concurrent_units.all() if u.pk != self.unit_id]
        return units

    @property
    def display_position(self):
        return self.localised("position")

    @property
    def display_biography(self):
        return self.localised("biography")

    @property
    def display_responsibilities(self):
        return self.localised("responsibilities")


class BoardMembershipQuerySet(models.QuerySet):
    def active_on(self, day=None):
        day = day or timezone.localdate()
        return self.filter(start_date__lte=day).filter(
            models.Q(end_date__isnull=True) | models.Q(end_date__gte=day)
        )


class BoardMembership(models.Model):
    """A seat on the website's editorial board for a term (Đ.10).

    The board is the Head (a member of the directorate), the Deputy, one member
    per unit (its leader) and a secretariat of three from the Office and the
    Technical department (Đ.10.2).
    """

    class Role(models.TextChoices):
        HEAD = "head", "Trưởng ban"
        DEPUTY = "deputy", "Phó ban"
        MEMBER = "member", "Thành viên"
        SECRETARY = "secretary", "Tổ Thư ký"

    person = models.ForeignKey(Person, verbose_name="cán bộ", on_delete=models.CASCADE,
                               related_name="board_memberships")
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(
        Unit, verbose_name="đại diện đơn vị", null=True, blank=True, on_delete=models.PROTECT,
        related_name="board_members",
        help_text="Với thành viên: đơn vị mà người này chịu trách nhiệm về tin (Điều 9.1.d).")
    start_date = models.DateField("từ ngày", default=datetime.date.today)
    end_date = models.DateField("đến ngày", null=True, blank=True)
    decision = models.CharField("quyết định", max_length=100, blank=True,
                                help_text="Số quyết định thành lập hoặc kiện toàn, ví dụ 123/QĐ-SCT")

    objects = BoardMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "thành viên Ban biên tập"
        verbose_name_plural = "Ban biên tập"
        ordering = ["start_date", "role"]

    def __str__(self):
        return f"{self.person} — {self.get_role_display()}"

    def clean(self):
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = "Ngày kết thúc phải sau ngày bắt đầu."
        if self.role == self.Role.MEMBER and not self.unit_id:
            errors["unit"] = "Thành viên Ban biên tập phải đại diện cho một đơn vị."
        person = self.person if self.person_id else None
        # Đ.10.2: the Head is a member of the directorate.
        if person and self.role == self.Role.HEAD and person.unit.kind != Unit.Kind.DIRECTORATE:
            errors["person"] = "Trưởng ban phải là thành viên Ban Giám đốc (Điều 10.2)."
        # Đ.10.2: the secretariat comes from the Office and the Technical department.
        if person and self.role == self.Role.SECRETARY and person.unit.code not in SECRETARIAT_UNITS:
            errors["person"] = "Tổ Thư ký gồm chuyên viên Văn phòng và Phòng KT-AT-MT (Điều 10.2)."
        if errors:
            raise ValidationError(errors)

    def is_active(self, day=None):
        day = day or timezone.localdate()
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)


SECRETARIAT_UNITS = {"vp", "ktatmt"}


def units_in_vietnamese_order(units):
    from congtin.vntext import sort_key

    return sorted(units, key=lambda unit: sort_key(unit.name))
