"""The Vietnamese syllable check that legacy detection relies on."""

import pytest

from congtin.vntext import is_syllable


@pytest.mark.parametrize(
    "word",
    [
        "a",
        "ở",
        "anh",
        "Công",
        "THƯƠNG",
        "người",
        "được",
        "quyết",
        "quốc",
        "quả",
        "gì",
        "già",
        "giữa",
        "giếng",
        "khuỷu",
        "khuya",
        "thuở",
        "nghiêng",
        "ngoằn",
        "xoáy",
        "hòa",
        "hoà",
        "thúy",
        "thuý",
        "qủa",
        "yêu",
        "uyên",
        "oán",
        "kìa",
        "ĐIỀU",
        "Việt",
    ],
)
def test_real_syllables_are_accepted(word):
    assert is_syllable(word)


@pytest.mark.parametrize(
    "word",
    [
        "café",
        "crème",
        "Noël",
        "façon",
        "für",
        "Größe",
        "cafộ",
        "Sôû",
        "Noở",
        "lỔ",
        "cem",
        "ka",
        "ngh",
        "ngi",
        "ghá",
        "cát1",
        "cat",
        "hoàa",
        "tôì",
        "website",
        "Thơng",
        "ộtộ",
    ],
)
def test_foreign_or_garbled_words_are_rejected(word):
    assert not is_syllable(word)


def test_syllables_closed_by_p_t_c_ch_take_only_sac_or_nang():
    assert is_syllable("các") and is_syllable("lạc")
    assert not is_syllable("càc") and not is_syllable("cac")


def test_tone_must_sit_where_old_or_new_rule_puts_it():
    assert is_syllable("hoán") and not is_syllable("hóan")  # with a final: always on a
    assert is_syllable("người") and not is_syllable("ngừơi")
