"""Fixtures for the Đ.7.3 tests: demo staff logged in to the admin, and the
legacy spellings of one phrase as people really paste it."""

import pytest
from django.test import Client

# "Sở Công Thương" as it arrives from a .VnTime document (TCVN3 bytes shown
# through Windows-1252; the soft hyphen is TCVN3's "ư"), from a VNI document,
# and decomposed (NFD) from some systems.
TCVN3_PASTE = "Së C«ng Th\u00ad¬ng"
VNI_PASTE = "Sôû Coâng Thöông"
NFD = "So\u031b\u0309 Co\u0302ng Thu\u031bo\u031bng"
UNICODE = "Sở Công Thương"


@pytest.fixture
def login(settings, django_user_model):
    """A test client logged in as a demo user (demo logins need demo mode)."""
    settings.CONGTIN_DEMO = True

    def as_user(username):
        client = Client()
        client.force_login(django_user_model.objects.get(username=username))
        return client

    return as_user
