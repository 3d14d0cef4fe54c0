"""StreamField blocks shared by every page with a body.

An item's text and images are its content (what the Head approves, Đ.7.1.a);
heading levels, image sizes and placement are presentation, which the
technical department may change after approval (Đ.7.1.b). The blocks keep those
two apart: presentation lives in separate, clearly named fields.
"""

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .formulas import FormulaError, latex_to_mathml

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link", "superscript",
                      "subscript", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tiêu đề", max_length=255)
    level = blocks.ChoiceBlock(
        label="Cấp tiêu đề", choices=[("h2", "Cấp 2"), ("h3", "Cấp 3"), ("h4", "Cấp 4")],
        default="h2", help_text="Trình bày: Phòng KT-AT-MT có thể đổi sau khi duyệt.")

    class Meta:
        icon = "title"
        label = "Tiêu đề mục"
        template = "content/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label="Hình ảnh")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(label="Nguồn ảnh / tác giả", required=False, max_length=200)
    layout = blocks.ChoiceBlock(
        label="Bố cục", default="full",
        choices=[("full", "Toàn chiều rộng"), ("medium", "Vừa, căn giữa"),
                 ("left", "Nhỏ, bên trái"), ("right", "Nhỏ, bên phải")],
        help_text="Trình bày: Phòng KT-AT-MT có thể đổi sau khi duyệt.")

    class Meta:
        icon = "image"
        label = "Hình ảnh"
        template = "content/blocks/figure.html"


class AccessibleTableBlock(TableBlock):
    """Wagtail's table; the editor must say which rows or columns are headers
    (screen readers need them), and the template lets wide tables scroll on
    a phone."""

    class Meta:
        icon = "table"
        label = "Bảng"
        template = "content/blocks/table.html"


class FormulaBlock(blocks.StructBlock):
    latex = blocks.TextBlock(label="Công thức (LaTeX)", rows=2,
                             help_text="Ví dụ: P = U \\cdot I \\cdot \\cos\\varphi")
    display = blocks.BooleanBlock(label="Hiển thị thành dòng riêng", required=False,
                                  default=True)
    description = blocks.CharBlock(label="Diễn giải bằng lời", required=False, max_length=300,
                                   help_text="Giúp người đọc bằng trình đọc màn hình.")

    class Meta:
        icon = "code"
        label = "Công thức"
        template = "content/blocks/formula.html"

    def clean(self, value):
        value = super().clean(value)
        try:
            latex_to_mathml(value["latex"], bool(value["display"]))
        except FormulaError as error:
            raise blocks.StructBlockValidationError(
                block_errors={"latex": ValidationError(str(error))}) from error
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            context["mathml"] = mark_safe(latex_to_mathml(value["latex"], bool(value["display"])))
        except FormulaError:
            context["mathml"] = ""
        return context


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tệp đính kèm")
    title = blocks.CharBlock(label="Tên hiển thị", required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = "Tệp đính kèm"
        template = "content/blocks/attachment.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người phát biểu / nguồn", required=False)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "content/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label="Đoạn văn", features=RICH_TEXT_FEATURES,
                                     icon="pilcrow")
    figure = FigureBlock()
    table = AccessibleTableBlock()
    formula = FormulaBlock()
    attachment = AttachmentBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label="Nhúng video / nội dung", icon="media",
                       help_text="Đường dẫn YouTube, Vimeo… (cần kết nối Internet).")

    class Meta:
        label = "Nội dung"
