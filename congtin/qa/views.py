"""Public pages of Hỏi đáp: the archive, one answer, the form, the status lookup.

Nothing here shows the asker's name, e-mail, phone or organisation: the
archive and the answer pages read only the published title, body and answer.
"""

import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from congtin.clientaddress import client_address
from congtin.content.places import section_page_at
from congtin.vntext import fold

from . import challenge, files
from .forms import FORM_TOKEN, AskForm, LookupForm, new_form_token
from .intake import create_question
from .models import Field, Question, Status

log = logging.getLogger(__name__)
PAGE_SIZE = 20


def _limit(name, default):
    return int(getattr(settings, name, default))


def published():
    return (Question.objects.filter(status=Status.ANSWERED, published=True)
            .select_related("answered_by").order_by("-answered_at"))


def _section(request, template, context, status=200):
    """Render as the editors' "Hỏi đáp" section page when it exists: its title,
    introduction, menu mark and breadcrumbs (congtin/content/places.py)."""
    context = {**context, "page": section_page_at(request, "qa:archive")}
    return render(request, template, context, status=status)


def archive(request):
    questions = published()
    field = request.GET.get("linh-vuc", "")
    if field in Field.values:
        questions = questions.filter(field=field)
    query = request.GET.get("q", "")[:200]
    for word in fold(query).split()[:10]:
        questions = questions.filter(search_text__contains=word)
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("trang"))
    return _section(request, "qa/archive.html", {
        "questions": page, "fields": Field.choices, "field": field, "query": query})


def detail(request, pk):
    question = published().filter(pk=pk).first()
    if question is None:
        raise Http404
    return _section(request, "qa/detail.html", {
        "question": question, "crumb": question.title,
        "attachments": question.attachments.filter(part="answer")})


def answer_file(request, pk, file_pk):
    """An answer's attachment, public once the answer is published."""
    question = published().filter(pk=pk).first()
    item = question and question.attachments.filter(pk=file_pk, part="answer").first()
    if not item:
        raise Http404
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.filename)


def ask(request):
    if request.method != "POST":
        return _ask_page(request, AskForm())
    if challenge.over_limit("ip", client_address(request), _limit("QA_RATE_PER_IP", 10)):
        return _limited(request, "Địa chỉ của quý vị đã gửi quá nhiều câu hỏi trong một giờ. "
                        "Vui lòng thử lại sau hoặc gửi thư đến hộp thư của Sở.")
    form = AskForm(request.POST, request.FILES)
    if request.POST.get("website"):
        return _ask_page(request, form, status=400,
                         error="Biểu mẫu không hợp lệ; vui lòng tải lại trang và gửi lại.")
    if not form.is_valid():
        return _ask_page(request, form, status=400)
    data = form.cleaned_data
    key = submission_key(data)
    already = _received(request, key)
    if already:
        return already
    reason = challenge.verify(data["challenge"], data["nonce"], data["answer"], key)
    if reason:
        form.add_error("answer", reason)
        return _ask_page(request, form, status=400)
    if challenge.over_limit("email", data["email"], _limit("QA_RATE_PER_EMAIL", 5)):
        return _ask_page(request, form, status=429, error=(
            "Địa chỉ thư điện tử này đã gửi quá nhiều câu hỏi trong một giờ. "
            "Vui lòng thử lại sau."))
    attachments, refused = _read_files(data["attachments"])
    if refused:
        for reason in refused:
            form.add_error("attachments", reason)
        return _ask_page(request, form, status=400)
    try:
        question = create_question(
            source=Question.Source.WEB, name=data["name"], email=data["email"],
            phone=data["phone"], organisation=data["organisation"], field=data["field"],
            title=data["title"], body=data["body"], attachments=attachments,
            submission_key=key)
    except IntegrityError:
        # The same sending, stored meanwhile by a request that came first.
        already = _received(request, key)
        if already:
            return already
        raise
    from . import notify
    notify.received(question)
    return _show_code(request, question)


def submission_key(data):
    """The form page's token with everything typed and the files' names and
    sizes, hashed: the same for a retry of one sending, different for another
    question typed on the same page. "" without a token."""
    if not data.get("form_token"):
        return ""
    typed = [data["form_token"], data["name"], data["email"], data["phone"],
             data["organisation"], data["field"], data["title"], data["body"],
             [(upload.name, upload.size) for upload in data["attachments"]]]
    return hashlib.sha256(json.dumps(typed, ensure_ascii=False).encode()).hexdigest()


def _received(request, key):
    """The code page of the question this sending already made, if any: a retry
    (after an error the sender saw, a double click) stores nothing again."""
    question = Question.objects.filter(submission_key=key).first() if key else None
    if question is None:
        return None
    log.info("Q&A form sent again for %s; nothing stored twice", question.code)
    return _show_code(request, question)


def _show_code(request, question):
    request.session["qa_sent"] = question.code
    return redirect(reverse("qa:sent"))


def _limited(request, error):
    """A light page for a flood: no menus or queries, still readable."""
    return render(request, "qa/rate_limited.html", {"error": error}, status=429)


def _read_files(uploads):
    attachments, refused = [], []
    for upload in uploads:
        if upload.size > files.max_bytes():
            refused.append(f"Tệp “{upload.name}” lớn hơn {files.max_bytes() // 2**20} MB.")
            continue
        data = upload.read()
        kind, reason = files.check(upload.name, data)
        if reason:
            refused.append(reason)
        else:
            attachments.append((upload.name, data))
    return attachments, refused


def _ask_page(request, form, status=200, error=""):
    token, first, second = challenge.issue()
    form.data = form.data.copy() if form.is_bound else form.data
    if form.is_bound:
        form.data["challenge"], form.data["nonce"], form.data["answer"] = token, "", ""
        posted = form.data.get("form_token", "")
        form.data["form_token"] = posted if FORM_TOKEN.fullmatch(posted) else new_form_token()
    else:
        form.initial["challenge"], form.initial["form_token"] = token, new_form_token()
    return _section(request, "qa/ask.html", {
        "crumb": _("Gửi câu hỏi"), "form": form, "error": error, "first": first, "second": second,
        "pow_bits": challenge.pow_bits(), "token": token}, status=status)


def sent(request):
    code = request.session.get("qa_sent")
    if not code:
        return redirect(reverse("qa:ask"))
    return _section(request, "qa/sent.html", {"code": code, "crumb": _("Đã gửi câu hỏi")})


# A stand-in compared against when the code is unknown, so a wrong code and a
# wrong e-mail cost the same and answer the same.
_NOBODY = "khong-co-nguoi-hoi@invalid"


def lookup(request):
    form = LookupForm(request.POST or None)
    context = {"form": form, "crumb": _("Tra cứu tình trạng câu hỏi")}
    if request.method == "POST":
        if challenge.over_limit("lookup", client_address(request),
                                _limit("QA_LOOKUP_PER_IP", 20)):
            return _limited(request, "Quý vị đã tra cứu quá nhiều lần trong một giờ. "
                            "Vui lòng thử lại sau.")
        if form.is_valid():
            question = _match(form.cleaned_data["code"], form.cleaned_data["email"])
            if question is None:
                context["error"] = ("Không tìm thấy câu hỏi khớp với mã tra cứu và địa chỉ "
                                    "thư điện tử đã nhập.")
            else:
                context["question"] = question
                context["public_status"] = public_status(question)
    return _section(request, "qa/lookup.html", context,
                    status=200 if "error" not in context else 404)


def _match(code, email):
    question = Question.objects.filter(code=code).first()
    stored = question.asker_email.lower() if question and question.asker_email else _NOBODY
    same = hmac.compare_digest(stored.encode(), email.encode())
    return question if question is not None and same else None


def public_status(question):
    """What the asker is told; internal steps are summed up."""
    if question.status == Status.NEW:
        return "Đã tiếp nhận, đang phân loại"
    if question.status in {Status.ACCEPTED, Status.ASSIGNED, Status.DRAFTED, Status.REVIEWED}:
        return "Đang xử lý"
    if question.status == Status.ANSWERED:
        return "Đã trả lời"
    if question.status == Status.REFUSED:
        return "Không thuộc thẩm quyền của Sở"
    if question.status == Status.DUPLICATE:
        return "Trùng với câu hỏi đã gửi trước"
    return "Không xử lý"

