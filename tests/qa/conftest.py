"""Real parts for the Q&A tests: Dovecot (IMAP) as a plain process on a free
loopback port, and an aiosmtpd server that receives what the site sends.

With CI=true a missing Dovecot is a failure, not a skip.
"""

import email
import imaplib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache

from tests.support import missing

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER, PASSWORD = "sct@tphcm.gov.vn", "hop-thu-thu-nghiem"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _fresh_rate_limits(settings):
    settings.CONGTIN_DEMO = True  # demo users log in only in demo mode
    cache.clear()
    yield
    cache.clear()


class Inbox:
    """What the SMTP server received, as parsed messages."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self):
        return [email.message_from_bytes(e.original_content, policy=policy.default)
                for e in self.envelopes]

    def to(self, address):
        return [m for m, e in zip(self.messages(), self.envelopes, strict=True)
                if address in e.rcpt_tos]


@pytest.fixture(scope="session")
def smtp_server():
    port = free_port()
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def smtp(smtp_server, settings):
    """Send the site's mail through SMTP to the test server."""
    inbox, port = smtp_server
    inbox.envelopes.clear()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    return inbox


DOVECOT_CONF = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
mail_uid = 65534
mail_gid = 65534
first_valid_uid = 65534
last_valid_uid = 65534
first_valid_gid = 65534
default_internal_user = nobody
default_login_user = nobody
default_internal_group = nogroup
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
"""


def _start_dovecot(root, port):
    for folder in ("run", "state", "mail"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:65534:65534::{root}/mail/{USER}\n")
    conf = root / "dovecot.conf"
    conf.write_text(DOVECOT_CONF.format(root=root, port=port))
    os.chown(root / "mail", 65534, 65534)
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode(errors="replace"))
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.terminate()
    raise RuntimeError("Dovecot did not start")


@pytest.fixture(scope="session")
def dovecot():
    if not Path(DOVECOT).exists() or os.geteuid() != 0:
        reason = "thiếu Dovecot (apt-get install dovecot-imapd) hoặc không chạy với quyền root"
        missing(reason)
    root = Path(tempfile.mkdtemp(prefix="congtin-dovecot-"))
    os.chmod(root, 0o755)
    port = free_port()
    process = _start_dovecot(root, port)
    try:
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(root, ignore_errors=True)


class Mailbox:
    """The department's mailbox as a sender's server sees it: APPEND only."""

    def __init__(self, port):
        self.port = port

    def client(self):
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(USER, PASSWORD)
        return client

    def deliver(self, raw):
        client = self.client()
        try:
            status, _ = client.append("INBOX", None, None, raw)
            assert status == "OK"
        finally:
            client.logout()

    def empty(self):
        client = self.client()
        try:
            client.select("INBOX")
            client.store("1:*", "+FLAGS", "\\Deleted")
            client.expunge()
        except imaplib.IMAP4.error:
            pass
        finally:
            client.logout()


@pytest.fixture
def mailbox(dovecot, settings):
    """An empty INBOX, and the site configured to read it."""
    box = Mailbox(dovecot)
    box.empty()
    settings.QA_IMAP_HOST, settings.QA_IMAP_PORT = "127.0.0.1", dovecot
    settings.QA_IMAP_USER, settings.QA_IMAP_PASSWORD = USER, PASSWORD
    settings.QA_IMAP_SSL, settings.QA_IMAP_FOLDER = False, "INBOX"
    return box
