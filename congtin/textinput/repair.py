"""The "Sửa mã tiếng Việt" action's engine: find every text of a page or a
snippet that Đ.7.3 cleaning would change, and apply those changes on demand.

Text typed before the input middleware existed, imported from old systems or
saved through paths without a form may still hold TCVN3/VNI/VIQR passages or
NFD. plan() reads the object (for a page: its latest revision, so a draft in
progress is included) and lists each change with a readable label, the text
before and after; apply() writes them into the object, which the view then
saves as a new revision. Nothing is written until apply() is called.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import RichTextField, StreamField

from .text import clean_html, clean_text

# Wagtail's own bookkeeping columns: never text a person typed here.
_SKIPPED_FIELDS = frozenset({"path", "url_path", "draft_title", "slug"})
_SEPARATOR = " › "


@dataclass
class Change:
    """One text that repair would change, as the editor sees it."""

    label: str
    before: str
    after: str


@dataclass
class RepairPlan:
    """The changes found and how to make them: (object, attribute, value)."""

    obj: object
    changes: list[Change] = field(default_factory=list)
    writes: list[tuple] = field(default_factory=list)

    def labels(self) -> list[str]:
        return [change.label for change in self.changes]


def plan(obj) -> RepairPlan:
    """Every change Đ.7.3 cleaning would make to `obj` and its inline children."""
    result = RepairPlan(obj)
    _plan_fields(obj, "", result)
    for relation in _child_relations(obj):
        children = getattr(obj, relation.get_accessor_name()).all()
        title = capfirst(relation.related_model._meta.verbose_name)
        for number, child in enumerate(children, start=1):
            _plan_fields(child, f"{title} {number}{_SEPARATOR}", result)
    return result


def apply(repair: RepairPlan) -> None:
    """Write the planned values into the objects (not to the database)."""
    for target, attribute, value in repair.writes:
        setattr(target, attribute, value)


def _child_relations(obj):
    try:
        return get_all_child_relations(obj)
    except AttributeError:  # not a ClusterableModel: no inline children
        return []


def _plan_fields(obj, prefix: str, result: RepairPlan) -> None:
    for model_field in obj._meta.concrete_fields:
        if not model_field.editable or model_field.choices or model_field.name in _SKIPPED_FIELDS:
            continue
        label = prefix + capfirst(str(model_field.verbose_name))
        value = getattr(obj, model_field.attname)
        if isinstance(model_field, StreamField):
            _plan_stream(obj, model_field, label, result)
        elif not isinstance(value, str) or not value:
            continue
        elif isinstance(model_field, RichTextField):
            _record(result, obj, model_field.attname, label, value, clean_html(value), html=True)
        elif isinstance(model_field, (models.SlugField, models.URLField, models.EmailField)):
            continue
        elif isinstance(model_field, (models.CharField, models.TextField)):
            multiline = isinstance(model_field, models.TextField)
            _record(result, obj, model_field.attname, label, value,
                    clean_text(value, multiline=multiline))


def _record(result, target, attribute, label, before, after, html=False):
    if after == before:
        return
    shown = (strip_tags(before), strip_tags(after)) if html else (before, after)
    result.changes.append(Change(label, *shown))
    result.writes.append((target, attribute, after))


def _plan_stream(obj, stream_field, label, result):
    stream_block = stream_field.stream_block
    raw = stream_block.get_prep_value(getattr(obj, stream_field.attname))
    found = len(result.changes)
    new = _walk(stream_block, raw, label, result)
    if len(result.changes) > found:
        result.writes.append((obj, stream_field.attname, new))


def _walk(block, raw, label, result):
    """The repaired raw (JSON) value of `block`; changes go to result.changes."""
    if isinstance(block, blocks.StreamBlock):
        return [_walk_child(block.child_blocks.get(item.get("type")), item, label, number, result)
                for number, item in enumerate(raw or [], start=1)]
    if isinstance(block, blocks.ListBlock):
        return [_walk_list_item(block.child_block, item, label, number, result)
                for number, item in enumerate(raw or [], start=1)]
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return {name: _walk(block.child_blocks[name], value,
                            label + _SEPARATOR + str(block.child_blocks[name].label), result)
                if name in block.child_blocks else value
                for name, value in raw.items()}
    if isinstance(block, TableBlock) and isinstance(raw, dict):
        return _walk_table(raw, label, result)
    if not isinstance(raw, str) or not raw:
        return raw
    if isinstance(block, blocks.RichTextBlock):
        new = clean_html(raw)
        _note(result, label, strip_tags(raw), strip_tags(new))
        return new
    if isinstance(block, (blocks.TextBlock, blocks.CharBlock)):
        new = clean_text(raw, multiline=isinstance(block, blocks.TextBlock))
        _note(result, label, raw, new)
        return new
    return raw


def _walk_child(child_block, item, label, number, result):
    if child_block is None or not isinstance(item, dict):
        return item
    child_label = f"{label}{_SEPARATOR}{child_block.label} {number}"
    return dict(item, value=_walk(child_block, item.get("value"), child_label, result))


def _walk_list_item(child_block, item, label, number, result):
    child_label = f"{label}{_SEPARATOR}{number}"
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return dict(item, value=_walk(child_block, item["value"], child_label, result))
    return _walk(child_block, item, child_label, result)


def _walk_table(raw, label, result):
    new = dict(raw)
    caption = raw.get("table_caption")
    if isinstance(caption, str) and caption:
        new["table_caption"] = clean_text(caption, multiline=False)
        _note(result, f"{label}{_SEPARATOR}chú thích bảng", caption, new["table_caption"])
    rows = raw.get("data")
    if not isinstance(rows, list):
        return new
    new_rows = []
    for r, row in enumerate(rows, start=1):
        if not isinstance(row, list):
            new_rows.append(row)
            continue
        cells = []
        for c, cell in enumerate(row, start=1):
            cleaned = clean_text(cell) if isinstance(cell, str) and cell else cell
            if cleaned != cell:
                _note(result, f"{label}{_SEPARATOR}ô dòng {r}, cột {c}", cell, cleaned)
            cells.append(cleaned)
        new_rows.append(cells)
    new["data"] = new_rows
    return new


def _note(result, label, before, after):
    if before != after:
        result.changes.append(Change(label, before, after))
