"""The one-stop system's push: token, size limits, malformed bodies."""

import json

import pytest
from wagtail.models import ModelLogEntry

from congtin.onestop.models import MonthlyFigure, OneStopSettings

pytestmark = pytest.mark.django_db
TOKEN = "mot-cua-bi-mat-0123456789abcdef"
URL = "/api/mot-cua/so-lieu/"


@pytest.fixture
def token(settings):
    settings.ONESTOP_PUSH_TOKEN = TOKEN
    return TOKEN


def push(client, payload, token=TOKEN, **extra):
    body = payload if isinstance(payload, (bytes, str)) else json.dumps(payload)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token is not None else {}
    return client.generic("POST", URL, body, content_type="application/json", **headers, **extra)


MONTH = {"year": 2025, "month": 3, "received": 700, "resolved": 690, "on_time": 688}


def test_push_without_token_is_refused_and_saves_nothing(client, token):
    MonthlyFigure.objects.filter(year=2025, month=3).delete()
    response = push(client, {"months": [MONTH]}, token=None)
    assert response.status_code == 401
    assert "mã truy cập" in response.json()["loi"]
    assert not MonthlyFigure.objects.filter(year=2025, month=3).exists()


def test_push_with_wrong_token_is_refused(client, token):
    assert push(client, {"months": [MONTH]}, token=TOKEN[:-1] + "x").status_code == 401


def test_no_configured_token_refuses_everyone(client, settings):
    settings.ONESTOP_PUSH_TOKEN = ""
    assert push(client, {"months": [MONTH]}, token="").status_code == 401


def test_push_with_token_saves_and_logs(client, token):
    response = push(client, {"months": [MONTH]})
    assert response.status_code == 200
    assert response.json() == {"da_luu": ["03/2025"]}
    row = MonthlyFigure.objects.get(year=2025, month=3)
    assert (row.resolved, row.on_time, row.source) == (690, 688, "push")
    assert ModelLogEntry.objects.filter(action="congtin.onestop.push",
                                        object_id=str(row.pk)).exists()


def test_token_set_in_the_admin_works(client, settings):
    settings.ONESTOP_PUSH_TOKEN = ""
    config = OneStopSettings.load()
    config.push_token = "token-tu-trang-quan-tri-123456"
    config.save()
    assert push(client, {"months": [MONTH]}, token=config.push_token).status_code == 200


def test_malformed_json_gets_a_vietnamese_400(client, token):
    response = push(client, b'{"months": [ {"year": 2025,')
    assert response.status_code == 400
    assert response.json()["loi"] == "Dữ liệu không phải JSON hợp lệ (UTF-8)."


@pytest.mark.parametrize("body", [b"\xff\xfe\x00garbage", b"[]", b'"months"', b'{"months": {}}',
                                  b"[" * 5000])
def test_odd_bodies_never_cause_a_500(client, token, body):
    assert push(client, body).status_code == 400


def test_fifty_megabytes_are_refused_by_content_length(client, token):
    body = b" " * (50 * 1024 * 1024)
    response = push(client, body)
    assert response.status_code == 413
    assert "quá lớn" in response.json()["loi"]


def test_body_larger_than_the_cap_is_refused_before_the_token_check(client, settings):
    settings.ONESTOP_MAX_BODY_BYTES = 1000
    response = push(client, {"months": [MONTH] * 50}, token=None)
    assert response.status_code == 413


def test_good_months_are_kept_when_others_are_bad(client, token):
    good = {**MONTH, "month": 4}
    bad_late = {**MONTH, "month": 5, "on_time": 9999}
    bad_month = {**MONTH, "month": 13}
    response = push(client, {"months": [good, bad_late, bad_month, "rác"]})
    assert response.status_code == 400
    data = response.json()
    assert data["da_luu"] == ["04/2025"]
    assert [item["phan_tu"] for item in data["loi_chi_tiet"]] == [2, 3, 4]
    assert "đúng hạn lớn hơn" in data["loi_chi_tiet"][0]["loi"]
    assert MonthlyFigure.objects.filter(year=2025, month=4).exists()


def test_push_is_only_a_post(client, token):
    assert client.get(URL, HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 405
