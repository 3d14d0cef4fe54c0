"""The public site search at /tim-kiem/?q= (both languages)."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale

from congtin.content.listing import paginate

from .models import SearchEntry
from .query import MAX_QUERY_CHARS, MAX_TERMS, parse
from .results import SearchResults, highlight

RESULTS_PER_PAGE = 20
# The kind filter as it appears in the address: ?loai=thong-bao.
CATEGORY_PARAMS = {
    "tin-tuc": SearchEntry.Category.NEWS,
    "thong-bao": SearchEntry.Category.NOTICE,
    "trang": SearchEntry.Category.PAGE,
}


def search(request):
    raw = request.GET.get("q", "")
    query = parse(raw)
    category_param = request.GET.get("loai", "")
    category = CATEGORY_PARAMS.get(category_param)
    context = {
        "query": query.text,
        "asked": bool(query.text),
        "too_long": query.cut,
        "dropped_terms": query.dropped_terms,
        "max_terms": MAX_TERMS,
        "has_terms": bool(query),
        "categories": [(param, SearchEntry.Category(value).label)
                       for param, value in CATEGORY_PARAMS.items()],
        "current_category": category_param if category else "",
        "max_chars": MAX_QUERY_CHARS,
        "results": None,
    }
    locale = Locale.objects.filter(language_code=get_language()).first()
    if query and locale is not None:
        listing = paginate(SearchResults(query, locale.pk, category), request, RESULTS_PER_PAGE)
        for entry in listing.items:
            entry.title_html = highlight(entry.title, query)
            entry.excerpt_html = highlight(entry.excerpt, query)
            entry.url = entry.page.get_url(request)
        context["results"] = listing
        params = {"q": query.text, **({"loai": category_param} if category else {})}
        context["extra_query"] = urlencode(params)
    return render(request, "search/search.html", context)
