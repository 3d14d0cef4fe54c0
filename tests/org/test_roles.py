"""Roles follow from the organisation data (Đ.10), and each role can do what it
should in the admin and nothing more."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from congtin.org import roles
from congtin.org.models import BoardMembership, Person, Unit

pytestmark = pytest.mark.django_db

EXPECTED_GROUPS = {
    "truongban": {roles.HEAD},
    "phoban": {roles.DEPUTY},
    "thuky1": {roles.SECRETARIAT},
    "thuky3": {roles.SECRETARIAT},
    "tv_qlcn": {roles.UNIT_BOARD_MEMBER, roles.FUNCTIONAL_DEPARTMENT},
    "cb_qltm": {roles.CONTRIBUTOR, roles.FUNCTIONAL_DEPARTMENT},
    "kythuat": {roles.TECHNICAL_PUBLISHER},
    "vanphong": {roles.OFFICE},
    "dichgia": {roles.TRANSLATOR},
    "ctv1": {roles.COLLABORATOR},
    "admin": {roles.ADMINISTRATOR},
}


def role_groups(user):
    return set(user.groups.filter(name__in=roles.ROLE_GROUPS).values_list("name", flat=True))


@pytest.mark.parametrize("username,expected", EXPECTED_GROUPS.items())
def test_demo_users_hold_the_groups_their_organisation_data_gives(demo_user, username,
                                                                  expected):
    assert role_groups(demo_user(username)) == expected


def test_only_the_administrator_is_a_superuser(django_user_model):
    assert list(django_user_model.objects.filter(is_superuser=True)
                .values_list("username", flat=True)) == ["admin"]


def test_ending_a_board_term_removes_the_role(demo_user):
    user = demo_user("tv_qlcn")
    membership = BoardMembership.objects.get(person__user=user)
    membership.end_date = timezone.localdate() - datetime.timedelta(days=1)
    membership.save()
    assert roles.UNIT_BOARD_MEMBER not in role_groups(user)


def test_a_future_term_gives_the_role_only_from_its_start(demo_user):
    user = demo_user("cb_qlnl")
    person = user.person
    start = timezone.localdate() + datetime.timedelta(days=10)
    BoardMembership.objects.create(person=person, role=BoardMembership.Role.MEMBER,
                                   unit=person.unit, start_date=start)
    assert roles.UNIT_BOARD_MEMBER not in role_groups(user)
    roles.sync_user_groups(user, day=start)
    assert roles.UNIT_BOARD_MEMBER in role_groups(user)


def test_ad_hoc_groups_survive_a_sync(demo_user):
    user = demo_user("cb_vp")
    extra = Group.objects.create(name="Nhóm tạm thời")
    user.groups.add(extra)
    roles.sync_user_groups(user)
    assert user.groups.filter(name="Nhóm tạm thời").exists()


def test_superuser_without_a_person_record_keeps_its_flags(django_user_model):
    user = django_user_model.objects.create_superuser("root2", "root2@example.com", "x" * 12)
    roles.sync_user_groups(user)
    user.refresh_from_db()
    assert user.is_superuser


def test_partner_staff_get_only_translation_work():
    partner = Unit.objects.get(code="ktsg")
    person = Person(full_name="Trần Thị Thử", unit=partner, provides_information=True,
                    translates=True, publishes=True)
    person.save()
    assert roles.role_names_for_person(person) == {roles.TRANSLATOR}


def test_head_must_come_from_the_directorate():
    office_person = Person.objects.filter(unit__code="vp").first()
    membership = BoardMembership(person=office_person, role=BoardMembership.Role.HEAD,
                                 start_date=timezone.localdate())
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert "Ban Giám đốc" in str(error.value)


def test_secretariat_comes_from_the_office_or_technical_department():
    trade_person = Person.objects.filter(unit__code="qltm").first()
    membership = BoardMembership(person=trade_person, role=BoardMembership.Role.SECRETARY,
                                 start_date=timezone.localdate())
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert "Tổ Thư ký" in str(error.value)


def test_member_needs_a_unit_and_a_sane_term():
    person = Person.objects.filter(unit__code="qlcn").first()
    membership = BoardMembership(person=person, role=BoardMembership.Role.MEMBER,
                                 start_date=datetime.date(2026, 5, 1),
                                 end_date=datetime.date(2026, 4, 1))
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert set(error.value.message_dict) >= {"unit", "end_date"}


# What each role may do with pages in the admin (the finer rules of the
# editorial chain come with it): (can edit any page, can publish).
PAGE_RIGHTS = {
    "cb_qlcn": (False, False),
    "ctv1": (False, False),
    "tv_qlcn": (True, False),
    "thuky1": (True, False),
    "vanphong": (True, False),
    "truongban": (True, True),
    "phoban": (True, True),
    "kythuat": (True, True),
    "dichgia": (False, False),
    "admin": (True, True),
}


@pytest.mark.parametrize("username,rights", PAGE_RIGHTS.items())
def test_page_rights_by_role(demo_user, username, rights):
    user = demo_user(username)
    page = Page.objects.get(slug="tin-tuc", locale__language_code="vi").get_children().first()
    permissions = page.permissions_for_user(user)
    assert (permissions.can_edit(), permissions.can_publish()) == rights


@pytest.mark.parametrize("username", sorted(PAGE_RIGHTS))
def test_admin_opens_in_vietnamese_for_every_role(client, settings, demo_user, username):
    settings.CONGTIN_DEMO = True
    user = demo_user(username)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="vi"' in html
    assert "Bảng điều khiển" in html
    assert "Dashboard" not in html


@pytest.mark.parametrize("username", ["cb_qlcn", "kythuat", "thuky1", "vanphong"])
def test_staff_can_open_the_image_and_document_libraries(client, settings, demo_user, username):
    settings.CONGTIN_DEMO = True
    client.force_login(demo_user(username))
    for address in ["/admin/images/", "/admin/documents/", "/admin/images/add/",
                    "/admin/documents/add/"]:
        assert client.get(address).status_code == 200, address


def test_the_translator_cannot_open_the_image_library(client, demo_user):
    client.force_login(demo_user("dichgia"))
    assert client.get("/admin/images/").status_code == 302
