"""“Cung cấp tin từ tệp Word”: a .docx becomes a draft article (Đ.6, 7.1.a).

Units send their items as Word files with tables, pictures and formulas.
mammoth turns the file into clean HTML (it keeps structure, drops Word's
styling); this module turns that HTML into our StreamField blocks: headings,
paragraphs with bold/italic and lists, tables (TableBlock), pictures (Wagtail
images, with their alt text from the file or typed in by the contributor) and
formulas written in LaTeX between \\[ and \\] or $$ and $$.
"""

import io
import re
import zipfile

import mammoth
from bs4 import BeautifulSoup, NavigableString
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.images import get_image_model

from congtin.demo import stream
from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.vntext import fold, normalize

MAX_DOCX_BYTES = 20 * 1024 * 1024
FORMULA = re.compile(r"^\s*(?:\\\[(?P<a>.+)\\\]|\$\$(?P<b>.+)\$\$)\s*$", re.S)
INLINE_TAGS = {"strong": "b", "b": "b", "em": "i", "i": "i", "sup": "sup", "sub": "sub"}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}


class DocxImport:
    """One conversion: the blocks, the images made and the title found."""

    def __init__(self, data, filename, user, alt_texts=()):
        self.data = data
        self.filename = filename
        self.user = user
        self.alt_texts = [normalize(text, multiline=False) for text in alt_texts]
        self.images = []
        self.missing_alt = 0
        self.title = ""

    def run(self):
        if len(self.data) > MAX_DOCX_BYTES:
            raise ValidationError("Tệp quá lớn (tối đa 20 MB).")
        check_docx(self.data)
        result = mammoth.convert_to_html(io.BytesIO(self.data),
                                         convert_image=mammoth.images.img_element(self._image))
        soup = BeautifulSoup(result.value, "html.parser")
        if self.missing_alt:
            raise ValidationError(
                f"{self.missing_alt} hình ảnh trong tệp chưa có lời mô tả (alt). Hãy nhập lời "
                f"mô tả cho từng ảnh, mỗi ảnh một dòng, theo thứ tự trong tệp.")
        blocks = self._blocks(soup)
        if not blocks:
            raise ValidationError("Tệp Word không có nội dung nào.")
        return blocks

    def _image(self, image):
        index = len(self.images) + self.missing_alt
        alt = normalize(image.alt_text or "", multiline=False)
        if not alt and index < len(self.alt_texts):
            alt = self.alt_texts[index]
        if not alt:
            self.missing_alt += 1
            return {"src": ""}
        with image.open() as source:
            content = source.read()
        extension = (image.content_type or "image/png").split("/")[-1].replace("jpeg", "jpg")
        model = get_image_model()
        record = model(title=alt[:255], uploaded_by_user=self.user)
        record.file = ImageFile(io.BytesIO(content), name=f"docx-{index + 1}.{extension}")
        record.save()
        self.images.append(record)
        return {"src": f"wagtail:{record.pk}", "alt": alt}

    def _blocks(self, soup):
        blocks, run = [], []

        def flush():
            if run:
                blocks.append(stream.html_paragraph("".join(run)))
                run.clear()

        for element in soup.children:
            if isinstance(element, NavigableString) or element.name is None:
                continue
            name = element.name
            text = normalize(element.get_text(" "), multiline=False)
            if name in HEADING_LEVELS:
                flush()
                if name == "h1" and not self.title:
                    self.title = text
                elif text:
                    blocks.append(stream.heading(text, HEADING_LEVELS[name]))
            elif name == "table":
                flush()
                blocks.append(_table(element))
            elif name == "p" and element.find("img"):
                flush()
                blocks.extend(_figures(element))
            elif name == "p" and FORMULA.match(element.get_text()):
                flush()
                match = FORMULA.match(element.get_text())
                blocks.append(stream.formula((match["a"] or match["b"]).strip(), ""))
            elif name in {"p", "ul", "ol"} and text:
                run.append(_rich(element))
        flush()
        return blocks


def check_docx(source):
    """Refuse (ValidationError, in Vietnamese) what is not a .docx, or would
    unpack into more than congtin.textinput.archives allows, before anything
    parses it. `source` is the file's bytes or an uploaded file."""
    try:
        with open_archive(source) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ValidationError("Tệp không phải văn bản Word (.docx).")
    except ArchiveRefused as refusal:
        raise ValidationError(str(refusal)) from None
    except zipfile.BadZipFile as error:
        raise ValidationError("Tệp không phải văn bản Word (.docx) hoặc đã bị hỏng.") from error


def _rich(element):
    """Wagtail's rich-text HTML for a paragraph or a list, text normalised."""
    if isinstance(element, NavigableString):
        return _escape(normalize(str(element), multiline=False) if str(element).strip()
                       else str(element))
    inner = "".join(_rich(child) for child in element.children)
    tag = element.name
    if tag in {"p", "ul", "ol", "li"}:
        return f"<{tag}>{inner}</{tag}>"
    if tag in INLINE_TAGS:
        return f"<{INLINE_TAGS[tag]}>{inner}</{INLINE_TAGS[tag]}>"
    if tag == "a" and element.get("href", "").startswith(("http://", "https://", "mailto:")):
        return f'<a href="{_escape(element["href"])}">{inner}</a>'
    return inner


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;")


def _table(element):
    rows = [[normalize(cell.get_text(" "), multiline=False) for cell in row.find_all(["td", "th"])]
            for row in element.find_all("tr")]
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    return stream.table(rows, "")


def _figures(element):
    figures = []
    for img in element.find_all("img"):
        source = img.get("src", "")
        if source.startswith("wagtail:"):
            figures.append(stream.figure(int(source.split(":")[1]), img.get("alt", "")))
    caption = normalize(element.get_text(" "), multiline=False)
    if caption and figures:
        figures[-1]["value"]["caption"] = caption[:500]
    return figures


def _free_slug(parent, title):
    """An ASCII slug (đ → d, tones dropped) not yet used under the section."""
    base = slugify(fold(title))[:60].strip("-") or "tin"
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def import_docx(data, filename, user, parent, unit, alt_texts=(), title=""):
    """Create a draft article from the file's bytes; return it."""
    from congtin.content.models import ArticlePage

    conversion = DocxImport(data, filename, user, alt_texts)
    body = conversion.run()
    title = normalize(title or conversion.title or filename.rsplit(".", 1)[0], multiline=False)
    page = ArticlePage(title=title[:255], slug=_free_slug(parent, title), providing_unit=unit,
                       body=body, live=False, owner=user)
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page
