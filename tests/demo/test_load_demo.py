"""`manage.py load_demo` builds a demo department an editor and a visitor can
rely on: the organisation and its board (Đ.10), logins with the right roles,
a complete page tree in Vietnamese and English, and enough real-looking news
in every category."""

import datetime
import io
import json
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Locale, Page, Site

from congtin.content.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    ProjectPage,
    PublicServicesPage,
    SiteSettings,
)
from congtin.content.snippets import ScheduleEntry, WebsiteLink
from congtin.demo.models import DEMO_PASSWORD, DemoAccount
from congtin.org import roles
from congtin.org.models import BoardMembership, Person, Unit

pytestmark = pytest.mark.django_db

UNIT_CODES = {"bgd", "vp", "tccb", "ktatmt", "qltm", "qlcn", "qlnl", "khtc", "ttr", "ktsg"}
MEMBER_UNITS = ["vp", "tccb", "ktatmt", "qltm", "qlcn", "qlnl", "khtc", "ttr"]

# username → role groups the login must end up in (derived by congtin.org.roles).
EXPECTED_GROUPS = {
    "truongban": {roles.HEAD},
    "phoban": {roles.DEPUTY},
    "thuky1": {roles.SECRETARIAT},
    "thuky2": {roles.SECRETARIAT},
    "thuky3": {roles.SECRETARIAT},
    **{f"tv_{code}": {roles.UNIT_BOARD_MEMBER, roles.FUNCTIONAL_DEPARTMENT}
       for code in MEMBER_UNITS},
    **{f"cb_{code}": {roles.CONTRIBUTOR, roles.FUNCTIONAL_DEPARTMENT} for code in MEMBER_UNITS},
    "kythuat": {roles.TECHNICAL_PUBLISHER},
    "vanphong": {roles.OFFICE},
    "dichgia": {roles.TRANSLATOR},
    "ctv1": {roles.COLLABORATOR},
    "admin": {roles.ADMINISTRATOR},
}

HOME_CHILDREN = [  # (slug, page type, shown in the menu), in menu order
    ("gioi-thieu", "sectionpage", True),
    ("tin-tuc", "articleindexpage", True),
    ("van-ban", "sectionpage", True),
    ("hoi-dap", "sectionpage", True),
    ("dich-vu-cong", "publicservicespage", True),
    ("lien-he", "contactpage", True),
    ("so-do-cong", "sitemappage", True),
    ("thong-bao", "articleindexpage", False),
    ("du-an", "projectindexpage", False),
    ("danh-ba", "directorypage", False),
    ("lich-cong-tac", "schedulepage", False),
    ("linh-vuc-quan-ly", "sectionpage", False),
    ("thong-tin-chuyen-nganh", "articleindexpage", False),
    ("dang-doan-the", "articleindexpage", False),
    ("thong-cao-bao-chi", "articleindexpage", False),
    ("thong-tin-khac", "articleindexpage", False),
]

ENGLISH_PAGES = {  # Vietnamese slug → English title
    "gioi-thieu": "About us",
    "lich-su": "History",
    "chuc-nang-nhiem-vu": "Functions and duties",
    "co-cau-to-chuc": "Organisation",
    "lanh-dao-so": "Leadership",
    "danh-ba": "E-mail directory",
    "lien-he": "Contact",
    "so-do-cong": "Site map",
    "tin-tuc": "News",
    "dich-vu-cong": "Online public services",
}


@pytest.fixture
def demo():
    """The demo department. The session may have loaded it already, in which
    case this call changes nothing."""
    call_command("load_demo", verbosity=0)


def vi_home():
    return HomePage.objects.get(locale__language_code="vi")


def vi_articles():
    """The core demo's Vietnamese articles (the editorial chain's demo adds
    items of its own, at every step, which it tests itself)."""
    from wagtail.models import WorkflowState

    in_chain = [int(pk) for pk in WorkflowState.objects.values_list("object_id", flat=True)]
    return ArticlePage.objects.filter(locale__language_code="vi").exclude(pk__in=in_chain)


def block_types(page):
    return [block.block_type for block in page.body]


# --- organisation and logins ---------------------------------------------------------

def test_every_unit_of_the_department_exists_in_both_languages(demo):
    units = {unit.code: unit for unit in Unit.objects.all()}
    assert set(units) == UNIT_CODES
    assert units["bgd"].kind == Unit.Kind.DIRECTORATE
    assert units["ktsg"].kind == Unit.Kind.PARTNER
    assert units["vp"].email == "vp.sct@tphcm.gov.vn"
    for unit in units.values():
        assert unit.name_en and unit.phone and unit.email and unit.address, unit.code
        assert unit.functions.count("<li>") >= 2 and unit.functions_en.count("<li>") >= 2
        if unit.is_internal:
            assert "163 Hai Bà Trưng, Phường 6, Quận 3" in unit.address


def test_every_unit_has_a_contact_official_with_position_phone_and_email(demo):
    for unit in Unit.objects.all():
        contacts = unit.people.filter(is_contact_official=True)
        assert contacts.exists(), unit.code
        for person in contacts:
            assert person.position and person.position_en and person.phone and person.email


def test_director_and_three_deputies_have_biographies_in_both_languages(demo):
    leaders = list(Person.objects.filter(unit__code="bgd"))
    assert [leader.position for leader in leaders] == ["Giám đốc Sở"] + ["Phó Giám đốc Sở"] * 3
    for leader in leaders:
        assert leader.photo and leader.full_name in leader.photo.title
        for field in ("biography", "biography_en", "responsibilities", "responsibilities_en"):
            assert "<li>" in getattr(leader, field), (leader, field)


def test_board_has_head_deputy_a_member_per_unit_and_three_secretaries(demo):
    board = BoardMembership.objects.select_related("person__unit", "unit")
    assert {m.decision for m in board} == {"15/QĐ-SCT"}
    assert {m.start_date for m in board} == {datetime.date(2026, 1, 1)}
    head = board.get(role="head")
    assert head.person.unit.code == "bgd" and head.person.position == "Phó Giám đốc Sở"
    deputy = board.get(role="deputy")
    assert deputy.person.position == "Chánh Văn phòng"
    members = board.filter(role="member")
    assert sorted(m.unit.code for m in members) == sorted(MEMBER_UNITS)
    for member in members:
        assert member.person.unit == member.unit
        assert "Trưởng" in member.person.position or "Phó" in member.person.position \
            or "Chánh" in member.person.position
    secretaries = board.filter(role="secretary")
    assert sorted(m.person.unit.code for m in secretaries) == ["ktatmt", "vp", "vp"]
    for membership in board:
        membership.full_clean()  # the model's own Đ.10.2 rules hold


def test_every_demo_login_exists_with_its_person_role_and_groups(demo):
    users = get_user_model().objects.filter(username__in=EXPECTED_GROUPS)
    assert users.count() == len(EXPECTED_GROUPS)
    for user in users:
        expected = EXPECTED_GROUPS[user.username]
        groups = set(user.groups.filter(name__in=roles.ROLE_GROUPS)
                     .values_list("name", flat=True))
        assert groups == expected, user.username
        assert user.check_password(DEMO_PASSWORD)
        assert user.person.email == user.email and user.first_name and user.last_name
        assert user.get_full_name() == user.person.full_name
        assert DemoAccount.objects.get(user=user).role_description
        assert user.is_superuser == (user.username == "admin")


def test_kythuat_publishes_for_the_technical_department_and_tv_qlcn_sits_on_the_board(demo):
    User = get_user_model()
    assert User.objects.get(username="tv_qlcn").groups.filter(name="Thành viên BBT").exists()
    kythuat = User.objects.get(username="kythuat")
    assert kythuat.groups.filter(name="Phòng KT-AT-MT").exists()
    assert kythuat.person.unit.code == "ktatmt" and kythuat.person.publishes
    assert User.objects.get(username="admin").is_superuser


# --- site, settings and the page tree ---------------------------------------------

def test_default_site_points_at_the_vietnamese_home_and_the_welcome_page_is_gone(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    home = vi_home()
    assert site.root_page_id == home.pk
    assert (home.title, home.slug) == ("Trang chủ", "trang-chu")
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"vi", "en"}


def test_site_settings_carry_the_footer_facts_and_a_png_emblem(demo):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    director = Person.objects.get(position="Giám đốc Sở")
    assert settings.responsible_person == (
        f"Chịu trách nhiệm chính: {director.full_name}, Giám đốc Sở Công Thương")
    assert settings.address == "163 Hai Bà Trưng, Phường 6, Quận 3, TP. Hồ Chí Minh"
    assert (settings.phone, settings.fax) == ("(+848) 3829 6322", "(+848) 3822 1778")
    assert settings.email == "sct@tphcm.gov.vn" and settings.licence
    assert settings.logo.title and settings.logo.file.name.endswith(".png")


def test_home_children_come_in_menu_order_with_the_menu_flags(demo):
    children = vi_home().get_children().select_related("content_type")
    assert [(p.slug, p.content_type.model, p.show_in_menus) for p in children] == HOME_CHILDREN
    home = vi_home()
    assert home.news_index.slug == "tin-tuc"
    assert home.notices_index.slug == "thong-bao"
    assert home.schedule_page.slug == "lich-cong-tac"


def test_sections_hold_their_pages(demo):
    home = vi_home()

    def child_slugs(slug):
        return list(home.get_children().get(slug=slug).get_children().values_list("slug",
                                                                                  flat=True))

    assert child_slugs("gioi-thieu") == ["lich-su", "thanh-tuu", "dinh-huong", "co-cau-to-chuc",
                                         "lanh-dao-so", "chuc-nang-nhiem-vu"]
    assert child_slugs("tin-tuc")[:3] == ["tin-hoat-dong", "tin-nganh", "xuc-tien-thuong-mai"]
    assert len(child_slugs("linh-vuc-quan-ly")) >= 5
    statuses = set(ProjectPage.objects.values_list("status", flat=True))
    assert statuses == set(ProjectPage.Status.values)
    assert ProjectPage.objects.count() >= 6
    services = PublicServicesPage.objects.get(locale__language_code="vi")
    procedures = list(services.procedures.all())
    assert len(procedures) >= 12
    assert all(p.url.startswith("https://dichvucong.gov.vn/") and p.code for p in procedures)


def test_every_page_outside_the_editorial_chain_is_live_and_the_tree_is_consistent(demo):
    from wagtail.models import WorkflowState

    # Drafts in the demo are the items waiting in (or sent back by) the Đ.7.1 chain.
    in_chain = WorkflowState.objects.values_list("object_id", flat=True)
    never_published = Page.objects.filter(depth__gt=1, live=False)
    assert not never_published.exclude(pk__in=[int(pk) for pk in in_chain]).exists()
    assert all(not problems for problems in Page.find_problems())


# --- articles ---------------------------------------------------------------------

def test_at_least_sixty_articles_in_every_category(demo):
    assert vi_articles().count() >= 60
    categories = ArticleIndexPage.objects.filter(locale__language_code="vi")
    counts = {index.slug: ArticlePage.objects.child_of(index).count() for index in categories}
    assert all(counts[slug] >= 1 for slug in counts if slug != "tin-tuc"), counts
    assert len([slug for slug, count in counts.items() if count]) >= 6
    assert counts["thong-bao"] >= 8


def test_articles_are_dated_over_the_last_two_months_newest_today(demo):
    dates = [timezone.localtime(d).date() for d in vi_articles().values_list("date", flat=True)]
    # "Today" for the demo is the day it was loaded, when its home page was
    # published: a test session that crosses midnight must not see it a day old.
    today = timezone.localdate(vi_home().first_published_at)
    assert max(dates) == today
    assert min(dates) >= today - datetime.timedelta(days=61)
    assert all(date <= today for date in dates)


def test_every_article_has_its_unit_byline_summary_picture_and_a_described_figure(demo):
    for article in vi_articles():
        assert article.providing_unit_id and article.authors and article.summary, article.slug
        assert article.listing_image_id, article.slug
        types = block_types(article)
        assert types.count("paragraph") >= 2 and "figure" in types, article.slug
        for block in article.body:
            if block.block_type == "figure":
                assert block.value["image"].contextual_alt_text, article.slug


def test_articles_show_tables_formulas_attachments_excerpts_tags_and_related_links(demo):
    articles = list(vi_articles())
    with_type = {kind: [a for a in articles if kind in block_types(a)]
                 for kind in ("table", "formula", "attachment", "heading", "quote")}
    assert len(with_type["table"]) >= 10
    assert len(with_type["formula"]) >= 3
    assert len(with_type["attachment"]) >= 3
    assert with_type["heading"] and with_type["quote"]
    excerpts = [a for a in articles if a.is_excerpt]
    assert excerpts and all(a.source_title and a.source_publisher and a.source_date
                            for a in excerpts)
    assert sum(1 for a in articles if a.tags.exists()) == len(articles)
    assert sum(1 for a in articles if a.related_links.exists()) >= 5


def test_every_body_passes_the_editors_validation(demo):
    """What the demo stores is what the admin would accept: tables with a header
    choice, formulas LaTeX can read, figures with alt text."""
    for article in ArticlePage.objects.all():
        article.body.stream_block.clean(article.body)


def test_table_values_have_the_shape_wagtail_table_editor_saves(demo):
    article = next(a for a in vi_articles() if "table" in block_types(a))
    table = next(block.value for block in article.body if block.block_type == "table")
    assert table["first_row_is_table_header"] is True and table["table_caption"]
    assert {"data", "first_col_is_header", "cell", "mergedCells"} <= set(table)


def test_demo_texts_are_unicode_nfc(demo):
    texts = list(Page.objects.values_list("title", flat=True))
    texts += [json.dumps(list(a.body.raw_data), ensure_ascii=False) for a in vi_articles()]
    texts += list(Person.objects.values_list("full_name", flat=True))
    texts += list(Unit.objects.values_list("functions", flat=True))
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), text[:80]


def test_date_placeholders_are_all_filled_in(demo):
    for article in ArticlePage.objects.all():
        text = article.title + article.summary + json.dumps(list(article.body.raw_data),
                                                            ensure_ascii=False)
        assert "${" not in text, article.slug


def test_generated_pictures_are_titled_jpegs_of_the_same_size(demo):
    article = vi_articles().select_related("listing_image").first()
    image = article.listing_image
    assert image.title.startswith("Ảnh minh họa")
    with image.open_file() as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        assert (picture.format, picture.size) == ("JPEG", (1200, 675))


# --- snippets -------------------------------------------------------------------------

def test_website_links_include_the_city_and_the_ministry(demo):
    urls = set(WebsiteLink.objects.values_list("url", flat=True))
    assert len(urls) >= 8
    assert {"https://hochiminhcity.gov.vn", "https://moit.gov.vn", "https://vbpl.vn"} <= urls


def test_the_leaders_have_a_schedule_every_working_day_this_week_and_next(demo):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    leaders = set(Person.objects.filter(unit__code="bgd").values_list("pk", flat=True))
    for offset in [*range(5), *range(7, 12)]:
        day = monday + datetime.timedelta(days=offset)
        entries = ScheduleEntry.objects.on_day(day)
        assert 2 <= len(entries) <= 3, day
        assert all(entry.leader_id in leaders and entry.location for entry in entries)


# --- English -------------------------------------------------------------------------

def test_english_versions_of_the_mandatory_pages_keep_the_vietnamese_slugs(demo):
    en_home = HomePage.objects.get(locale__language_code="en")
    assert en_home.title == "Home" and en_home.live
    assert en_home.translation_key == vi_home().translation_key
    for slug, title in ENGLISH_PAGES.items():
        page = Page.objects.get(locale__language_code="en", slug=slug)
        vi_page = Page.objects.get(locale__language_code="vi", slug=slug)
        assert page.title == title and page.live, slug
        assert page.translation_key == vi_page.translation_key
        assert page.is_descendant_of(en_home)
    assert Page.objects.get(locale__language_code="en", slug="gioi-thieu").url == \
        "/en/gioi-thieu/"
    assert en_home.specific.news_index == Page.objects.get(locale__language_code="en",
                                                           slug="tin-tuc").specific


def test_five_articles_are_translated_into_english(demo):
    english = ArticlePage.objects.filter(locale__language_code="en")
    assert english.count() >= 5
    for article in english:
        original = article.get_translation(Locale.objects.get(language_code="vi"))
        assert article.title != original.title and article.live
        assert not article.related_links.exists()


# --- running the command again ------------------------------------------------------

def counts():
    return (Unit.objects.count(), Person.objects.count(), Page.objects.count(),
            get_user_model().objects.count(), ScheduleEntry.objects.count(),
            WebsiteLink.objects.count())


def test_second_run_changes_nothing_and_says_so(demo):
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "đã có sẵn" in out.getvalue()


def test_reset_rebuilds_the_demo_from_scratch(demo, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)  # the rebuilt pictures go to a scratch folder
    before = counts()
    old_home = vi_home().pk
    out = io.StringIO()
    call_command("load_demo", "--reset", "--date", "2025-09-02", stdout=out)
    assert counts() == before
    assert vi_home().pk != old_home
    assert Site.objects.count() == 1
    assert all(not problems for problems in Page.find_problems())
    output = out.getvalue()
    assert "Đã tạo dữ liệu mẫu" in output and "truongban" in output
    assert "Trưởng ban Biên tập" in output
    # Built as it would have looked on Tuesday 02/09/2025, whatever day it is.
    dates = [timezone.localdate(d) for d in vi_articles().values_list("date", flat=True)]
    assert max(dates) == datetime.date(2025, 9, 2)
    assert vi_articles().filter(title="Khai mạc Hội chợ Khuyến mại Thành phố năm 2025").exists()
    schedule = ScheduleEntry.objects.order_by("date").values_list("date", flat=True)
    assert (schedule.first(), schedule.last()) == (datetime.date(2025, 9, 1),
                                                   datetime.date(2025, 9, 12))


def test_a_reference_day_that_is_no_date_is_refused(demo):
    with pytest.raises(CommandError, match="ngày không hợp lệ: “31/02/2025”"):
        call_command("load_demo", "--reset", "--date", "31/02/2025")
