"""The search tests again on PostgreSQL, where the index is a GIN index on
to_tsvector('simple', folded) instead of an FTS5 table."""

import pytest
from django.db import connection

from tests.search.test_search_hostile_queries import *  # noqa: F401,F403
from tests.search.test_search_index_sync import *  # noqa: F401,F403
from tests.search.test_search_queries import *  # noqa: F401,F403

pytestmark = [pytest.mark.django_db, pytest.mark.pg]


def test_the_search_runs_on_postgresql_with_its_gin_index():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_folded_tsv'")
        (definition,) = cursor.fetchone()
    assert "gin (folded_tsv)" in definition


@pytest.mark.parametrize("query", ["cong thuong", "hoa chat", "dien mat tro", "khongcotu"])
def test_the_date_walk_and_the_gin_collect_give_the_same_results(client, monkeypatch, query):
    from congtin.search import backends
    from tests.search.helpers import search

    monkeypatch.setattr(backends, "COMMON_ROWS", 10**9)  # always collect through GIN
    collected = search(client, query)
    monkeypatch.setattr(backends, "COMMON_ROWS", 0)  # always walk the date index
    assert search(client, query) == collected
