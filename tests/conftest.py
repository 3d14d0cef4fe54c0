"""Shared fixtures: the demo department is loaded once into the test database,
and tests look at the site as a visitor or an editor would."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


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
