"""Helpers for the library's tests: real PDF and DOCX files made on the spot,
documents entered through the same code the Office uses, logged-in clients."""

import datetime
import io

import pytest

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def pdf_bytes(lines, password=None, image_only=False):
    """A real PDF with a Vietnamese text layer (or only a drawing, like a scan)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    if image_only:
        for y in range(100, 700, 12):  # strokes where a scanner would put a picture of text
            pdf.line(60, y, 500, y + 3)
    else:
        pdf.setFont("DejaVuSans", 12)
        for index, line in enumerate(lines):
            pdf.drawString(50, 780 - 18 * index, line)
    pdf.save()
    data = out.getvalue()
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=password, owner_password=password + "-chu")
        locked = io.BytesIO()
        writer.write(locked)
        data = locked.getvalue()
    return data


def docx_bytes(paragraphs, table=None):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def login(client, settings, django_user_model):
    """Log the test client in as a demo user (demo mode on)."""
    settings.CONGTIN_DEMO = True

    def as_user(username):
        client.force_login(django_user_model.objects.get(username=username))
        return client

    return as_user


@pytest.fixture
def enter_document(django_user_model):
    """Enter a document as the Office does (optionally taken through the
    editorial chain and published)."""
    from congtin.legal import documents, workflow
    from congtin.legal.demo import walk_the_chain
    from congtin.legal.models import IssuingBody, LegalDocument

    def enter(symbol, issued, effective=None, publish=True, own=True, **extra):
        office = django_user_model.objects.get(username="vanphong")
        issuer = IssuingBody.objects.get(code="SCT" if own else "CP")
        document = LegalDocument(
            symbol=symbol, doc_type=extra.pop("doc_type", "quyet_dinh"), issuer=issuer,
            issue_date=datetime.date.fromisoformat(issued),
            effective_date=datetime.date.fromisoformat(effective) if effective else None,
            summary=extra.pop("summary", f"Văn bản thử nghiệm {symbol}"), **extra)
        documents.save(document, office, "create")
        if publish:
            workflow.submit(document, office)
            walk_the_chain(document)
            document.refresh_from_db()
        return document

    return enter
