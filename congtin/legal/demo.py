"""The demo library: ~25 documents incl. 467/QĐ-SCT with the regulation's own
text, national documents with their real relations (so derived statuses
show), the department's own documents in every state, and drafts for
comment with moderated comments (see demo_data.py for the texts)."""

import datetime
import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from congtin.editorial import chain
from congtin.workdays import add_working_days

from . import demo_data, documents, relations, workflow
from .files import store_file
from .models import (
    Draft,
    DraftComment,
    ImportRun,
    IssuingBody,
    LegalDocument,
    LegalField,
)

DATA = Path(__file__).resolve().parent / "data"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def build(context):
    if LegalDocument.objects.exists():
        return {}
    office = context.people["vanphong"].user
    approver = context.people["phoban"].user
    issuers = {name: IssuingBody.objects.create(name=name, code=code, is_own=own)
               for name, code, own in demo_data.ISSUERS}
    fields = {}
    made = {}
    for row in demo_data.NATIONAL:
        made[row[0]] = _national(row, issuers, fields, office, approver)
    made["467/QĐ-SCT"] = _regulation_467(issuers, fields, office, approver)
    for row in demo_data.OWN:
        made[row[0]] = _own(row, context, issuers, fields, office, approver)
    for source, kind, target in demo_data.RELATIONS:
        relations.add(made[source], made[target], kind, office)
    drafts = [_draft(spec, context, office, approver) for spec in demo_data.DRAFTS]
    return {"văn bản pháp luật": len(made), "dự thảo lấy ý kiến": len(drafts),
            "góp ý dự thảo": DraftComment.objects.count()}


def reset():
    DraftComment.objects.all().delete()
    Draft.objects.all().delete()
    LegalDocument.objects.all().delete()
    ImportRun.objects.all().delete()
    IssuingBody.objects.all().delete()
    LegalField.objects.all().delete()


def _field(fields, name):
    if name not in fields:
        fields[name] = LegalField.objects.get_or_create(name=name)[0]
    return fields[name]


def _enter_and_publish(document, office, approver, publish=True):
    """As in real use: the Office enters and submits; the four steps of the
    editorial chain approve, each by its first person on the day."""
    documents.save(document, office, "create")
    workflow.submit(document, office)
    if publish:
        walk_the_chain(document)
    return document


def walk_the_chain(document):
    for step in chain.STEPS:
        workflow.act(document, chain.users_for_step(step, document)[0], "approve")


def _national(row, issuers, fields, office, approver):
    symbol, doc_type, issuer, signer, title, issued, effective, field, scope, summary = row
    document = LegalDocument(
        symbol=symbol, doc_type=doc_type, issuer=issuers[issuer], signer=signer,
        signer_title=title, issue_date=datetime.date.fromisoformat(issued),
        effective_date=datetime.date.fromisoformat(effective), field=_field(fields, field),
        scope=scope, summary=summary, sector="Công Thương", deadline_tracked=False)
    return _enter_and_publish(document, office, approver)


def _regulation_467(issuers, fields, office, approver):
    spec = demo_data.QD_467
    text = (DATA / "qd_467_sct.txt").read_text(encoding="utf-8")
    document = LegalDocument(
        symbol=spec["symbol"], doc_type=spec["doc_type"],
        issuer=issuers["Sở Công Thương Thành phố Hồ Chí Minh"],
        signer_title=spec["signer_title"],
        issue_date=datetime.date.fromisoformat(spec["issue_date"]),
        effective_date=datetime.date.fromisoformat(spec["effective_date"]),
        field=_field(fields, spec["field"]), scope=spec["scope"], summary=spec["summary"],
        sector="Công Thương", full_text=text, deadline_tracked=False)
    _enter_and_publish(document, office, approver)
    pdf = _pdf_of(spec["summary"], text)
    store_file(document, SimpleUploadedFile("467-QD-SCT.pdf", pdf), "pdf", office)
    return document


def _own(row, context, issuers, fields, office, approver):
    symbol, doc_type, days_ago, effective_after, field, summary, extra = row
    issued = context.today - datetime.timedelta(days=days_ago)
    letter = doc_type == "cong_van"  # công văn: signed by the Office's head
    signer = context.people["phoban" if letter else "giamdoc"]
    effective = (issued + datetime.timedelta(days=effective_after)
                 if effective_after is not None else None)
    document = LegalDocument(
        symbol=symbol, doc_type=doc_type, issuer=issuers["Sở Công Thương Thành phố Hồ Chí Minh"],
        signer=signer.full_name, signer_title="Chánh Văn phòng" if letter else "Giám đốc Sở",
        issue_date=issued, effective_date=effective, field=_field(fields, field),
        scope="noi_bo" if letter else "thanh_pho", summary=summary,
        sector="Công Thương", suspended=extra.get("suspended", False))
    _enter_and_publish(document, office, approver, publish=not extra.get("pending"))
    if document.is_public:
        _published_on_time(document, context, late_by=extra.get("late_by", 0))
    return document


def _published_on_time(document, context, late_by):
    """The demo's own documents went online the working day after issue (Decree
    43/2011 Art. 17: within 2), except the one shown as late."""
    day = add_working_days(document.issue_date, 1 + late_by)
    moment = timezone.make_aware(datetime.datetime.combine(min(day, context.today),
                                                           datetime.time(9, 30)))
    LegalDocument.objects.filter(pk=document.pk).update(published_at=moment)


def _draft(spec, context, office, moderator):
    opens = context.now - datetime.timedelta(days=spec["opened_days_ago"])
    draft = Draft.objects.create(
        slug=spec["slug"], title=spec["title"], summary=spec["summary"],
        full_text=spec["full_text"], drafting_unit=spec["drafting_unit"],
        receiving_address="Văn phòng Sở Công Thương, 163 Hai Bà Trưng, Phường Xuân Hòa, "
                          "Thành phố Hồ Chí Minh",
        receiving_email="gopy.sct@tphcm.gov.vn", opens_at=opens,
        closes_at=context.now + datetime.timedelta(days=spec["closes_in_days"]),
        is_public=True, created_by=office)
    from . import drafts

    for index, (name, email, organisation, article, text, state, *response) in enumerate(
            spec["comments"]):
        comment = DraftComment.objects.create(
            draft=draft, name=name, email=email, organisation=organisation, article=article,
            article_order=drafts.article_order(article), text=text, state=state,
            submitted_at=opens + datetime.timedelta(days=index + 1, hours=3),
            client_key=f"demo-{index}", moderated_by=moderator if state != "pending" else None)
        if response:
            comment.response = response[0]
            comment.responded_at = context.now
            comment.save(update_fields=["response", "responded_at"])
    if draft.has_closed(context.now):
        draft.responses_published = True
        draft.save(update_fields=["responses_published"])
    return draft


def _pdf_of(title, text):
    """A PDF with a real Vietnamese text layer, as the Office would scan-to-text it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setTitle(title)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    y = 800
    for line in lines:
        for chunk in [line[i:i + 95] for i in range(0, len(line), 95)]:
            if y < 50:
                pdf.showPage()
                y = 800
            pdf.setFont("DejaVuSans", 9)
            pdf.drawString(40, y, chunk)
            y -= 13
    pdf.save()
    return out.getvalue()
