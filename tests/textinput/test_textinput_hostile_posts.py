"""A hostile post costs the site little (issue 20, item 1).

One anonymous multipart field of "x\\n" + "\\t" * 48_000 + "x" was cleaned
before the CSRF check and held a worker for 11 s; four of them made the
admin's login page answer after 42 s. Now a post that fails the CSRF check
is refused with nothing cleaned, a view's fields are cleaned only when it
reads them, and a field longer than any form needs is refused with a 400
page in Vietnamese. The tests count what was cleaned; how long anything
takes is measured in bench/, never asserted here.
"""

import pytest
from django.http import HttpResponse, QueryDict
from django.test import Client, RequestFactory

import congtin.textinput.text as text_module
from congtin.textinput.middleware import CleanedQueryDict, TextInputMiddleware

from .conftest import NFD, TCVN3_PASTE, UNICODE

pytestmark = pytest.mark.django_db

ISSUE_FIELD = "x\n" + "\t" * 48_000 + "x"  # the 48 KB field of the issue
LONG_FIELD = "x\n" + "\t" * 15_000 + "x"  # long, but under the public limit


@pytest.fixture
def cleaned(monkeypatch):
    """The values that reached vntext.normalize, as they were posted."""
    seen = []
    real = text_module.normalize

    def spy(value, multiline=True):
        seen.append(value)
        return real(value, multiline)

    monkeypatch.setattr(text_module, "normalize", spy)
    return seen


def _csrf_client():
    """A client holding a valid CSRF cookie and token (the login page sets them)."""
    client = Client(enforce_csrf_checks=True)
    client.get("/admin/login/")
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize("path", ["/tim-kiem/", "/admin/login/"])
def test_hostile_post_without_a_csrf_token_is_refused_with_nothing_cleaned(path, cleaned):
    response = Client(enforce_csrf_checks=True).post(
        path, {"q": ISSUE_FIELD, "username": ISSUE_FIELD, "x": ISSUE_FIELD})
    assert response.status_code == 403
    assert cleaned == []


def test_hostile_post_with_a_forged_csrf_token_is_refused_with_nothing_cleaned(cleaned):
    client, _token = _csrf_client()
    response = client.post("/admin/login/", {
        "csrfmiddlewaretoken": "x" * 64, "username": ISSUE_FIELD, "password": "p"})
    assert response.status_code == 403
    assert cleaned == []


@pytest.mark.parametrize("path", ["/tim-kiem/", "/admin/login/"])
def test_the_issues_48_kb_field_with_a_valid_token_gets_a_vietnamese_400(path, cleaned):
    client, token = _csrf_client()
    response = client.post(path, {"csrfmiddlewaretoken": token, "username": ISSUE_FIELD,
                                  "password": "p", "q": "Së"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nội dung gửi lên quá dài" in page
    assert "48.003 ký tự, vượt giới hạn 20.000 ký tự" in page
    assert cleaned == []


def test_login_cleans_the_username_it_reads_and_not_a_field_it_ignores(cleaned):
    client, token = _csrf_client()
    response = client.post("/admin/login/", {
        "csrfmiddlewaretoken": token, "username": TCVN3_PASTE, "password": "sai",
        "x": LONG_FIELD})
    assert response.status_code == 200  # the form again: no such user
    assert TCVN3_PASTE in cleaned
    assert LONG_FIELD not in cleaned


def test_a_query_string_value_over_the_public_limit_gets_a_400(client, cleaned):
    response = client.get("/tim-kiem/", {"q": "a" * 20_001})
    assert response.status_code == 400
    assert "vượt giới hạn 20.000 ký tự" in response.content.decode()
    assert cleaned == []


def test_staff_may_post_a_long_field_and_it_is_stored_clean(login):
    from congtin.content.snippets import ScheduleEntry

    content = "Họp giao ban\n" + "\t" * 48_000 + "Sở C«ng Th\u00ad¬ng   \r\n"
    response = login("kythuat").post("/admin/snippets/content/scheduleentry/add/", {
        "date": "03/12/2026", "start_time": "", "leader": "", "content": content,
        "location": "Hội trường B", "participants": ""})
    assert response.status_code == 302
    stored = ScheduleEntry.objects.get(date="2026-12-03", location="Hội trường B").content
    assert stored == "Họp giao ban\n" + "\t" * 48_000 + UNICODE


def test_staff_field_over_the_staff_limit_gets_a_400_and_nothing_is_stored(login, settings):
    from congtin.content.snippets import ScheduleEntry

    settings.TEXTINPUT_MAX_FIELD_CHARS = 30_000
    response = login("kythuat").post("/admin/snippets/content/scheduleentry/add/", {
        "date": "04/12/2026", "content": "a" * 30_001, "location": "Hội trường C"})
    assert response.status_code == 400
    assert "vượt giới hạn 30.000 ký tự" in response.content.decode()
    assert not ScheduleEntry.objects.filter(location="Hội trường C").exists()


# --- the lazily cleaned QueryDict: everything a view can read is clean ---------------


def _through_middleware(data: dict, read):
    """Post `data` through TextInputMiddleware; what read(request) gives the view."""
    request = RequestFactory().post("/", data)
    middleware = TextInputMiddleware(lambda req: HttpResponse())
    assert middleware.process_view(request, read, (), {}) is None
    return read(request)


@pytest.mark.parametrize("read", [
    lambda r: r.POST["title"],
    lambda r: r.POST.get("title"),
    lambda r: r.POST.getlist("title")[0],
    lambda r: dict(r.POST.items())["title"],
    lambda r: list(r.POST.values())[0],
    lambda r: r.POST.dict()["title"],
    lambda r: dict(r.POST.lists())["title"][0],
    lambda r: r.POST.copy()["title"],
    lambda r: QueryDict(r.POST.urlencode())["title"],
], ids=["item", "get", "getlist", "items", "values", "dict", "lists", "copy", "urlencode"])
def test_every_way_a_view_reads_a_post_gives_the_cleaned_text(read):
    assert _through_middleware({"title": TCVN3_PASTE}, read) == UNICODE


def test_a_copy_is_an_ordinary_mutable_querydict_of_cleaned_values():
    copy = _through_middleware({"title": NFD, "n": "1"}, lambda r: r.POST.copy())
    assert type(copy) is QueryDict
    copy["n"] = "2"
    assert (copy["title"], copy["n"]) == (UNICODE, "2")


def test_the_slug_follows_the_cleaned_title_whichever_is_read_first():
    posted = {"title": TCVN3_PASTE, "slug": "se-cng-thng"}
    assert _through_middleware(posted, lambda r: r.POST["slug"]) == "so-cong-thuong"
    assert _through_middleware(posted, lambda r: (r.POST["title"], r.POST["slug"])) == (
        UNICODE, "so-cong-thuong")


def test_a_field_is_cleaned_once_however_often_it_is_read(cleaned):
    posted = QueryDict(mutable=True)
    posted.update({"title": TCVN3_PASTE, "body": NFD})
    data = CleanedQueryDict(posted)
    assert [data["title"], data.get("title"), data["title"]] == [UNICODE] * 3
    assert cleaned == [TCVN3_PASTE]


def test_a_body_over_the_upload_limit_gets_a_vietnamese_400(settings, cleaned):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000  # Django's limit on a parsed body
    client, token = _csrf_client()
    response = client.post("/admin/login/", {"csrfmiddlewaretoken": token,
                                             "username": "a", "x": "b" * 10_000})
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert cleaned == []
