"""Queries a visitor types into /tim-kiem/, against the demo department.

Every test asks through the real view and reads the titles off the page.
tests/pg/test_search_on_postgresql.py runs this module again on PostgreSQL.
"""

import re

import pytest

from tests.support import demo_text

from .helpers import publish_article, search

pytestmark = pytest.mark.django_db

SOLAR = "Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ: lợi ích và lưu ý"
TARIFF = "Cách tính tiền điện sinh hoạt theo biểu giá bậc thang"
SAFETY = "Tập huấn an toàn điện trong mùa mưa bão cho doanh nghiệp và người dân"
FUEL = "Những điểm cần lưu ý về điều kiện kinh doanh xăng dầu"


def fair():
    """The fair opened yesterday, in the demo's year."""
    return demo_text("Khai mạc Hội chợ Khuyến mại Thành phố năm ${nam}", days_ago=1)


def chemicals():
    """A notice 16 days old about next year's inspections."""
    return demo_text("Thông báo kế hoạch kiểm tra an toàn hóa chất năm ${nam_sau}", days_ago=16)


@pytest.mark.parametrize("query", ["hội chợ khuyến mại", "hoi cho khuyen mai",
                                   "HOI CHO KHUYEN MAI", "Hội Chợ Khuyến Mại",
                                   "HỘI CHỢ KHUYẾN MẠI", "hoi CHỢ khuyen MẠI"])
def test_diacritics_and_case_do_not_matter(client, query):
    assert fair() in search(client, query)


@pytest.mark.parametrize("query", ["cong thuong", "CÔNG THƯƠNG", "Công Thương", "công thương"])
def test_cong_thuong_is_one_query_however_it_is_typed(client, query):
    reference = search(client, "cong thuong")
    assert reference
    assert search(client, query) == reference


def test_dien_luc_finds_dien_luc_with_its_marks(client):
    titles = search(client, "dien luc")
    assert "Năng lượng và điện lực" in titles
    assert titles == search(client, "Điện lực")


@pytest.mark.parametrize("query", ["hoa chat", "hóa chất", "hoá chất", "HOÁ CHẤT"])
def test_old_and_new_tone_placement_find_the_same_pages(client, query):
    # The demo writes "hóa chất" (old placement); "hoá chất" is the new one.
    assert chemicals() in search(client, query)


@pytest.mark.parametrize("query", ["Thúy", "Thuý", "thuy", "THÚY", "THUÝ"])
def test_thuy_in_either_placement_finds_thuy(client, query):
    publish_article("Cô Nguyễn Thị Thúy nhận bằng khen", "Bằng khen của Bộ Công Thương.")
    publish_article("Bà Lê Thuý Hằng phụ trách bình ổn giá", "Phân công nhiệm vụ.")
    titles = search(client, query)
    assert "Cô Nguyễn Thị Thúy nhận bằng khen" in titles
    assert "Bà Lê Thuý Hằng phụ trách bình ổn giá" in titles


@pytest.mark.parametrize("query", ["điều hòa", "điều hoà", "dieu hoa"])
def test_words_in_the_body_are_found(client, query):
    # "điều hòa nhiệt độ" appears only in an article's body text.
    assert search(client, query)


def test_the_last_word_matches_as_a_prefix(client):
    assert fair() in search(client, "hoi cho khuyen ma")
    publish_article("Kiểm định thiết bị nâng hạ tại cảng", "Đợt kiểm định định kỳ.")
    assert "Kiểm định thiết bị nâng hạ tại cảng" in search(client, "kiem dinh thiet bi na")
    # Only the last word is a prefix: "thie" is no word of the page.
    assert search(client, "thie bi nang") == []


def test_every_word_must_match(client):
    titles = search(client, "dien mat troi")
    assert SOLAR in titles
    assert TARIFF not in titles
    assert search(client, "dien mat troi xangdauzzz") == []


def test_words_may_come_in_any_order(client):
    assert SOLAR in search(client, "troi mat dien")


def test_table_cells_are_searchable(client):
    # The outage-free notice table lists "Điện lực" as a field of procedures.
    assert search(client, "xang dau dien luc")


def test_tags_are_searchable(client):
    article = publish_article("Tin có từ khóa riêng", "Nội dung bình thường.", publish=False)
    article.tags.add("Quỹ bình ổn giá Zênit")
    article.save_revision().publish()
    assert "Tin có từ khóa riêng" in search(client, "zenit")


def test_results_are_newest_first(client):
    titles = search(client, "phien cho hang viet")
    assert titles[:4] == [
        "Phiên chợ hàng Việt tại Khu chế xuất Linh Trung thu hút hơn 7.000 lượt công nhân",
        "Phiên chợ hàng Việt tại Khu công nghiệp Lê Minh Xuân thu hút hơn 9.000 lượt công nhân",
        "Phiên chợ hàng Việt tại Khu công nghiệp Tân Bình thu hút hơn 10.000 lượt công nhân",
        "Phiên chợ hàng Việt tại Khu công nghiệp Hiệp Phước thu hút hơn 8.000 lượt công nhân",
    ]


def test_numbers_are_words_too(client):
    title = demo_text("Kim ngạch xuất khẩu ${so_thang} tháng đạt 41,6 tỷ USD, tăng 9,8%", days_ago=6)
    assert title in search(client, "41,6 tỷ")


def test_no_match_says_so(client):
    response = client.get("/tim-kiem/", {"q": "khongcotrongtrangnao"})
    assert "Không tìm thấy kết quả nào cho “khongcotrongtrangnao”" in response.content.decode()


def test_kind_filter_keeps_only_notices(client):
    everything = search(client, "an toan hoa chat")
    notices = search(client, "an toan hoa chat", loai="thong-bao")
    assert chemicals() in notices
    assert set(notices) < set(everything)
    assert "An toàn hóa chất và vật liệu nổ công nghiệp" not in notices


def test_kind_filter_pages_and_news(client):
    assert "An toàn hóa chất và vật liệu nổ công nghiệp" in search(client, "hoa chat", loai="trang")
    news = search(client, "hoa chat", loai="tin-tuc")
    assert "Kiểm tra an toàn hóa chất tại các doanh nghiệp trong Khu công nghiệp Tân Tạo" in news
    assert chemicals() not in news


def test_unknown_kind_filter_means_every_kind(client):
    assert search(client, "hoa chat", loai="khong-co") == search(client, "hoa chat")


def test_english_search_shows_only_english_pages(client):
    english = search_en(client, "electricity")
    assert english
    assert all(title.isascii() for title in english)
    assert "Năng lượng và điện lực" not in search_en(client, "dien luc")


def search_en(client, query):
    from .helpers import result_titles

    return result_titles(client.get("/en/tim-kiem/", {"q": query}))


def test_results_link_to_the_pages_and_mark_the_words(client):
    html = client.get("/tim-kiem/", {"q": "dien mat troi"}).content.decode()
    assert "<mark>Điện</mark> <mark>mặt</mark> <mark>trời</mark>" in html
    assert 'href="/' in html


def test_second_page_continues_the_first(client):
    first = search(client, "cong")
    second = search(client, "cong", page=2)
    assert len(first) == 20
    assert second and not set(first) & set(second)


def test_each_result_shows_its_kind_and_date(client):
    from .helpers import page_text

    text = page_text(client.get("/tim-kiem/", {"q": "an toan hoa chat"}))
    assert "Thông báo ·" in text
    assert "Tin tức ·" in text
    assert "Trang nội dung ·" in text
    assert re.search(r"·\s+\d{2}/\d{2}/\d{4}", text)
