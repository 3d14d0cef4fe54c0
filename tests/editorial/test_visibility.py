"""Contributors never read another unit's drafts or their history (#9214)."""

import pytest
from django.urls import reverse

from congtin.content.models import ArticleIndexPage

pytestmark = pytest.mark.django_db

SECRET = "Dự thảo kế hoạch kiểm tra đột xuất chưa công bố"


def test_site_history_does_not_show_other_units_drafts(make_item, advance, user, client):
    advance(make_item(title=SECRET), "unit")
    client.force_login(user("cb_qltm"))
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert SECRET not in html
    client.force_login(user("cb_qlcn"))
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert SECRET in html


def test_explorer_does_not_list_other_units_drafts(make_item, user, client):
    make_item(title=SECRET)
    news = ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")
    client.force_login(user("cb_qltm"))
    html = client.get(reverse("wagtailadmin_explore", args=(news.pk,))).content.decode()
    assert SECRET not in html
    client.force_login(user("cb_qlcn"))
    html = client.get(reverse("wagtailadmin_explore", args=(news.pk,))).content.decode()
    assert SECRET in html


def test_item_chain_page_is_refused_to_another_units_contributor(make_item, advance, user,
                                                                 client):
    page = advance(make_item(title=SECRET), "unit")
    client.force_login(user("cb_qltm"))
    response = client.get(reverse("editorial:item", args=(page.pk,)))
    assert SECRET not in response.content.decode()
    client.force_login(user("cb_qlcn"))
    response = client.get(reverse("editorial:item", args=(page.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    assert SECRET in html and "Bước 1" in html


def test_item_chain_page_shows_every_step_with_who_and_why(make_item, advance, user, client):
    from congtin.editorial import services

    page = advance(make_item(title=SECRET), "publish")
    services.act(page, user("kythuat"), "reject", "Ảnh chưa đủ độ phân giải để đăng.")
    client.force_login(user("truongban"))
    html = client.get(reverse("editorial:item", args=(page.pk,))).content.decode()
    for text in ["Bước 1", "Bước 2", "Bước 3", "Bước 4", "Ảnh chưa đủ độ phân giải để đăng.",
                 "Chịu trách nhiệm nội dung", "Trịnh Quang Vinh", "dấu vân tay"]:
        assert text in html
