"""/hoi-dap/tra-cuu/: the status of a question, shown only to whoever gives
its code AND the asker's e-mail; guessing is rate-limited."""

import pytest

from congtin.qa.models import Question, Status

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/tra-cuu/"


@pytest.fixture
def question():
    return Question.objects.filter(status=Status.ASSIGNED).exclude(asker_email="").first()


def look(client, code, email, **meta):
    return client.post(URL, {"code": code, "email": email}, **meta)


def test_the_right_code_and_email_show_the_status_and_due_date(client, question):
    response = look(client, question.code.lower(), question.asker_email.upper())
    html = response.content.decode()
    assert response.status_code == 200
    assert question.original_title in html and "Đang xử lý" in html
    assert question.due_date.strftime("%d/%m/%Y") in html


def test_a_wrong_email_and_a_wrong_code_get_the_same_answer(client, question):
    wrong_email = look(client, question.code, "nguoi.khac@example.com")
    wrong_code = look(client, "HD-2026-999999", question.asker_email)
    assert wrong_email.status_code == wrong_code.status_code == 404
    strip = [question.code, "HD-2026-999999", "nguoi.khac@example.com", question.asker_email]

    def body(response):
        html = response.content.decode()
        html = html.split('name="csrfmiddlewaretoken"')[0]
        for value in strip:
            html = html.replace(value, "")
        return html

    assert body(wrong_email) == body(wrong_code)
    assert question.original_title not in wrong_email.content.decode()


def test_no_question_is_shown_without_both_code_and_email(client, question):
    for data in ({"code": question.code}, {"email": question.asker_email}, {},
                 {"code": question.code, "email": ""}):
        html = client.post(URL, data).content.decode()
        assert question.original_title not in html
        assert question.asker_name not in html
    assert question.original_title not in client.get(URL, {"code": question.code,
                                                           "email": question.asker_email}
                                                     ).content.decode()


def test_a_question_without_email_cannot_be_looked_up(client):
    nobody = Question.objects.create(source="email", asker_name="Không rõ", title="Không",
                                     original_title="Thư không địa chỉ", body=".",
                                     original_body=".")
    for email in ("", "khong-co-nguoi-hoi@invalid"):
        assert "Thư không địa chỉ" not in look(client, nobody.code, email).content.decode()


def test_guessing_codes_is_rate_limited(client, question):
    statuses = [look(client, f"HD-2026-{n:06d}", "doan@example.com").status_code
                for n in range(25)]
    assert statuses[:20] == [404] * 20 and set(statuses[20:]) == {429}
    blocked = look(client, question.code, question.asker_email)
    assert blocked.status_code == 429
    assert question.original_title not in blocked.content.decode()
    assert look(client, question.code, question.asker_email,
                REMOTE_ADDR="10.1.1.1").status_code == 200
