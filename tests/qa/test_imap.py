"""The department's mailbox (Đ.7.2.a): mail APPENDed into a real Dovecot, read
by `manage.py fetch_questions --now`, answers received by a real SMTP server."""

from email.message import EmailMessage
from email.utils import make_msgid
from io import StringIO

import pytest
from django.core.management import call_command

from congtin.qa.models import MailMessage, Question, Status
from congtin.vntext import encode_vni

pytestmark = pytest.mark.django_db


def mail(subject="Hỏi về giấy phép bán lẻ rượu", body="Xin hỏi thủ tục cấp giấy phép.",
         sender="Nguyễn Văn An <an.nguyen@example.com>", **headers):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sct@tphcm.gov.vn"
    message["Subject"] = subject
    message["Message-ID"] = headers.pop("message_id", make_msgid(domain="example.com"))
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


@pytest.fixture
def fetch(django_capture_on_commit_callbacks):
    """Read the mailbox as the periodic task does; mails sent on commit go out."""

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("fetch_questions", "--now", stdout=StringIO())

    return run


def test_a_mail_becomes_one_question_and_the_asker_gets_the_code(mailbox, smtp, fetch):
    mailbox.deliver(mail().as_bytes())
    fetch()
    fetch()  # read again: nothing new
    question = Question.objects.get(original_title="Hỏi về giấy phép bán lẻ rượu")
    assert question.source == Question.Source.EMAIL
    assert question.asker_email == "an.nguyen@example.com"
    assert question.asker_name == "Nguyễn Văn An"
    assert question.messages.filter(direction="in").count() == 1
    received = smtp.to("an.nguyen@example.com")
    assert len(received) == 1
    assert question.code in received[0]["Subject"]


def test_the_same_message_id_twice_makes_one_question(mailbox, smtp, fetch):
    message = mail(message_id="<cung-mot-thu@example.com>")
    mailbox.deliver(message.as_bytes())
    mailbox.deliver(message.as_bytes())
    fetch()
    assert Question.objects.filter(original_title=message["Subject"]).count() == 1
    assert MailMessage.objects.filter(kind=MailMessage.Kind.REPEAT).count() == 1


def test_a_reply_with_the_code_joins_the_question(mailbox, smtp, fetch):
    mailbox.deliver(mail().as_bytes())
    fetch()
    question = Question.objects.get(asker_email="an.nguyen@example.com")
    mailbox.deliver(mail(subject=f"Re: [{question.code}] Sở Công Thương đã nhận câu hỏi",
                         body="Tôi bổ sung thêm địa chỉ cửa hàng.").as_bytes())
    fetch()
    assert Question.objects.filter(asker_email="an.nguyen@example.com").count() == 1
    assert question.messages.filter(direction="in", kind="reply").count() == 1


def test_a_reply_with_someone_elses_code_does_not_enter_their_thread(mailbox, smtp, fetch):
    mailbox.deliver(mail().as_bytes())
    fetch()
    question = Question.objects.get(asker_email="an.nguyen@example.com")
    mailbox.deliver(mail(subject=f"Re: [{question.code}] xem giúp",
                         sender="ke.la@example.net").as_bytes())
    fetch()
    assert question.messages.filter(direction="in").count() == 1
    stranger = Question.objects.get(asker_email="ke.la@example.net")
    assert question.code in stranger.needs_attention


@pytest.mark.parametrize("headers, kind", [
    ({"Auto_Submitted": "auto-replied"}, "auto_reply"),
    ({"X_Autoreply": "yes"}, "auto_reply"),
    ({"Precedence": "bulk"}, "list"),
    ({"List_Id": "<ban-tin.example.com>"}, "list"),
    ({"subject": "Trả lời tự động: Vắng mặt đến 05/12"}, "auto_reply"),
    ({"subject": "Out of Office: back Monday"}, "auto_reply"),
    ({"sender": "MAILER-DAEMON@mail.example.com", "subject": "Undelivered Mail"}, "bounce"),
])
def test_auto_replies_bounces_and_lists_are_kept_but_are_not_questions(
        mailbox, smtp, fetch, headers, kind):
    mailbox.deliver(mail(**headers).as_bytes())
    fetch()
    assert Question.objects.filter(source="email", asker_email="an.nguyen@example.com"
                                   ).count() == 0
    row = MailMessage.objects.get(direction="in")
    assert row.kind == kind and row.question is None and row.raw
    assert smtp.envelopes == []  # no receipt sent to a robot


def test_legacy_encoded_and_html_only_mail_arrive_as_clean_unicode(mailbox, smtp, fetch):
    legacy = EmailMessage()
    legacy["From"] = "b@example.com"
    legacy["Subject"] = "Hoi gia dien"
    legacy.set_content(encode_vni("Giá điện sinh hoạt bậc thang năm nay thế nào?"),
                       maintype="text", subtype="plain")
    legacy.replace_header("Content-Type", 'text/plain; charset="iso-8859-1"')
    html = EmailMessage()
    html["From"] = "c@example.com"
    html["Subject"] = "=?utf-8?b?" + "Q8OidSBo4buPaSBIVE1M".strip() + "?="
    html.set_content("<html><head><style>p{color:red}</style></head><body><p>Xin chào"
                     "&nbsp;Sở,</p><p>Tôi hỏi về <b>khuyến mại</b>.</p>"
                     "<script>alert(1)</script></body></html>", subtype="html")
    mailbox.deliver(legacy.as_bytes())
    mailbox.deliver(html.as_bytes())
    fetch()
    assert Question.objects.get(asker_email="b@example.com").body == \
        "Giá điện sinh hoạt bậc thang năm nay thế nào?"
    from_html = Question.objects.get(asker_email="c@example.com")
    assert from_html.title == "Câu hỏi HTML"
    assert "Tôi hỏi về khuyến mại." in from_html.body
    assert "<" not in from_html.body and "alert" not in from_html.body
    assert "color" not in from_html.body


def test_malformed_mime_and_forged_from_become_flagged_questions_with_the_raw_mail(
        mailbox, smtp, fetch):
    broken = (b"From: d@example.com\r\nSubject: Thu hong\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n"
              b"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n@@@not base64!!!\r\n")
    forged = (b"From: a@example.com, b@example.com\r\nFrom: c@example.com\r\n"
              b"Subject: Hai dong From\r\n\r\nNoi dung.\r\n")
    mailbox.deliver(broken)
    mailbox.deliver(forged)
    fetch()
    titles = ["Thu hong", "Hai dong From"]
    assert Question.objects.filter(original_title__in=titles).count() == 2
    nobody = Question.objects.get(original_title="Hai dong From")
    assert nobody.asker_email == "" and "người gửi" in nobody.needs_attention
    for question in Question.objects.filter(original_title__in=titles):
        raw = question.messages.get(direction="in").raw
        assert raw.size > 0
    assert {e.rcpt_tos[0] for e in smtp.envelopes} <= {"d@example.com"}


def test_a_20_mb_attachment_keeps_the_question_and_the_raw_mail(mailbox, smtp, fetch):
    message = mail(subject="Hồ sơ rất lớn")
    message.add_attachment(b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024), maintype="application",
                           subtype="pdf", filename="ho-so.pdf")
    message.add_attachment(b"MZ\x90\x00program", maintype="application",
                           subtype="octet-stream", filename="chay-toi.exe")
    mailbox.deliver(message.as_bytes())
    fetch()
    question = Question.objects.get(original_title="Hồ sơ rất lớn")
    assert question.attachments.count() == 0
    assert "lớn hơn 10 MB" in question.needs_attention
    assert "chay-toi.exe" in question.needs_attention
    assert question.messages.get(direction="in").raw.size > 20 * 1024 * 1024


def test_the_whole_chain_from_the_mailbox_to_the_answer_in_the_askers_inbox(
        mailbox, smtp, fetch, client, demo_user, django_capture_on_commit_callbacks):
    mailbox.deliver(mail(subject="Điều kiện bán lẻ xăng dầu",
                         body="Cửa hàng cần giấy tờ gì để bán lẻ xăng dầu?").as_bytes())
    fetch()
    question = Question.objects.get(original_title="Điều kiện bán lẻ xăng dầu")
    qltm = question.assignments.model._meta.get_field("unit").related_model.objects.get(
        code="qltm")
    url = f"/admin/hoi-dap/{question.pk}/"

    def step(username, name, data):
        client.force_login(demo_user(username))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url + name + "/", data)
        assert response.status_code == 302 and response["Location"] == url
        question.refresh_from_db()

    step("thuky1", "edit", {"edit-title": "Điều kiện bán lẻ xăng dầu",
                            "edit-field": "xang-dau-khi", "edit-body": question.body,
                            "edit-general_interest": "on"})
    step("thuky1", "accept", {})
    step("truongban", "assign", {"assign-leading": qltm.pk})
    step("cb_qltm", "submit", {"answer-answer": '{"blocks":[{"key":"a","text":"Cần giấy '
                                                'chứng nhận đủ điều kiện PCCC.","type":'
                                                '"unstyled","depth":0,"inlineStyleRanges":[],'
                                                '"entityRanges":[],"data":{}}],"entityMap":{}}'})
    step("thuky1", "review", {})
    step("phoban", "approve", {})
    assert question.status == Status.ANSWERED and question.published
    answers = [m for m in smtp.to("an.nguyen@example.com") if "Trả lời" in m["Subject"]]
    assert len(answers) == 1
    text = answers[0].get_content()
    assert "Cần giấy chứng nhận đủ điều kiện PCCC." in text
    assert "Phòng Quản lý Thương mại" in text
