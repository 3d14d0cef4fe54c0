import pytest

pytestmark = pytest.mark.django_db


def test_home_and_article_render_with_widgets(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Số lượt truy cập" in html
    assert "Tin xem nhiều" in html
    assert "Một cửa điện tử" in html
