"""Deadlines count working days: weekends and Vietnamese public holidays
(Tết above all) do not count."""

import datetime as dt

import pytest

from congtin import workdays

TZ = dt.timezone(dt.timedelta(hours=7))


def test_friday_plus_one_working_day_is_monday():
    assert workdays.add_working_days(dt.date(2026, 11, 27), 1) == dt.date(2026, 11, 30)


def test_a_deadline_spanning_tet_skips_the_whole_holiday():
    # Tết Đinh Mùi: 04–10/02/2027 are days off (with the weekend inside them).
    received = dt.datetime(2027, 2, 3, 15, 0, tzinfo=TZ)
    due = workdays.add_working_days(received, 1)
    assert due == dt.datetime(2027, 2, 11, 15, 0, tzinfo=TZ)


def test_fifteen_working_days_for_a_question_received_before_tet():
    due = workdays.add_working_days(dt.date(2027, 1, 25), 15)
    # 26–29/01 (4), 01–03/02 (3), Tết off, 11–12/02 (2), 15–19/02 (5), 22/02 (1).
    assert due == dt.date(2027, 2, 22)


def test_national_day_and_its_bridge_are_not_working_days():
    assert not workdays.is_working_day(dt.date(2026, 9, 2))
    assert not workdays.is_working_day(dt.date(2026, 8, 31))  # moved day off
    assert workdays.is_working_day(dt.date(2026, 9, 3))


def test_working_days_between_counts_only_working_days():
    assert workdays.working_days_between(dt.date(2026, 11, 27), dt.date(2026, 12, 4)) == 5
    assert workdays.working_days_between(dt.date(2026, 12, 4), dt.date(2026, 11, 27)) == 0


def test_office_hours_skip_lunch_nights_and_weekends():
    friday_afternoon = dt.datetime(2026, 11, 27, 16, 0)
    assert workdays.add_working_hours(friday_afternoon, 2) == dt.datetime(2026, 11, 30, 8, 30)
    before_lunch = dt.datetime(2026, 11, 30, 11, 0)
    assert workdays.add_working_hours(before_lunch, 1) == dt.datetime(2026, 11, 30, 13, 30)
    at_night = dt.datetime(2026, 11, 30, 22, 0)
    assert workdays.add_working_hours(at_night, 1) == dt.datetime(2026, 12, 1, 8, 30)


def test_department_can_declare_extra_days_off_and_make_up_saturdays(settings):
    settings.CONGTIN_EXTRA_DAYS_OFF = ["2026-12-31"]
    settings.CONGTIN_EXTRA_WORKING_DAYS = ["2026-12-26"]
    assert not workdays.is_working_day(dt.date(2026, 12, 31))
    assert workdays.is_working_day(dt.date(2026, 12, 26))


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        workdays.add_working_days(dt.date(2026, 11, 27), -1)
