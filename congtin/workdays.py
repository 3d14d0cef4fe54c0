"""Working days and hours for deadlines (Đ.8; Decree 43/2011 Art. 17; Q&A's
15 working days).

A working day is Monday to Friday, less Vietnamese public holidays (Tết,
Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9 and the days the government moves to make
bridges), as the `holidays` package lists them. A department can add its own
days off or make-up working Saturdays in the settings:

    CONGTIN_EXTRA_DAYS_OFF = ["2026-12-31"]
    CONGTIN_EXTRA_WORKING_DAYS = ["2026-01-10"]

Office hours (for deadlines counted in hours) default to 07:30–11:30 and
13:00–17:00, the usual hours of a Ho Chi Minh City department.
"""

import datetime
from functools import lru_cache

import holidays

MORNING = (datetime.time(7, 30), datetime.time(11, 30))
AFTERNOON = (datetime.time(13, 0), datetime.time(17, 0))


def _setting_days(name):
    try:
        from django.conf import settings

        values = getattr(settings, name, [])
    except Exception:  # Django not configured: plain-Python use
        values = []
    return frozenset(datetime.date.fromisoformat(str(value)) for value in values)


@lru_cache(maxsize=64)
def _public_holidays(year):
    return frozenset(holidays.Vietnam(years=year).keys())


def is_working_day(day):
    if isinstance(day, datetime.datetime):
        day = day.date()
    if day in _setting_days("CONGTIN_EXTRA_WORKING_DAYS"):
        return True
    if day.weekday() >= 5 or day in _setting_days("CONGTIN_EXTRA_DAYS_OFF"):
        return False
    return day not in _public_holidays(day.year)


def next_working_day(day):
    """The first working day strictly after `day`."""
    day += datetime.timedelta(days=1)
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def add_working_days(start, days):
    """The moment `days` working days after `start` (a date or a datetime,
    whose time of day is kept). Received on Friday afternoon with 1 day to go,
    the item is due on Monday afternoon — or later if Monday is a holiday."""
    if days < 0:
        raise ValueError("days must not be negative")
    moment = start
    for _ in range(days):
        moment = _with_date(moment, next_working_day(_date_of(moment)))
    return moment


def working_days_between(start, end):
    """Working days after `start` up to and including `end` (0 if end ≤ start)."""
    first, last = _date_of(start), _date_of(end)
    count = 0
    day = first
    while day < last:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def add_working_hours(start, hours):
    """The moment `hours` office hours after the datetime `start`. Time outside
    office hours does not count; an item received at night starts the next
    morning."""
    remaining = datetime.timedelta(hours=hours)
    moment = start
    while True:
        period_end = _current_period_end(moment)
        if period_end is None:
            moment = _next_period_start(moment)
            continue
        available = period_end - moment
        if remaining <= available:
            return moment + remaining
        remaining -= available
        moment = _next_period_start(period_end)


def _current_period_end(moment):
    if not is_working_day(moment.date()):
        return None
    for opens, closes in (MORNING, AFTERNOON):
        if opens <= moment.time() < closes:
            return moment.replace(hour=closes.hour, minute=closes.minute, second=0,
                                  microsecond=0)
    return None


def _next_period_start(moment):
    day = moment.date()
    if is_working_day(day):
        for opens, _closes in (MORNING, AFTERNOON):
            if moment.time() < opens:
                return moment.replace(hour=opens.hour, minute=opens.minute, second=0,
                                      microsecond=0)
    day = next_working_day(day)
    opens = MORNING[0]
    return moment.replace(year=day.year, month=day.month, day=day.day, hour=opens.hour,
                          minute=opens.minute, second=0, microsecond=0)


def _date_of(moment):
    return moment.date() if isinstance(moment, datetime.datetime) else moment


def _with_date(moment, day):
    if isinstance(moment, datetime.datetime):
        return moment.replace(year=day.year, month=day.month, day=day.day)
    return day
