"""Tracking codes on PostgreSQL: askers posting at the same moment from
several workers never get the same code (one UPDATE … SET last = last + 1)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from congtin.qa.models import next_tracking_code

pytestmark = [pytest.mark.django_db, pytest.mark.pg]
YEAR = 2099  # a year of its own: the threads commit their increments


def take(count):
    try:
        return [next_tracking_code(YEAR) for _ in range(count)]
    finally:
        connections.close_all()


def test_concurrent_askers_get_distinct_consecutive_codes():
    assert connection.vendor == "postgresql"
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = [code for batch in pool.map(take, [25] * 8) for code in batch]
    assert len(codes) == len(set(codes)) == 200
    numbers = sorted(int(code.rsplit("-", 1)[1]) for code in codes)
    assert numbers == list(range(numbers[0], numbers[0] + 200))
    assert all(code.startswith(f"HD-{YEAR}-") for code in codes)
