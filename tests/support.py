"""Helpers shared by the test folders (no Django import: vntext uses it too)."""

import os

import pytest


def missing(reason):
    """A real part a test needs is missing: a skip on a developer's machine, a
    failure in CI (CI=true), where every real part must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI bắt buộc chạy kiểm thử này: {reason}")
    pytest.skip(reason)
