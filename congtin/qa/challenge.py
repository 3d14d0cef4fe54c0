"""Spam protection with no outside service: a signed challenge the browser
solves by proof of work (find a nonce so that SHA-256(challenge:nonce) starts
with QA_POW_BITS zero bits), or, without JavaScript, a small sum; and rate
limits per address and per e-mail in Django's cache.

A challenge is signed with the site's secret, expires after an hour and is
accepted once (its signature is remembered in the cache until it expires).
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "congtin.qa.challenge"
MAX_AGE = 3600


def pow_bits():
    return int(getattr(settings, "QA_POW_BITS", 16))


def issue():
    """A new challenge: (token, first, second) — the sum is first + second."""
    first, second = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    token = signing.dumps({"n": secrets.token_hex(8), "s": first + second, "b": pow_bits()},
                          salt=SALT)
    return token, first, second


def leading_zero_bits(digest):
    bits = 0
    for byte in digest:
        if byte == 0:
            bits += 8
            continue
        return bits + 8 - byte.bit_length()
    return bits


def solve(token, bits):
    """The nonce the page's script finds (used by tests and the bench)."""
    nonce = 0
    while leading_zero_bits(hashlib.sha256(f"{token}:{nonce}".encode()).digest()) < bits:
        nonce += 1
    return str(nonce)


def verify(token, nonce="", answer="", submission=""):
    """None when solved, else a reason in Vietnamese. A challenge already used
    is accepted again only for the same `submission` (a double click or a retry
    of one sending, views.submission_key), which then stores nothing twice."""
    try:
        data = signing.loads(token or "", salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        return "Biểu mẫu đã mở quá lâu; vui lòng gửi lại."
    except signing.BadSignature:
        return "Không kiểm tra được biểu mẫu; vui lòng tải lại trang và gửi lại."
    solved = False
    if nonce and len(nonce) <= 20 and nonce.isdigit():
        digest = hashlib.sha256(f"{token}:{nonce}".encode()).digest()
        solved = leading_zero_bits(digest) >= data["b"]
    if not solved and answer.strip().isdigit():
        solved = hmac.compare_digest(answer.strip(), str(data["s"]))
    if not solved:
        return "Kết quả phép tính chưa đúng."
    key = "qa:challenge:" + hashlib.sha256(token.encode()).hexdigest()
    if not cache.add(key, submission or 1, MAX_AGE) and not (
            submission and cache.get(key) == submission):
        return "Biểu mẫu này đã được gửi; vui lòng tải lại trang."
    return None


def over_limit(kind, value, limit, window=3600):
    """Count one use of `value`; True once it exceeds `limit` in `window` s."""
    key = f"qa:rate:{kind}:" + hashlib.sha256(value.encode()).hexdigest()
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
