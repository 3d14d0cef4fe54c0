"""A .docx becomes StreamField blocks, in a child process with a memory and a
CPU limit: plain Python, no Django, no database.

    python -m congtin.editorial.docx_convert MEMORY_BYTES CPU_SECONDS < file.docx

writes {"title", "blocks", "images"} as JSON on its standard output. A Word
file of a few hundred KB can take minutes and gigabytes to convert (mammoth
builds the whole document in memory); run here, it ends with the limit, not
with the task worker (docx_import.convert starts it and reads its answer).

mammoth turns the file into clean HTML (it keeps structure, drops Word's
styling); this module turns that HTML into our blocks: headings, paragraphs
with bold/italic and lists, tables (TableBlock), pictures and formulas written
in LaTeX between \\[ and \\] or $$ and $$. A picture comes back as its bytes
and the alt text found in the file; its figure block names it by position
("image": 0, 1, …) until the parent has made the Wagtail image.
"""

import base64
import io
import json
import os
import re
import resource
import sys

import mammoth
from bs4 import BeautifulSoup, NavigableString

from congtin.demo import stream
from congtin.vntext import normalize

# Exit codes the parent reads (a CPU limit ends the child by SIGXCPU/SIGKILL).
EXIT_MEMORY = 3
EXIT_UNREADABLE = 4

FORMULA = re.compile(r"^\s*(?:\\\[(?P<a>.+)\\\]|\$\$(?P<b>.+)\$\$)\s*$", re.S)
INLINE_TAGS = {"strong": "b", "b": "b", "em": "i", "i": "i", "sup": "sup", "sub": "sub"}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}


def convert(data):
    """{"title", "blocks", "images": [{"data", "content_type", "alt"}]} for a .docx."""
    images = []

    def image(picture):
        with picture.open() as source:
            images.append({"data": source.read(), "content_type": picture.content_type or "",
                           "alt": normalize(picture.alt_text or "", multiline=False)})
        return {"src": f"image:{len(images) - 1}"}

    result = mammoth.convert_to_html(io.BytesIO(data),
                                     convert_image=mammoth.images.img_element(image))
    title, blocks = _blocks(BeautifulSoup(result.value, "html.parser"))
    return {"title": title, "blocks": blocks, "images": images}


def _blocks(soup):
    title, blocks, run = "", [], []

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
            if name == "h1" and not title:
                title = text
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
    return title, blocks


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
    figures = [stream.figure(int(img["src"].split(":")[1]), "")
               for img in element.find_all("img") if img.get("src", "").startswith("image:")]
    caption = normalize(element.get_text(" "), multiline=False)
    if caption and figures:
        figures[-1]["value"]["caption"] = caption[:500]
    return figures


def main(argv):
    memory, seconds = int(argv[1]), int(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        result = convert(sys.stdin.buffer.read())
        for image in result["images"]:
            image["data"] = base64.b64encode(image["data"]).decode("ascii")
        answer = json.dumps(result, ensure_ascii=False).encode()
    except MemoryError:
        os._exit(EXIT_MEMORY)  # nothing more can be allocated, not even a message
    except Exception as error:  # mammoth and its XML reader raise many kinds on a broken file
        sys.stderr.write(f"{type(error).__name__}: {error}"[:500])
        return EXIT_UNREADABLE
    sys.stdout.buffer.write(answer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
