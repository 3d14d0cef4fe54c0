"""Admin screens of the chain: each role's queue with due dates, one question
with its thread and history, and the step forms. Every POST goes through
services.py, which checks the role and the state again (workflow.perform)."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.models import ModelLogEntry

from congtin.org.models import Unit
from congtin.org.roles import DEPUTY, FUNCTIONAL_DEPARTMENT, HEAD, SECRETARIAT

from . import deadlines, services
from .intake import attach
from .models import ANSWER_FEATURES, CLOSED, Attachment, Field, MailMessage, Question, Status
from .workflow import TRANSITIONS, available

log = logging.getLogger(__name__)
QA_ROLES = {SECRETARIAT, HEAD, DEPUTY, FUNCTIONAL_DEPARTMENT}
UNIT_KINDS = [Unit.Kind.DEPARTMENT, Unit.Kind.INSPECTORATE, Unit.Kind.OFFICE]


def roles(user):
    return set(user.groups.values_list("name", flat=True)) & QA_ROLES


def can_enter(user):
    return user.is_authenticated and bool(roles(user))


def visible_questions(user):
    """The secretariat and the leaders see all questions; a department only
    those assigned to it."""
    if roles(user) & {SECRETARIAT, HEAD, DEPUTY}:
        return Question.objects.all()
    person = getattr(user, "person", None)
    if person is None or FUNCTIONAL_DEPARTMENT not in roles(user):
        return Question.objects.none()
    return Question.objects.filter(assignments__unit=person.unit_id).distinct()


def _question_for(user, pk):
    if not can_enter(user):
        raise PermissionDenied
    return get_object_or_404(visible_questions(user), pk=pk)


def my_queue(user):
    """Questions waiting for this user's step, oldest due first."""
    wanted = Q(pk__in=[])
    user_roles = roles(user)
    if SECRETARIAT in user_roles:
        wanted |= Q(status__in=[Status.NEW, Status.DRAFTED])
    if user_roles & {HEAD, DEPUTY}:
        wanted |= Q(status__in=[Status.ACCEPTED, Status.REVIEWED])
    if FUNCTIONAL_DEPARTMENT in user_roles:
        wanted |= Q(status=Status.ASSIGNED, assignments__unit=user.person.unit_id)
    return (visible_questions(user).filter(wanted).distinct()
            .order_by("due_date", "received_at"))


def index(request):
    if not can_enter(request.user):
        raise PermissionDenied
    status = request.GET.get("trang-thai", "")
    everything = visible_questions(request.user).order_by("-received_at")
    if status in Status.values:
        everything = everything.filter(status=status)
    near, overdue = deadlines.near_and_overdue()
    visible = set(visible_questions(request.user).values_list("pk", flat=True))
    return render(request, "qa/admin/index.html", {
        "queue": my_queue(request.user), "everything": everything[:200],
        "near": [q for q in near if q.pk in visible],
        "overdue": [q for q in overdue if q.pk in visible],
        "statuses": Status.choices, "status": status})


class EditForm(forms.Form):
    title = forms.CharField(label="Tiêu đề công bố", max_length=300)
    field = forms.ChoiceField(label="Lĩnh vực", choices=Field.choices)
    body = forms.CharField(label="Nội dung công bố (đã bỏ thông tin cá nhân)",
                           widget=forms.Textarea(attrs={"rows": 6}))
    general_interest = forms.BooleanField(label="Công bố công khai khi đã trả lời",
                                          required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Lý do", widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=2000, required=False)


class DuplicateForm(ReasonForm):
    original = forms.CharField(label="Mã tra cứu của câu hỏi gốc", max_length=20)


class AssignForm(ReasonForm):
    leading = forms.ModelChoiceField(label="Phòng chủ trì",
                                     queryset=Unit.objects.filter(kind__in=UNIT_KINDS))
    others = forms.ModelMultipleChoiceField(
        label="Phòng phối hợp", required=False, queryset=Unit.objects.filter(kind__in=UNIT_KINDS),
        widget=forms.CheckboxSelectMultiple)


class AnswerForm(forms.Form):
    answer = forms.CharField(label="Câu trả lời", required=False,
                             widget=get_rich_text_editor_widget(features=ANSWER_FEATURES))


class ProgressForm(forms.Form):
    reason = forms.CharField(label="Tiến độ xử lý (gửi người hỏi)",
                             widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
    expected_date = forms.DateField(label="Ngày dự kiến trả lời (dd/mm/yyyy)",
                                    input_formats=["%d/%m/%Y", "%Y-%m-%d"])


def _forms(question, steps):
    """The forms for the steps the user may take, pre-filled."""
    result = {}
    if "edit" in steps:
        result["edit"] = EditForm(initial={"title": question.title, "field": question.field,
                                           "body": question.body,
                                           "general_interest": question.general_interest},
                                  prefix="edit")
    if "duplicate" in steps:
        result["duplicate"] = DuplicateForm(prefix="duplicate")
    if "assign" in steps:
        lead = question.leading_unit
        result["assign"] = AssignForm(prefix="assign", initial={"leading": lead})
    if "submit" in steps:
        result["answer"] = AnswerForm(prefix="answer", initial={"answer": question.answer})
    if "progress" in steps:
        result["progress"] = ProgressForm(prefix="progress")
    return result


def detail(request, pk):
    question = _question_for(request.user, pk)
    steps = available(request.user, question)
    simple = [(name, TRANSITIONS[name]) for name in steps
              if name not in {"edit", "duplicate", "assign", "save_draft", "submit", "progress"}]
    return render(request, "qa/admin/detail.html", {
        "question": question, "steps": steps, "simple_steps": simple,
        "forms": _forms(question, steps),
        "thread": question.messages.all(),
        "attachments": question.attachments.all(),
        "assignments": question.assignments.select_related("unit"),
        "history": ModelLogEntry.objects.for_instance(question).select_related("user")
        .order_by("-timestamp"),
        "closed": question.status in CLOSED})


@require_POST
def step(request, pk, name):
    question = _question_for(request.user, pk)
    if name not in TRANSITIONS:
        raise Http404
    try:
        _run(request, question, name)
    except services.StepError as error:
        messages.error(request, str(error))
    except ValueError as error:
        messages.error(request, str(error) or "Dữ liệu không hợp lệ.")
    else:
        messages.success(request, f"Đã thực hiện: {TRANSITIONS[name].label}.")
    return redirect(reverse("qa_admin:detail", args=[question.pk]))


def _valid(form):
    if not form.is_valid():
        errors = "; ".join(f"{form.fields[k].label if k in form.fields else ''}: {' '.join(v)}"
                           for k, v in form.errors.items())
        raise services.StepError(f"Dữ liệu chưa hợp lệ — {errors}")
    return form.cleaned_data


def _run(request, question, name):
    user, post = request.user, request.POST
    reason = post.get("reason", "").strip()[:2000]
    if name == "edit":
        data = _valid(EditForm(post, prefix="edit"))
        services.edit(question, user, data["title"], data["field"], data["body"],
                      data["general_interest"])
    elif name == "duplicate":
        data = _valid(DuplicateForm(post, prefix="duplicate"))
        services.mark_duplicate(question, user, data["original"], data["reason"])
    elif name == "assign":
        data = _valid(AssignForm(post, prefix="assign"))
        services.assign(question, user, data["leading"], list(data["others"]), data["reason"])
    elif name in {"save_draft", "submit"}:
        _answer(request, question, name)
    elif name == "progress":
        data = _valid(ProgressForm(post, prefix="progress"))
        services.report_progress(question, user, data["reason"], data["expected_date"])
    else:
        simple = {"accept": services.accept, "refuse": services.refuse,
                  "spam": services.mark_spam, "review": services.review,
                  "return": services.return_to_department, "send_back": services.send_back,
                  "approve": services.approve}
        simple[name](question, user, reason)


def _answer(request, question, name):
    data = _valid(AnswerForm(request.POST, prefix="answer"))
    uploads = request.FILES.getlist("answer-files")
    if name == "save_draft":
        services.save_draft(question, request.user, data["answer"])
    else:
        services.submit(question, request.user, data["answer"])
    refused = attach(question, [(f.name, f.read()) for f in uploads[:3]],
                     part=Attachment.Part.ANSWER)
    if refused:
        messages.warning(request, " ".join(refused))


def attachment(request, pk):
    item = get_object_or_404(Attachment, pk=pk)
    _question_for(request.user, item.question_id)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.filename)


def raw_mail(request, pk):
    """The mail as it went out or came in (.eml); for a mail without its raw copy
    (recorded without one, or its file lost), what was kept of it, and why."""
    item = get_object_or_404(MailMessage, pk=pk)
    if item.question_id is None:
        if not roles(request.user) & {SECRETARIAT, HEAD, DEPUTY}:
            raise PermissionDenied
    else:
        _question_for(request.user, item.question_id)
    if not item.raw:
        why = "Không lưu bản gốc (.eml) của thư này; dưới đây là những gì đã ghi lại."
    else:
        try:
            return FileResponse(item.raw.open("rb"), as_attachment=True,
                                filename=f"thu-{item.pk}.eml", content_type="message/rfc822")
        except FileNotFoundError:
            log.error("Q&A mail %s: raw copy %s is missing from the private storage",
                      item.pk, item.raw.name)
            why = (f"Tệp thư gốc không còn trên máy chủ ({item.raw.name}); báo quản trị hệ "
                   "thống để khôi phục từ bản sao lưu. Dưới đây là những gì đã ghi lại.")
    return render(request, "qa/admin/mail.html", {"mail": item, "why": why})


def mailbox(request):
    """Mail that did not become a question (auto-replies, bounces, lists,
    repeats): kept and listed for the secretariat."""
    if not roles(request.user) & {SECRETARIAT, HEAD, DEPUTY}:
        raise PermissionDenied
    rows = MailMessage.objects.filter(direction="in", question=None).order_by("-created_at")
    return render(request, "qa/admin/mailbox.html", {"rows": rows[:300]})
