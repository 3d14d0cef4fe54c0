"""Shared fixtures: the demo department is loaded once into the test database,
and tests look at the site as a visitor or an editor would.

`--clock 2026-12-31T23:59:30` runs the session as if Ho Chi Minh City's clock
read that moment: the demo is built an hour earlier on the same day, and every
test starts at that moment, the clock ticking on (scripts/test runs the
date-dependent tests so on the hard days of the calendar)."""

import contextlib
import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command

HO_CHI_MINH = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def pytest_addoption(parser):
    parser.addoption("--clock", metavar="YYYY-MM-DDTHH:MM[:SS]", type=clock_moment,
                     help="chạy như thể đồng hồ (giờ TP.HCM) chỉ thời điểm này")


def clock_moment(text):
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=HO_CHI_MINH)


def pytest_report_header(config):
    moment = config.getoption("--clock")
    return f"clock: {moment.isoformat()}" if moment else None


def at_the_clock(config, earlier=datetime.timedelta(0)):
    """Travel to the --clock moment less `earlier` but on the same day (the clock
    ticking on), or stay in the present."""
    moment = config.getoption("--clock")
    if moment is None:
        return contextlib.nullcontext()
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return time_machine.travel(max(moment - earlier, midnight), tick=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, pytestconfig):
    # Built before the tests' moment, as a real demo is: what a test makes is
    # then always newer than the demo (the clock goes back for each test).
    with django_db_blocker.unblock(), at_the_clock(pytestconfig, datetime.timedelta(hours=1)):
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def clock(pytestconfig):
    """Every test starts at the --clock moment when one is given."""
    with at_the_clock(pytestconfig):
        yield


@pytest.fixture(autouse=True)
def fresh_render_memo():
    """Every test starts without the per-process memo of data and rendered HTML
    (pagecache.fragments): a rolled-back test changed the database without a
    new generation, and its pages must not be served to the next test."""
    from congtin.pagecache import fragments

    fragments.forget()


@pytest.fixture
def demo_user(django_user_model):
    """Return a demo user by username."""

    def get(username):
        return django_user_model.objects.get(username=username)

    return get


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run an action and what waits for its commit (a new page-cache generation,
    purges), as a real save outside the test's transaction would."""
    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()
    return run
