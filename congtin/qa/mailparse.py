"""An incoming e-mail, read into what a question needs: sender, subject,
clean Unicode text, attachments, and what kind of mail it is.

Every text part is decoded with congtin.vntext (legacy TCVN3/VNI mails become
Unicode whatever charset they claim); HTML-only mail becomes plain text. Auto-
replies (RFC 3834 Auto-Submitted, X-Autoreply, Precedence), bounces (RFC 3464
multipart/report, MAILER-DAEMON) and list mail (RFC 2369 List-Id) are told
apart from questions. Nothing here raises on bad input: a mail that cannot be
read comes back with kind "unreadable" and the reason.
"""

import email
import email.header
import html
import re
from dataclasses import dataclass, field
from email import policy
from email.utils import getaddresses, parseaddr

import nh3

from congtin.vntext import VntextError, decode_bytes, normalize

CODE_RE = re.compile(r"\bHD-(\d{4})-(\d{6})\b")
EMAIL_RE = re.compile(r"^[^@\s<>\"(),;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
AUTO_SUBJECT = re.compile(
    r"(out of office|auto(matic)?[ -]?reply|autoreply|vacation|trả lời tự động|"
    r"vắng mặt|tự động trả lời|delivery status notification|undeliver)", re.I)
BLOCK_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.I)


@dataclass
class ParsedMail:
    kind: str = "question"  # question | auto_reply | bounce | list | unreadable
    message_id: str = ""
    sender_name: str = ""
    sender_email: str = ""
    subject: str = ""
    text: str = ""
    code: str = ""  # tracking code found in the subject
    attachments: list = field(default_factory=list)  # (filename, bytes)
    reason: str = ""


def parse(raw):
    try:
        message = email.message_from_bytes(raw, policy=policy.compat32)
    except Exception as error:  # the parser is lenient; this is the last net
        return ParsedMail(kind="unreadable", reason=f"Không phân tích được thư: {error}")
    result = ParsedMail()
    result.message_id = _header(message, "Message-ID")[:500]
    result.subject = normalize(_header(message, "Subject"), multiline=False)[:300]
    result.sender_name, result.sender_email = _sender(message)
    match = CODE_RE.search(result.subject)
    result.code = match.group(0) if match else ""
    result.kind = _kind(message, result)
    try:
        result.text, result.attachments = _content(message)
    except Exception as error:
        result.kind = "unreadable"
        result.reason = f"Nội dung thư hỏng định dạng MIME: {error.__class__.__name__}"
    if result.kind == "question" and not result.sender_email:
        result.reason = "Không xác định được địa chỉ người gửi hợp lệ."
    return result


def _header(message, name):
    value = message.get(name)
    if value is None:
        return ""
    try:
        parts = email.header.decode_header(str(value))
    except Exception:
        return str(value)
    text = ""
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            text += _decode(chunk, charset)
        else:
            text += chunk
    return " ".join(text.split())


def _sender(message):
    """From: must hold exactly one plausible address; a forged or folded
    header with several addresses or control characters gives none."""
    values = message.get_all("From") or []
    if len(values) != 1:
        return "", ""
    addresses = getaddresses([str(values[0])])
    if len(addresses) != 1:
        return "", ""
    name, address = parseaddr(str(values[0]))
    name = _header_text(name)
    address = address.strip().lower()
    if not EMAIL_RE.match(address):
        return name, ""
    return name, address


def _header_text(value):
    try:
        return normalize("".join(
            _decode(chunk, charset) if isinstance(chunk, bytes) else chunk
            for chunk, charset in email.header.decode_header(value)), multiline=False)[:200]
    except Exception:
        return ""


def _kind(message, result):
    auto = (message.get("Auto-Submitted") or "").strip().lower()
    precedence = (message.get("Precedence") or "").strip().lower()
    content_type = message.get_content_type()
    sender = result.sender_email
    if content_type == "multipart/report" or sender.startswith(("mailer-daemon@", "postmaster@")):
        return "bounce"
    if (auto and auto != "no") or message.get("X-Autoreply") or message.get("X-Autorespond"):
        return "auto_reply"
    if precedence in {"bulk", "list", "junk", "auto_reply"} or message.get("List-Id") \
            or message.get("List-Unsubscribe"):
        return "list"
    if AUTO_SUBJECT.search(result.subject):
        return "auto_reply"
    return "question"


def _content(message):
    plain, html_parts, attachments = [], [], []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        disposition = (part.get("Content-Disposition") or "").lower()
        data = part.get_payload(decode=True) or b""
        if filename or disposition.startswith("attachment"):
            attachments.append((_header_text(filename or "tep-dinh-kem"), data))
        elif part.get_content_type() == "text/plain":
            plain.append(_decode(data, part.get_content_charset()))
        elif part.get_content_type() == "text/html":
            html_parts.append(_html_to_text(_decode(data, part.get_content_charset())))
    text = "\n\n".join(plain) if any(p.strip() for p in plain) else "\n\n".join(html_parts)
    return normalize(text), attachments


def _decode(data, charset):
    """vntext first, so TCVN3/VNI bytes labelled iso-8859-1 come out right;
    the declared charset only when vntext cannot tell."""
    try:
        return decode_bytes(data).text
    except VntextError:
        pass
    try:
        return data.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _html_to_text(markup):
    markup = BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", markup)
    cleaned = nh3.clean(markup, tags=set(), clean_content_tags={"script", "style", "head",
                                                                 "title"})
    lines = [" ".join(line.split()) for line in html.unescape(cleaned).splitlines()]
    return "\n".join(lines).strip()
