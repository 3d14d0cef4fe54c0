"""The SQLite full-text index (fulltext.py): the same answers as the plain
LIKE filter over the folded column, in the same order, kept exact by the
database whatever writes the documents."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory

from congtin.legal import fulltext, indexing
from congtin.legal.models import IssuingBody, LegalDocument, LegalField
from congtin.legal.search_filters import SearchFilters
from congtin.legal.views import find_documents

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's"),
]


def _filters(**params):
    return SearchFilters.from_request(RequestFactory().get("/van-ban/", params))


def _by_like(filters):
    """The reference answer: LIKE '%word%' on the folded column, no index."""
    documents = filters.apply(LegalDocument.objects.published())
    return list(indexing.filter_by_text(documents, filters.query)
                .order_by("-issue_date", "-id").values_list("symbol", flat=True))


def _by_index(filters):
    return [d.symbol for d in find_documents(filters)[0:1000]]


@pytest.mark.parametrize("params", [
    {"q": "quyet dinh"}, {"q": "thuong mai"}, {"q": "467/qd-sct"}, {"q": "nđ-cp"},
    {"q": "qd"}, {"q": "so 2"}, {"q": "uong"}, {"q": "dien", "hieu_luc": "con"},
    {"q": "nghi dinh", "nam": "2022"}, {"q": "luat", "loai": "luat"},
    {"q": "van ban", "co_quan": "CP"}, {"q": "nang luong", "linh_vuc": "Năng lượng"},
    {"q": "khongcotu"}, {"q": '"; drop table x'}, {"q": "100%"}, {"q": "a_b"},
])
def test_index_answers_like_the_plain_filter(params):
    if params.get("co_quan"):
        params["co_quan"] = IssuingBody.objects.get(code=params["co_quan"]).pk
    if params.get("linh_vuc"):
        params["linh_vuc"] = LegalField.objects.get(name=params["linh_vuc"]).pk
    filters = _filters(**params)
    assert isinstance(find_documents(filters), fulltext.Matches)
    assert _by_index(filters) == _by_like(filters)


def test_common_words_do_find_documents():
    # guard against the equality above holding because both sides are empty
    assert len(_by_index(_filters(q="quyet dinh"))) >= 4
    assert len(_by_index(_filters(q="nd-cp"))) >= 4
    assert _by_index(_filters(q="467/QĐ-SCT")) == ["467/QĐ-SCT"]


def test_pages_of_a_search_follow_one_another():
    filters = _filters(q="nghi dinh")
    everything = _by_index(filters)
    matches = find_documents(filters)
    assert [d.symbol for d in matches[0:3]] + [d.symbol for d in matches[3:6]] == everything[:6]


def test_index_follows_publication_withdrawal_and_edits(enter_document, django_user_model):
    from congtin.legal import documents, workflow
    from congtin.legal.demo import walk_the_chain

    document = enter_document("71/QĐ-SCT", "2025-03-04", publish=False,
                              summary="Về việc thí điểm kho lạnh mẫu ZQXW")
    filters = _filters(q="kho lanh mau zqxw")
    assert _by_index(filters) == []  # not published yet
    office = django_user_model.objects.get(username="vanphong")
    workflow.submit(document, office)
    assert _by_index(filters) == []  # in the chain
    walk_the_chain(document)
    assert _by_index(filters) == ["71/QĐ-SCT"]

    document.refresh_from_db()
    document.summary = "Về việc thí điểm hydro xanh mẫu ZQYV"
    document.issue_date = datetime.date(2025, 3, 5)
    documents.save(document, office, "edit")
    assert _by_index(filters) == ["71/QĐ-SCT"]  # the change waits for the chain
    walk_the_chain(document)
    assert _by_index(filters) == []
    assert _by_index(_filters(q="hydro xanh zqyv", nam="2025")) == ["71/QĐ-SCT"]

    # a status derived later arrives by a queryset update: the facet follows
    LegalDocument.objects.filter(pk=document.pk).update(status="ngung")
    assert _by_index(_filters(q="hydro xanh zqyv", hieu_luc="ngung")) == ["71/QĐ-SCT"]
    assert _by_index(_filters(q="hydro xanh zqyv", hieu_luc="con")) == []

    document.refresh_from_db()
    workflow.withdraw(document, django_user_model.objects.get(username="phoban"), "thử")
    assert _by_index(_filters(q="hydro xanh zqyv")) == []


def test_triggers_come_back_after_a_table_rebuild(enter_document):
    # what a later migration altering the table on SQLite does to them
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER legal_fts_insert")
    fulltext.restore_triggers()
    enter_document("72/QĐ-SCT", "2025-04-01", summary="Về việc thí điểm bán dẫn ZQBD")
    assert _by_index(_filters(q="ban dan zqbd")) == ["72/QĐ-SCT"]


def test_rebuild_gives_back_the_same_index():
    before = _by_index(_filters(q="quyet dinh"))
    fulltext.rebuild()
    assert _by_index(_filters(q="quyet dinh")) == before
