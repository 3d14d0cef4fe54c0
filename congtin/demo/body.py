"""Turn the demo's text notation into StreamField bodies.

The data modules write bodies as lists, so that texts read as texts:

    "A paragraph."                       paragraph (blank lines split paragraphs)
    ("h", "Heading") / ("h3", "Sub")     heading
    ("ul", [...]) / ("ol", [...])        bulleted / numbered list
    ("table", caption, rows)             table, first row is the header
    ("formula", latex, description)      formula with its reading in words
    ("quote", text, attribution)         quotation
    ("figure", scene, alt, caption)      picture from `images.SCENES`
    ("attachment", document key)         a generated document (data/articles.py)

Texts may hold ${placeholders} for dates (see `date_values`), so items stay
current whatever day the demo is built; they are filled in from each item's
own publication date.
"""

import datetime
from string import Template

from . import stream

CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]


def lunar_year_name(year):
    """The sexagenary name of a year, e.g. 2027 → "Đinh Mùi"."""
    return f"{CAN[(year - 4) % 10]} {CHI[(year - 4) % 12]}"


def date_values(day):
    """Placeholders for texts dated `day`: this year, next year, the coming Tết…"""
    first_of_month = day.replace(day=1)
    previous_month = first_of_month - datetime.timedelta(days=1)
    next_month = (first_of_month + datetime.timedelta(days=32)).replace(day=1)
    # A planned outage is announced at least 7 working days ahead (RULES.md):
    # the first Saturday eleven or more days after the notice.
    outage = day + datetime.timedelta(days=11)
    outage += datetime.timedelta(days=(5 - outage.weekday()) % 7)
    # From March on, the next Tết Nguyên đán falls in the next calendar year.
    tet_year = day.year + 1 if day.month >= 3 else day.year
    return {
        "nam": str(day.year),
        "nam_sau": str(day.year + 1),
        "nam_tet": str(tet_year),
        "tet": f"Tết Nguyên đán {lunar_year_name(tet_year)} {tet_year}",
        "tet_en": f"the {tet_year} Lunar New Year (Tết)",
        "thang_truoc": str(previous_month.month),
        "thang_truoc_en": MONTHS_EN[previous_month.month - 1],
        "nam_thang_truoc": str(previous_month.year),
        "so_thang": str(previous_month.month),
        "thang_sau": f"{next_month.month:02d}",
        "nam_thang_sau": str(next_month.year),
        "ngay_bao_tri": f"{outage:%d/%m/%Y}",
        "ngay_bao_tri_xong": f"{outage + datetime.timedelta(days=1):%d/%m/%Y}",
    }


def fill(text, values):
    return Template(text).safe_substitute(values) if "$" in text else text


class BodyWriter:
    """Renders notation into raw StreamField data, with the demo's media at hand."""

    def __init__(self, images, documents=None):
        self.images = images          # DemoImages
        self.documents = documents or {}   # key → Wagtail document

    def render(self, items, values=None):
        values = values or {}
        return [self._block(item, values) for item in items]

    def _block(self, item, values):
        def f(text):
            return fill(text, values)

        if isinstance(item, str):
            return stream.paragraph(f(item))
        kind, *args = item
        if kind in ("h", "h3"):
            return stream.heading(f(args[0]), "h2" if kind == "h" else "h3")
        if kind in ("ul", "ol"):
            return stream.list_block([f(text) for text in args[0]], ordered=kind == "ol")
        if kind == "table":
            caption, rows = args
            return stream.table([[f(cell) for cell in row] for row in rows], f(caption))
        if kind == "formula":
            latex, description = args
            return stream.formula(latex, f(description))
        if kind == "quote":
            text, attribution = args
            return stream.quote(f(text), f(attribution))
        if kind == "figure":
            scene, alt, caption = args
            return stream.figure(self.images[scene].pk, f(alt), f(caption))
        if kind == "attachment":
            document = self.documents[args[0]]
            return stream.attachment(document.pk, document.title)
        raise ValueError(f"Unknown body item: {kind!r}")
