"""Demo of Đ.7.3: an unpublished page under "Giới thiệu" whose text was
pasted from the department's old documents (.VnTime/TCVN3 and VNI fonts),
so that an editor can try "Sửa mã tiếng Việt" on it. It was made without a
form, the way an old import would, so the input cleaning never saw it; it is
never published, so visitors do not see it."""

from django.contrib.auth import get_user_model

from congtin.content.models import StandardPage
from congtin.vntext import encode_vn3, encode_vni
from congtin.vntext.legacy import cp1252_view

SLUG = "ban-dan-tu-tai-lieu-cu"


def tcvn3(text):
    """Text as Word shows it when typed in a .VnTime font and pasted."""
    return cp1252_view(encode_vn3(text))


def vni(text):
    """Text as Word shows it when typed in a VNI-Times font and pasted."""
    return cp1252_view(encode_vni(text))


def _body():
    return [
        {"type": "heading", "value": {"text": tcvn3("Chức năng của Sở"), "level": "h2"}},
        {"type": "paragraph", "value": "<p>" + tcvn3(
            "Sở Công Thương là cơ quan chuyên môn thuộc UBND Thành phố, tham mưu và giúp "
            "UBND Thành phố quản lý nhà nước về công nghiệp và thương mại."
        ) + "</p>"},
        {"type": "paragraph", "value": "<p>" + vni(
            "Trụ sở đặt tại số 163 Hai Bà Trưng, phường Võ Thị Sáu, Quận 3.") + "</p>"},
        {"type": "table", "value": {
            "first_row_is_table_header": True, "first_col_is_header": False,
            "table_caption": tcvn3("Các phòng chuyên môn"),
            "data": [[tcvn3("Phòng"), tcvn3("Lĩnh vực")],
                     [vni("Phòng Quản lý thương mại"), vni("Thương mại nội địa, xuất nhập khẩu")],
                     [tcvn3("Phòng Quản lý năng lượng"), tcvn3("Điện, năng lượng tái tạo")]],
        }},
    ]


def build(context):
    if StandardPage.objects.filter(slug=SLUG).exists():
        return {"trang nháp dán từ tài liệu cũ (để thử Sửa mã tiếng Việt)": 0}
    author = get_user_model().objects.get(username="cb_vp")
    page = StandardPage(
        title=tcvn3("Giới thiệu chung về Sở Công Thương (bản dán từ tài liệu cũ)"),
        slug=SLUG, live=False, owner=author,
        summary=vni("Bản giới thiệu soạn trên máy cũ, chưa chuyển sang Unicode."),
        body=_body())
    context.pages["gioi-thieu"].add_child(instance=page)
    page.save_revision(user=author)
    return {"trang nháp dán từ tài liệu cũ (để thử Sửa mã tiếng Việt)": 1}
