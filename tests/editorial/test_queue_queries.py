"""The dashboard's queue and the secretariat's overview ask the database the
same number of questions however many items wait in the chain: the items'
pages, tasks and units are read together, not one item at a time."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from congtin.editorial import queues, services

pytestmark = pytest.mark.django_db


def queries_of(function, *args):
    with CaptureQueriesContext(connection) as captured:
        rows = function(*args)
    return len(captured), rows


def test_queues_cost_the_same_queries_for_two_items_or_eight(make_item, advance, user):
    first = advance(make_item(title="Tin chờ duyệt 0"), "unit")
    advance(make_item(title="Tin chờ duyệt 1"), "unit")
    member = user("tv_qlcn")
    unit_task = services.current_state(first).task.specific

    def moderated(who):  # Wagtail's "awaiting your review" panel asks each task this
        return list(unit_task.get_task_states_user_can_moderate(who))

    few = [queries_of(queues.my_queue, member)[0], queries_of(queues.overview)[0],
           queries_of(moderated, member)[0]]
    for n in range(2, 8):
        advance(make_item(title=f"Tin chờ duyệt {n}"), "unit")
    many_queue, rows = queries_of(queues.my_queue, member)
    many_overview, overview = queries_of(queues.overview)
    many_moderated, states = queries_of(moderated, member)
    assert len(rows) >= 8 and len(overview["rows"]) >= 8 and len(states) >= 8
    assert [many_queue, many_overview, many_moderated] == few
