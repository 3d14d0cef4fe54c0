"""The text shapes the input cleaning handles: plain values (the public
helper other apps call), HTML text nodes, Draftail blocks with styled
ranges, table cells."""

import json

from congtin.textinput import clean_text
from congtin.textinput.middleware import clean_value
from congtin.textinput.text import clean_contentstate, clean_fragment, clean_html

from .conftest import NFD, TCVN3_PASTE, UNICODE, VNI_PASTE


def test_clean_text_for_mail_and_imports_keeps_lines_of_multiline_text():
    body = f"Kính gửi {TCVN3_PASTE},\r\n\r\n  Công ty   chúng tôi xin hỏi\u200b:  \n"
    assert clean_text(body) == f"Kính gửi {UNICODE},\n\n  Công ty chúng tôi xin hỏi:\n"


def test_clean_text_makes_a_one_line_value_one_clean_line():
    assert clean_text(f"  {VNI_PASTE}\t tháng 12 ") == f"{UNICODE} tháng 12"
    assert clean_text(f"{NFD}\nvề", multiline=False) == f"{UNICODE} về"
    assert clean_text("") == ""


def test_html_text_nodes_are_repaired_and_markup_is_left_byte_for_byte():
    markup = ('<p data-block-key="x1"><a href="/tin-tuc/?a=1&amp;b=2" id="l">'
              f"{TCVN3_PASTE}</a> &amp; <i>{NFD}</i> mới</p>")
    assert clean_html(markup) == ('<p data-block-key="x1"><a href="/tin-tuc/?a=1&amp;b=2" '
                                  f'id="l">{UNICODE}</a> &amp; <i>{UNICODE}</i> mới</p>')


def test_clean_html_returns_unicode_markup_unchanged():
    markup = "<p>Sở&nbsp;Công Thương &lt;b&gt; <b>đúng</b> 100&nbsp;kWh</p>"
    assert clean_html(markup) == markup


def test_clean_html_keeps_no_break_spaces_while_repairing_a_node():
    assert clean_html(f"<p>{TCVN3_PASTE}: 100&nbsp;kWh</p>") == f"<p>{UNICODE}: 100\xa0kWh</p>"


def block(text, styles=(), entities=()):
    return {"blocks": [{"key": "k", "text": text, "type": "unstyled",
                        "inlineStyleRanges": [dict(r) for r in styles],
                        "entityRanges": [dict(r) for r in entities]}],
            "entityMap": {"0": {"type": "LINK", "data": {"url": "/lien-he/"}}}}


def styled(state):
    b = state["blocks"][0]
    return [b["text"][r["offset"]:r["offset"] + r["length"]]
            for r in b["inlineStyleRanges"] + b["entityRanges"]]


def test_bold_and_link_ranges_follow_their_words_through_repair():
    text = f"Liên hệ  {TCVN3_PASTE} tại đây"
    bold = {"offset": text.index("C«ng"), "length": len("C«ng Th\u00ad¬ng"), "style": "BOLD"}
    link = {"offset": text.index("tại"), "length": len("tại đây"), "key": 0}
    cleaned = clean_contentstate(block(text, [bold], [link]))
    assert cleaned["blocks"][0]["text"] == f"Liên hệ {UNICODE} tại đây"
    assert styled(cleaned) == ["Công Thương", "tại đây"]
    assert cleaned["entityMap"] == {"0": {"type": "LINK", "data": {"url": "/lien-he/"}}}


def test_ranges_stay_inside_the_text_when_a_lone_invisible_word_disappears():
    text = "a \u200b b " + NFD
    state = clean_contentstate(block(text, [{"offset": 0, "length": len(text), "style": "I"}]))
    new = state["blocks"][0]
    assert new["text"] == "a b " + UNICODE
    r = new["inlineStyleRanges"][0]
    assert 0 <= r["offset"] <= r["offset"] + r["length"] <= len(new["text"])


def test_posted_draftail_and_table_json_are_cleaned_other_json_is_not():
    posted = json.dumps(block(TCVN3_PASTE))
    assert json.loads(clean_value(posted))["blocks"][0]["text"] == UNICODE
    grid = json.dumps({"data": [[VNI_PASTE, None]], "table_caption": NFD})
    assert json.loads(clean_value(grid)) == {"data": [[UNICODE, None]], "table_caption": UNICODE}
    assert clean_value('{"a": 1') == '{"a": 1'  # not JSON: plain text, already clean
    assert clean_value("[" * 100_000) == "[" * 100_000  # too deep for json: left as text


def test_a_hostile_paragraph_of_10_kb_combining_marks_is_composed():
    marks = "a" + "\u0301" * 10_000
    state = clean_contentstate(block(marks, [{"offset": 1, "length": 5000, "style": "BOLD"}]))
    new = state["blocks"][0]
    assert new["text"].startswith("á")
    r = new["inlineStyleRanges"][0]
    assert r["offset"] + r["length"] <= len(new["text"])


def test_html_with_200_000_unclosed_angle_brackets_comes_back_as_it_was():
    # A pattern scanning to the end from every "<" took minutes on this (issue 20).
    markup = "<p>" + "<" * 200_000
    assert clean_html(markup) == markup


def test_a_text_node_with_200_000_spaces_keeps_its_edges_and_repairs_its_words():
    spaces = " " * 200_000
    node = f"{spaces}{TCVN3_PASTE}{spaces}x{spaces}"
    assert clean_fragment(node) == f"{spaces}{UNICODE} x{spaces}"
    assert clean_html(f"<p>{node}</p>") == f"<p>{spaces}{UNICODE} x{spaces}</p>"
