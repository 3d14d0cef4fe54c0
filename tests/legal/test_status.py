"""Validity is derived from dates and relations (issue 6 §3), and relations
that would make a loop are refused."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from congtin.legal import relations, status
from congtin.legal.models import LegalDocument, RelationKind, Validity

pytestmark = pytest.mark.django_db

DAY = datetime.date


def test_future_effective_date_means_not_yet_in_force(enter_document):
    document = enter_document("901/QĐ-SCT", "2026-11-20", "2026-12-15")
    derived = status.derive(document, DAY(2026, 11, 29))
    assert derived.status == Validity.NOT_YET and derived.since == DAY(2026, 12, 15)
    assert status.derive(document, DAY(2026, 12, 15)).status == Validity.IN_FORCE


def test_replaced_document_expires_on_the_replacements_effective_date(enter_document):
    old = enter_document("902/QĐ-SCT", "2020-01-10", "2020-01-10")
    new = enter_document("903/QĐ-SCT", "2026-11-20", "2027-01-01")
    relations.add(new, old, RelationKind.REPLACES)
    assert status.derive(old, DAY(2026, 12, 31)).status == Validity.IN_FORCE
    expired = status.derive(old, DAY(2027, 1, 1))
    assert (expired.status, expired.since, expired.because) == (Validity.EXPIRED,
                                                                DAY(2027, 1, 1), new)


def test_amended_document_is_partly_expired_once_the_amendment_applies(enter_document):
    base = enter_document("904/QĐ-SCT", "2021-03-01", "2021-03-15")
    amendment = enter_document("905/QĐ-SCT", "2022-05-01", "2022-05-20")
    relations.add(amendment, base, RelationKind.AMENDS)
    assert status.derive(base, DAY(2022, 5, 19)).status == Validity.IN_FORCE
    assert status.derive(base, DAY(2022, 5, 20)).status == Validity.PARTLY_EXPIRED


def test_replacement_wins_over_amendment(enter_document):
    base = enter_document("906/QĐ-SCT", "2019-01-02", "2019-01-02")
    relations.add(enter_document("907/QĐ-SCT", "2020-01-02", "2020-01-02"), base,
                  RelationKind.AMENDS)
    relations.add(enter_document("908/QĐ-SCT", "2021-01-04", "2021-01-04"), base,
                  RelationKind.REPLACES)
    assert status.derive(base, DAY(2026, 1, 1)).status == Validity.EXPIRED


def test_suspended_replacement_does_not_end_the_old_document(enter_document):
    old = enter_document("909/QĐ-SCT", "2019-01-02", "2019-01-02")
    new = enter_document("910/QĐ-SCT", "2021-01-04", "2021-01-04", suspended=True)
    relations.add(new, old, RelationKind.REPLACES)
    assert status.derive(old, DAY(2026, 1, 1)).status == Validity.IN_FORCE
    assert status.derive(new, DAY(2026, 1, 1)).status == Validity.SUSPENDED


def test_expiry_date_ends_validity(enter_document):
    document = enter_document("911/QĐ-SCT", "2024-01-02", "2024-01-02",
                              expiry_date=DAY(2025, 12, 31), expiry_reason="Hết thời hạn")
    assert status.derive(document, DAY(2025, 12, 30)).status == Validity.IN_FORCE
    assert status.derive(document, DAY(2025, 12, 31)).status == Validity.EXPIRED


def test_stored_status_follows_a_new_relation(enter_document):
    old = enter_document("912/QĐ-SCT", "2019-01-02", "2019-01-02")
    relations.add(enter_document("913/QĐ-SCT", "2020-06-01", "2020-06-01"), old,
                  RelationKind.REPLACES)
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.EXPIRED


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def test_daily_refresh_catches_dates_that_have_passed(enter_document):
    in_force_on = days_from_today(25)
    document = enter_document("914/QĐ-SCT", days_from_today(-10).isoformat(),
                              in_force_on.isoformat())
    assert document.status == Validity.NOT_YET
    status.refresh_due(in_force_on)
    assert LegalDocument.objects.get(pk=document.pk).status == Validity.IN_FORCE


def test_daily_refresh_catches_a_replacement_coming_into_force(enter_document):
    old = enter_document("915/QĐ-SCT", "2019-01-02", "2019-01-02")
    in_force_on = days_from_today(37)
    new = enter_document("916/QĐ-SCT", days_from_today(-5).isoformat(), in_force_on.isoformat())
    relations.add(new, old, RelationKind.REPLACES)
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.IN_FORCE
    status.refresh_due(in_force_on)
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.EXPIRED


def test_demo_decree_43_shows_as_replaced_by_42():
    decree = LegalDocument.objects.get(symbol="43/2011/NĐ-CP")
    derived = status.derive(decree)
    assert derived.status == Validity.EXPIRED
    assert derived.because.symbol == "42/2022/NĐ-CP" and derived.since == DAY(2022, 8, 1)


def test_relation_to_itself_is_refused(enter_document):
    document = enter_document("917/QĐ-SCT", "2020-01-02")
    with pytest.raises(ValidationError, match="chính nó"):
        relations.add(document, document, RelationKind.AMENDS)


def test_relation_closing_a_loop_is_refused(enter_document):
    a = enter_document("918/QĐ-SCT", "2020-01-02")
    b = enter_document("919/QĐ-SCT", "2020-02-03")
    c = enter_document("920/QĐ-SCT", "2020-03-02")
    relations.add(b, a, RelationKind.AMENDS)
    relations.add(c, b, RelationKind.GUIDES)
    with pytest.raises(ValidationError, match="vòng lặp"):
        relations.add(a, c, RelationKind.AMENDS)


def test_older_document_cannot_replace_a_newer_one(enter_document):
    old = enter_document("921/QĐ-SCT", "2020-01-02")
    new = enter_document("922/QĐ-SCT", "2021-01-04")
    with pytest.raises(ValidationError, match="ban hành trước"):
        relations.add(old, new, RelationKind.REPLACES)


def test_reverse_relation_shows_on_the_other_document(enter_document):
    old = enter_document("923/QĐ-SCT", "2020-01-02")
    new = enter_document("924/QĐ-SCT", "2021-01-04")
    relations.add(new, old, RelationKind.REPLACES)
    assert relations.for_display(old) == [("Bị thay thế bởi", [new])]
    assert relations.for_display(new) == [("Thay thế", [old])]


def test_suspending_a_replacement_gives_the_old_document_back_its_force(enter_document):
    from django.contrib.auth import get_user_model

    from congtin.legal import documents
    from congtin.legal.demo import walk_the_chain

    old = enter_document("925/QĐ-SCT", "2019-01-02", "2019-01-02")
    new = enter_document("926/QĐ-SCT", "2021-01-04", "2021-01-04")
    relations.add(new, old, RelationKind.REPLACES)
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.EXPIRED
    new.suspended = True
    documents.save(new, get_user_model().objects.get(username="vanphong"), "edit")
    # a published document's change waits for the editorial chain
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.EXPIRED
    walk_the_chain(new)
    assert LegalDocument.objects.get(pk=old.pk).status == Validity.IN_FORCE
