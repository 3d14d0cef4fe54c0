"""The public library at /van-ban/: filters, search without diacritics,
the document page with its metadata, relations and Dublin Core, RSS."""

import re
import xml.etree.ElementTree as ET

import pytest

from congtin.legal.models import IssuingBody, LegalField

pytestmark = pytest.mark.django_db


def _symbols(response):
    return re.findall(r'<h2><a href="/van-ban/[^"]+/">([^<]+)</a>', response.content.decode())


def test_listing_shows_newest_first(client):
    symbols = _symbols(client.get("/van-ban/"))
    assert symbols[0] in {"4012/QĐ-SCT", "3480/SCT-VP"}
    assert "3921/SCT-VP" not in symbols  # still waiting for approval


@pytest.mark.parametrize("query", ["quyet dinh 467", "QUYẾT ĐỊNH 467", "467/QĐ-SCT",
                                   "467/qd-sct", "Quyết định 467"])
def test_search_without_diacritics_finds_the_regulation(client, query):
    assert _symbols(client.get("/van-ban/", {"q": query})) == ["467/QĐ-SCT"]


def test_search_reaches_into_the_full_text(client):
    # Đ.7.3 of the regulation, only in its full text: "chỉ sử dụng bộ mã Unicode".
    assert "467/QĐ-SCT" in _symbols(client.get("/van-ban/", {"q": "unicode"}))


def test_old_and_new_tone_placement_find_the_same(client):
    assert _symbols(client.get("/van-ban/", {"q": "thoả thuận"})) == \
        _symbols(client.get("/van-ban/", {"q": "thỏa thuận"}))


def test_filters_by_type_issuer_field_year_and_status(client):
    government = IssuingBody.objects.get(code="CP").pk
    assert set(_symbols(client.get("/van-ban/", {"loai": "nghi_dinh", "hieu_luc": "het"}))) == {
        "43/2011/NĐ-CP", "110/2004/NĐ-CP", "09/2010/NĐ-CP"}
    assert _symbols(client.get("/van-ban/", {"co_quan": government, "nam": "2022"})) == [
        "42/2022/NĐ-CP", "17/2022/NĐ-CP"]
    energy = LegalField.objects.get(name="Năng lượng").pk
    assert set(_symbols(client.get("/van-ban/", {"linh_vuc": energy, "hieu_luc": "con"}))) == {
        "61/2024/QH15", "50/2010/QH12"}
    assert _symbols(client.get("/van-ban/", {"hieu_luc": "het_mot_phan"})) == ["98/2020/NĐ-CP"]


@pytest.mark.parametrize("params", [
    {"nam": "abc"}, {"nam": "99999"}, {"co_quan": "1 OR 1=1"}, {"loai": "<script>"},
    {"page": "-3"}, {"q": "x" * 5000}, {"q": "\x00\x01"}, {"hieu_luc": "%"},
])
def test_hostile_query_strings_get_a_listing_not_an_error(client, params):
    assert client.get("/van-ban/", params).status_code == 200


@pytest.mark.parametrize("name", ["co_quan", "linh_vuc", "nam"])
@pytest.mark.parametrize("value", ["9" * 30, str(2**63), "-1", "-" + "9" * 30, "0", "abc",
                                   "\x00", "1.5", "9" * 5000])
def test_an_impossible_number_in_a_filter_is_ignored_and_the_listing_shown(client, name, value):
    response = client.get("/van-ban/", {name: value})
    assert response.status_code == 200
    assert _symbols(response) == _symbols(client.get("/van-ban/"))


@pytest.mark.parametrize("name", ["co_quan", "linh_vuc", "nam", "page"])
@pytest.mark.parametrize("value", [str(2**31), str(2**63 - 1), "1\x00", "2\x00" + "9" * 40])
def test_an_unknown_or_nul_number_in_a_filter_gets_a_page_not_an_error(client, name, value):
    assert client.get("/van-ban/", {name: value}).status_code in (200, 404)


def test_huge_page_number_is_not_found(client):
    assert client.get("/van-ban/", {"page": "999999999"}).status_code == 404


def test_document_page_shows_metadata_relations_and_derived_status(client):
    page = client.get("/van-ban/43-2011-nd-cp/").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Hết hiệu lực toàn bộ — bị thay thế bởi 42/2022/NĐ-CP từ ngày 01/08/2022" in text
    assert "Ngày ban hành 13/06/2011" in text and "Ngày có hiệu lực 01/08/2011" in text
    assert "Bị thay thế bởi 42/2022/NĐ-CP" in text
    assert "Được hướng dẫn bởi 24/2011/TT-BTTTT" in text
    assert '<meta name="DC.identifier" content="http://testserver/van-ban/43-2011-nd-cp/">' in page
    assert '<meta name="DC.creator" content="Chính phủ">' in page
    assert '<meta name="DC.date" content="2011-06-13">' in page


def test_regulation_467_is_in_the_library_with_its_text_and_file(client):
    page = client.get("/van-ban/467-qd-sct/").content.decode()
    assert "Quyết định 467/QĐ-SCT" in page
    assert "10/10/2011" in page
    assert re.search(r"Người ký</th><td>\s*Giám đốc Sở Công Thương</td>", page)
    assert "Điều 16: Điều khoản thi hành" in page
    link = re.search(r'href="(/media/[^"]+\.pdf)"', page).group(1)
    assert link.endswith(".pdf")


def test_text_extracted_from_the_file_shows_when_none_was_typed(client, login, enter_document):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from congtin.legal.demo import walk_the_chain

    from .conftest import docx_bytes

    document = enter_document("1301/QĐ-SCT", "2026-11-02")
    login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {"file": SimpleUploadedFile(
        "1301.docx", docx_bytes(["Điều 1. Giao Phòng Quản lý Thương mại theo dõi."]))})
    client.logout()
    # the document is published: its new file waits for the chain
    page = client.get("/van-ban/1301-qd-sct/").content.decode()
    assert "Giao Phòng Quản lý Thương mại" not in page
    walk_the_chain(document)
    page = client.get("/van-ban/1301-qd-sct/").content.decode()
    assert "Điều 1. Giao Phòng Quản lý Thương mại theo dõi." in page


def test_unpublished_document_is_not_found(client):
    assert client.get("/van-ban/3921-sct-vp/").status_code == 404


def test_rss_lists_new_documents(client):
    response = client.get("/van-ban/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ET.fromstring(response.content).findall("./channel/item")
    titles = [item.findtext("title") for item in items]
    assert any(title.startswith("467/QĐ-SCT") for title in titles)
    assert not any(title.startswith("3921/SCT-VP") for title in titles)


def test_english_address_serves_the_library_too(client):
    assert client.get("/en/van-ban/").status_code == 200


def test_the_library_is_its_section_page_in_the_tree(client):
    """/van-ban/ renders as the section page of that address: its title and
    introduction (editable in the page tree), the menu marking it current,
    the breadcrumbs through it — the page is no longer hidden by the app."""
    from wagtail.models import Page

    section = Page.objects.get(slug="van-ban", locale__language_code="vi").specific
    page = client.get("/van-ban/").content.decode()
    assert f"<h1>{section.title}</h1>" in page and section.summary in page
    assert "Thư viện văn bản cung cấp các văn bản quy phạm pháp luật" in page  # its body
    assert re.search(r'<a href="/van-ban/"[^>]*aria-current="page"', page)
    document = client.get("/van-ban/467-qd-sct/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', document, re.S).group(0)
    assert 'href="/van-ban/"' in crumbs and "467/QĐ-SCT" in crumbs
    assert crumbs.count('aria-current="page"') == 1
    # an edit of the section's introduction shows at once
    section.summary = "Giới thiệu mới của thư viện văn bản"
    section.save_revision().publish()
    assert "Giới thiệu mới của thư viện văn bản" in client.get("/van-ban/").content.decode()


def test_stable_addresses_still_answer(client):
    assert client.get("/van-ban/rss/").status_code == 200
    assert client.get("/en/van-ban/").status_code == 200
    assert client.get("/en/van-ban/467-qd-sct/").status_code == 200
