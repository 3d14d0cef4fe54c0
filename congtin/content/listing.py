"""Paginated listings whose cost does not grow with the number of items.

Django's Paginator counts every row to number the pages; on a section with
100,000 articles that count costs more than the page itself. Here a page asks
for one row more than it shows, which is enough to know whether a next page
exists, and never counts.
"""

from dataclasses import dataclass

from django.http import Http404

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
