"""Whatever a visitor sends to /tim-kiem/: a clear message or results, never a 500."""

import pytest

from .helpers import page_text, search

pytestmark = pytest.mark.django_db

NO_WORDS = "Từ khóa cần có ít nhất một chữ cái hoặc chữ số."


@pytest.mark.parametrize("query", ['"', '"cong', "*", "cong*", "NEAR", "NEAR(cong thuong)",
                                   "-cong", "(cong", "cong)", "body:cong", "facets:l1",
                                   "cong AND OR NOT", "^cong", "cong & thuong | !xang",
                                   "thuong:*", "'; DROP TABLE search_searchentry; --",
                                   "cong\x00thuong", "%_%", "\\", "{body}: x"])
def test_query_syntax_characters_are_plain_text(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200


def test_fts_operators_are_words_not_operators(client):
    # "NEAR" and "OR" are searched as words, so this finds nothing rather than
    # everything that contains either side.
    assert search(client, "dien OR khongcotu") == []


@pytest.mark.parametrize("query", ["!!!", "…", "—", "?? ** ::", "\x00\x00", "   "])
def test_a_query_without_letters_or_digits_gets_a_message(client, query):
    text = page_text(client.get("/tim-kiem/", {"q": query}))
    if query.strip(" \x00"):
        assert NO_WORDS in text
    else:
        assert NO_WORDS not in text  # nothing asked: just the form
    assert "search-results" not in text


def test_empty_query_shows_the_form_only(client):
    response = client.get("/tim-kiem/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert NO_WORDS not in page_text(response)


def test_a_query_over_200_characters_is_cut_and_said_so(client):
    query = "hội chợ khuyến mại " * 20
    text = page_text(client.get("/tim-kiem/", {"q": query}))
    assert "Từ khóa quá dài: chỉ dùng 200 ký tự đầu tiên." in text


def test_a_10_kb_query_is_answered(client):
    response = client.get("/tim-kiem/?q=" + "c%C3%B4ng%20th%C6%B0%C6%A1ng%20" * 400)
    assert response.status_code == 200
    assert "Từ khóa quá dài" in page_text(response)


def test_too_many_words_are_dropped_with_a_note(client):
    query = " ".join(f"tu{n}" for n in range(30))
    text = page_text(client.get("/tim-kiem/", {"q": query}))
    assert "Chỉ dùng 12 từ đầu tiên của từ khóa." in text


def test_legacy_encoded_query_is_repaired(client):
    # "Hội chợ" typed with a VNI keyboard on a legacy font: bytes shown as Latin-1.
    assert search(client, "Hoäi chôï khuyeán maïi") == search(client, "hoi cho khuyen mai")


def test_html_in_the_query_is_shown_as_text(client):
    response = client.get("/tim-kiem/", {"q": "<script>alert(1)</script>"})
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999"])
def test_odd_page_numbers_do_not_crash(client, page):
    response = client.get("/tim-kiem/", {"q": "cong", "page": page})
    assert response.status_code in {200, 404}


def test_a_page_past_the_last_result_is_not_found(client):
    assert client.get("/tim-kiem/", {"q": "cong", "page": 500}).status_code == 404
