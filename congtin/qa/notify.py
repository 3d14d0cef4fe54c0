"""E-mails the chain sends, each kept in the question's thread.

The asker hears at once that the question arrived (with its tracking code), at
once when it is outside the department's remit (Decree 43/2011 Art. 15), when
the answer is late (progress and expected date) and when it is answered.
"""

import logging
import smtplib

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.utils import timezone
from django.utils.text import slugify

from .models import MailMessage
from .workflow import record

log = logging.getLogger(__name__)


def _site():
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def _footer():
    return (f"\n\nTra cứu tình trạng câu hỏi: {_site()}/hoi-dap/tra-cuu/ "
            "(nhập mã tra cứu và địa chỉ thư điện tử của quý vị).\n\n"
            "Trân trọng,\nSở Công Thương Thành phố Hồ Chí Minh\n"
            "Thư này được gửi tự động; quý vị có thể trả lời thư, giữ nguyên mã trong tiêu đề.")


def _fmt(day):
    return day.strftime("%d/%m/%Y") if day else ""


def send_to_asker(question, subject, body, action, files=()):
    """Send one mail to the asker and keep it in the thread. A mail server
    that refuses is logged on the question; the question itself stands."""
    if not question.asker_email:
        return None
    message = EmailMessage(subject=f"[{question.code}] {subject}", body=body + _footer(),
                           to=[question.asker_email],
                           headers={"Auto-Submitted": "auto-generated"})
    for filename, data in files:
        message.attach(filename, data)
    try:
        message.send()
    except (OSError, smtplib.SMTPException) as error:
        log.warning("Q&A mail to the asker of %s failed: %s", question.code, error)
        record(question, "mail_failed", subject=message.subject, error=str(error)[:300])
        return None
    return _keep(question, message, action)


def send_to_staff(addresses, subject, body):
    addresses = sorted({a for a in addresses if a})
    if addresses:
        EmailMessage(subject=subject, body=body, to=addresses).send()
    return len(addresses)


def _keep(question, message, action):
    raw = message.message().as_bytes()
    row = MailMessage(question=question, direction=MailMessage.Direction.OUT,
                      kind=MailMessage.Kind.SENT, message_id=message.extra_headers.get(
                          "Message-ID", ""), recipients=", ".join(message.to),
                      subject=message.subject[:500], text=message.body)
    name = f"{slugify(question.code)}-{timezone.now():%Y%m%d%H%M%S%f}.eml"
    row.raw.save(name, ContentFile(raw), save=True)
    record(question, "mail_sent", subject=message.subject, to_action=action)
    return row


def received(question):
    body = (f"Kính gửi {question.asker_name},\n\n"
            f"Sở Công Thương đã nhận câu hỏi “{question.original_title}” của quý vị "
            f"vào lúc {timezone.localtime(question.received_at):%H:%M ngày %d/%m/%Y}.\n"
            f"Mã tra cứu: {question.code}\n"
            "Câu hỏi sẽ được trả lời hoặc thông báo tiến độ trong vòng "
            f"{getattr(settings, 'QA_ANSWER_WORKING_DAYS', 15)} ngày làm việc.")
    return send_to_asker(question, "Sở Công Thương đã nhận câu hỏi", body, "received")


def refused(question):
    body = (f"Kính gửi {question.asker_name},\n\n"
            f"Câu hỏi “{question.original_title}” không thuộc thẩm quyền giải quyết của "
            f"Sở Công Thương.\n\n{question.refusal_reason}")
    return send_to_asker(question, "Câu hỏi ngoài thẩm quyền của Sở", body, "refused")


def progress(question):
    body = (f"Kính gửi {question.asker_name},\n\n"
            f"Câu hỏi “{question.original_title}” đang được xử lý.\n\n"
            f"{question.progress_note}\n\n"
            f"Ngày dự kiến trả lời: {_fmt(question.expected_date)}.")
    return send_to_asker(question, "Thông báo tiến độ trả lời câu hỏi", body, "progress")


def answered(question):
    unit = question.answered_by.name if question.answered_by else "Sở Công Thương"
    files = []
    for item in question.attachments.filter(part="answer"):
        with item.file.open("rb") as handle:
            files.append((item.filename, handle.read()))
    names = "".join(f"\n- {name}" for name, _ in files)
    body = (f"Kính gửi {question.asker_name},\n\n"
            f"Sở Công Thương trả lời câu hỏi “{question.original_title}” như sau:\n\n"
            f"{_answer_text(question.answer)}\n\n"
            f"Đơn vị trả lời: {unit}, ngày {_fmt(timezone.localdate())}."
            + (f"\n\nTệp đính kèm thư này:{names}" if files else ""))
    return send_to_asker(question, "Trả lời câu hỏi", body, "answered", files)


def _answer_text(markup):
    """Rich text to mail text; links keep their address: “Nghị định (https://…)”."""
    import re

    from wagtail.rich_text import expand_db_html

    from .mailparse import _html_to_text

    def absolute(match):
        href = match.group(1)
        href = href if href.startswith(("http://", "https://", "mailto:")) else _site() + href
        return f"{match.group(2)} ({href})"

    html = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', absolute,
                  expand_db_html(markup or ""), flags=re.S)
    return _html_to_text(html)
