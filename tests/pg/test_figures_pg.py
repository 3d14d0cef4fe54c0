"""Issue 7's figures again on PostgreSQL, the production profile's database
(run by scripts/test with DATABASE_URL set): counting and flushing (the
batch upserts, the pruning statements and the table lock are written for
both databases), most viewed, the Redis profile's flush, the
one-stop import and push, the on-time figures, and the rating."""

import pytest
from django.db import connection

from tests.onestop.conftest import *  # noqa: F401,F403
from tests.onestop.test_import import *  # noqa: F401,F403
from tests.onestop.test_public import *  # noqa: F401,F403
from tests.onestop.test_push import *  # noqa: F401,F403
from tests.participation.test_rating import *  # noqa: F401,F403
from tests.visits.conftest import *  # noqa: F401,F403
from tests.visits.test_counting import *  # noqa: F401,F403
from tests.visits.test_dashboard import *  # noqa: F401,F403
from tests.visits.test_marks import *  # noqa: F401,F403
from tests.visits.test_page_cache_figures import *  # noqa: F401,F403
from tests.visits.test_redis_profile import *  # noqa: F401,F403
from tests.visits.test_widgets import *  # noqa: F401,F403

pytestmark = [pytest.mark.django_db, pytest.mark.pg]


def test_the_figures_database_really_is_postgresql():
    assert connection.vendor == "postgresql"
