"""The library's tests again on PostgreSQL, where the folded search column has
a trigram index so that LIKE '%word%' does not scan the table, and where the
chain's generic object ids are compared as text."""

import pytest
from django.db import connection

from tests.legal.conftest import enter_document, login  # noqa: F401 (fixtures)
from tests.legal.test_chain import *  # noqa: F401,F403
from tests.legal.test_draft_admin import *  # noqa: F401,F403
from tests.legal.test_drafts import *  # noqa: F401,F403
from tests.legal.test_office import *  # noqa: F401,F403
from tests.legal.test_pending_changes import *  # noqa: F401,F403
from tests.legal.test_public import *  # noqa: F401,F403
from tests.legal.test_status import *  # noqa: F401,F403

pytestmark = [pytest.mark.django_db, pytest.mark.pg]


def test_the_folded_search_column_has_a_trigram_index():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'legal_search_trgm'")
        (definition,) = cursor.fetchone()
    assert "gin (search_text gin_trgm_ops)" in definition


def test_a_word_search_uses_the_trigram_index():
    from congtin.legal.indexing import filter_by_text
    from congtin.legal.models import LegalDocument

    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            plan = filter_by_text(LegalDocument.objects.all(), "thuong mai").explain()
        finally:
            cursor.execute("SET enable_seqscan = on")
    assert "legal_search_trgm" in plan
