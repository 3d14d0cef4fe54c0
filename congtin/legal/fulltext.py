"""Text search of the public library through an index, on both databases.

PostgreSQL: the trigram index on `search_text` (migration 0002) serves the
plain LIKE '%word%' filters of indexing.filter_by_text.

SQLite has no such index, so `legal_fts`, an FTS5 table with the trigram
tokenizer, holds the folded text of every *published* document. Same
semantics as LIKE: each folded word of three characters or more is found as a
substring through the index ("467/qd-sct" included); shorter words are checked
with LIKE on the rows the index returns.

Its rowid is a sort key, the issue date's ordinal shifted left 32 bits plus the
document id, so `ORDER BY rowid DESC LIMIT n` reads matches in the listing's
order (newest issue date, then highest id) and stops after one page, however
common the word. The search filters are tokens of a `facets` column
("[t:quyet_dinh] [i:3] [f:2] [s:con]") matched inside FTS5 too, and the year is
a rowid range, so no query needs the main table until the page's rows are
fetched by id.

Triggers keep the table exact, whatever writes the documents (bulk import,
queryset updates of the derived status…). A migration that rebuilds the
documents table on SQLite drops its triggers, so they are re-created after
every migrate (apps.py).
"""

import datetime

from django.db import connection

TABLE = "legal_fts"
SHIFT = 32
MIN_INDEXED = 3  # the trigram tokenizer cannot look up shorter substrings

_KEY = "(CAST(julianday({row}.issue_date) - 1721424.5 AS INTEGER) * 4294967296 + {row}.id)"
_FACETS = ("('[t:' || {row}.doc_type || '] [i:' || {row}.issuer_id || '] [f:' || "
           "IFNULL({row}.field_id, '') || '] [s:' || {row}.status || ']')")
_PUBLISHED = "{row}.state = 'published'"
_COLUMNS = "search_text, state, issue_date, doc_type, issuer_id, field_id, status"


def _insert(row):
    return (f"INSERT INTO {TABLE} (rowid, body, facets) SELECT {_KEY.format(row=row)}, "
            f"{row}.search_text, {_FACETS.format(row=row)} "
            f"WHERE {_PUBLISHED.format(row=row)};")


def _delete(row):
    return f"DELETE FROM {TABLE} WHERE rowid = {_KEY.format(row=row)};"


TRIGGERS = [
    "CREATE TRIGGER IF NOT EXISTS legal_fts_insert AFTER INSERT ON legal_legaldocument "
    f"BEGIN {_insert('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS legal_fts_delete AFTER DELETE ON legal_legaldocument "
    f"BEGIN {_delete('OLD')} END",
    f"CREATE TRIGGER IF NOT EXISTS legal_fts_update AFTER UPDATE OF {_COLUMNS} "
    f"ON legal_legaldocument BEGIN {_delete('OLD')} {_insert('NEW')} END",
]


def applies(conn=None):
    return (conn or connection).vendor == "sqlite"


def install(conn=None):
    """Create the table and its triggers if missing (idempotent)."""
    conn = conn or connection
    with conn.cursor() as cursor:
        cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} "
                       "USING fts5(body, facets, tokenize='trigram')")
        for statement in TRIGGERS:
            cursor.execute(statement)


def restore_triggers(conn=None):
    """After a migrate: re-create the triggers a table rebuild dropped, if
    the index exists (not when migrated back before it)."""
    conn = conn or connection
    if not applies(conn) or TABLE not in conn.introspection.table_names():
        return
    install(conn)


def rebuild(conn=None):
    """Refill the table from the documents (after a restore, or to check)."""
    conn = conn or connection
    if not applies(conn):
        return
    install(conn)
    with conn.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(f"INSERT INTO {TABLE} (rowid, body, facets) SELECT {_KEY.format(row='d')}, "
                       f"d.search_text, {_FACETS.format(row='d')} FROM legal_legaldocument d "
                       f"WHERE {_PUBLISHED.format(row='d')}")


def key_of(issue_date, document_id):
    return (issue_date.toordinal() << SHIFT) + document_id


def document_id_of(key):
    return key & ((1 << SHIFT) - 1)


def _quoted(text):
    return '"' + text.replace('"', '""') + '"'


def facet_terms(filters):
    values = [("t", filters.doc_type), ("i", filters.issuer), ("f", filters.field),
              ("s", filters.status)]
    return [f"[{name}:{value}]" for name, value in values if value]


def search_ids(filters, words, limit, offset):
    """Ids of the published documents matching the filters and every folded
    word, in listing order, `limit` of them from `offset`."""
    indexed = [w for w in words if len(w) >= MIN_INDEXED]
    short = [w for w in words if len(w) < MIN_INDEXED]
    terms = ([f"body : {_quoted(w)}" for w in indexed]
             + [f"facets : {_quoted(f)}" for f in facet_terms(filters)])
    where, params = [], []
    if terms:
        where.append(f"{TABLE} MATCH %s")
        params.append(" AND ".join(terms))
    for word in short:
        where.append("body LIKE %s ESCAPE '\\'")
        params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%")
                      .replace("_", "\\_") + "%")
    if filters.year:
        where.append("rowid BETWEEN %s AND %s")
        params += [key_of(datetime.date(filters.year, 1, 1), 0),
                   key_of(datetime.date(filters.year, 12, 31), (1 << SHIFT) - 1)]
    sql = (f"SELECT rowid FROM {TABLE} WHERE {' AND '.join(where) or '1'} "
           "ORDER BY rowid DESC LIMIT %s OFFSET %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [document_id_of(row[0]) for row in cursor.fetchall()]


class Matches:
    """The documents matching a text search, sliced like a queryset (which is
    all `content.listing.paginate` does with it): each slice is one FTS5
    query for the ids, then one query for those rows."""

    def __init__(self, filters, words, queryset):
        self.filters, self.words, self.queryset = filters, words, queryset

    def __getitem__(self, bounds):
        if not isinstance(bounds, slice) or bounds.step is not None:
            raise TypeError("Matches only supports slices without a step")
        start = bounds.start or 0
        ids = search_ids(self.filters, self.words, bounds.stop - start, start)
        rows = self.queryset.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]
