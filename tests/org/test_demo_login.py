"""Demo accounts share a published password: they log in only in demo mode."""

import pytest

from congtin.demo.models import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_demo_user_logs_in_in_demo_mode(client, settings):
    settings.CONGTIN_DEMO = True
    response = client.post("/admin/login/", {"username": "thuky1", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_user_is_refused_outside_demo_mode(client, settings):
    settings.CONGTIN_DEMO = False
    response = client.post("/admin/login/", {"username": "thuky1", "password": DEMO_PASSWORD})
    assert response.status_code == 200
    assert "Sai Tên đăng nhập hoặc mật khẩu" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_turning_demo_mode_off_ends_demo_sessions(client, settings):
    settings.CONGTIN_DEMO = True
    assert client.login(username="admin", password=DEMO_PASSWORD)
    settings.CONGTIN_DEMO = False
    assert client.get("/admin/").status_code == 302


def test_ordinary_accounts_log_in_whatever_the_mode(client, settings, django_user_model):
    settings.CONGTIN_DEMO = False
    django_user_model.objects.create_superuser("nguoithat", "a@b.vn", "mat-khau-rat-dai-123")
    assert client.login(username="nguoithat", password="mat-khau-rat-dai-123")
