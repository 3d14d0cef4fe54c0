"""The public site search at /tim-kiem/?q=."""

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from .listing import paginate

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first()
        pages = Page.objects.live().public().exclude(depth__lte=1)
        if locale:
            pages = pages.filter(locale=locale)
        # Never rank by relevance here: on SQLite that path scans every match.
        hits = pages.search(query, order_by_relevance=False)
        results = paginate(hits, request, RESULTS_PER_PAGE)
    return render(request, "content/search.html", {"query": query, "results": results})
