"""Helpers shared by the test folders (no Django import: vntext uses it too)."""

import os

import pytest


def missing(reason):
    """A real part a test needs is missing: a skip on a developer's machine, a
    failure in CI (CI=true), where every real part must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI bắt buộc chạy kiểm thử này: {reason}")
    pytest.skip(reason)


def demo_day():
    """The day the demo department was built on (its home page's publication):
    its texts and dates follow that day, not the one a test happens to run on."""
    from django.utils import timezone
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="vi")
    return timezone.localdate(home.first_published_at)


def demo_text(text, days_ago=0):
    """A demo text with its ${placeholders} filled as the demo fills them for an
    item published `days_ago` days before the demo's day."""
    import datetime

    from congtin.demo.body import date_values, fill

    return fill(text, date_values(demo_day() - datetime.timedelta(days=days_ago)))
