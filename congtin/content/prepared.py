"""Light lookups whose SQL is compiled once per process.

Django builds and compiles a queryset's SQL each time it is evaluated: for the
one-column lookups of a page's first render (its related links, its
translations) that costs more CPU than the database takes to answer them
(bench/profile_render.py --state first). Here the SQL of such a lookup is
compiled once per process and database, and later runs only put the new value
in its parameters.

Only for values_list() queries whose columns need no conversion from the
database (ids, text): the rows are returned as the cursor gives them.
"""

import uuid

from django.db import connections, router

_compiled = {}


def _another(value):
    """A different value of the same type (to find where `value` sits in the
    query's parameters), or None for a type this module does not handle."""
    if isinstance(value, uuid.UUID):
        return uuid.uuid4()
    if isinstance(value, int) and not isinstance(value, bool):
        return value + 1
    if isinstance(value, str):
        return value + "-"
    return None


def _compile(build, value):
    """(sql, parameters, positions of `value` in them), or None when the query
    cannot be reused (its SQL depends on the value)."""
    other = _another(value)
    if other is None:
        return None
    sql, params = build(value).query.sql_with_params()
    other_sql, other_params = build(other).query.sql_with_params()
    if sql != other_sql or len(params) != len(other_params):
        return None
    positions = [i for i, (a, b) in enumerate(zip(params, other_params, strict=True)) if a != b]
    if not positions:
        return None
    return sql, tuple(params), positions


def values_rows(name, build, field, value):
    """The rows (tuples) of build(value), a values_list() queryset (not flat)
    of `field`'s model in which `value` appears only as the value compared
    with `field`. `name` names the lookup (one compiled query per name and
    database)."""
    alias = router.db_for_read(field.model)
    connection = connections[alias]
    key = (name, alias, connection.vendor)
    if key not in _compiled:
        _compiled[key] = _compile(build, value)
    compiled = _compiled[key]
    if compiled is None:
        return list(build(value))
    sql, template, positions = compiled
    params = list(template)
    prepared = field.get_db_prep_value(value, connection, prepared=False)
    for position in positions:
        params[position] = prepared
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
