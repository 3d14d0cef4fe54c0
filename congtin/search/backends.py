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

PostgreSQL: a stored `folded_tsv` column (migration 0003) with a GIN index.
The planner alone picks badly: for a word it has no statistics for it
guesses 0.5 % of the rows and walks the date index through the whole table.
So `_postgres_page_ids` takes the planner's row estimate (from ANALYZE's word
frequencies, which cover every common word) and forces the plan: a common
match set is read newest first through the (locale, date) index, checking
each row's stored tsvector and stopping after one page; anything rarer is
collected through the GIN index and sorted.
"""

import json

from django.db import connection, transaction

FTS_TABLE = "search_fts"
KEY_SHIFT = 24

# A query estimated to match at least this many rows is common: walking the
# date index finds a page of matches after about limit × rows / COMMON_ROWS
# rows, less than collecting and sorting every match would cost.
COMMON_ROWS = 2000


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
    if conn.vendor == "postgresql":
        return _postgres_page_ids(conn, query, locale_id, category, limit, offset)
    if conn.vendor != "sqlite":
        raise NotImplementedError(f"no search index for {conn.vendor}")
    sql = (f"SELECT page_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
           "ORDER BY rowid DESC LIMIT %s OFFSET %s")
    with conn.cursor() as cursor:
        cursor.execute(sql, [sqlite_match_expression(query, locale_id, category), limit, offset])
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


def _postgres_page_ids(conn, query, locale_id, category, limit, offset):
    where = "locale_id = %s AND folded_tsv @@ to_tsquery('simple', %s)"
    params = [locale_id, postgres_tsquery(query)]
    if category:
        where += " AND category = %s"
        params.append(category)
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_searchentry WHERE {where}",
                       params)
        estimated = _plan_rows(cursor.fetchone()[0])
        cursor.execute("SET LOCAL enable_seqscan = off")
        if estimated >= COMMON_ROWS:
            cursor.execute("SET LOCAL enable_bitmapscan = off")
        else:
            cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"SELECT page_id FROM search_searchentry WHERE {where} "
                       "ORDER BY date DESC, id DESC LIMIT %s OFFSET %s",
                       [*params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def _plan_rows(plan):
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Plan"]["Plan Rows"]


def _connection(using):
    if using is None:
        return connection
    from django.db import connections

    return connections[using]
