"""normalize(): idempotent on any text, and valid Vietnamese comes back as is."""

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from congtin.vntext import encode_viqr, encode_vn3, encode_vni, normalize
from congtin.vntext.legacy import cp1252_view
from congtin.vntext.letters import SPLIT, compose
from congtin.vntext.syllable import ONSETS, RHYMES, parse

# --- strategies -----------------------------------------------------------------

# Characters that stress the repair: Latin-1 and Windows-1252 (legacy views),
# Vietnamese letters, VIQR marks, invisible characters, controls, whitespace.
_TRICKY = (
    "«¬­¸µ¹ª©®§¶·°±²³´½¼¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
    "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\x80\x81\x8d\x90\x9d\x01\x02\x11\x16\x17"
    "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "^(+'`?~.\\ddDD aeiouyAEIOUY ngchtrqu\n\r\t \u00a0\u200b\u200c\u200d\ufeff\u2028"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
)
tricky_text = st.text(alphabet=st.sampled_from(_TRICKY), max_size=60)
any_text = st.text(max_size=80)


def _word(onset: str, rhyme: str, tone: int, old_style: bool, case: str) -> str | None:
    syl = parse(onset + rhyme)
    if syl is None:
        return None
    at = syl.new_at
    if old_style and rhyme[:2] in ("oa", "oe", "uy") and len(rhyme) == 2:
        at -= 1  # hòa, thúy: the old placement
    letters = list(onset + rhyme)
    letters[at] = compose(SPLIT[letters[at]][0], tone)
    word = "".join(letters)
    if parse(word) is None:  # a tone that rhyme cannot take (các, not càc)
        return None
    return {"lower": word, "title": word.capitalize(), "upper": word.upper()}[case]


syllables = st.builds(
    _word,
    st.sampled_from(ONSETS),
    st.sampled_from(sorted(RHYMES)),
    st.integers(0, 5),
    st.booleans(),
    st.sampled_from(["lower", "lower", "lower", "title", "upper"]),
).filter(lambda w: w is not None)
separators = st.sampled_from([" ", " ", " ", ", ", ". ", ": ", "; ", " – ", " (", ") "])
lines = st.lists(st.tuples(syllables, separators), min_size=1, max_size=12).map(
    lambda pairs: "".join(w + s for w, s in pairs).strip()
)
vietnamese_text = st.lists(lines, min_size=1, max_size=4).map("\n".join)


def _legacy_forms(word: str):
    """The word as Unicode, VIQR, and VNI / TCVN3 pasted through Windows-1252."""
    forms = [word, encode_viqr(word)]
    for encode in (encode_vni, lambda w: encode_vn3(w.lower())):
        try:
            forms.append(cp1252_view(encode(word)))
        except ValueError:
            pass
    return st.sampled_from(forms)


_ODD_TOKENS = [
    "café",
    "Noël",
    "à",
    "où",
    "–",
    "“",
    "1½",
    "µm",
    "C++",
    "e.g.",
    "a^b",
    "I'm",
    "ra.",
    "\u200b",
    "\u00ad",
]
mixed_text = st.lists(
    st.tuples(
        syllables.flatmap(_legacy_forms) | st.sampled_from(_ODD_TOKENS),
        st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u200b", "", ", ", ". "]),
    ),
    max_size=15,
).map(lambda pairs: "".join(w + s for w, s in pairs))

# --- properties -----------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(any_text, tricky_text, mixed_text))
@example("Së C«ng Th\u00ad¬ng")
@example("C\u200b«ng")
@example("a\u00ad\u0300")
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
    single = normalize(text, multiline=False)
    assert normalize(single, multiline=False) == single


@settings(max_examples=200, deadline=None)
@given(vietnamese_text)
def test_valid_nfc_vietnamese_is_returned_unchanged(text):
    assert unicodedata.is_normalized("NFC", text)
    assert normalize(text) == text


@settings(max_examples=100, deadline=None)
@given(st.one_of(any_text, tricky_text))
def test_output_is_nfc_without_controls_or_invisible_characters(text):
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in out)
    assert not set(out) & set("\u00ad\u200b\u200c\ufeff\r")


# --- examples -------------------------------------------------------------------


def test_soft_hyphen_and_zero_width_characters_are_dropped():
    assert normalize("Thông\u00ad tin\u200b điện\ufeff tử") == "Thông tin điện tử"


def test_soft_hyphen_inside_pasted_tcvn3_is_the_letter_u_horn():
    assert normalize("Së C«ng Th\u00ad¬ng") == "Sở Công Thương"


def test_multiline_keeps_newlines_tabs_and_indentation_and_collapses_spaces():
    text = "Điều 1:  Phạm vi   \r\n\tkhoản 1\r\n    a. Quản lý  website  "
    assert normalize(text) == "Điều 1: Phạm vi\n\tkhoản 1\n    a. Quản lý website"


def test_single_line_collapses_all_whitespace_and_strips():
    assert normalize("  Sở\u00a0Công \n\t Thương  ", multiline=False) == "Sở Công Thương"


def test_controls_are_dropped():
    assert normalize("Sở\x00 Công\x07 Thương\x1b") == "Sở Công Thương"


def test_emoji_sequences_keep_their_joiner():
    assert normalize("cán bộ 👩\u200d💻") == "cán bộ 👩\u200d💻"
    assert normalize("Công\u200dThương") == "CôngThương"


def test_nfd_input_is_composed():
    assert (
        normalize(unicodedata.normalize("NFD", "Nghị định 42/2022/NĐ-CP"))
        == "Nghị định 42/2022/NĐ-CP"
    )
