"""Counting the page's own request: no second request from the browser.

`VisitCountingMiddleware` sits above the page cache in MIDDLEWARE, so a view
that the page cache replays is counted like one that was rendered. Per view
it checks the rule (rules.py), hashes the address and appends to the
process's buffer (store.py): a few microseconds, no database, no Redis. The
request that fills the buffer writes it, once its answer has gone out
(request_finished), so no reader waits for it.

Logged-in staff are not counted. A request with a session cookie is decided
after the response, from request.user, and only if something in the request
already loaded the session (a personal page always does); one that never
loaded it is not counted, so that an anonymous view never costs a session or
database read.

With VISITS_COUNTER = "nginx" (production: nginx answers most views from its
own cache, and the collector counts them from nginx's log, collector.py) the
middleware counts nothing; it only labels the responses to anonymous readers
with a session cookie, which the collector counts, and which it leaves out
otherwise because they may be staff.
"""

import datetime
import logging

from django.conf import settings
from django.core.signals import request_finished
from django.utils.functional import SimpleLazyObject, empty

from congtin.clientaddress import client_address

from . import config, rules
from .store import View, get_store

logger = logging.getLogger(__name__)

# Set on responses to anonymous readers with a session cookie; nginx logs it.
READER_HEADER = "X-Congtin-Visitor"
ANONYMOUS, STAFF = "anonymous", "staff"


def session_verdict(request):
    """ANONYMOUS or STAFF when the request already loaded its user, else None."""
    user = getattr(request, "user", None)
    if user is None or (isinstance(user, SimpleLazyObject) and user._wrapped is empty):
        return None
    return STAFF if user.is_authenticated else ANONYMOUS


def write_full_buffer(**kwargs):
    """After each answer: write the waiting views if there are enough of them."""
    try:
        get_store().flush_if_full()
    except Exception:  # kept by the store and retried; never break the request's end
        logger.exception("visits: could not write a batch; it is kept and retried")


class VisitCountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # Read once, as Django's own middleware does: each settings lookup
        # costs about a microsecond, and this runs for every view.
        self.counter = config.counter()
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.excluded = rules.excluded_prefixes()
        if self.counter == config.DJANGO:
            request_finished.connect(write_full_buffer, dispatch_uid="visits-write-full-buffer")

    def __call__(self, request):
        response = self.get_response(request)
        if self.counter != config.OFF:
            try:
                self.consider(request, response, self.counter)
            except Exception:  # counting must never break a page
                logger.exception("visits: a view could not be counted")
        return response

    def consider(self, request, response, counter):
        meta = request.META
        user_agent = meta.get("HTTP_USER_AGENT", "")
        if not (rules.is_public_page(request.method, response.status_code,
                                     response.get("Content-Type", ""), request.path_info,
                                     self.excluded)
                and rules.is_reader(user_agent, meta)):
            return
        if self.session_cookie in request.COOKIES:
            if session_verdict(request) != ANONYMOUS:
                return
            if counter == config.NGINX:
                response[READER_HEADER] = ANONYMOUS
                return
        elif counter == config.NGINX:
            return  # the collector counts it from nginx's log
        get_store().record(View.of(client_address(request), user_agent,
                                   meta.get("HTTP_HOST", ""), request.path_info,
                                   datetime.datetime.now(datetime.UTC)))
