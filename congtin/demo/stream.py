"""Raw StreamField values for the demo's page bodies.

The demo writes bodies in the JSON shape Wagtail stores (a list of
``{"type": ..., "value": ...}``) rather than through block objects: it is the
format an import or a fixture would produce, it needs no database lookups to
build, and Wagtail expands it lazily when a page is rendered or edited.
Each helper returns one block; the shapes follow `congtin.content.blocks`.
"""

from html import escape


def rich_text(text):
    """Plain text → the rich-text HTML Wagtail stores; blank lines make paragraphs."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part, quote=False)}</p>" for part in paragraphs)


def bullet_list(items, ordered=False):
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
    return f"<{tag}>{inner}</{tag}>"


def paragraph(text):
    return {"type": "paragraph", "value": rich_text(text)}


def html_paragraph(html):
    """A paragraph whose HTML is already in Wagtail's rich-text format."""
    return {"type": "paragraph", "value": html}


def list_block(items, ordered=False):
    return {"type": "paragraph", "value": bullet_list(items, ordered)}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def figure(image_id, alt_text, caption="", credit="", layout="full"):
    # ImageBlock's stored value: the image id with its alt text in context.
    return {"type": "figure", "value": {
        "image": {"image": image_id, "alt_text": alt_text, "decorative": False},
        "caption": caption, "credit": credit, "layout": layout,
    }}


def table(rows, caption, first_col_is_header=False):
    """A table with a header row (screen readers need it, Circular 32/2017 Art. 18).

    ``table_header_choice`` is what Wagtail's table editor saves since 6.0; the
    two booleans are what its template reads.
    """
    return {"type": "table", "value": {
        "data": [[str(cell) for cell in row] for row in rows],
        "first_row_is_table_header": True,
        "first_col_is_header": first_col_is_header,
        "table_header_choice": "both" if first_col_is_header else "row",
        "table_caption": caption,
        "cell": [],
        "mergedCells": [],
    }}


def formula(latex, description, display=True):
    return {"type": "formula", "value": {"latex": latex, "display": display,
                                         "description": description}}


def attachment(document_id, title):
    return {"type": "attachment", "value": {"document": document_id, "title": title}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}
