"""The English tree (Decree 42/2022 Art. 7; Đ.9.2.d, Đ.11.3).

Each English page is a translation of its Vietnamese page made with Wagtail's
`copy_for_translation`, so the two share a translation key: the language
switcher, wagtail-localize and `Page.localized` find one from the other. The
copies keep the Vietnamese slugs, so /en/gioi-thieu/ mirrors /gioi-thieu/.
Parents are translated before their children; the English home page is
published last, once its news index exists.
"""

from django.utils import timezone

from congtin.content.models import ArticlePage, ContactPage, Procedure, PublicServicesPage

from . import stream
from .body import date_values, fill
from .data import english as texts
from .data.services import PROCEDURES
from .stream import rich_text

# Vietnamese slugs to translate, parents first, in menu order.
PAGE_ORDER = [
    "gioi-thieu", "lich-su", "co-cau-to-chuc", "lanh-dao-so", "chuc-nang-nhiem-vu",
    "tin-tuc", "tin-hoat-dong", "tin-nganh", "xuc-tien-thuong-mai",
    "dich-vu-cong", "lien-he", "so-do-cong", "danh-ba",
]


class EnglishBuilder:
    def __init__(self, en_locale, body_writer, today):
        self.en = en_locale
        self.body = body_writer
        self.values = date_values(today)
        self.pages = {}  # Vietnamese slug → English page

    def build(self, home, vi_pages, vi_articles):
        en_home = home.copy_for_translation(self.en)
        for slug in PAGE_ORDER:
            self.pages[slug] = self.translate_page(vi_pages[slug], texts.PAGES[slug])
        for key, spec in texts.ARTICLES.items():
            self.pages[key] = self.translate_article(vi_articles[key], spec)
        # Reload: adding the children changed the stored child count, and
        # publishing the stale copy would write the old count back.
        en_home = type(en_home).objects.get(pk=en_home.pk)
        en_home.title = texts.HOME["title"]
        en_home.summary = texts.HOME["summary"]
        en_home.welcome = rich_text(texts.HOME["welcome"])
        en_home.news_index = self.pages["tin-tuc"]
        # Notices and the schedule are published in Vietnamese only.
        en_home.notices_index = None
        en_home.schedule_page = None
        en_home.save_revision().publish()
        self.pages["trang-chu"] = en_home
        return self.pages

    def translate_page(self, vi_page, spec):
        page = vi_page.specific.copy_for_translation(self.en)
        page.title = spec["title"]
        page.summary = spec.get("summary", "")
        if "intro" in spec:
            page.intro = rich_text(spec["intro"])
        if "body" in spec:
            if isinstance(page, ContactPage):  # its body is rich text, not a stream
                page.body = rich_text("\n\n".join(spec["body"]))
            else:
                page.body = self.body.render(spec["body"], self.values)
        if isinstance(page, PublicServicesPage):
            self._translate_procedures(page)
        page.save_revision().publish()
        return page

    @staticmethod
    def _translate_procedures(page):
        """English names for the copied procedures; the forms stay on the national portal."""
        english = {p["code"]: p for p in PROCEDURES}
        page.procedures = [
            Procedure(name=english[p.code]["name_en"], field=english[p.code]["field_en"],
                      level=p.level, code=p.code, url=p.url, sort_order=p.sort_order)
            for p in page.procedures.all()]

    def translate_article(self, vi_article: ArticlePage, spec):
        page = vi_article.copy_for_translation(self.en)
        values = date_values(timezone.localtime(vi_article.date).date())
        lead, *rest = spec["body"]
        figure = stream.figure(vi_article.listing_image_id, fill(spec["alt"], values),
                               fill(spec["caption"], values))
        page.title = fill(spec["title"], values)
        page.summary = fill(spec["summary"], values)
        page.body = (self.body.render([lead], values) + [figure]
                     + self.body.render(rest, values))
        page.related_links = []  # the Vietnamese related items have no English version
        page.tags.clear()
        page.tags.add(*spec["tags"])
        page.save_revision().publish()
        return page
