"""Attachments for the demo articles (Đ.7.1.a: information comes "with its data
files"): small one-page PDFs drawn with Pillow, or plain UTF-8 text when no
font with Vietnamese letters is installed.

The PDF is a picture of a typed page. It is good enough to show how an
attachment is offered for download; real documents arrive as uploads.
"""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

# Fonts with the full Vietnamese alphabet, first found wins (Debian/Ubuntu paths).
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
]
BOLD_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]
DPI = 110
PAGE = (int(8.27 * DPI), int(11.69 * DPI))  # A4
MARGIN = int(0.9 * DPI)


def _font(candidates, size):
    for path in candidates:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return None


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def render_pdf(heading, paragraphs):
    """A one-page A4 PDF with a centred heading and wrapped paragraphs, or None."""
    body_font = _font(FONT_CANDIDATES, 16)
    head_font = _font(BOLD_CANDIDATES, 19) or body_font
    if body_font is None:
        return None
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    width = PAGE[0] - 2 * MARGIN
    y = MARGIN
    for line in _wrap(draw, heading.upper(), head_font, width):
        draw.text(((PAGE[0] - draw.textlength(line, font=head_font)) / 2, y), line,
                  font=head_font, fill=0)
        y += 30
    y += 24
    for text in paragraphs:
        for line in _wrap(draw, text, body_font, width):
            if y > PAGE[1] - MARGIN:
                break
            draw.text((MARGIN, y), line, font=body_font, fill=0)
            y += 25
        y += 12
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=DPI, title=heading)
    return buffer.getvalue()


def make_document(title, filename_stem, heading, paragraphs, collection):
    """Store a generated attachment as a Wagtail document in the demo collection."""
    from wagtail.documents import get_document_model

    pdf = render_pdf(heading, paragraphs)
    if pdf is not None:
        content, filename = pdf, f"{filename_stem}.pdf"
    else:
        text = heading + "\n\n" + "\n\n".join(paragraphs) + "\n"
        content, filename = text.encode("utf-8"), f"{filename_stem}.txt"
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document
