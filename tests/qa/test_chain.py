"""The chain (Đ.7.2) through the admin as each role sees it: every step by the
right role, forged steps by the wrong one refused, every transition logged,
the asker told at each point the rules name."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from congtin.org.models import Unit
from congtin.qa.deadlines import near_and_overdue, send_digest
from congtin.qa.intake import create_question
from congtin.qa.models import Question, Status
from congtin.workdays import add_working_days

pytestmark = pytest.mark.django_db
re_code = re.compile(r"HD-\d{4}-\d{6}")
ANSWER = ('{"blocks":[{"key":"a","text":"Thương nhân nộp hồ sơ tại Sở Công Thương.",'
          '"type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[],"data":{}}],'
          '"entityMap":{}}')


@pytest.fixture
def question():
    return create_question(source="web", name="Phạm Thị Lan", email="lan.pham@example.com",
                           phone="0912345678", organisation="Công ty TNHH Lan Anh",
                           field="ruou-thuoc-la", title="Bán rượu vang tại cửa hàng",
                           body="Cửa hàng tôi cần giấy phép gì để bán rượu vang?")


@pytest.fixture
def act(client, demo_user, django_capture_on_commit_callbacks):
    def run(username, question, name, data=None):
        client.force_login(demo_user(username))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/hoi-dap/{question.pk}/{name}/", data or {})
        question.refresh_from_db()
        return response

    return run


def qltm():
    return Unit.objects.get(code="qltm")


def to_answered(act, question, public=True, title="Giấy phép bán lẻ rượu vang",
                body="Cửa hàng cần giấy phép gì để bán rượu vang?", answer=ANSWER):
    act("thuky1", question, "edit", {"edit-title": title, "edit-field": "ruou-thuoc-la",
                                     "edit-body": body,
                                     **({"edit-general_interest": "on"} if public else {})})
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk,
                                          "assign-others": [Unit.objects.get(code="ttr").pk]})
    act("cb_qltm", question, "submit", {"answer-answer": answer})
    act("thuky1", question, "review")
    act("phoban", question, "approve")


def test_the_chain_ends_with_the_answer_mailed_and_published(act, client, question):
    to_answered(act, question)
    assert question.status == Status.ANSWERED and question.published
    assert question.answered_by == qltm()
    assert question.leading_unit == qltm()
    assert question.due_date == add_working_days(timezone.localdate(), 15)
    answer_mail = mail.outbox[-1]
    assert answer_mail.to == ["lan.pham@example.com"] and question.code in answer_mail.subject
    assert "Thương nhân nộp hồ sơ tại Sở Công Thương." in answer_mail.body
    actions = list(ModelLogEntry.objects.for_instance(question).order_by("timestamp")
                   .values_list("action", "user__username"))
    assert actions[1:] == [("congtin.qa.edit", "thuky1"), ("congtin.qa.accept", "thuky1"),
                           ("congtin.qa.assign", "truongban"), ("congtin.qa.submit", "cb_qltm"),
                           ("congtin.qa.review", "thuky1"), ("congtin.qa.approve", "phoban"),
                           ("congtin.qa.mail_sent", None)]
    page = client.get(f"/hoi-dap/{question.pk}/").content.decode()
    assert "Giấy phép bán lẻ rượu vang" in page and "Phòng Quản lý Thương mại" in page


def test_the_askers_personal_data_is_never_published(act, client, question):
    to_answered(act, question)
    client.logout()
    pages = [client.get("/hoi-dap/"), client.get(f"/hoi-dap/{question.pk}/"),
             client.get("/hoi-dap/rss/"), client.get("/hoi-dap/", {"q": "ruou vang"}),
             client.get("/en/hoi-dap/")]
    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200
        for private in ("Phạm Thị Lan", "lan.pham@example.com", "0912345678",
                        "Công ty TNHH Lan Anh"):
            assert private not in html
    assert "Giấy phép bán lẻ rượu vang" in pages[3].content.decode()


def test_the_rss_shows_the_question_and_answer_as_plain_text_not_html(act, client, question):
    title = "Giấy phép <b>bán lẻ</b> rượu vang & bia"
    body = 'Cần giấy phép gì? <img src=x onerror="alert(1)"> Xem &lt;script&gt; nhé'
    answer = ANSWER.replace("Thương nhân nộp hồ sơ", "Thương nhân <script>x()</script> nộp hồ sơ")
    to_answered(act, question, title=title, body=body, answer=answer)
    feed = ElementTree.fromstring(client.get("/hoi-dap/rss/").content)
    item = next(item for item in feed.iter("item") if "rượu vang" in item.findtext("title"))
    # A feed reader takes title and description as HTML: what it shows is what was typed.
    assert _as_html_text(item.findtext("title")) == (title, [])
    shown, tags = _as_html_text(item.findtext("description"))
    assert tags == [] and body in shown
    assert "Thương nhân <script>x()</script> nộp hồ sơ tại Sở Công Thương." in shown


def _as_html_text(html):
    """(the text a browser shows for `html`, the tags it would make)."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        text, tags = "", []

        def handle_data(self, data):
            self.text += data

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

    reader = Reader(convert_charrefs=True)
    reader.tags = []
    reader.feed(html)
    reader.close()
    return reader.text, reader.tags


def test_an_answer_not_of_general_interest_is_mailed_but_not_published(act, client, question):
    to_answered(act, question, public=False)
    assert question.status == Status.ANSWERED and not question.published
    assert client.get(f"/hoi-dap/{question.pk}/").status_code == 404
    assert "Giấy phép bán lẻ rượu vang" not in client.get("/hoi-dap/rss/").content.decode()


def test_the_archive_is_searched_without_diacritics_and_by_field(client):
    found = client.get("/hoi-dap/", {"q": "gia dien cao diem"}).content.decode()
    assert "Cách tính giá điện giờ cao điểm cho xưởng sản xuất" in found
    assert "Mức giảm giá tối đa" not in found
    by_field = client.get("/hoi-dap/", {"linh-vuc": "thuong-mai"}).content.decode()
    assert "Mức giảm giá tối đa trong chương trình khuyến mại" in by_field
    assert "giá điện giờ cao điểm" not in by_field


@pytest.mark.parametrize("username, name", [
    ("cb_qltm", "accept"), ("truongban", "accept"), ("ctv1", "accept"),
    ("thuky1", "assign"), ("cb_qlcn", "assign"),
])
def test_a_forged_step_by_the_wrong_role_is_refused(act, question, username, name):
    if name == "assign":
        act("thuky1", question, "accept")
    before = question.status
    response = act(username, question, name, {"assign-leading": qltm().pk})
    # Refused: 403, 404 (a department that does not see the question) or
    # Wagtail's redirect to the dashboard with "no permission" — never the
    # question page with the step done.
    assert response.status_code in {302, 403, 404}
    if response.status_code == 302:
        assert response["Location"] in {"/admin/"} or "/login/" in response["Location"]
    assert question.status == before
    assert not question.assignments.exists()


def test_another_department_cannot_see_or_answer_a_question(act, client, demo_user, question):
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk})
    assert act("cb_qlcn", question, "submit", {"answer-answer": ANSWER}).status_code == 404
    assert question.status == Status.ASSIGNED and not question.answer
    client.force_login(demo_user("cb_qlcn"))
    assert client.get(f"/admin/hoi-dap/{question.pk}/").status_code == 404
    client.force_login(demo_user("cb_qltm"))
    assert question.code in client.get("/admin/hoi-dap/").content.decode()


def test_assigning_to_a_unit_that_does_not_answer_is_refused(act, question):
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": Unit.objects.get(code="bgd").pk})
    assert question.status == Status.ACCEPTED


def test_refusing_tells_the_asker_at_once_with_the_reason(act, question):
    response = act("thuky1", question, "refuse", {"reason": "Thuộc thẩm quyền của UBND phường."})
    assert response.status_code == 302 and question.status == Status.REFUSED
    assert mail.outbox[-1].to == ["lan.pham@example.com"]
    assert "Thuộc thẩm quyền của UBND phường." in mail.outbox[-1].body


def test_refusing_without_a_reason_changes_nothing(act, question):
    act("thuky1", question, "refuse", {"reason": "  "})
    assert question.status == Status.NEW and not mail.outbox


def test_a_duplicate_is_linked_to_its_original(act, question):
    original = Question.objects.filter(status=Status.ANSWERED).first()
    act("thuky1", question, "duplicate", {"duplicate-original": original.code.lower()})
    assert question.status == Status.DUPLICATE and question.duplicate_of == original


def test_a_late_department_reports_progress_and_the_asker_is_told(act, question):
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk})
    expected = add_working_days(timezone.localdate(), 20)
    act("cb_qltm", question, "progress", {"progress-reason": "Đang lấy ý kiến Bộ Công Thương.",
                                          "progress-expected_date": expected.strftime("%d/%m/%Y")})
    assert question.expected_date == expected
    assert "Đang lấy ý kiến Bộ Công Thương." in mail.outbox[-1].body
    assert expected.strftime("%d/%m/%Y") in mail.outbox[-1].body


def test_the_leader_can_send_the_answer_back_with_a_reason(act, question):
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk})
    act("cb_qltm", question, "submit", {"answer-answer": ANSWER})
    act("thuky1", question, "review")
    act("phoban", question, "send_back", {"reason": "Bổ sung căn cứ pháp lý."})
    assert question.status == Status.ASSIGNED
    entry = ModelLogEntry.objects.for_instance(question).filter(
        action="congtin.qa.send_back").get()
    assert entry.data["reason"] == "Bổ sung căn cứ pháp lý." and entry.user.username == "phoban"


def test_overdue_questions_are_listed_and_mailed_to_department_and_secretariat(question):
    question.status = Status.ASSIGNED
    question.due_date = timezone.localdate() - datetime.timedelta(days=3)
    question.save()
    question.assignments.create(unit=qltm(), leading=True)
    near, overdue = near_and_overdue()
    assert question in overdue
    assert send_digest() >= 2
    subjects = {m.subject for m in mail.outbox}
    assert any(s.startswith("QLTM:") for s in subjects)
    assert any(s.startswith("Câu hỏi sắp đến hạn và quá hạn") for s in subjects)
    assert any(question.code in m.body and "QUÁ HẠN" in m.body for m in mail.outbox)


def test_each_role_sees_its_queue(client, demo_user):
    expected = {"thuky1": Status.NEW, "truongban": Status.ACCEPTED, "cb_qltm": Status.ASSIGNED}
    for username, status in expected.items():
        client.force_login(demo_user(username))
        html = client.get("/admin/hoi-dap/").content.decode()
        queue = html.split("Việc chờ tôi xử lý")[1].split("<h2>")[0]
        for q in Question.objects.filter(status=status)[:3]:
            if status != Status.ASSIGNED or q.assignments.filter(unit__code="qltm").exists():
                assert q.code in queue


def test_every_demo_question_opens_in_the_admin_for_the_secretariat(client, demo_user):
    client.force_login(demo_user("thuky1"))
    for question in Question.objects.all():
        response = client.get(f"/admin/hoi-dap/{question.pk}/")
        assert response.status_code == 200
        assert question.code in response.content.decode()


def test_an_empty_answer_cannot_be_sent(act, question):
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk})
    empty = ('{"blocks":[{"key":"a","text":"","type":"unstyled","depth":0,'
             '"inlineStyleRanges":[],"entityRanges":[],"data":{}}],"entityMap":{}}')
    act("cb_qltm", question, "submit", {"answer-answer": empty})
    assert question.status == Status.ASSIGNED


def test_answer_files_go_to_the_asker_and_to_the_public_only_once_published(
        act, client, question, settings):
    act("thuky1", question, "edit", {"edit-title": question.title, "edit-field": "khac",
                                     "edit-body": question.body, "edit-general_interest": "on"})
    act("thuky1", question, "accept")
    act("truongban", question, "assign", {"assign-leading": qltm().pk})
    pdf = SimpleUploadedFile("huong-dan.pdf", b"%PDF-1.4 huong dan")
    act("cb_qltm", question, "submit", {"answer-answer": ANSWER, "answer-files": [pdf]})
    item = question.attachments.get(part="answer")
    assert not str(item.file.path).startswith(str(settings.MEDIA_ROOT))
    public_url = f"/hoi-dap/{question.pk}/tep/{item.pk}/"
    assert client.get(public_url).status_code == 404  # not yet published
    act("thuky1", question, "review")
    act("phoban", question, "approve")
    assert mail.outbox[-1].attachments[0][0] == "huong-dan.pdf"
    client.logout()
    response = client.get(public_url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 huong dan"


def test_question_files_are_private_to_those_who_handle_the_question(client, demo_user):
    question = create_question(source="web", name="Hà", email="ha@example.com", title="Tệp",
                               body="Câu hỏi có tệp đính kèm.",
                               attachments=[("giay-to.pdf", b"%PDF-1.4 rieng tu")])
    item = question.attachments.get()
    url = f"/admin/hoi-dap/tep/{item.pk}/"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(demo_user("cb_qlcn"))
    assert client.get(url).status_code == 404
    client.force_login(demo_user("thuky1"))
    assert client.get(url).status_code == 200
    assert client.get(f"/hoi-dap/{question.pk}/tep/{item.pk}/").status_code == 404


def test_the_demo_has_questions_in_every_state_with_plausible_codes():
    states = set(Question.objects.values_list("status", flat=True))
    assert states == set(Status.values)
    for question in Question.objects.all():
        assert re_code.fullmatch(question.code)
        assert question.messages.exists()  # the receipt is in the thread


def test_the_secretariat_opens_every_mail_of_a_thread_sent_or_received(client, demo_user,
                                                                        question):
    from congtin.qa import notify
    from congtin.qa.models import MailMessage

    sent = notify.received(question)  # as the web form does
    client.force_login(demo_user("thuky1"))
    response = client.get(f"/admin/hoi-dap/thu/{sent.pk}/")
    assert response.status_code == 200 and response["Content-Type"] == "message/rfc822"
    assert question.code.encode() in b"".join(response.streaming_content)
    # A mail recorded without its raw copy (the demo's, or one whose file was lost):
    # what was kept is shown, with why there is no .eml.
    without_copy = MailMessage.objects.filter(direction=MailMessage.Direction.OUT, raw="")
    demo_mail = without_copy.exclude(question=None).first()
    response = client.get(f"/admin/hoi-dap/thu/{demo_mail.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Không lưu bản gốc (.eml) của thư này" in html
    assert demo_mail.subject in html and demo_mail.text in html
    sent.raw.storage.delete(sent.raw.name)
    response = client.get(f"/admin/hoi-dap/thu/{sent.pk}/")
    assert response.status_code == 200
    assert "Tệp thư gốc không còn trên máy chủ" in response.content.decode()
    assert question.code in response.content.decode()


def test_a_department_cannot_open_the_mail_of_a_question_not_assigned_to_it(client, demo_user,
                                                                            question):
    from congtin.qa import notify
    from congtin.qa.models import MailMessage

    notify.received(question)
    client.force_login(demo_user("cb_qltm"))
    for message in MailMessage.objects.filter(question=question):
        assert client.get(f"/admin/hoi-dap/thu/{message.pk}/").status_code in (403, 404)
