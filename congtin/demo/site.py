"""The site itself: locales, the home page, the default Site, the
department's identity (SiteSettings), website links and the demo's media
collection."""

from wagtail.models import Collection, Locale, Page, Site

from congtin.content.models import HomePage, SiteSettings
from congtin.content.snippets import WebsiteLink

from .data import organisation as org_data
from .data import pages as texts
from .data.services import WEBSITE_LINKS
from .images import DemoImages
from .pages import publish
from .stream import rich_text

COLLECTION_NAME = "Dữ liệu mẫu"
SITE_NAME = "Sở Công Thương TP.HCM"


def ensure_locales():
    """Vietnamese (the default language) and English; return both."""
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return vi, en


def demo_collection():
    """The collection holding every image and document the demo makes, so that
    `--reset` removes exactly those."""
    existing = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def create_home(vi):
    root = Page.get_first_root_node()
    home = HomePage(title=texts.HOME["title"], slug="trang-chu", locale=vi,
                    summary=texts.HOME["summary"], welcome=rich_text(texts.HOME["welcome"]))
    return publish(root, home)


def use_as_default_site(home):
    """Point the default Site at `home` and drop Wagtail's welcome page.

    The Site goes first: deleting the page it points at would delete the Site.
    """
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, SITE_NAME, home
    site.save()
    for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
        if page.specific_class is Page:  # Wagtail's "Welcome to your new Wagtail site!"
            page.delete()
    return site


def configure_site_settings(site, director, images: DemoImages):
    settings = SiteSettings.for_site(site)
    settings.department_name = "Sở Công Thương Thành phố Hồ Chí Minh"
    settings.department_name_en = "Department of Industry and Trade of Ho Chi Minh City"
    settings.responsible_person = (
        f"Chịu trách nhiệm chính: {director.full_name}, Giám đốc Sở Công Thương")
    settings.address = org_data.ADDRESS
    settings.address_en = org_data.ADDRESS_EN
    settings.phone = org_data.MAIN_PHONE
    settings.fax = org_data.MAIN_FAX
    settings.email = org_data.MAIN_EMAIL
    settings.logo = images.logo()
    settings.responsible_person_en = (
        f"Responsible: {director.full_name}, Director of the Department of Industry and Trade")
    settings.licence = ("Giấy phép thiết lập trang thông tin điện tử tổng hợp số 125/GP-TTĐT do "
                        "Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh cấp")
    settings.licence_en = ("Licence No. 125/GP-TTĐT for a general information website, issued "
                           "by the Ho Chi Minh City Department of Information and Communications")
    settings.save()
    return settings


def create_website_links():
    for order, (title, title_en, url) in enumerate(WEBSITE_LINKS):
        WebsiteLink.objects.create(title=title, title_en=title_en, url=url, sort_order=order)
    return len(WEBSITE_LINKS)
