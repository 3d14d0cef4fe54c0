"""fold() for search and unify_tone_placement() for one spelling per word."""

import pytest

from congtin.vntext import fold, unify_tone_placement


def test_case_and_diacritics_fold_to_one_key():
    assert fold("CÔNG THƯƠNG") == fold("Công Thương") == fold("cong thuong") == "cong thuong"


def test_d_with_stroke_folds_to_d():
    assert fold("điện lực") == "dien luc"
    assert fold("ĐIỆN LỰC Đà Nẵng") == "dien luc da nang"


@pytest.mark.parametrize(
    "old, new",
    [
        ("hòa", "hoà"),
        ("thúy", "thuý"),
        ("qủa", "quả"),
        ("hõa", "hoã"),
        ("khỏe", "khoẻ"),
        ("Hòa Bình", "Hoà Bình"),
    ],
)
def test_old_and_new_tone_placement_fold_alike(old, new):
    assert fold(old) == fold(new)


@pytest.mark.parametrize(
    "old, new",
    [
        ("hòa", "hoà"),
        ("thúy", "thuý"),
        ("qủa", "quả"),
        ("hõa", "hoã"),
        ("HÒA", "HOÀ"),
        ("Thủy", "Thuỷ"),
        ("lõa", "loã"),
        ("xòe", "xoè"),
    ],
)
def test_unify_tone_placement_moves_tones_to_the_new_style(old, new):
    assert unify_tone_placement(old) == new
    assert unify_tone_placement(new) == new


def test_unify_tone_placement_leaves_other_words_alone():
    text = "Người được hoàn thành quyết định của Sở; café, Noël, x = 1."
    assert unify_tone_placement(text) == text
    assert unify_tone_placement("Thúy và Hòa ở Khánh Hòa") == "Thuý và Hoà ở Khánh Hoà"


def test_fold_repairs_legacy_text_first():
    assert fold("Së C«ng Th\u00ad¬ng") == fold("Sôû Coâng Thöông") == "so cong thuong"
    assert fold("Vie^.t Nam") == "viet nam"


def test_fold_collapses_whitespace_and_strips_foreign_accents():
    assert fold("  Café \n crème  ") == "cafe creme"
