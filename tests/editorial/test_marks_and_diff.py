"""What the Head sees when approved text changed (a word-level diff), and the
coloured near-due / overdue marks of the queues (Đ.8, Đ.9.2.c)."""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse

from congtin.editorial import chain, queues, services
from congtin.editorial.deadlines import NEAR_DUE, due_of
from congtin.editorial.fingerprint import word_diff

CSS = Path(__file__).resolve().parents[2] / "congtin/editorial/static/editorial/editorial.css"


def test_word_diff_marks_only_the_words_that_changed():
    diff = {"text_removed": ["Sản lượng điện tăng 5,4% so với cùng kỳ.", "Dòng bị bỏ hẳn."],
            "text_added": ["Sản lượng điện tăng 9,9% so với cùng kỳ.",
                           "Một đoạn hoàn toàn mới được thêm."]}
    first, dropped, new = word_diff(diff)
    assert first == [("equal", "Sản lượng điện tăng "), ("delete", "5,4%"), ("insert", "9,9%"),
                     ("equal", " so với cùng kỳ.")]
    assert dropped == [("delete", "Dòng bị bỏ hẳn.")]
    assert new == [("insert", "Một đoạn hoàn toàn mới được thêm.")]


def test_word_diff_of_nothing_is_empty():
    assert word_diff({}) == []


@pytest.mark.django_db
def test_head_sees_inserted_and_deleted_words_with_text_for_screen_readers(
        make_item, advance, user, client):
    page = advance(make_item(), "publish")
    draft = page.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    raw[0]["value"] = "<p>Sản lượng điện thương phẩm tăng 9,9%.</p>"
    draft.body = raw
    draft.save_revision(user=user("kythuat"))
    services.act(page, user("kythuat"), "approve")
    assert services.current_step(page) == chain.HEAD
    head_mail = [m for m in mail.outbox if user("truongban").email in m.to][-1]
    assert "Sản lượng điện thương phẩm tăng [-5,4%.-]{+9,9%.+}" in head_mail.body
    client.force_login(user("truongban"))
    html = client.get(reverse("editorial:item", args=(page.pk,))).content.decode()
    line = re.search(r"<p>Sản lượng điện thương phẩm tăng .*?</p>", html, re.S).group(0)
    assert ('<del class="editorial-diff__del"><span class="w-sr-only">[bắt đầu phần bị xóa] '
            '</span>5,4%.<span class="w-sr-only"> [hết phần bị xóa]</span></del>') in line
    assert ('<ins class="editorial-diff__ins"><span class="w-sr-only">[bắt đầu phần thêm vào] '
            '</span>9,9%.<span class="w-sr-only"> [hết phần thêm vào]</span></ins>') in line
    # The words that did not change are plain text, outside any mark.
    assert line.startswith("<p>Sản lượng điện thương phẩm tăng <del")
    assert "editorial/editorial.css" in html


@pytest.mark.django_db
def test_near_due_and_overdue_rows_carry_a_coloured_mark_with_words(make_item, advance):
    page = advance(make_item(title="Tin kiểm thử hạn xử lý"), "unit")
    due = due_of(services.current_state(page))
    row = next(r for r in queues.overview(now=due - NEAR_DUE / 2)["rows"] if r["page"] == page)
    assert row["urgency"] == "near"
    html = render_to_string("editorial/queue_table.html", {"rows": [row]})
    assert '<span class="editorial-mark editorial-mark--near">Sắp đến hạn</span>' in html
    late = next(r for r in queues.overview(now=due)["rows"] if r["page"] == page)
    html = render_to_string("editorial/queue_table.html", {"rows": [late]})
    assert '<span class="editorial-mark editorial-mark--overdue">Quá hạn</span>' in html
    grid = queues.overview(now=due - NEAR_DUE / 2)["grid"]
    assert any(cell["near"] for line in grid for cell in line["cells"])


def _luminance(hex_colour):
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background):
    lighter, darker = sorted([_luminance(foreground), _luminance(background)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("selector", [".editorial-mark--overdue", ".editorial-mark--near",
                                      ".editorial-diff__del", ".editorial-diff__ins"])
def test_every_mark_meets_aa_contrast(selector):
    rule = re.search(re.escape(selector) + r"\s*\{(.*?)\}", CSS.read_text(), re.S).group(1)
    colour = re.search(r"(?<!-)color:\s*(#[0-9a-f]{6})", rule).group(1)
    background = re.search(r"background-color:\s*(#[0-9a-f]{6})", rule).group(1)
    assert contrast(colour, background) >= 4.5, (selector, contrast(colour, background))
