"""The question form on PostgreSQL: a double click or a retry of one sending,
arriving at the same moment on two workers, stores one question, and both
answers show its code."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client

from tests.qa.conftest import _fresh_rate_limits  # noqa: F401 (fixture)
from tests.qa.test_web_form import (  # noqa: F401 (tests run here too)
    URL,
    filled_form,
    test_a_different_question_sent_from_the_same_form_page_is_kept,
    test_a_retry_of_a_sent_form_shows_the_same_code_and_stores_nothing_more,
    test_a_retry_that_reaches_another_worker_does_not_duplicate_the_question,
    test_the_form_keeps_its_token_when_it_comes_back_with_errors,
)

pytestmark = [pytest.mark.django_db, pytest.mark.pg]
ASKER = "nhap-dup@example.com"  # the threads commit: their rows are removed at the end


def _in_own_connection(work):
    try:
        return work()
    finally:
        connections.close_all()


def elsewhere(work):
    """Run `work` on a connection of its own (committed, as another worker's)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_in_own_connection, work).result()


def _remove_the_askers_rows():
    from wagtail.models import ModelLogEntry

    from congtin.qa.models import Question

    questions = Question.objects.filter(asker_email=ASKER)
    ModelLogEntry.objects.filter(content_type__model="question",
                                 object_id__in=[str(pk) for pk in questions.values_list(
                                     "pk", flat=True)]).delete()
    questions.delete()


def test_a_double_click_stores_one_question_and_both_clicks_show_its_code():
    from congtin.qa.models import Question

    assert connection.vendor == "postgresql"
    data = filled_form(Client(), email=ASKER)

    def click():
        client = Client()
        response = client.post(URL, data)
        return response.status_code, client.session.get("qa_sent")

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(lambda _: _in_own_connection(click), range(2)))
        codes = elsewhere(lambda: list(
            Question.objects.filter(asker_email=ASKER).values_list("code", flat=True)))
        assert len(codes) == 1
        assert answers == [(302, codes[0]), (302, codes[0])]
    finally:
        elsewhere(_remove_the_askers_rows)
