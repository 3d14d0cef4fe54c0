"""Hostile input costs time in proportion to its length (issue 20).

A form field of "x\\n" + "\\t" * 48_000 + "x" once took 11 s in normalize(),
and "C«ng-" * 2_000 hours in repair: a pattern or a diff retried from every
character. These tests give each public function inputs of 200,000
characters built the way those attacks were; quadratic code would take
minutes to hours on each, so the suite finishing is the proof. How long the
linear code takes is measured in bench/vntext_whitespace.py, never asserted
here. The properties check that the results are still right.
"""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congtin.vntext import (
    decode_bytes,
    fold,
    is_syllable,
    name_sort_key,
    normalize,
    repair_text,
    sort_key,
    unify_tone_placement,
)
from congtin.vntext.nfc import nfc

HOSTILE = 200_000

# Every kind of whitespace vntext knows, and the characters around it.
SPACES = [" ", "\t", "\u00a0", "\u1680", *map(chr, range(0x2000, 0x200B)),
          "\u202f", "\u205f", "\u3000"]
NEWLINES = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\u2028", "\u2029"]
# Zero-width and other invisible characters (dropped), and controls Python
# counts as space but that are dropped here (mis-decoded TCVN3 letters).
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200e",
             "\u034f", "\u180e", "\x1c", "\x1f", "\x85"]
KINDS = SPACES + NEWLINES + INVISIBLE

# A line around the run: mid-line, as indentation, before a line break, at the end.
CONTEXTS = [("Sở", "Công"), ("Sở\n", "Công"), ("Sở", "\nCông"), ("Sở", "")]


def _dropped(text: str) -> str:
    # NFC as well: U+2000 and U+2001 are canonically U+2002 and U+2003.
    return unicodedata.normalize("NFC", "".join(c for c in text if c not in INVISIBLE))


def expected_multiline(text: str) -> str:
    """The multi-line rules, line by line: breaks become LF, invisible
    characters go, trailing spaces and tabs go, leading spaces stay, runs of
    spaces inside a line become one; tabs and other spaces stay as typed."""
    text = text.replace("\r\n", "\n")
    text = _dropped(text.translate({ord(c): "\n" for c in "\r\x0b\x0c\u2028\u2029"}))
    lines = []
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        indent = len(line) - len(line.lstrip(" "))
        lines.append(line[:indent] + re.sub(" {2,}", " ", line[indent:]))
    return "\n".join(lines)


def expected_single_line(text: str) -> str:
    """Every run of whitespace is one space, the ends stripped."""
    return " ".join(_dropped(text).split())


@settings(max_examples=150, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3),
    length=st.integers(1, 30_000),
    context=st.sampled_from(CONTEXTS),
)
def test_runs_of_every_whitespace_kind_follow_the_whitespace_rules(kinds, length, context):
    run = "".join(kinds) * (length // len("".join(kinds)) or 1)
    text = context[0] + run + context[1]
    assert normalize(text) == expected_multiline(text)
    assert normalize(text, multiline=False) == expected_single_line(text)


@pytest.mark.parametrize("kind", KINDS, ids=["+".join(f"U{ord(c):04X}" for c in k) for k in KINDS])
def test_normalize_cleans_a_200_000_character_run_of_every_whitespace_kind(kind):
    text = "x\n" + kind * HOSTILE + "x"  # the issue's field, with every kind
    assert normalize(text) == expected_multiline(text)
    assert normalize(text, multiline=False) == expected_single_line(text)


def test_the_issues_tab_field_keeps_its_indentation():
    assert normalize("x\n" + "\t" * 48_000 + "x") == "x\n" + "\t" * 48_000 + "x"
    assert normalize("x" + "\t" * 48_000 + "\ny") == "x\ny"


# --- combining marks -------------------------------------------------------------

MARKS = [*map(chr, range(0x300, 0x370)), "\u0f71", "\u0f72", "\u0f73", "\u0f80", "\u0344",
         "\u05b0", "\u1dc0", "\U0001d165", "\U0001d16d"]
BASES = ["a", "e", "ê", "ệ", "ư", "Ǖ", "\u1fb7", "\u0f40", " ", "x"]
runs_of_marks = st.lists(
    st.tuples(st.sampled_from(BASES), st.lists(st.sampled_from(MARKS), max_size=80)),
    max_size=4,
).map(lambda pairs: "".join(base + "".join(marks) for base, marks in pairs))


@settings(max_examples=300, deadline=None)
@given(runs_of_marks)
def test_long_runs_of_combining_marks_compose_exactly_as_unicode_nfc(text):
    assert nfc(text) == unicodedata.normalize("NFC", text)


def test_a_200_000_mark_run_in_falling_class_order_is_composed():
    # Dot below (class 220) after each acute (230): every mark out of order.
    text = "a" + "\u0301\u0323" * (HOSTILE // 2)
    composed = "ạ" + "\u0323" * (HOSTILE // 2 - 1) + "\u0301" * (HOSTILE // 2)
    assert nfc(text) == composed
    assert normalize(text) == composed
    assert normalize(text, multiline=False) == composed
    assert fold(text) == "a"
    assert unify_tone_placement(text) == composed
    assert sort_key("a") < sort_key(text) < sort_key("b")
    assert name_sort_key("Nguyễn Văn " + text)[0] == sort_key(composed)


# --- legacy repair -----------------------------------------------------------------


def test_a_long_hyphenated_token_of_pasted_tcvn3_is_repaired_and_counted():
    result = repair_text("C«ng-" * (HOSTILE // 5))
    assert result.text == "Công-" * (HOSTILE // 5)
    assert result.found == ["TCVN3"] and result.changed == HOSTILE // 5
    assert normalize("Së C«ng-" + "C«ng-" * (HOSTILE // 5)).startswith("Sở Công-Công-")


def test_a_long_vni_token_is_repaired():
    assert repair_text("Coâng-" * (HOSTILE // 6)).text == "Công-" * (HOSTILE // 6)


def test_a_long_ascii_word_after_a_viqr_mark_is_left_as_written():
    text = "a^ " + "x" * HOSTILE
    assert repair_text(text).text == text
    long_word = "x" * HOSTILE
    assert normalize(f"Vie^.t Nam ca'c ba.n {long_word}") == f"Việt Nam các bạn {long_word}"


def test_pasted_tcvn3_made_of_bare_tone_marks_is_decoded():
    # TCVN3 bytes 0xB0-0xB4 are bare tone marks (grave, dot below...): a
    # hostile file of them, every dot below out of canonical order.
    data = b"a" + b"\xb0\xb4" * (HOSTILE // 2)
    decoded = decode_bytes(data, encoding="tcvn3").text
    assert decoded == "ạ" + "\u0323" * (HOSTILE // 2 - 1) + "\u0300" * (HOSTILE // 2)
    pasted = "a" + "\xb0\xb4" * (HOSTILE // 2)  # the same bytes pasted through Latin-1
    assert unicodedata.is_normalized("NFC", normalize(pasted))


def test_a_200_000_letter_word_is_not_a_syllable():
    assert not is_syllable("a" * HOSTILE)
    assert unify_tone_placement("hòa " + "a" * HOSTILE) == "hoà " + "a" * HOSTILE
