"""Absences: recorded by the absent person, the Head or the secretariat;
logged; the stand-in must have the standing of the absent person's steps."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from congtin.editorial import chain
from congtin.editorial.models import Absence

pytestmark = pytest.mark.django_db


def post(client, absent, stand_in, **extra):
    today = timezone.localdate()
    data = {"absence-person": absent.person.pk, "absence-stand_in": stand_in.person.pk,
            "absence-start_date": today.isoformat(),
            "absence-end_date": (today + datetime.timedelta(days=2)).isoformat(),
            "absence-reason": "Đi công tác Hà Nội"}
    data.update(extra)
    return client.post(reverse("editorial:absences"), data)


@pytest.mark.parametrize("recorder", ["tv_qlcn", "truongban", "thuky1"])
def test_the_absent_member_the_head_or_the_secretariat_records_it(user, client, recorder):
    client.force_login(user(recorder))
    response = post(client, user("tv_qlcn"), user("cb_qlcn"))
    assert response.status_code == 302, response.content.decode()[:3000]
    absence = Absence.objects.get(person=user("tv_qlcn").person)
    assert absence.stand_in == user("cb_qlcn").person
    entry = ModelLogEntry.objects.filter(action="congtin.editorial.absence").latest("timestamp")
    assert entry.user == user(recorder) and entry.data["stand_in"] == str(absence.stand_in)
    # The stand-in now acts at step 1 for the unit.
    assert user("cb_qlcn").pk in [u.pk for u in chain.users_for_step(
        chain.UNIT, type("Item", (), {"providing_unit": absence.person.unit})())]
    html = client.get(reverse("editorial:absences")).content.decode()
    assert "Đi công tác Hà Nội" in html


def test_a_member_records_only_their_own_absence_even_by_a_forged_post(user, client):
    client.force_login(user("tv_qltm"))
    response = post(client, user("tv_qlcn"), user("cb_qlcn"),
                    **{"absence-stand_in": user("cb_qltm").person.pk})
    # The person field is fixed to the recorder: the forged "tv_qlcn" is ignored.
    assert not Absence.objects.filter(person=user("tv_qlcn").person).exists()
    assert response.status_code == 302
    assert Absence.objects.get(person=user("tv_qltm").person).stand_in == user("cb_qltm").person


@pytest.mark.parametrize("username", ["cb_qltm", "ctv1", "dichgia", "vanphong"])
def test_people_without_a_step_cannot_record_absences(user, client, username):
    client.force_login(user(username))
    # Wagtail's admin turns the refusal into a redirect to the dashboard.
    response = client.get(reverse("editorial:absences"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    response = post(client, user("tv_qlcn"), user("cb_qlcn"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not Absence.objects.exists()


@pytest.mark.parametrize("absent,stand_in,words", [
    ("tv_qlcn", "cb_qltm", "Bước 1"),         # another unit's officer, not on the board
    ("thuky1", "cb_qlcn", "Bước 2"),          # not from the Office or Technical department
    ("truongban", "tv_qlcn", "Bước 3"),       # a unit's member is not the Deputy or directorate
    ("kythuat", "cb_vp", "Bước 4"),           # publishing belongs to the Technical department
    ("tv_qlcn", "ctv1", "cộng tác viên"),     # collaborators never stand in
    ("tv_qlcn", "dichgia", "đối tác"),        # nor outside partners
])
def test_a_stand_in_without_the_steps_standing_is_refused(user, client, absent, stand_in,
                                                         words):
    client.force_login(user("truongban"))
    response = post(client, user(absent), user(stand_in))
    assert response.status_code == 200
    html = response.content.decode()
    assert words in html and 'role="alert"' in html
    assert not Absence.objects.exists()


@pytest.mark.parametrize("absent,stand_in", [
    ("tv_qlcn", "tv_qlnl"),      # another member of the board
    ("thuky1", "thuky3"),        # another secretary
    ("truongban", "phoban"),     # the Deputy
    ("kythuat", "cb_ktatmt"),    # the Technical department's staff
])
def test_a_stand_in_with_the_standing_is_accepted(user, client, absent, stand_in):
    client.force_login(user("thuky1"))
    assert post(client, user(absent), user(stand_in)).status_code == 302
    assert Absence.objects.filter(person=user(absent).person).exists()


def test_someone_who_holds_no_step_needs_no_stand_in(user, client):
    client.force_login(user("truongban"))
    response = post(client, user("cb_qlcn"), user("cb_qltm"))
    assert response.status_code == 200
    assert not Absence.objects.exists()


def test_an_absence_is_cancelled_by_its_person_or_the_board_not_by_others(user, client):
    client.force_login(user("thuky1"))
    post(client, user("tv_qlcn"), user("cb_qlcn"))
    absence = Absence.objects.get(person=user("tv_qlcn").person)
    cancel = reverse("editorial:absence_cancel", args=(absence.pk,))
    client.force_login(user("tv_qltm"))
    response = client.post(cancel)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    absence.refresh_from_db()
    assert absence.revoked_at is None
    assert "Hủy<span" not in client.get(reverse("editorial:absences")).content.decode()
    client.force_login(user("tv_qlcn"))
    assert client.post(cancel).status_code == 302
    absence.refresh_from_db()
    assert absence.revoked_at is not None
    assert ModelLogEntry.objects.filter(action="congtin.editorial.absence_cancel",
                                        user=user("tv_qlcn")).exists()
    # The stand-in no longer acts for the unit.
    unit_item = type("Item", (), {"providing_unit": absence.person.unit})()
    assert user("cb_qlcn").pk not in [u.pk for u in chain.users_for_step(chain.UNIT,
                                                                         unit_item)]
