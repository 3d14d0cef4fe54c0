"""The endpoint the one-stop system pushes its monthly figures to.

POST JSON {"months": [{"year": 2026, "month": 10, "received": 812,
"resolved": 790, "on_time": 781}, …]} with "Authorization: Bearer <token>".
The token is compared in constant time; oversized bodies are refused from
Content-Length before reading, and reading stops at the cap for bodies that
lie about their length. Good months are saved even when others are refused.
"""

import hmac
import json

from django.conf import settings
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import OneStopSettings
from .rows import FIELDS, check_row
from .saving import save_rows

MAX_MONTHS = 240


def max_body_bytes():
    return int(getattr(settings, "ONESTOP_MAX_BODY_BYTES", 1024 * 1024))


def expected_tokens():
    """The tokens accepted: the environment's and the admin's (either may be empty)."""
    tokens = [getattr(settings, "ONESTOP_PUSH_TOKEN", ""), OneStopSettings.load().push_token]
    return [token for token in tokens if token and len(token) >= 16]


def token_is_valid(request):
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    given = given.strip().encode()
    # Compare with every configured token, always, so timing says nothing.
    matches = [hmac.compare_digest(given, token.encode()) for token in expected_tokens()]
    return any(matches)


def refuse(status, message, **extra):
    return JsonResponse({"loi": message, **extra}, status=status,
                        json_dumps_params={"ensure_ascii": False})


def read_capped(request, cap):
    """The body, or None if it is longer than cap (read at most cap + 1 bytes)."""
    body = request.read(cap + 1)
    return None if len(body) > cap else body


@csrf_exempt
@never_cache
@require_POST
def push(request):
    cap = max_body_bytes()
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return refuse(400, "Tiêu đề Content-Length không hợp lệ.")
    if declared > cap:
        return refuse(413, f"Dữ liệu quá lớn (tối đa {cap // 1024} KB).")
    if not token_is_valid(request):
        return refuse(401, "Thiếu mã truy cập hoặc mã truy cập không đúng.")
    body = read_capped(request, cap)
    if body is None:
        return refuse(413, f"Dữ liệu quá lớn (tối đa {cap // 1024} KB).")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return refuse(400, "Dữ liệu không phải JSON hợp lệ (UTF-8).")
    months = payload.get("months") if isinstance(payload, dict) else None
    if not isinstance(months, list) or not months:
        return refuse(400, "Thiếu danh sách “months” (mỗi phần tử là một tháng).")
    if len(months) > MAX_MONTHS:
        return refuse(400, f"Mỗi lần gửi tối đa {MAX_MONTHS} tháng.")
    return _save(months)


def _save(months):
    checked = []
    for number, item in enumerate(months, start=1):
        if not isinstance(item, dict):
            item = {}
        checked.append(check_row(number, {name: item.get(name) for name in FIELDS}))
    good = [row for row in checked if row.ok]
    with transaction.atomic():
        save_rows(good, source="push")
    saved = [f"{row.values['month']:02d}/{row.values['year']}" for row in good]
    errors = [{"phan_tu": row.number, "loi": "; ".join(row.errors)}
              for row in checked if not row.ok]
    if errors:
        return refuse(400, "Một số tháng không hợp lệ; các tháng hợp lệ đã được lưu.",
                      da_luu=saved, loi_chi_tiet=errors)
    return JsonResponse({"da_luu": saved}, json_dumps_params={"ensure_ascii": False})
