"""Public page types: one for each category the site publishes (Đ.3, Đ.5).

The tree in the demo, and the stable addresses other parts rely on:

    /                 HomePage              Trang chủ
    /gioi-thieu/      SectionPage           Giới thiệu (Đ.5.1), with OrganisationPage,
                                            LeadersPage and StandardPages below it
    /tin-tuc/         ArticleIndexPage      Tin tức – Sự kiện (Đ.5.4), with category indexes
    /thong-bao/       ArticleIndexPage      Thông báo
    /van-ban/         SectionPage           Văn bản (Đ.5.5; the legal library fills it)
    /hoi-dap/         SectionPage           Hỏi đáp (Đ.7.2; the Q&A app fills it)
    /du-an/           ProjectIndexPage      Chương trình, dự án (Đ.5.6)
    /danh-ba/         DirectoryPage         Danh bạ thư điện tử (Đ.5.7)
    /lich-cong-tac/   SchedulePage          Lịch công tác của lãnh đạo
    /dich-vu-cong/    PublicServicesPage    Thủ tục hành chính, dịch vụ công trực tuyến
    /lien-he/         ContactPage           Liên hệ
    /so-do-cong/      SiteMapPage           Sơ đồ cổng

Listings never count the whole tree nor call `.specific()` per row: they query
the concrete page model once, ordered by an indexed date (see `listing.py`).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction, Site
from wagtail.search import index

from congtin.editorial.unit_pages import UnitScopedPage
from congtin.pagecache.fragments import remember, remember_for_page, rendered

from .blocks import BodyBlock
from .listing import page_number_from, paginate, paginate_by_date, public_only, restricted_paths
from .prepared import values_rows

LISTING_PAGE_SIZE = 20
SIMPLE_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class BasePage(Page):
    """Fields every public page shares: a summary used in listings and metadata."""

    summary = models.TextField("tóm tắt", blank=True, max_length=1000,
                               help_text="Hiện trong danh sách tin và thẻ mô tả của trang.")

    promote_panels = Page.promote_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True

    def meta_description(self):
        return self.search_description or self.summary

    def get_view_restrictions(self):
        """Wagtail asks this before serving any page (two queries). Where no
        restriction covers the page, which restricted_paths() knows without a
        query, there is nothing to ask; aliases keep Wagtail's full check."""
        if self.alias_of_id is None and not any(
                self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
    """The portal's home page (Circular 32/2017 Art. 16): the department's name
    and emblem in the header, the menu, latest news, notices, website links and
    the footer contacts, all drawn from the pages and settings below it."""

    welcome = RichTextField("lời giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    news_index = models.ForeignKey("content.ArticleIndexPage", verbose_name="mục tin tức",
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    notices_index = models.ForeignKey("content.ArticleIndexPage", verbose_name="mục thông báo",
                                      null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    schedule_page = models.ForeignKey("content.SchedulePage", verbose_name="lịch công tác",
                                      null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    news_count = models.PositiveSmallIntegerField("số tin mới hiển thị", default=7)
    notices_count = models.PositiveSmallIntegerField("số thông báo hiển thị", default=6)

    content_panels = BasePage.content_panels + [
        FieldPanel("welcome"),
        MultiFieldPanel([
            PageChooserPanel("news_index", "content.ArticleIndexPage"),
            PageChooserPanel("notices_index", "content.ArticleIndexPage"),
            PageChooserPanel("schedule_page", "content.SchedulePage"),
            FieldRowPanel([FieldPanel("news_count"), FieldPanel("notices_count")]),
        ], heading="Các khối trên trang chủ"),
    ]

    # One home page per language, all directly under the root.
    parent_page_types = ["wagtailcore.Page"]
    # Loaded with the home page when it is routed (content/routing.py).
    route_select_related = ("news_index", "notices_index", "schedule_page")

    class Meta:
        verbose_name = "trang chủ"

    # What the home page's blocks show, read by their templates only when the
    # block is rendered: once per generation and day (portal.page_fragment).
    def latest_news(self):
        return latest_articles(self.news_index, self.news_count)

    def notices(self):
        return latest_articles(self.notices_index, self.notices_count)

    # Site-wide blocks, also kept on their own (pagecache.fragments).
    def upcoming_schedule(self):
        today = timezone.localdate()
        return remember(("upcoming_schedule", today),
                        lambda: ScheduleEntry.objects.upcoming(today))

    def website_links(self):
        return remember(("website_links",), lambda: list(WebsiteLink.objects.all()))

    def sections(self):
        return remember(("home_sections", self.pk), lambda: list(
            public_only(self.get_children().live().filter(content_type__in=self.section_types()))))

    @classmethod
    def section_types(cls):
        """The page types that may sit under the home page. Naming them adds
        nothing to the list of children, but it lets the database find them
        by type: by their place in the tree alone it read every article of
        the site too (37 ms with 100,000 articles, after each publication)."""
        return list(ContentType.objects.get_for_models(*cls.allowed_subpage_models()).values())


def latest_articles(index_page, count):
    if index_page is None:
        return []
    return list(
        ArticlePage.objects.live().descendant_of(index_page)
        .select_related("listing_image", "providing_unit")
        .order_by("-date", "-pk")[:count]
    )


class SectionPage(RoutablePageMixin, BasePage):
    """A section of the site with an introduction and its sub-pages listed
    below it: Giới thiệu, Lĩnh vực quản lý, and sections whose own app fills
    them later (Văn bản, Hỏi đáp)."""

    body = StreamField(BodyBlock(), verbose_name="nội dung", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = "chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public_only(self.get_children().live()).specific()
        return context


class StandardPage(BasePage):
    """A page of text: history, achievements, a field of state management (Đ.5.2)."""

    body = StreamField(BodyBlock(), verbose_name="nội dung", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = "trang nội dung"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = list(public_only(self.get_children().live()))
        return context


class ArticleIndexPage(RoutablePageMixin, BasePage):
    """A news category (Tin tức – Sự kiện, Thông báo, Đảng – Đoàn thể, Thông cáo
    báo chí, Thông tin chuyên ngành…). It lists every article below it, newest
    first, and offers an RSS feed at `rss/`."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.ArticleIndexPage", "content.ArticlePage"]

    class Meta:
        verbose_name = "danh mục tin"

    def articles(self):
        return (
            public_only(ArticlePage.objects.live().descendant_of(self))
            .select_related("listing_image", "providing_unit")
            .order_by("-date", "-pk")
        )

    # What a listing card shows: the body and the other fields stay in the database.
    LISTING_FIELDS = ("title", "url_path", "path", "depth", "live", "locale_id",
                      "content_type_id", "date", "summary", "providing_unit",
                      "listing_image")

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides={
            "listing_html": self.listing_html(request),
            "categories": remember_for_page(("categories", self.pk), lambda: list(
                self.get_children().live().type(ArticleIndexPage))),
        })

    def listing_html(self, request):
        """The cards and page links of the requested page of the listing: the
        same for every visitor, so rendered once per generation (and language)."""
        number = page_number_from(request)

        def values():
            articles = self.articles().only(*self.LISTING_FIELDS)
            return {"page_of_articles": paginate_by_date(
                articles, request, LISTING_PAGE_SIZE, key=("articles", self.pk))}

        return rendered(("listing", self.pk, number), "content/includes/listing_part.html",
                        values, Site.find_for_request(request), for_page=True)

    @path("rss/")
    def rss(self, request):
        from .feeds import ArticleFeed

        return ArticleFeed(self)(request)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("content.ArticlePage", on_delete=models.CASCADE,
                                 related_name="tagged_items")


class ArticlePage(UnitScopedPage, RoutablePageMixin, BasePage):
    """A news item, notice, press release or any other article (Đ.5.3–5.10).

    It is provided in the name of a unit (Đ.6; who may name which unit and see
    its drafts is the editorial chain's `UnitScopedPage`), may quote another
    source, which must then be named (Đ.9.1.c), and has a print view at `in/`
    (Decree 42/2022 Art. 7: print and save for every article).
    """

    date = models.DateTimeField("ngày đăng", default=timezone.now, db_index=True)
    providing_unit = models.ForeignKey("org.Unit", verbose_name="đơn vị cung cấp tin",
                                       null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="articles")
    authors = models.CharField("tác giả", max_length=255, blank=True)
    listing_image = models.ForeignKey("wagtailimages.Image", verbose_name="ảnh đại diện",
                                      null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    body = StreamField(BodyBlock(), verbose_name="nội dung")
    # Đ.8.2: current news is due the same day in the editorial chain.
    is_current_news = models.BooleanField(
        "tin thời sự", default=False,
        help_text="Tin thời sự phải được duyệt và đăng ngay trong ngày (Điều 8.2).")
    is_excerpt = models.BooleanField("trích từ nguồn khác", default=False)
    source_title = models.CharField("tên tài liệu nguồn", max_length=255, blank=True)
    source_publisher = models.CharField("cơ quan / báo đăng", max_length=255, blank=True)
    source_date = models.DateField("ngày đăng nguồn", null=True, blank=True)
    source_url = models.URLField("đường dẫn nguồn", blank=True, max_length=500)
    tags = ClusterTaggableManager("từ khóa", through=ArticleTag, blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("providing_unit")]),
        FieldPanel("is_current_news"),
        FieldPanel("authors"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        MultiFieldPanel([
            FieldPanel("is_excerpt"),
            FieldPanel("source_title"),
            FieldRowPanel([FieldPanel("source_publisher"), FieldPanel("source_date")]),
            FieldPanel("source_url"),
        ], heading="Nguồn trích dẫn (Điều 9.1.c)"),
        FieldPanel("tags"),
        InlinePanel("related_links", label="Tin liên quan"),
    ]
    promote_panels = Page.promote_panels
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("authors"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["content.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        indexes = [models.Index(fields=["-date"], name="article_date_desc")]

    def clean(self):
        super().clean()
        # Đ.9.1.c: an excerpt must say where it comes from.
        if self.is_excerpt and not (self.source_title or self.source_publisher):
            raise ValidationError({
                "source_title": "Tin trích từ tài liệu khác phải ghi rõ nguồn (Điều 9.1.c)."})

    # Loaded with the article when it is routed (content/routing.py).
    route_select_related = ("providing_unit",)

    def related_pages(self):
        if self.pk is None or self.related_links.is_deferring:
            # A preview: the links are in the unsaved form, not in the database.
            targets = [link.target_id for link in self.related_links.all()]
        else:
            # A light query first: most articles have no related links, and the
            # query for the linked pages is a wide one.
            targets = [target for (target,) in values_rows(
                "related_link_targets",
                lambda page_id: RelatedLink.objects.filter(page_id=page_id).values_list("target_id"),
                RelatedLink._meta.get_field("page"), self.pk)]
        if not targets:
            return []
        pages = public_only(ArticlePage.objects.live().filter(pk__in=targets))
        return list(pages.select_related("listing_image", "providing_unit")
                    .only(*ArticleIndexPage.LISTING_FIELDS))

    @cached_property
    def tag_list(self):
        """The tags, read once for the page and its metadata."""
        return list(self.tags.all())

    @path("")
    def article(self, request):
        if not getattr(request, "is_preview", False):
            # The published tags, for the metadata: read once per generation.
            self.__dict__["tag_list"] = remember_for_page(("article_tags", self.pk),
                                                          lambda: list(self.tags.all()))
        return self.render(request)

    @path("in/")
    def print_view(self, request):
        return self.render(request, template="content/article_print.html")


class RelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey("wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE,
                               related_name="+")

    panels = [PageChooserPanel("target", "content.ArticlePage")]


class ProjectIndexPage(BasePage):
    """Programmes and projects the department runs or has run (Đ.5.6)."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.ProjectPage"]

    class Meta:
        verbose_name = "danh mục dự án"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = public_only(ProjectPage.objects.live().child_of(self)).order_by("-start_year",
                                                                                 "title")
        status = request.GET.get("trang-thai", "")
        if status in ProjectPage.Status.values:
            projects = projects.filter(status=status)
        context["projects"] = paginate(projects, request, LISTING_PAGE_SIZE)
        context["statuses"] = ProjectPage.Status.choices
        context["current_status"] = status
        return context


class ProjectPage(BasePage):
    """One programme or project, with the fields the national rules list
    (Decree 43/2011 Art. 10.1: name, goal, field, type, duration, budget,
    funding, sponsor, status)."""

    class Status(models.TextChoices):
        PREPARING = "preparing", _("Chuẩn bị đầu tư")
        ONGOING = "ongoing", _("Đang thực hiện")
        DONE = "done", _("Đã hoàn thành")
        SUSPENDED = "suspended", _("Tạm dừng")

    goal = models.TextField("mục tiêu")
    field = models.CharField("lĩnh vực", max_length=150)
    project_type = models.CharField("loại dự án", max_length=150,
                                    help_text="Ví dụ: chương trình, đề án, dự án đầu tư công")
    start_year = models.PositiveSmallIntegerField("năm bắt đầu")
    end_year = models.PositiveSmallIntegerField("năm kết thúc", null=True, blank=True)
    budget_vnd = models.DecimalField("tổng kinh phí (đồng)", max_digits=18, decimal_places=0,
                                     null=True, blank=True)
    funding = models.CharField("nguồn vốn", max_length=255)
    sponsor = models.CharField("chủ đầu tư / đơn vị chủ trì", max_length=255)
    status = models.CharField("tình trạng", max_length=20, choices=Status.choices,
                              default=Status.ONGOING)
    body = StreamField(BodyBlock(), verbose_name="nội dung chi tiết", blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("goal"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("project_type")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("budget_vnd"), FieldPanel("funding")]),
        FieldPanel("sponsor"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("goal"),
                                              index.SearchField("field"),
                                              index.SearchField("body")]
    parent_page_types = ["content.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "dự án"

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "Năm kết thúc không thể trước năm bắt đầu."})


class OrganisationPage(BasePage):
    """The organisation chart and every unit's functions and contacts, drawn
    from the organisation data (Đ.5.1; in English too, Decree 42/2022 Art. 7)."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = []

    class Meta:
        verbose_name = "cơ cấu tổ chức"

    def get_context(self, request, *args, **kwargs):
        from congtin.org.models import Person, Unit

        context = super().get_context(request, *args, **kwargs)
        units = list(Unit.objects.exclude(kind=Unit.Kind.PARTNER))
        context["directorate"] = [u for u in units if u.kind == Unit.Kind.DIRECTORATE]
        context["units"] = [u for u in units if u.kind != Unit.Kind.DIRECTORATE]
        context["leaders"] = (Person.objects.filter(unit__kind=Unit.Kind.DIRECTORATE)
                              .select_related("unit"))
        return context


class LeadersPage(BasePage):
    """The department's leaders with their short biographies and duties
    (Decree 42/2022 Art. 4)."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = []

    class Meta:
        verbose_name = "lãnh đạo Sở"

    def get_context(self, request, *args, **kwargs):
        from congtin.org.models import Person, Unit

        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = (Person.objects.filter(unit__kind=Unit.Kind.DIRECTORATE)
                              .select_related("photo"))
        return context


class DirectoryPage(BasePage):
    """The e-mail directory of the directorate, the units and their contact
    officials (Đ.5.7), generated from the organisation data."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = []

    class Meta:
        verbose_name = "danh bạ thư điện tử"

    def get_context(self, request, *args, **kwargs):
        from congtin.org.models import Person, Unit

        context = super().get_context(request, *args, **kwargs)
        units = list(Unit.objects.exclude(kind=Unit.Kind.PARTNER))
        people = (Person.objects.filter(unit__in=units)
                  .filter(models.Q(is_contact_official=True)
                          | models.Q(unit__kind=Unit.Kind.DIRECTORATE))
                  .exclude(email=""))
        by_unit = {}
        for person in people:
            by_unit.setdefault(person.unit_id, []).append(person)
        context["directory"] = [(unit, by_unit.get(unit.pk, [])) for unit in units]
        return context


class SchedulePage(BasePage):
    """The leaders' weekly working schedule (lịch công tác, Decree 43/2011
    Art. 10.1), one week at a time; `?tuan=2026-W48` picks another week."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = []

    class Meta:
        verbose_name = "lịch công tác"

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        monday = week_start(request.GET.get("tuan", ""))
        days = [monday + datetime.timedelta(days=n) for n in range(7)]
        entries = ScheduleEntry.objects.between(days[0], days[-1])
        context["week_days"] = [(day, [e for e in entries if e.date == day]) for day in days]
        context["monday"] = monday
        context["previous_week"] = iso_week(monday - datetime.timedelta(days=7))
        context["next_week"] = iso_week(monday + datetime.timedelta(days=7))
        context["this_week"] = iso_week(week_start(""))
        return context


def week_start(iso_week_text):
    """Monday of the ISO week "2026-W48"; this week for anything unreadable."""
    try:
        year, week = iso_week_text.split("-W")
        if not 2000 <= int(year) <= 2100:
            raise ValueError("outside the years a schedule can cover")
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    except (ValueError, TypeError):
        today = timezone.localdate()
        return today - datetime.timedelta(days=today.weekday())


def iso_week(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class PublicServicesPage(BasePage):
    """Administrative procedures and online public services, each linked to the
    national public service portal (Decree 42/2022 Art. 4)."""

    intro = RichTextField("giới thiệu", blank=True, features=SIMPLE_TEXT_FEATURES)
    portal_url = models.URLField("Cổng Dịch vụ công quốc gia",
                                 default="https://dichvucong.gov.vn")
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("portal_url"),
        InlinePanel("procedures", label="Thủ tục hành chính"),
    ]
    subpage_types = []

    class Meta:
        verbose_name = "dịch vụ công"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        fields = {}
        for procedure in self.procedures.all():
            fields.setdefault(procedure.field, []).append(procedure)
        context["procedures_by_field"] = sorted(fields.items())
        return context


class Procedure(Orderable):
    class Level(models.TextChoices):
        FULL = "full", _("Toàn trình")
        PARTIAL = "partial", _("Một phần")
        INFO = "info", _("Cung cấp thông tin")

    page = ParentalKey(PublicServicesPage, on_delete=models.CASCADE, related_name="procedures")
    name = models.CharField("tên thủ tục", max_length=500)
    field = models.CharField("lĩnh vực", max_length=150)
    level = models.CharField("mức độ dịch vụ công trực tuyến", max_length=10,
                             choices=Level.choices, default=Level.FULL)
    code = models.CharField("mã thủ tục", max_length=50, blank=True)
    url = models.URLField("đường dẫn nộp hồ sơ", max_length=500)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("field"), FieldPanel("code")]),
              FieldRowPanel([FieldPanel("level"), FieldPanel("url")])]


class ContactPage(BasePage):
    """How to reach the department and its contact officials."""

    body = RichTextField("nội dung", blank=True, features=SIMPLE_TEXT_FEATURES)
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    subpage_types = []

    class Meta:
        verbose_name = "liên hệ"

    def get_context(self, request, *args, **kwargs):
        from congtin.org.models import Person, Unit

        context = super().get_context(request, *args, **kwargs)
        context["contact_officials"] = (
            Person.objects.filter(is_contact_official=True)
            .exclude(unit__kind=Unit.Kind.PARTNER).select_related("unit"))
        return context


class SiteMapPage(BasePage):
    """The site map for people (Circular 32/2017 Art. 16); /sitemap.xml is the
    one for search engines."""

    subpage_types = []

    class Meta:
        verbose_name = "sơ đồ cổng"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = self.get_site().root_page.localized if self.get_site() else self.get_parent()
        # Articles are left out: the map shows the structure, not every news item.
        pages = (public_only(home.get_descendants().live()).not_type(ArticlePage)
                 .filter(depth__lte=home.depth + 3).only("id", "title", "url_path", "depth",
                                                           "path"))
        context["map_root"] = home
        context["map_pages"] = pages
        return context

    def serve(self, request, *args, **kwargs):
        if request.GET.get("xml"):
            return redirect("/sitemap.xml")
        return super().serve(request, *args, **kwargs)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The department's identity and contacts, shown in every page's header and
    footer (Circular 32/2017 Art. 16)."""

    department_name = models.CharField("tên đầy đủ của Sở", max_length=255,
                                       default="Sở Công Thương Thành phố Hồ Chí Minh")
    department_name_en = models.CharField(
        "tên tiếng Anh", max_length=255,
        default="Department of Industry and Trade of Ho Chi Minh City")
    governing_body = models.CharField("cơ quan chủ quản", max_length=255,
                                      default="Ủy ban nhân dân Thành phố Hồ Chí Minh")
    governing_body_en = models.CharField("cơ quan chủ quản (tiếng Anh)", max_length=255,
                                         default="Ho Chi Minh City People's Committee")
    logo = models.ForeignKey("wagtailimages.Image", verbose_name="biểu trưng", null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")
    responsible_person = models.CharField("người chịu trách nhiệm chính", max_length=255,
                                          blank=True)
    responsible_person_en = models.CharField("người chịu trách nhiệm (tiếng Anh)",
                                             max_length=255, blank=True)
    address = models.CharField("địa chỉ", max_length=255,
                               default="163 Hai Bà Trưng, Phường 6, Quận 3, TP. Hồ Chí Minh")
    address_en = models.CharField("địa chỉ (tiếng Anh)", max_length=255,
                                  default="163 Hai Ba Trung, Ward 6, District 3, Ho Chi Minh City")
    phone = models.CharField("điện thoại", max_length=50, default="(+848) 3829 6322")
    fax = models.CharField("fax", max_length=50, default="(+848) 3822 1778")
    email = models.EmailField("thư điện tử", default="sct@tphcm.gov.vn")
    licence = models.CharField("giấy phép", max_length=255, blank=True)
    licence_en = models.CharField("giấy phép (tiếng Anh)", max_length=255, blank=True)

    panels = [
        FieldPanel("department_name"), FieldPanel("department_name_en"),
        FieldRowPanel([FieldPanel("governing_body"), FieldPanel("governing_body_en")]),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("responsible_person"), FieldPanel("responsible_person_en")]),
        FieldRowPanel([FieldPanel("address"), FieldPanel("address_en")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")]),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("licence_en")]),
    ]

    class Meta:
        verbose_name = "thông tin cơ quan"


from .snippets import ScheduleEntry, WebsiteLink  # noqa: E402,F401  (models of this app)
