# The stock site's home/models.py (copied there by bench/stock.py): the article
# types with the same fields as congtin's, written the way Wagtail's tutorial
# writes them (children listed with Paginator, `.specific` per row).
from django.core.paginator import Paginator
from django.db import models as dj_models
from django.utils import timezone
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page


class HomePage(Page):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = ArticlePage.objects.live().order_by("-date")[:7]
        return context


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=255)
    level = blocks.ChoiceBlock(choices=[("h2", "h2"), ("h3", "h3"), ("h4", "h4")],
                               default="h2")

    class Meta:
        template = "home/heading_block.html"


class ArticleIndexPage(Page):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().order_by("-first_published_at")
        context["articles"] = Paginator(children, 20).get_page(request.GET.get("page"))
        return context


class ArticlePage(Page):
    summary = dj_models.TextField(blank=True, max_length=1000)
    date = dj_models.DateTimeField(default=timezone.now, db_index=True)
    authors = dj_models.CharField(max_length=255, blank=True)
    body = StreamField([("heading", HeadingBlock()), ("paragraph", blocks.RichTextBlock())])
