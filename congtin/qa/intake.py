"""Turning a web post or an e-mail into a question (Đ.7.2.a).

A mail is stored raw before it is parsed, so nothing is lost: a mail that
cannot be read still becomes a question, flagged for the secretariat with the
raw mail attached. Each mail becomes at most one question: its IMAP UID is
unique per mailbox, and a Message-ID seen before is recorded as a repeat.
"""

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from congtin.vntext import normalize

from . import files, notify
from .mailparse import parse
from .models import Attachment, MailMessage, Question
from .workflow import record


def create_question(*, source, name, email, title, body, field="khac", phone="",
                    organisation="", attachments=(), attention="", submission_key=None):
    """A new question with its attachments, logged; the receipt mail is sent
    after the transaction commits. A `submission_key` already stored raises
    IntegrityError, and nothing is stored (a retry of the same web sending)."""
    with transaction.atomic():
        question = Question.objects.create(
            source=source, asker_name=normalize(name, multiline=False)[:200] or "Không rõ",
            asker_email=email, asker_phone=phone, asker_organisation=organisation,
            field=field, original_title=title[:300], original_body=body,
            title=title[:300], body=body, needs_attention=attention[:300],
            submission_key=submission_key or None)
        refused = attach(question, attachments)
        if refused:
            question.needs_attention = "; ".join(filter(None, [attention, *refused]))[:300]
            question.save(update_fields=["needs_attention"])
        record(question, "received", source=source, refused_files=refused)
    return question


def attach(question, attachments, part=Attachment.Part.QUESTION):
    """Keep the acceptable files; return the reasons for the others."""
    refused = []
    for filename, data in attachments:
        kind, reason = files.check(filename, data)
        if reason:
            refused.append(reason)
            continue
        row = Attachment(question=question, part=part, filename=filename[:255], kind=kind,
                         size=len(data))
        row.file.save(f"{hashlib.sha256(data).hexdigest()[:16]}.{kind}", ContentFile(data),
                      save=True)
    return refused


def store_raw(mailbox, uidvalidity, uid, raw):
    """Step 1: keep the bytes. Returns (row, created); a UID already stored
    is not stored again."""
    row = MailMessage.objects.filter(mailbox=mailbox, uidvalidity=uidvalidity, uid=uid).first()
    if row:
        return row, False
    row = MailMessage(direction=MailMessage.Direction.IN, mailbox=mailbox,
                      uidvalidity=uidvalidity, uid=uid)
    row.raw.save(f"{uidvalidity}-{uid}.eml", ContentFile(raw), save=True)
    return row, True


def process(row):
    """Step 2: read a stored mail and decide what it is. Runs once per row."""
    if row.kind != MailMessage.Kind.PENDING:
        return row
    with row.raw.open("rb") as handle:
        raw = handle.read()
    mail = parse(raw)
    row.message_id = mail.message_id or f"<sha256-{hashlib.sha256(raw).hexdigest()}>"
    row.sender = mail.sender_email or mail.sender_name
    row.subject, row.text = mail.subject[:500], mail.text
    if _seen_before(row):
        return _finish(row, MailMessage.Kind.REPEAT, "Cùng Message-ID với thư đã nhận.")
    if mail.kind in {"auto_reply", "bounce", "list"}:
        return _finish(row, mail.kind, "Không tạo câu hỏi.")
    thread = _thread_for(mail)
    if thread:
        row.question = thread
        attach(thread, mail.attachments)
        record(thread, "mail_received", subject=mail.subject)
        return _finish(row, MailMessage.Kind.REPLY, "")
    question = _question_from_mail(mail, row)
    row.question = question
    kind = MailMessage.Kind.UNREADABLE if mail.kind == "unreadable" else MailMessage.Kind.QUESTION
    _finish(row, kind, mail.reason)
    if question.asker_email:
        transaction.on_commit(lambda: notify.received(question))
    return row


def _seen_before(row):
    return MailMessage.objects.filter(direction=MailMessage.Direction.IN,
                                      message_id=row.message_id).exclude(pk=row.pk).exists()


def _thread_for(mail):
    """A reply joins its question when it carries the code and comes from the
    asker's own address; anything else starts a new question."""
    if not mail.code or not mail.sender_email:
        return None
    return Question.objects.filter(code=mail.code, asker_email=mail.sender_email).first()


def _question_from_mail(mail, row):
    title = mail.subject or "(Thư không có tiêu đề)"
    body = mail.text or "(Thư không có nội dung đọc được; xem thư gốc.)"
    attention = mail.reason if mail.kind == "unreadable" or not mail.sender_email else ""
    if mail.code and not attention:
        attention = f"Thư nhắc mã {mail.code} nhưng không gửi từ địa chỉ của người hỏi."
    return create_question(source=Question.Source.EMAIL, name=mail.sender_name or
                           mail.sender_email or "Không rõ", email=mail.sender_email,
                           title=title, body=body, attachments=mail.attachments,
                           attention=attention)


def _finish(row, kind, note):
    row.kind, row.note = kind, note[:500]
    row.created_at = row.created_at or timezone.now()
    row.save()
    return row
