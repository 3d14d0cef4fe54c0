"""Concurrent posts (kiêm nhiệm) count for roles; unlinking a user from a
person, or deleting the person, takes the derived roles away."""

import pytest
from django.contrib.auth.models import Group

from congtin.org import roles
from congtin.org.models import Person, Unit

pytestmark = pytest.mark.django_db


def role_groups(user):
    user.refresh_from_db()
    return set(user.groups.filter(name__in=roles.ROLE_GROUPS).values_list("name", flat=True))


def test_person_lists_home_unit_first_then_concurrent_units(demo_user):
    person = demo_user("cb_vp").person
    assert [u.code for u in person.all_units()] == ["vp"]
    person.concurrent_units.add(Unit.objects.get(code="qltm"), person.unit)
    assert [u.code for u in person.all_units()] == ["vp", "qltm"]


def test_concurrent_post_in_a_functional_department_adds_its_role(demo_user):
    # A contributor of the directorate, which answers no questions, does once
    # they also hold a post in a functional department (Đ.7.2.c).
    user = demo_user("cb_vp")
    person = user.person
    person.unit = Unit.objects.get(code="bgd")
    person.save()
    assert roles.FUNCTIONAL_DEPARTMENT not in role_groups(user)
    person.concurrent_units.add(Unit.objects.get(code="qltm"))
    assert roles.FUNCTIONAL_DEPARTMENT in role_groups(user)
    person.concurrent_units.clear()
    assert roles.FUNCTIONAL_DEPARTMENT not in role_groups(user)


def test_unlinking_a_user_strips_derived_roles_and_keeps_ad_hoc_groups(demo_user):
    user = demo_user("tv_qlcn")
    ad_hoc, _ = Group.objects.get_or_create(name="Nhóm soạn đề cương")
    user.groups.add(ad_hoc)
    assert roles.UNIT_BOARD_MEMBER in role_groups(user)
    person = user.person
    person.user = None
    person.save()
    assert role_groups(user) == set()
    assert user.groups.filter(pk=ad_hoc.pk).exists()


def test_moving_the_link_to_another_user_moves_the_roles(demo_user, django_user_model):
    old = demo_user("cb_qltm")
    new = django_user_model.objects.create_user("dttuyen2", "dttuyen2@example.vn", "x")
    person = old.person
    person.user = new
    person.save()
    assert role_groups(old) == set()
    assert role_groups(new) == {roles.CONTRIBUTOR, roles.FUNCTIONAL_DEPARTMENT}


def test_deleting_a_person_strips_derived_roles_and_admin_flags(demo_user):
    admin = demo_user("admin")
    ad_hoc, _ = Group.objects.get_or_create(name="Nhóm kiểm thử")
    admin.groups.add(ad_hoc)
    assert admin.is_superuser
    Person.objects.filter(pk=admin.person.pk).delete()
    admin.refresh_from_db()
    assert role_groups(admin) == set()
    assert not admin.is_superuser and not admin.is_staff
    assert admin.groups.filter(pk=ad_hoc.pk).exists()


def test_deleting_a_board_member_strips_the_board_role(demo_user):
    user = demo_user("tv_tccb")
    assert roles.UNIT_BOARD_MEMBER in role_groups(user)
    user.person.delete()
    assert role_groups(user) == set()


def test_the_demo_has_a_person_with_a_concurrent_post(demo_user):
    person = demo_user("cb_ktatmt").person
    assert [u.code for u in person.all_units()] == ["ktatmt", "qlnl"]
