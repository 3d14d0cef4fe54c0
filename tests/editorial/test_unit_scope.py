"""The providing unit comes from the author's membership (Đ.6, 7.1.a), and a
unit's people see and edit all of its drafts but never another unit's."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from congtin.content.models import ArticleIndexPage, ArticlePage
from congtin.org.models import Unit
from tests.textinput.forms_data import article_form, draftail

pytestmark = pytest.mark.django_db

SECRET = "Dự thảo báo cáo thanh tra chưa công bố"


def news():
    return ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")


def add_url():
    return reverse("wagtailadmin_pages:add", args=("content", "articlepage", news().pk))


def unit_select(html):
    return BeautifulSoup(html, "html.parser").find("select", attrs={"name": "providing_unit"})


def new_article_data(title, unit_code, slug):
    template = ArticlePage(title=title, slug=slug, providing_unit=Unit.objects.get(
        code=unit_code))
    return article_form(template, title, [("paragraph", draftail("Nội dung tin của đơn vị."))])


def create(client, title, unit_code, slug):
    response = client.post(add_url(), new_article_data(title, unit_code, slug))
    page = ArticlePage.objects.filter(slug=slug).first()
    return response, page


def test_one_unit_is_set_and_cannot_be_changed_even_by_a_forged_post(user, client):
    client.force_login(user("cb_qlcn"))
    select = unit_select(client.get(add_url()).content.decode())
    assert select.has_attr("disabled")
    options = [o for o in select.find_all("option") if o.get("value")]
    assert [o.text for o in options] == [Unit.objects.get(code="qlcn").name]
    # The browser sends nothing for a disabled field; a forged POST names another unit.
    response, page = create(client, "Tin thử đơn vị giả mạo", "qltm", "tin-thu-gia-mao")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert page.providing_unit.code == "qlcn"
    # …and on edit as well.
    data = article_form(page, page.title, [("paragraph", draftail("Sửa nội dung."))])
    data["providing_unit"] = Unit.objects.get(code="qltm").pk
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object(
    ).providing_unit.code == "qlcn"


def test_a_person_in_several_units_chooses_among_those_only(user, client):
    author = user("cb_qlcn")
    author.person.concurrent_units.add(Unit.objects.get(code="qltm"))
    client.force_login(author)
    select = unit_select(client.get(add_url()).content.decode())
    assert not select.has_attr("disabled")
    names = {o.text for o in select.find_all("option") if o.get("value")}
    assert names == {Unit.objects.get(code="qlcn").name, Unit.objects.get(code="qltm").name}
    response, page = create(client, "Tin kiêm nhiệm", "qltm", "tin-kiem-nhiem")
    assert response.status_code == 302 and page.providing_unit.code == "qltm"
    # A unit the person does not belong to is refused with an error, nothing saved.
    response, page = create(client, "Tin đơn vị khác", "tccb", "tin-don-vi-khac")
    assert response.status_code == 200 and page is None
    assert "lựa chọn hợp lệ" in response.content.decode() or "valid choice" in \
        response.content.decode()


def test_secretariat_may_name_any_unit(user, client):
    client.force_login(user("thuky1"))
    # The usual unit chooser, over every unit.
    assert client.get(add_url()).status_code == 200
    response, page = create(client, "Tin đơn vị gửi qua thư", "tccb", "tin-qua-thu")
    assert response.status_code == 302 and page.providing_unit.code == "tccb"


def test_contributor_edits_a_colleagues_draft_of_the_same_unit(make_item, user, client):
    page = make_item(author="cb_qlcn", unit="qlcn", title=SECRET)
    colleague = user("cb_qlcn")
    colleague.person.pk  # noqa: B018  the colleague below shares the unit
    other = make_item(author="tv_qlcn", unit="qlcn", title="Bản nháp của trưởng phòng")
    client.force_login(colleague)
    edit = reverse("wagtailadmin_pages:edit", args=(other.pk,))
    assert client.get(edit).status_code == 200
    data = article_form(other, "Bản nháp đã bổ sung", [("paragraph", draftail("Bổ sung."))])
    assert client.post(edit, data).status_code == 302
    assert Page.objects.get(pk=other.pk).get_latest_revision_as_object().title == \
        "Bản nháp đã bổ sung"
    assert page.permissions_for_user(colleague).can_edit()


@pytest.mark.parametrize("username", ["cb_qltm", "tv_qltm", "ctv1", "vanphong"])
def test_another_unit_never_opens_or_saves_a_draft(make_item, user, client, username):
    page = make_item(title=SECRET)
    client.force_login(user(username))
    for name in ("edit", "history", "revisions_index"):
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=(page.pk,)))
        assert response.status_code in (302, 403), (name, response.status_code)
        assert SECRET not in response.content.decode()
    data = article_form(page, "Chiếm bản nháp", [("paragraph", draftail("Giả mạo."))])
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == SECRET
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)))
    assert SECRET not in preview.content.decode()


@pytest.mark.parametrize("username", ["cb_qltm", "tv_qltm"])
def test_choosers_and_search_do_not_offer_another_units_draft(make_item, user, client,
                                                              username):
    make_item(title=SECRET)
    client.force_login(user(username))
    for url in (reverse("wagtailadmin_choose_page_child", args=(news().pk,)),
                reverse("wagtailadmin_choose_page_search") + "?q=thanh+tra",
                reverse("wagtailadmin_pages:search") + "?q=thanh+tra",
                reverse("wagtailadmin_explore", args=(news().pk,))):
        response = client.get(url)
        assert SECRET not in response.content.decode(), url


def test_stand_in_of_an_absent_board_member_sees_that_units_drafts(make_item, user, client):
    from django.utils import timezone

    from congtin.editorial.models import Absence

    page = make_item(title=SECRET)
    stand_in = user("tv_qltm")
    assert not page.permissions_for_user(stand_in).can_edit()
    today = timezone.localdate()
    Absence.objects.create(person=user("tv_qlcn").person, stand_in=stand_in.person,
                           start_date=today, end_date=today)
    stand_in = user("tv_qltm")
    client.force_login(stand_in)
    html = client.get(reverse("wagtailadmin_explore", args=(news().pk,))).content.decode()
    assert SECRET in html


@pytest.mark.parametrize("username", ["tv_qltm", "vanphong"])
def test_another_units_draft_cannot_be_copied_moved_locked_or_deleted(make_item, user, client,
                                                                      username):
    page = make_item(title=SECRET)
    client.force_login(user(username))
    for name in ("copy", "move", "delete"):
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=(page.pk,)))
        assert response.status_code in (302, 403), name
        assert SECRET not in response.content.decode()
    client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))
    client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
    client.post(reverse("wagtailadmin_pages:copy", args=(page.pk,)),
                {"new_title": "Bản sao", "new_slug": "ban-sao", "new_parent_page": news().pk})
    page.refresh_from_db()
    assert not page.locked
    assert not ArticlePage.objects.filter(slug="ban-sao").exists()
