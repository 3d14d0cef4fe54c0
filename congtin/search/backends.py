"""The full-text index per database: FTS5 on SQLite, GIN + tsvector on PostgreSQL.

Both answer the same question the same way: the entries of one locale (and
optionally one category) whose folded text contains every term (the last one
as a prefix), newest first, one page at a time. Neither ranks the whole match
set: ranking every match is what made the stock search a denial of service.

SQLite: the FTS5 rowid is `fts_key`, the entry's date in seconds shifted left
24 bits plus the low bits of its page id, so `ORDER BY rowid DESC LIMIT n` walks
the doclists newest first and stops after n matches, however common the word.
The locale and category are tokens of a `facets` column, so they filter
inside FTS5 too.

PostgreSQL: `to_tsvector('simple', folded) @@ to_tsquery(...)` with a GIN
index; the planner picks the GIN index for rare words and the
(locale, date) index for common ones.
"""

from django.db import connection

FTS_TABLE = "search_fts"
KEY_SHIFT = 24

SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "body, facets, page_id UNINDEXED, "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4', detail=column)",
]
SQLITE_DROP = [f"DROP TABLE IF EXISTS {FTS_TABLE}"]
POSTGRES_CREATE = [
    "CREATE INDEX IF NOT EXISTS search_folded_tsv ON search_searchentry "
    "USING gin (to_tsvector('simple', folded))",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS search_folded_tsv"]


def schema_sql(vendor, create=True):
    """The statements that add (or drop) the full-text index on `vendor`."""
    if vendor == "sqlite":
        return SQLITE_CREATE if create else SQLITE_DROP
    if vendor == "postgresql":
        return POSTGRES_CREATE if create else POSTGRES_DROP
    return []


def uses_fts_table(using=None):
    return _connection(using).vendor == "sqlite"


def fts_key(date, page_id):
    """The FTS5 rowid: newer dates give larger keys; ties broken by page id."""
    return (int(date.timestamp()) << KEY_SHIFT) + (page_id % (1 << KEY_SHIFT))


def facets(locale_id, category):
    return f"l{locale_id} c{category}"


def sqlite_replace(rows, old_keys=(), using=None):
    """Put rows (key, folded, facets, page_id) into the FTS table, after
    removing the rows of `old_keys` (the entries' previous keys)."""
    with _connection(using).cursor() as cursor:
        sqlite_delete(old_keys, cursor=cursor)
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, body, facets, page_id) VALUES (%s, %s, %s, %s)",
            list(rows))


def sqlite_delete(keys, cursor=None, using=None):
    keys = [k for k in keys if k is not None]
    if not keys:
        return
    if cursor is None:
        with _connection(using).cursor() as own:
            own.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(k,) for k in keys])
        return
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(k,) for k in keys])


def sqlite_clear(using=None):
    with _connection(using).cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")


def match_page_ids(query, locale_id, category=None, limit=20, offset=0, using=None):
    """Page ids of the matching entries, newest first, `limit` from `offset`."""
    conn = _connection(using)
    if conn.vendor == "sqlite":
        sql, params = _sqlite_sql(query, locale_id, category)
    elif conn.vendor == "postgresql":
        sql, params = _postgres_sql(query, locale_id, category)
    else:
        raise NotImplementedError(f"no search index for {conn.vendor}")
    with conn.cursor() as cursor:
        cursor.execute(sql + " LIMIT %s OFFSET %s", [*params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def sqlite_match_expression(query, locale_id, category=None):
    """An FTS5 expression built from folded words only; each is quoted."""
    words = [f'"{term}"' for term in query.terms]
    if query.prefix:
        words[-1] += "*"
    facet_words = [f'"l{locale_id}"'] + ([f'"c{category}"'] if category else [])
    return " AND ".join([*(f"facets : {w}" for w in facet_words),
                         *(f"body : {w}" for w in words)])


def postgres_tsquery(query):
    words = list(query.terms)
    if query.prefix:
        words[-1] += ":*"
    return " & ".join(words)


def _sqlite_sql(query, locale_id, category):
    sql = (f"SELECT page_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
           "ORDER BY rowid DESC")
    return sql, [sqlite_match_expression(query, locale_id, category)]


def _postgres_sql(query, locale_id, category):
    sql = ("SELECT page_id FROM search_searchentry WHERE locale_id = %s "
           "AND to_tsvector('simple', folded) @@ to_tsquery('simple', %s)")
    params = [locale_id, postgres_tsquery(query)]
    if category:
        sql += " AND category = %s"
        params.append(category)
    return sql + " ORDER BY date DESC, id DESC", params


def _connection(using):
    if using is None:
        return connection
    from django.db import connections

    return connections[using]
