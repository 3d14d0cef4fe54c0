"""Public pages: the library's search (/van-ban/), a document's page, RSS of
new documents, drafts for comment (/du-thao/) and their comment form."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.views.decorators.http import require_http_methods

from congtin.content.listing import paginate
from congtin.content.places import section_page_at

from . import drafts, fulltext, relations, status
from .forms import CommentForm
from .indexing import filter_by_text, full_text_of, query_words
from .models import (
    DocumentType,
    Draft,
    DraftComment,
    IssuingBody,
    LegalDocument,
    LegalField,
    Validity,
)
from .search_filters import SearchFilters

PAGE_SIZE = 20
FEED_SIZE = 30


def search(request):
    """Newest first; filters by type, issuer, field, year and status; words
    without diacritics matched against the folded column."""
    status.refresh_once_a_day()
    filters = SearchFilters.from_request(request)
    page_of_documents = paginate(find_documents(filters), request, PAGE_SIZE)
    return render(request, "legal/search.html", {
        "filters": filters,
        "page_of_documents": page_of_documents,
        "types": DocumentType.choices,
        "issuers": IssuingBody.objects.all(),
        "fields": LegalField.objects.all(),
        "statuses": Validity.choices,
        "years": filters.year_choices(),
        "extra_query": filters.query_string(),
        "meta_title": "Văn bản",
        "page": section_page_at(request, "legal:search"),
    })


def find_documents(filters):
    """The published documents matching the filters, newest first (the query
    bench/legal measures). A text search on SQLite goes through the FTS5
    index (fulltext.py); anything else is one indexed query."""
    documents = LegalDocument.objects.published().select_related("issuer").only(
        "symbol", "slug", "summary", "issue_date", "effective_date", "status", "doc_type",
        "issuer__name")
    words = query_words(filters.query)
    if words and fulltext.applies():
        return fulltext.Matches(filters, words, documents)
    return filter_by_text(filters.apply(documents), filters.query).order_by("-issue_date", "-id")


def document(request, slug):
    item = get_object_or_404(LegalDocument.objects.published().select_related("issuer", "field"),
                             slug=slug)
    derivation = status.derive(item)
    return render(request, "legal/document.html", {
        "document": item,
        "derivation": derivation,
        "relations": relations.for_display(item),
        "files": item.files.visible(),
        "full_text": full_text_of(item),
        "meta_title": item.symbol,
        "page": section_page_at(request, "legal:search"),
        "crumb": item.symbol,
    })


class NewDocumentsFeed(Feed):
    feed_type = Rss201rev2Feed
    title = "Văn bản mới — Sở Công Thương TP.HCM"
    description = "Văn bản pháp luật và văn bản chỉ đạo, điều hành mới đăng tải."

    def link(self):
        return reverse("legal:search")

    def items(self):
        return (LegalDocument.objects.published().select_related("issuer")
                .order_by("-published_at", "-id")[:FEED_SIZE])

    def item_title(self, item):
        return f"{item.symbol} — {item.summary[:150]}"

    def item_description(self, item):
        return (f"{item.get_doc_type_display()} của {item.issuer.name}, ban hành ngày "
                f"{item.issue_date:%d/%m/%Y}. {item.summary}")

    def item_pubdate(self, item):
        return item.published_at

    def item_link(self, item):
        return item.get_absolute_url()


def draft_list(request):
    now = timezone.now()
    visible = Draft.objects.filter(is_public=True, opens_at__lte=now)
    return render(request, "legal/draft_list.html", {
        "open_drafts": visible.filter(closes_at__gt=now).order_by("closes_at"),
        "closed_drafts": visible.filter(closes_at__lte=now).order_by("-closes_at")[:50],
        "meta_title": "Dự thảo lấy ý kiến",
    })


@require_http_methods(["GET", "POST"])
def draft(request, slug):
    item = get_object_or_404(Draft, slug=slug, is_public=True)
    if item.opens_at > timezone.now():
        raise Http404("Dự thảo chưa mở lấy ý kiến.")
    articles = drafts.articles_of(item)
    form, outcome = CommentForm(articles=articles), None
    if request.method == "POST":
        form, outcome = _receive_comment(request, item, articles)
    return render(request, "legal/draft.html", {
        "draft": item,
        "form": form,
        "outcome": outcome,
        "is_open": item.is_open(),
        "comments": item.comments.filter(state=DraftComment.State.APPROVED),
        "meta_title": item.title,
    }, status=400 if outcome in {"invalid", "closed"} else 429 if outcome == "limited" else 200)


def _receive_comment(request, item, articles):
    """(form, outcome): outcome is "thanks", "invalid", "closed" or "limited"."""
    form = CommentForm(request.POST, articles=articles)
    if not item.is_open():
        return form, "closed"
    if form.is_bot():
        return CommentForm(articles=articles), "thanks"  # say nothing useful to a bot
    key = drafts.client_key(request)
    if drafts.over_rate_limit(item, key):
        return form, "limited"
    if not form.is_valid():
        return form, "invalid"
    drafts.add_comment(form, item, key)
    return CommentForm(articles=articles), "thanks"
