"""The public pages, roles and demo department again, on PostgreSQL: the
production profile's database (run by `make test` with DATABASE_URL set)."""

import pytest
from django.db import connection

from tests.content.test_public_pages import *  # noqa: F401,F403
from tests.content.test_tree_index import test_the_menu_pages_are_indexed_by_depth_then_path  # noqa: F401
from tests.org.test_roles import *  # noqa: F401,F403

pytestmark = [pytest.mark.django_db, pytest.mark.pg]


def test_the_database_really_is_postgresql():
    assert connection.vendor == "postgresql"
