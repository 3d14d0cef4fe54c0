"""Đ.7.3 cleaning reaches query strings and public pages, and leaves alone
what must arrive byte for byte: passwords, CSRF and one-time codes, uploaded
files, raw JSON bodies."""

import json
import unicodedata

import pytest
from django.http import HttpResponse, QueryDict
from django.test import Client, RequestFactory

from congtin.textinput.middleware import TextInputMiddleware, clean_querydict

from .conftest import NFD, TCVN3_PASTE, UNICODE

pytestmark = pytest.mark.django_db


def test_public_search_query_string_arrives_as_unicode(client):
    response = client.get("/tim-kiem/", {"q": TCVN3_PASTE})
    assert response.status_code == 200
    assert f'value="{UNICODE}"' in response.content.decode()


def test_admin_listing_search_query_string_arrives_as_unicode(login):
    response = login("kythuat").get("/admin/pages/search/", {"q": NFD})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'value="{UNICODE}"' in html
    assert NFD not in html


def test_password_with_legacy_looking_characters_still_logs_in(django_user_model):
    # "C«ng" would be repaired to "Công" and the NFD "é" composed, were the
    # password cleaned: the login must compare exactly what was set.
    password = "C«ng-Th\u00ad¬ng-e\u0301-2026"
    django_user_model.objects.create_superuser("matkhau_la", "la@example.vn", password)
    client = Client(enforce_csrf_checks=True)
    client.get("/admin/login/")
    token = client.cookies["csrftoken"].value
    response = client.post("/admin/login/", {
        "username": "matkhau_la", "password": password, "csrfmiddlewaretoken": token,
        "next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_password_cleaned_the_way_text_is_would_not_log_in(django_user_model):
    password = "C«ng-Th\u00ad¬ng-e\u0301-2026"
    django_user_model.objects.create_user("matkhau_khac", password=password)
    client = Client()
    response = client.post("/admin/login/", {"username": "matkhau_khac",
                                             "password": "Công-Thương-é-2026"})
    assert response.status_code == 200  # the form again: wrong password


def test_secrets_tokens_and_codes_pass_untouched():
    posted = QueryDict(mutable=True)
    untouched = {
        "password": " C«ng ", "new_password1": "e\u0301\u200b", "old_password": "a  b",
        "csrfmiddlewaretoken": "Th\u00ad¬ng", "otp_token": " 12 34 ", "token": "«»",
        "api_secret": "Së", "captcha": " x ", "next": "/admin/?q=Së",
        "challenge": "eyJuIjoiYWRkZ  dda:1a2b", "nonce": " 42 ",
    }
    for name, value in untouched.items():
        posted[name] = value
    posted["title"] = TCVN3_PASTE
    cleaned = clean_querydict(posted)
    assert {name: cleaned[name] for name in untouched} == untouched
    assert cleaned["title"] == UNICODE


def test_raw_json_body_is_not_read_or_changed():
    body = json.dumps({"title": TCVN3_PASTE, "text": NFD}, ensure_ascii=False).encode()
    request = RequestFactory().post("/api/", body, content_type="application/json")
    seen = {}

    def view(req):
        seen["body"] = req.body
        seen["post"] = dict(req.POST)
        return HttpResponse()

    TextInputMiddleware(view)(request)
    assert seen == {"body": body, "post": {}}


def test_json_values_other_than_rich_text_and_tables_stay_as_posted():
    value = json.dumps({"x": TCVN3_PASTE})
    posted = QueryDict(mutable=True)
    posted["config"] = value
    assert clean_querydict(posted)["config"] == value


def test_unchanged_request_data_is_not_copied():
    posted = QueryDict("title=S%E1%BB%9F+C%C3%B4ng+Th%C6%B0%C6%A1ng&count=3")
    assert clean_querydict(posted) is posted


def test_a_10_kb_field_of_combining_marks_is_cleaned_without_error(login):
    from congtin.content.snippets import ScheduleEntry

    marks = "a" + "\u0301\u0323\u0300" * 3400  # 10 kB of combining marks on one letter
    response = login("kythuat").post("/admin/snippets/content/scheduleentry/add/", {
        "date": "02/12/2026", "start_time": "", "leader": "", "content": marks,
        "location": "Hội trường A", "participants": ""})
    assert response.status_code == 302
    stored = ScheduleEntry.objects.get(date="2026-12-02", location="Hội trường A").content
    assert unicodedata.is_normalized("NFC", stored)
