"""sort_key() and name_sort_key(): Vietnamese alphabetical order."""

import random

from congtin.vntext import name_sort_key, sort_key

ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
TONES = ["a", "à", "ả", "ã", "á", "ạ"]  # ngang, huyền, hỏi, ngã, sắc, nặng


def _shuffled(items):
    items = list(items)
    random.Random(467).shuffle(items)
    return items


def test_letters_follow_the_vietnamese_alphabet():
    assert sorted(_shuffled(ALPHABET), key=sort_key) == ALPHABET
    upper = [c.upper() for c in ALPHABET]
    assert sorted(_shuffled(upper), key=sort_key) == upper


def test_tones_are_ordered_ngang_huyen_hoi_nga_sac_nang():
    assert sorted(_shuffled(TONES), key=sort_key) == TONES
    assert sorted(_shuffled(["mê", "mề", "mể", "mễ", "mế", "mệ"]), key=sort_key) == [
        "mê",
        "mề",
        "mể",
        "mễ",
        "mế",
        "mệ",
    ]


def test_base_letters_come_before_tones():
    # the tone only breaks a tie between otherwise equal words
    assert sorted(["bàn", "ban", "bạn", "bang"], key=sort_key) == ["ban", "bàn", "bạn", "bang"]
    assert sorted(["ăn", "an", "ân", "anh", "az"], key=sort_key) == ["an", "anh", "az", "ăn", "ân"]


def test_primary_order_ignores_case():
    assert sorted(["bé", "An", "Bà", "an"], key=sort_key) == ["an", "An", "Bà", "bé"]


def test_d_with_stroke_sorts_after_d():
    words = ["Đà Nẵng", "Dương", "Cần Thơ", "Điện Biên", "Gia Lai", "Đắk Lắk", "Ea Súp"]
    assert sorted(words, key=sort_key) == [
        "Cần Thơ",
        "Dương",
        "Đà Nẵng",
        "Đắk Lắk",
        "Điện Biên",
        "Ea Súp",
        "Gia Lai",
    ]


def test_numbers_sort_by_value():
    assert sorted(["Điều 10", "Điều 2", "Điều 1"], key=sort_key) == ["Điều 1", "Điều 2", "Điều 10"]


def test_unit_names_sort_as_a_vietnamese_reader_expects():
    units = [
        "Văn phòng Sở",
        "Phòng Quản lý Thương mại",
        "Ban Quản lý chợ",
        "Thanh tra Sở",
        "Phòng Kế hoạch – Tài chính",
        "Chi cục Quản lý thị trường",
        "Ủy ban nhân dân",
    ]
    assert sorted(units, key=sort_key) == [
        "Ban Quản lý chợ",
        "Chi cục Quản lý thị trường",
        "Phòng Kế hoạch – Tài chính",
        "Phòng Quản lý Thương mại",
        "Thanh tra Sở",
        "Ủy ban nhân dân",
        "Văn phòng Sở",
    ]


def test_people_sort_by_given_name_then_the_rest():
    people = [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn An",
        "Phạm Minh Đức",
        "Võ Thị Ánh",
        "Hoàng Anh",
        "Đặng Văn Dũng",
        "Bùi Thị Ân",
        "Ngô Quang Ăn",
    ]
    assert sorted(people, key=name_sort_key) == [
        "Lê Văn An",
        "Nguyễn Văn An",
        "Hoàng Anh",
        "Võ Thị Ánh",
        "Ngô Quang Ăn",
        "Bùi Thị Ân",
        "Trần Thị Bình",
        "Đặng Văn Dũng",
        "Phạm Minh Đức",
    ]


def test_keys_work_on_empty_and_odd_input():
    assert sorted(["", "  ", "A", "1", "-"], key=sort_key)[0] in ("", "  ")
    assert sorted(["", "Lê An"], key=name_sort_key) == ["", "Lê An"]
