"""The question form at /hoi-dap/gui-cau-hoi/: what an asker sees, and what a
spammer or a careless upload gets (a reason, never a 500, never a lost
question)."""

import io
import re
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from congtin.qa import challenge
from congtin.qa.models import Question
from congtin.vntext import encode_vni

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/gui-cau-hoi/"


def form_page(client):
    html = client.get(URL).content.decode()
    token = re.search(r'name="challenge" value="([^"]+)"', html).group(1)
    first, second = map(int, re.search(r"Chống thư rác: (\d+) cộng (\d+)", html).groups())
    return token, first + second


def post(client, *, solve="sum", files=(), meta=None, **fields):
    token, total = form_page(client)
    data = {"name": "Lê Thị Hoa", "email": "hoa.le@example.com", "phone": "0909 123 456",
            "organisation": "Công ty TNHH Hoa Sen", "field": "ruou-thuoc-la",
            "title": "Giấy phép bán lẻ rượu", "challenge": token,
            "body": "Cửa hàng tiện lợi cần giấy phép gì để bán rượu vang nhập khẩu?"}
    if solve == "sum":
        data["answer"] = str(total)
    elif solve == "pow":
        data["nonce"] = challenge.solve(token, challenge.pow_bits())
    elif solve == "wrong":
        data["answer"] = str(total + 1)
    data.update(fields)
    if files:
        data["attachments"] = list(files)
    return client.post(URL, data, **(meta or {}))


def upload(name, content):
    return SimpleUploadedFile(name, content)


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_a_question_sent_without_javascript_gets_a_code_on_screen_and_by_mail(client):
    response = post(client, files=[upload("hop-dong.pdf", b"%PDF-1.4 test")])
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    code = re.search(r"HD-\d{4}-\d{6}", page).group(0)
    question = Question.objects.get(code=code)
    assert question.asker_email == "hoa.le@example.com"
    assert question.attachments.get().kind == "pdf"
    assert len(mail.outbox) == 1 and code in mail.outbox[0].subject
    assert mail.outbox[0].to == ["hoa.le@example.com"]


def test_the_proof_of_work_answer_is_accepted_instead_of_the_sum(client):
    assert post(client, solve="pow", title="Đăng ký khuyến mại").status_code == 302
    assert Question.objects.filter(title="Đăng ký khuyến mại").exists()


def test_a_wrong_sum_is_refused_with_a_readable_reason(client):
    response = post(client, solve="wrong")
    assert response.status_code == 400
    assert "Kết quả phép tính chưa đúng." in response.content.decode()
    assert not Question.objects.filter(asker_email="hoa.le@example.com").exists()


def test_a_challenge_cannot_be_used_twice(client):
    token, total = form_page(client)
    data = {"name": "A", "email": "a@example.com", "field": "khac", "title": "Một",
            "body": "Nội dung câu hỏi đủ dài.", "challenge": token, "answer": str(total)}
    assert client.post(URL, data).status_code == 302
    second = client.post(URL, {**data, "title": "Hai"})
    assert second.status_code == 400
    assert "đã được gửi" in second.content.decode()


def test_a_forged_challenge_is_refused(client):
    response = post(client, challenge="gia-mao:123", answer="2")
    assert response.status_code == 400
    assert "Không kiểm tra được biểu mẫu" in response.content.decode()


def test_a_filled_honeypot_is_refused(client):
    response = post(client, website="http://spam.example")
    assert response.status_code == 400
    assert not Question.objects.filter(asker_email="hoa.le@example.com").exists()


@pytest.mark.parametrize("name, content, reason", [
    ("virus.exe", b"MZ\x90\x00", "loại không được nhận"),
    ("gia-mao.pdf", b"MZ\x90\x00 not a pdf", "không đúng với phần mở rộng .pdf"),
    ("anh.png", b"\xff\xd8\xff\xe0 jpeg", "không đúng với phần mở rộng .png"),
    ("bang.xlsx", docx_bytes(), "không đúng với phần mở rộng .xlsx"),
])
def test_forbidden_or_disguised_files_are_refused_with_the_reason(client, name, content, reason):
    response = post(client, files=[upload(name, content)])
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not Question.objects.filter(asker_email="hoa.le@example.com").exists()


def test_a_real_docx_and_jpeg_are_accepted(client):
    response = post(client, files=[upload("don.docx", docx_bytes()),
                                   upload("anh.jpeg", b"\xff\xd8\xff\xe0 jpeg data")])
    assert response.status_code == 302
    kinds = Question.objects.get(asker_email="hoa.le@example.com").attachments.values_list(
        "kind", flat=True)
    assert sorted(kinds) == ["docx", "jpg"]


def test_a_20_mb_attachment_is_refused_with_the_size_limit(client):
    big = upload("ho-so.pdf", b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024))
    response = post(client, files=[big])
    assert response.status_code == 400
    assert "lớn hơn 10 MB" in response.content.decode()


def test_four_attachments_are_refused(client):
    files = [upload(f"tep-{n}.pdf", b"%PDF-1.4 x") for n in range(4)]
    response = post(client, files=files)
    assert response.status_code == 400
    assert "tối đa 3 tệp" in response.content.decode()


def test_text_typed_in_a_legacy_vni_keyboard_is_stored_as_unicode(client):
    legacy = encode_vni("Xin hỏi về giấy phép bán lẻ rượu").decode("latin-1")
    assert post(client, title=legacy).status_code == 302
    assert Question.objects.get(asker_email="hoa.le@example.com").title == \
        "Xin hỏi về giấy phép bán lẻ rượu"


def test_a_thousand_posts_from_one_address_are_rate_limited_never_a_500(client):
    token, _ = form_page(client)
    statuses = [client.post(URL, {"name": "Bot", "email": f"bot{n}@example.com",
                                  "field": "khac", "title": "Spam", "body": "x" * 20,
                                  "challenge": token, "answer": "0"}).status_code
                for n in range(1000)]
    assert set(statuses) == {400, 429}
    assert statuses.count(400) == 10  # the allowance, each refused for the wrong sum
    limited = client.post(URL, {"name": "Bot"})
    assert "quá nhiều câu hỏi trong một giờ" in limited.content.decode()
    assert not Question.objects.filter(asker_name="Bot").exists()


def test_one_email_address_is_limited_across_addresses(client, settings):
    settings.QA_RATE_PER_EMAIL = 2
    codes = [post(client, meta={"REMOTE_ADDR": f"10.0.0.{n}"}).status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert Question.objects.filter(asker_email="hoa.le@example.com").count() == 2


def test_the_form_page_passes_without_javascript_and_names_every_field(client):
    html = client.get(URL).content.decode()
    for label in ("Họ và tên", "Thư điện tử", "Lĩnh vực", "Tiêu đề câu hỏi",
                  "Nội dung câu hỏi", "Tệp đính kèm", "Chống thư rác"):
        assert label in html
    assert 'enctype="multipart/form-data"' in html


def test_a_mail_server_that_is_down_does_not_lose_the_question(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    response = post(client)
    assert response.status_code == 302
    question = Question.objects.get(asker_email="hoa.le@example.com")
    assert "HD-" in client.get(response["Location"]).content.decode()
    from wagtail.models import ModelLogEntry
    assert ModelLogEntry.objects.for_instance(question).filter(
        action="congtin.qa.mail_failed").exists()


def filled_form(client, **fields):
    """What the browser sends for the form page just opened, filled in."""
    html = client.get(URL).content.decode()
    form = html[html.index('<form class="qa-form"'):]
    form = form[:form.index("</form>")]
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    first, second = map(int, re.search(r"Chống thư rác: (\d+) cộng (\d+)", html).groups())
    return {**hidden, "name": "Lê Thị Hoa", "email": "hoa.le@example.com", "field": "khac",
            "title": "Giấy phép bán lẻ rượu", "answer": str(first + second),
            "body": "Cửa hàng tiện lợi cần giấy phép gì để bán rượu vang nhập khẩu?", **fields}


def code_on(client, response):
    assert response.status_code == 302
    return re.search(r"HD-\d{4}-\d{6}", client.get(response["Location"]).content.decode()).group(0)


def test_a_retry_of_a_sent_form_shows_the_same_code_and_stores_nothing_more(client):
    data = filled_form(client)
    first = code_on(client, client.post(URL, data))  # the answer that never reached the sender
    retry = client.post(URL, data)
    assert code_on(client, retry) == first
    assert Question.objects.filter(asker_email="hoa.le@example.com").count() == 1
    assert len(mail.outbox) == 1  # one receipt


def test_a_retry_that_reaches_another_worker_does_not_duplicate_the_question(client):
    from django.core.cache import cache

    data = filled_form(client)
    first = code_on(client, client.post(URL, data))
    cache.clear()  # another worker (make run): its own single-use challenges and limits
    assert code_on(client, client.post(URL, data)) == first
    assert Question.objects.filter(asker_email="hoa.le@example.com").count() == 1


def test_a_different_question_sent_from_the_same_form_page_is_kept(client):
    """Back to the form, another question typed over the first: both are kept."""
    data = filled_form(client)
    first = code_on(client, client.post(URL, data))
    fresh = filled_form(client)
    second = client.post(URL, {**data, "title": "Khuyến mại rượu",
                               "challenge": fresh["challenge"], "answer": fresh["answer"]})
    assert code_on(client, second) != first
    assert sorted(Question.objects.values_list("title", flat=True).filter(
        asker_email="hoa.le@example.com")) == ["Giấy phép bán lẻ rượu", "Khuyến mại rượu"]


def test_the_form_keeps_its_token_when_it_comes_back_with_errors(client):
    data = filled_form(client)
    assert data.get("form_token")
    again = client.post(URL, {**data, "answer": "999"})
    assert again.status_code == 400
    assert f'name="form_token" value="{data["form_token"]}"' in again.content.decode()
