"""Fixtures for the editorial chain: fresh items in the demo department,
taken through the real chain as the demo people."""

import pytest
from wagtail.images.models import Image

from congtin.content.models import ArticleIndexPage, ArticlePage
from congtin.demo import stream
from congtin.editorial import services
from congtin.org.models import Unit


@pytest.fixture(autouse=True)
def demo_mode(settings):
    """Demo accounts may log in only in demo mode (congtin.demo.auth)."""
    settings.CONGTIN_DEMO = True


@pytest.fixture
def user(django_user_model):
    return lambda username: django_user_model.objects.get(username=username)


def body_with_table_image_formula(text="Sản lượng điện thương phẩm tăng 5,4%."):
    image = Image.objects.first()
    return [
        stream.paragraph(text),
        stream.heading("Số liệu chính", "h2"),
        stream.table([["Chỉ tiêu", "Giá trị"], ["Điện thương phẩm", "9,8 tỷ kWh"]],
                     "Bảng 1. Kết quả quý"),
        stream.figure(image.pk, "Trạm biến áp 110 kV Tân Sơn Nhất", "Ảnh: Phòng QLNL",
                      layout="full"),
        stream.formula(r"P = U \cdot I \cdot \cos\varphi", "Công suất tác dụng"),
    ]


@pytest.fixture
def make_item(user):
    """A draft article of `unit`, written by `author`, in the news section."""

    def make(author="cb_qlcn", unit="qlcn", title="Tin kiểm thử chuỗi duyệt", section="tin-tuc",
             **fields):
        parent = ArticleIndexPage.objects.get(slug=section, locale__language_code="vi")
        page = ArticlePage(title=title, slug=f"kt-{ArticlePage.objects.count()}-{unit}",
                           providing_unit=Unit.objects.get(code=unit), live=False,
                           body=body_with_table_image_formula(), owner=user(author), **fields)
        parent.add_child(instance=page)
        page.save_revision(user=user(author))
        return ArticlePage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def advance(user):
    """Take an item to `step` through the chain as the right people."""

    def go(page, step, unit="qlcn", author="cb_qlcn"):
        services.submit(page, user(author))
        if step == "unit":
            return page
        services.act(page, user(f"tv_{unit}"), "approve")
        if step == "secretariat":
            return page
        batch = services.create_batch(user("thuky1"), [page])
        services.submit_batch(batch, user("thuky1"))
        if step == "head":
            return page
        services.act(page, user("truongban"), "approve")
        return page

    return go
