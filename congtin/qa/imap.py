"""Reading the department's mailbox (Đ.7.2.a: sct@tphcm.gov.vn in the demo).

New messages are those with a UID above the last one read, for the folder's
current UIDVALIDITY. Each message is stored raw (one transaction) before it is
parsed (another), and `last_uid` moves only after storing, so a crash between
the two loses nothing: pending rows are processed on the next run. Messages
are fetched with BODY.PEEK[] and never deleted or flagged on the server.
"""

import imaplib
import logging
import re

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .intake import process, store_raw
from .models import Mailbox, MailMessage

log = logging.getLogger(__name__)
UIDVALIDITY_RE = re.compile(rb"UIDVALIDITY (\d+)")
BATCH = 200


def configured():
    return bool(getattr(settings, "QA_IMAP_HOST", ""))


def connect():
    host = settings.QA_IMAP_HOST
    port = int(getattr(settings, "QA_IMAP_PORT", 993))
    if getattr(settings, "QA_IMAP_SSL", True):
        client = imaplib.IMAP4_SSL(host, port, timeout=60)
    else:
        client = imaplib.IMAP4(host, port, timeout=60)
    client.login(settings.QA_IMAP_USER, settings.QA_IMAP_PASSWORD)
    return client


def fetch():
    """Read new mail into questions; return counts by kind of mail."""
    if not configured():
        return {}
    folder = getattr(settings, "QA_IMAP_FOLDER", "INBOX")
    mailbox, _ = Mailbox.objects.get_or_create(
        name=f"{settings.QA_IMAP_USER}@{settings.QA_IMAP_HOST}/{folder}")
    client = connect()
    try:
        _store_new(client, mailbox, folder)
    finally:
        try:
            client.logout()
        except (imaplib.IMAP4.error, OSError):
            pass
    return process_pending()


def _store_new(client, mailbox, folder):
    status, data = client.select(_quote(folder), readonly=True)
    if status != "OK":
        raise imaplib.IMAP4.error(f"cannot open folder {folder}")
    status, response = client.status(_quote(folder), "(UIDVALIDITY)")
    uidvalidity = int(UIDVALIDITY_RE.search(response[0]).group(1))
    if uidvalidity != mailbox.uidvalidity:
        # A new UIDVALIDITY renumbers the folder: read it again; Message-IDs
        # already seen are recorded as repeats, not as new questions.
        mailbox.uidvalidity, mailbox.last_uid = uidvalidity, 0
    status, found = client.uid("SEARCH", None, f"UID {mailbox.last_uid + 1}:*")
    uids = sorted(int(u) for u in (found[0] or b"").split() if int(u) > mailbox.last_uid)
    for uid in uids[:BATCH]:
        status, parts = client.uid("FETCH", str(uid), "(BODY.PEEK[])")
        raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
        if status != "OK" or raw is None:
            log.warning("IMAP: UID %s could not be fetched", uid)
            break
        with transaction.atomic():
            store_raw(mailbox, uidvalidity, uid, raw)
            mailbox.last_uid = uid
            mailbox.save()
    mailbox.checked_at = timezone.now()
    mailbox.save()


def _quote(folder):
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def process_pending():
    counts = {}
    for row in MailMessage.objects.filter(direction="in", kind=MailMessage.Kind.PENDING):
        try:
            with transaction.atomic():
                row = process(row)
        except Exception:  # stays pending, retried next run; the raw mail is kept
            log.exception("IMAP: stored mail %s could not be processed", row.pk)
            continue
        counts[row.kind] = counts.get(row.kind, 0) + 1
    return counts
