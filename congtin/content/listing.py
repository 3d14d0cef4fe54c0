"""Paginated listings whose cost does not grow with the number of items.

Django's Paginator counts every row to number the pages; on a section with
100,000 articles that count costs more than the page itself. Here a page asks
for one row more than it shows, which is enough to know whether a next page
exists, and never counts.
"""

from dataclasses import dataclass

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404

from congtin.pagecache.fragments import remember

# Far beyond any real listing; refusing larger numbers keeps a hostile
# ?page=99999999 from turning into a huge OFFSET scan.
MAX_PAGE_NUMBER = 100_000


@dataclass
class ListingPage:
    items: list
    number: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def page_number_from(request):
    """The requested page number; anything unreadable means the first page."""
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def paginate(queryset, request, per_page):
    number = page_number_from(request)
    if number > MAX_PAGE_NUMBER:
        raise Http404("Không có trang này.")
    offset = (number - 1) * per_page
    rows = list(queryset[offset:offset + per_page + 1])
    if number > 1 and not rows:
        raise Http404("Không có trang này.")
    return ListingPage(items=rows[:per_page], number=number, has_next=len(rows) > per_page)


# Up to this page, skipping rows with OFFSET costs less than knowing the
# boundaries of every page (below).
SHALLOW_PAGES = 20


def page_starts(queryset, per_page):
    """[(date, pk)] of the first row of each page, newest first: one pass of
    a window function over the listing, returning one row per page."""
    numbered = queryset.order_by().annotate(
        row=Window(RowNumber(), order_by=(F("date").desc(), F("pk").desc())))
    starts = numbered.annotate(step=(F("row") - 1) % per_page).filter(step=0)
    return sorted(starts.values_list("date", "pk"), reverse=True)


def paginate_by_date(queryset, request, per_page, key):
    """Like paginate() for a listing ordered newest first by ("-date", "-pk"),
    at the same cost on page 5,000 as on page 1.

    OFFSET makes the database step over every row before the page (100,000
    at page 5,000 of 20). Deep pages instead start from the first row's
    (date, pk), known from page_starts(), and read the page by a range on the
    index from there (keyset). The starts are kept once per page-cache
    generation under `key`, so they change with any publication; the address
    stays ?page=N, stable and crawlable."""
    number = page_number_from(request)
    if number <= SHALLOW_PAGES:
        return paginate(queryset, request, per_page)
    if number > MAX_PAGE_NUMBER:
        raise Http404("Không có trang này.")
    starts = remember(("page_starts", per_page, *key), lambda: page_starts(queryset, per_page))
    if number > len(starts):
        raise Http404("Không có trang này.")
    date, pk = starts[number - 1]
    # The plain `date <= …` lets the database seek in the date index (the OR alone
    # made SQLite scan it from the top).
    rows = list(queryset.filter(Q(date__lt=date) | Q(date=date, pk__lte=pk), date__lte=date)
                [:per_page])
    return ListingPage(items=rows, number=number, has_next=number < len(starts))


def restricted_paths():
    """Tree paths of the pages with a view restriction (password, login,
    groups): kept once per page-cache generation, since saving or deleting a
    restriction starts a new one."""
    from wagtail.models import PageViewRestriction

    return remember(("restricted_paths",), lambda: sorted(
        PageViewRestriction.objects.values_list("page__path", flat=True)))


def public_only(queryset):
    """Wagtail's `.public()` without its query per call: pages under no view
    restriction."""
    paths = restricted_paths()
    if not paths:
        return queryset
    hidden = Q()
    for path in paths:
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden)
