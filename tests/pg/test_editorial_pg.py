"""The editorial chain again on PostgreSQL (run by `scripts/test` when a
PostgreSQL server answers): the walk through the four steps, forged actions
refused by every role, the unit scope and the report views (whose generic
object ids PostgreSQL compares as text), and the dashboard queries."""

import pytest
from django.db import connection
from django.urls import reverse

from congtin.editorial import chain, queues, services
from tests.editorial.conftest import advance, demo_mode, make_item, user  # noqa: F401 (fixtures)
from tests.editorial.test_chain_steps import *  # noqa: F401,F403
from tests.editorial.test_deadlines import *  # noqa: F401,F403
from tests.editorial.test_queue_queries import *  # noqa: F401,F403
from tests.editorial.test_report_views_matrix import *  # noqa: F401,F403
from tests.editorial.test_role_action_matrix import *  # noqa: F401,F403
from tests.editorial.test_unit_scope import *  # noqa: F401,F403

pytestmark = [pytest.mark.django_db, pytest.mark.pg]


def test_the_database_really_is_postgresql():
    assert connection.vendor == "postgresql"


def test_dashboard_queues_and_overview_on_postgresql(make_item, advance, user, client):  # noqa: F811
    items = {step: advance(make_item(title=f"Bảng điều khiển {step}"), step)
             for step in chain.STEPS}
    rows = queues.overview()["rows"]
    by_page = {row["page"].pk: row["step"] for row in rows}
    assert all(by_page[page.pk] == step for step, page in items.items())
    grid = {line["unit"]: line["cells"] for line in queues.overview()["grid"]}
    qlcn = grid[items[chain.UNIT].providing_unit.name]
    assert [cell["count"] >= 1 for cell in qlcn] == [True] * 4
    for username, step in [("tv_qlcn", chain.UNIT), ("thuky1", chain.SECRETARIAT),
                           ("truongban", chain.HEAD), ("kythuat", chain.PUBLISH)]:
        mine = [row["page"].pk for row in queues.my_queue(user(username))]
        assert items[step].pk in mine
        client.force_login(user(username))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert f"Bảng điều khiển {step}" in html
    client.force_login(user("thuky1"))
    html = client.get(reverse("editorial:overview")).content.decode()
    assert all(f"Bảng điều khiển {step}" in html for step in chain.STEPS)
    # A contributor's dashboard lists nothing of the chain's other steps.
    client.force_login(user("cb_qltm"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert not any(f"Bảng điều khiển {step}" in html for step in chain.STEPS)
    assert services.current_step(items[chain.PUBLISH]) == chain.PUBLISH
