"""The Vietnamese page tree under the home page (see `congtin.content.models`
for the addresses other apps rely on).

Pages are added in menu order: Wagtail lists children in the order they were
created, and the menu shows those marked `show_in_menus`.
"""

from congtin.content.models import (
    ArticleIndexPage,
    ContactPage,
    DirectoryPage,
    LeadersPage,
    OrganisationPage,
    Procedure,
    ProjectIndexPage,
    ProjectPage,
    PublicServicesPage,
    SchedulePage,
    SectionPage,
    SiteMapPage,
    StandardPage,
)

from .data import pages as texts
from .data.services import PROCEDURES
from .stream import rich_text


def publish(parent, page):
    """Add `page` under `parent` and publish it, with one revision."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class TreeBuilder:
    """Builds the sections in order; `self.pages` maps each slug to its page."""

    def __init__(self, home, body_writer):
        self.home = home
        self.body = body_writer
        self.pages = {}
        self.categories = {}  # article category key → ArticleIndexPage

    def add(self, parent, page, menu=False):
        page.show_in_menus = menu
        publish(parent, page)
        self.pages[page.slug] = page
        return page

    def build(self):
        home = self.home
        self.about()
        self.news()
        self.add(home, self.section("van-ban", texts.LEGAL_LIBRARY), menu=True)
        self.add(home, self.section("hoi-dap", texts.QA), menu=True)
        self.public_services()
        self.add(home, ContactPage(slug="lien-he", title=texts.CONTACT["title"],
                                   summary=texts.CONTACT["summary"],
                                   body=rich_text("\n\n".join(texts.CONTACT["body"]))),
                 menu=True)
        self.add(home, SiteMapPage(slug="so-do-cong", **texts.SITEMAP), menu=True)
        self.category(home, "thong_bao", texts.TOP_CATEGORIES)
        self.projects()
        self.add(home, DirectoryPage(slug="danh-ba", **self.with_intro(texts.DIRECTORY)))
        self.add(home, SchedulePage(slug="lich-cong-tac", **self.with_intro(texts.SCHEDULE)))
        fields = self.add(home, self.section("linh-vuc-quan-ly", texts.FIELDS))
        for spec in texts.FIELD_PAGES:
            self.add(fields, self.standard(spec))
        for key in ("chuyen_nganh", "dang_doan", "bao_chi", "khac"):
            self.category(home, key, texts.TOP_CATEGORIES)
        return self

    # --- sections ----------------------------------------------------------------

    def about(self):
        about = self.add(self.home, self.section("gioi-thieu", texts.ABOUT), menu=True)
        for spec in (texts.HISTORY, texts.ACHIEVEMENTS, texts.DIRECTIONS):
            self.add(about, self.standard(spec))
        self.add(about, OrganisationPage(**self.with_intro(texts.ORGANISATION)))
        self.add(about, LeadersPage(**self.with_intro(texts.LEADERS)))
        self.add(about, self.standard(texts.FUNCTIONS))

    def news(self):
        news = self.add(self.home, ArticleIndexPage(**self.with_intro(texts.NEWS)), menu=True)
        for key in texts.NEWS_CATEGORIES:
            self.category(news, key, texts.NEWS_CATEGORIES)

    def category(self, parent, key, table):
        slug, title, intro = table[key]
        page = self.add(parent, ArticleIndexPage(slug=slug, title=title, summary=intro,
                                                 intro=rich_text(intro)))
        self.categories[key] = page
        return page

    def public_services(self):
        page = PublicServicesPage(slug="dich-vu-cong", **self.with_intro(texts.SERVICES))
        page.procedures = [
            Procedure(name=p["name"], field=p["field"], level=p["level"], code=p["code"],
                      url=p["url"], sort_order=order)
            for order, p in enumerate(PROCEDURES)]
        self.add(self.home, page, menu=True)

    def projects(self):
        index = self.add(self.home, ProjectIndexPage(slug="du-an",
                                                     **self.with_intro(texts.PROJECTS)))
        for spec in texts.PROJECT_PAGES:
            fields = {k: v for k, v in spec.items() if k != "body"}
            self.add(index, ProjectPage(body=self.body.render(spec["body"]), **fields))

    # --- page factories ----------------------------------------------------------

    def section(self, slug, spec):
        return SectionPage(slug=slug, title=spec["title"], summary=spec["summary"],
                           body=self.body.render(spec["body"]))

    def standard(self, spec):
        return StandardPage(slug=spec["slug"], title=spec["title"], summary=spec["summary"],
                            body=self.body.render(spec["body"]))

    @staticmethod
    def with_intro(spec):
        """Page fields from a spec whose `intro` is plain text."""
        fields = dict(spec)
        if "intro" in fields:
            fields["intro"] = rich_text(fields["intro"])
        return fields
