"""One client address for the whole site (issue 20, item 3): the connection's
address, or behind a configured proxy the address that proxy appended; never
what the client wrote itself. Every rate limit keys on it, so citizens behind
nginx get a bucket each and a forged X-Forwarded-For gets none."""

import re

import pytest
from django.core.cache import cache

from congtin.clientaddress import address_from_meta
from congtin.qa import challenge
from congtin.qa.models import Question

NGINX = "127.0.0.1"
CITIZEN_A, CITIZEN_B = "198.51.100.23", "203.0.113.77"


def seen(remote, forwarded=None, proxies=(NGINX,), header=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return address_from_meta(meta, proxies=proxies, header=header)


# --- the function -------------------------------------------------------------------------

def test_without_a_configured_proxy_the_header_is_ignored():
    assert seen("203.0.113.5", "198.51.100.1", proxies=()) == "203.0.113.5"
    assert seen("127.0.0.1", "198.51.100.1", proxies=()) == "127.0.0.1"


def test_the_header_is_ignored_when_the_connection_is_not_from_a_trusted_proxy():
    assert seen("203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_behind_the_proxy_the_appended_address_is_the_client():
    assert seen(NGINX, CITIZEN_A) == CITIZEN_A


def test_a_forged_leftmost_entry_is_not_believed():
    assert seen(NGINX, f"1.2.3.4, {CITIZEN_A}") == CITIZEN_A
    assert seen(NGINX, f"{CITIZEN_B}, 10.0.0.1,{CITIZEN_A}") == CITIZEN_A


def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    proxies = (NGINX, "10.0.0.0/8", "192.0.2.10")
    assert seen(NGINX, f"6.6.6.6, {CITIZEN_A}, 192.0.2.10, 10.1.2.3",
                proxies=proxies) == CITIZEN_A


def test_a_client_inside_a_trusted_network_is_the_leftmost_trusted_hop():
    assert seen(NGINX, "10.1.1.1, 10.2.2.2", proxies=(NGINX, "10.0.0.0/8")) == "10.1.1.1"


def test_ipv6_clients_and_proxies():
    assert seen("::1", "2001:db8::1", proxies=("::1",)) == "2001:db8::1"
    assert seen("::1", "2001:db8::bad, 2001:db8:0:0::7", proxies=("::1",)) == "2001:db8::7"
    assert seen("fd00::5", f"{CITIZEN_A}", proxies=("fd00::/8",)) == CITIZEN_A
    assert seen("::ffff:127.0.0.1", CITIZEN_A) == CITIZEN_A  # IPv4 seen through IPv6


@pytest.mark.parametrize("garbage", [
    "unknown", "", " ", "1.2.3.4:80", "[2001:db8::1]", "999.1.1.1", "1.2.3.4/8", "x" * 5000,
    "\x00", "<script>", "1.2.3.4 5.6.7.8",
])
def test_garbage_ends_the_walk_at_the_last_trusted_hop(garbage):
    assert seen(NGINX, garbage) == NGINX
    assert seen(NGINX, f"{CITIZEN_A}, {garbage}") == NGINX  # never what lies left of it
    assert seen("10.0.0.2", f"{CITIZEN_A}, {garbage}, 10.0.0.9",
                proxies=("10.0.0.0/8",)) == "10.0.0.9"


def test_no_header_at_all_behind_the_proxy_gives_the_proxy():
    assert seen(NGINX) == NGINX


def test_x_real_ip_can_be_the_header(settings):
    meta = {"REMOTE_ADDR": NGINX, "HTTP_X_REAL_IP": CITIZEN_A,
            "HTTP_X_FORWARDED_FOR": "6.6.6.6"}
    assert address_from_meta(meta, proxies=(NGINX,), header="X-Real-IP") == CITIZEN_A


def test_the_settings_are_read_when_not_given(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.0/8", "::1"]
    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    assert address_from_meta({"REMOTE_ADDR": "127.0.0.2",
                              "HTTP_X_FORWARDED_FOR": f"6.6.6.6, {CITIZEN_A}"}) == CITIZEN_A
    settings.TRUSTED_PROXIES = []
    assert address_from_meta({"REMOTE_ADDR": "127.0.0.2",
                              "HTTP_X_FORWARDED_FOR": CITIZEN_A}) == "127.0.0.2"


# --- through HTTP, as behind the documented nginx -----------------------------------------

@pytest.fixture
def behind_nginx(settings):
    """The documented topology: nginx on loopback appends the client's address."""
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    cache.clear()
    yield
    cache.clear()


def via_nginx(client_written=None, client=CITIZEN_A):
    """The headers nginx's `$proxy_add_x_forwarded_for` passes to gunicorn."""
    chain = f"{client_written}, {client}" if client_written else client
    return {"REMOTE_ADDR": NGINX, "HTTP_X_FORWARDED_FOR": chain}


@pytest.fixture
def article():
    from congtin.content.models import ArticlePage

    return ArticlePage.objects.live().filter(locale__language_code="vi").first()


def rate(client, page, meta):
    return client.post("/danh-gia/", {"page": page.pk, "score": "5", "next": "/"}, **meta)


@pytest.mark.django_db
def test_two_citizens_behind_nginx_each_rate_the_same_page(client, article, behind_nginx):
    assert rate(client, article, via_nginx(client=CITIZEN_A)).status_code == 302
    assert rate(client, article, via_nginx(client=CITIZEN_B)).status_code == 302


@pytest.mark.django_db
def test_forged_forwarded_for_gives_no_new_rating_bucket(client, article, settings,
                                                         behind_nginx):
    """The issue's case: 5 ratings of one page, each with a new forged first entry.
    VISITS_CLIENT_IP_HEADER is what an operator set before there was one function
    (it took the first entry); left in an old environment, it changes nothing."""
    settings.VISITS_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    statuses = [rate(client, article, via_nginx(f"192.0.2.{n}")).status_code for n in range(5)]
    assert statuses == [302, 429, 429, 429, 429]


def ask(client, meta):
    html = client.get("/hoi-dap/gui-cau-hoi/").content.decode()
    token = re.search(r'name="challenge" value="([^"]+)"', html).group(1)
    return client.post("/hoi-dap/gui-cau-hoi/", {
        "name": "Lê Thị Hoa", "email": "hoa.le@example.com",
        "field": "ruou-thuoc-la", "title": "Giấy phép bán lẻ rượu", "challenge": token,
        "nonce": challenge.solve(token, challenge.pow_bits()),
        "body": "Cửa hàng tiện lợi cần giấy phép gì để bán rượu vang nhập khẩu?"}, **meta)


@pytest.mark.django_db
def test_citizens_behind_nginx_have_their_own_question_allowance_and_forging_adds_none(
        client, settings, behind_nginx):
    settings.QA_RATE_PER_IP = 1
    assert ask(client, via_nginx(client=CITIZEN_A)).status_code == 302
    assert ask(client, via_nginx(client=CITIZEN_B)).status_code == 302
    assert Question.objects.filter(title="Giấy phép bán lẻ rượu").count() == 2
    assert ask(client, via_nginx("192.0.2.1", client=CITIZEN_A)).status_code == 429


@pytest.mark.django_db
def test_two_citizens_behind_nginx_each_comment_on_a_draft(client, settings, behind_nginx):
    from congtin.legal.models import DraftComment

    settings.LEGAL_COMMENTS_PER_HOUR = 1
    url = "/du-thao/quy-che-cong-thong-tin-2026/"
    comment = {"name": "Nguyễn Văn Bình", "article": "Điều 4. Thời hạn cập nhật",
               "text": "Đề nghị quy định rõ thời hạn cập nhật văn bản.", "website": ""}
    for citizen in (CITIZEN_A, CITIZEN_B):
        response = client.post(url, {**comment, "email": f"{citizen}@example.com"},
                               **via_nginx(client=citizen))
        assert response.status_code in (200, 302)
        assert DraftComment.objects.filter(email=f"{citizen}@example.com").exists()
    forged = client.post(url, {**comment, "email": "forged@example.com"},
                         **via_nginx("192.0.2.1", client=CITIZEN_A))
    assert forged.status_code == 429
