"""Đ.7.3 at the door: every text value a view reads is cleaned, once, before
the view sees it.

Why a middleware rather than form fields: text enters congtin through many
forms we do not own (Wagtail's page editor with its StreamField and Draftail
inputs, snippets, images, documents, site settings, the login and search
boxes, other apps' public forms). Each of them reads request.GET and
request.POST; cleaning those two QueryDicts covers every present and
future form, and the query strings too, with one rule and one list of
exclusions. A form-field approach would need a subclass or an override for
every field class Wagtail and the other apps use, and would miss the ones
added later.

When, and how much (issue 20: one small anonymous post held a worker for
seconds to hours):

* after the CSRF check: the work is done in process_view, which Django calls
  after CsrfViewMiddleware's (it stands above this one in MIDDLEWARE); a post
  that fails the check is answered 403 with nothing cleaned;
* only what the view reads: request.GET and request.POST become
  CleanedQueryDicts, which clean a field the first time it is read; a view
  that reads "q" never pays for the 48 KB field posted beside it. Anything
  that reads them all (lists(), items(), copy(), urlencode()) sees them all
  cleaned;
* no longer than a form needs: a value over TEXTINPUT_MAX_PUBLIC_FIELD_CHARS
  (visitors not signed in; 20.000 characters, twice the longest public form
  field) or TEXTINPUT_MAX_FIELD_CHARS (signed-in staff; 1.000.000) is
  refused with a 400 page in Vietnamese before anything is cleaned or saved.
  The whole body is limited by Django's DATA_UPLOAD_MAX_MEMORY_SIZE while it
  is parsed (a 400 too). vntext cleans in time linear in the text, so these
  limits bound what one request can cost.

What is cleaned, per value:

* plain values: clean_text(), single-line when the value has no line break
  (titles, names, search words), multi-line otherwise (text areas);
* the slug, when the editor's script made it from the title as pasted: it
  is made again from the cleaned title (the title is the slug's source);
* values that are JSON from Wagtail's widgets: a Draftail rich-text value
  (text of each block, with bold/italic/link ranges moved along) and a
  TableBlock value (cells and caption); any other JSON is left untouched,
  because we cannot know which of its strings are text.

Never touched (see EXCLUDED_NAMES and _is_excluded):

* passwords (any field whose name contains "password" or "passwd"),
  CSRF tokens, one-time codes and other tokens ("otp", "token", "secret",
  "captcha", "challenge", "nonce", "signature" in the name, e.g. the Q&A
  form's signed proof-of-work challenge): they are secrets or signed values
  compared byte for byte, and "«" in a password must still log in;
* file uploads: request.FILES is not read or changed here (the document
  library converts .txt/.docx itself, see uploads.py);
* request bodies that Django does not parse into request.POST (JSON, XML,
  raw API bodies): request.body is never read here.
"""

import copy
import json
import re

from django.conf import settings
from django.http import HttpResponseBadRequest, QueryDict
from django.template.loader import render_to_string
from django.utils.text import slugify

from congtin.vntext import fold
from congtin.vntext.decode import grouped

from .text import clean_contentstate, clean_table, clean_text, is_contentstate

# Whole names that are machine values, never text.
EXCLUDED_NAMES = frozenset({"csrfmiddlewaretoken", "next", "redirect_to"})
# Parts of names that mark a secret or a machine token.
_EXCLUDED_PARTS = re.compile(
    r"passw|passwd|csrf|otp|token|secret|captcha|challenge|nonce|signature", re.I)
_JSON_START = re.compile(r"^\s*[\[{]")
# Defaults of TEXTINPUT_MAX_PUBLIC_FIELD_CHARS and TEXTINPUT_MAX_FIELD_CHARS.
MAX_PUBLIC_FIELD_CHARS = 20_000
MAX_FIELD_CHARS = 1_000_000


def _is_excluded(name: str) -> bool:
    return name in EXCLUDED_NAMES or bool(_EXCLUDED_PARTS.search(name))


def clean_value(value: str) -> str:
    """Clean one submitted value (see the module docstring for the rules)."""
    if not value:
        return value
    if _JSON_START.match(value):
        cleaned = _clean_json(value)
        if cleaned is not None:
            return cleaned
    return clean_text(value)


def _clean_json(value: str) -> str | None:
    """Cleaned JSON text, the value itself for JSON we do not understand, or
    None when the value is not JSON at all (then it is ordinary text)."""
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return None
    if is_contentstate(data):
        cleaned = clean_contentstate(data)
    elif isinstance(data, dict) and isinstance(data.get("data"), list):
        cleaned = clean_table(data)
    else:
        return value
    if cleaned == data:
        return value
    return json.dumps(cleaned, ensure_ascii=False)


def clean_querydict(querydict):
    """An immutable copy of `querydict` with its text values cleaned now; the
    same object when nothing changed (the common case costs no copy)."""
    cleaned = CleanedQueryDict(querydict)
    changed = {name: values for name, values in cleaned.lists()
               if values != querydict.getlist(name)}
    if not changed:
        return querydict
    result = querydict.copy()
    for name, values in changed.items():
        result.setlist(name, values)
    result._mutable = False
    return result


def _follow_title(raw_title: str, raw_slug: str, title: str, slugs: list) -> list:
    """The slug source is the title: when the page editor's script derived
    the slug from the title as pasted ("Së C«ng Th­¬ng" -> "se-cng-thng"),
    derive it again from the cleaned title ("so-cong-thuong"). A slug the
    editor typed differently is theirs and stays."""
    if raw_slug and raw_slug == slugify(raw_title):
        return [slugify(fold(title)) or raw_slug]
    return slugs


class CleanedQueryDict(QueryDict):
    """A read-only QueryDict that cleans each field the first time it is read.

    It holds the values as posted; reading a name (d[name], get, getlist)
    cleans all of that name's values, once. Whatever reads every value
    (lists, items, values, dict, copy, urlencode, repr) cleans them all
    first. Copies are ordinary QueryDicts. Code that unlocks it to set a
    value (Django's inline formsets do) gets the field cleaned first, so
    what it sets stays as it set it, as before.
    """

    def __init__(self, posted: QueryDict):
        super().__init__(mutable=True, encoding=posted.encoding)
        for name, values in posted.lists():
            dict.__setitem__(self, name, list(values))
        self._pending = {name for name in self if not _is_excluded(name)}
        self._raw_titles = list(dict.get(self, "title", ())) if "slug" in self else []
        self._mutable = False

    def _clean(self, name) -> None:
        if name not in self._pending:
            return
        self._pending.discard(name)
        values = dict.__getitem__(self, name)
        cleaned = [clean_value(v) if isinstance(v, str) else v for v in values]
        if name == "slug" and self._raw_titles:
            self._clean("title")
            titles = dict.get(self, "title", [])
            if titles and titles != self._raw_titles:
                cleaned = _follow_title(self._raw_titles[-1], values[-1] if values else "",
                                        titles[0], cleaned)
        dict.__setitem__(self, name, cleaned)

    def _clean_all(self) -> None:
        for name in list(self._pending):
            self._clean(name)

    # Reading one field.
    def __getitem__(self, key):
        self._clean(key)
        return super().__getitem__(key)

    def _getlist(self, key, default=None, force_list=False):
        self._clean(key)
        return super()._getlist(key, default, force_list)

    # Reading every field (items, values and dict() go through __getitem__).
    def lists(self):
        self._clean_all()
        return super().lists()

    def __copy__(self):
        result = QueryDict(mutable=True, encoding=self.encoding)
        for name, values in self.lists():
            result.setlist(name, list(values))
        return result

    def __deepcopy__(self, memo):
        result = QueryDict(mutable=True, encoding=self.encoding)
        memo[id(self)] = result
        for name, values in self.lists():
            result.setlist(copy.deepcopy(name, memo), copy.deepcopy(values, memo))
        return result

    def __getstate__(self):
        self._clean_all()
        return super().__getstate__()

    def __repr__(self):
        self._clean_all()
        return super().__repr__()

    def __eq__(self, other):
        self._clean_all()
        return super().__eq__(other)

    __hash__ = None

    # Changing a field (only once unlocked): clean what is there first.
    def __setitem__(self, key, value):
        self._clean(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self._clean(key)
        super().__delitem__(key)

    def setlist(self, key, list_):
        self._clean(key)
        super().setlist(key, list_)

    def setlistdefault(self, key, default_list=None):
        self._clean(key)
        return super().setlistdefault(key, default_list)

    def appendlist(self, key, value):
        self._clean(key)
        super().appendlist(key, value)

    def setdefault(self, key, default=None):
        self._clean(key)
        return super().setdefault(key, default)

    def pop(self, key, *args):
        self._clean(key)
        return super().pop(key, *args)

    def popitem(self):
        self._clean_all()
        return super().popitem()

    def update(self, *args, **kwargs):
        self._clean_all()
        super().update(*args, **kwargs)


def _public_limit() -> int:
    return getattr(settings, "TEXTINPUT_MAX_PUBLIC_FIELD_CHARS", MAX_PUBLIC_FIELD_CHARS)


def field_limit(request) -> int:
    """The longest value, in characters, this request may post in one field."""
    public = _public_limit()
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return max(public, getattr(settings, "TEXTINPUT_MAX_FIELD_CHARS", MAX_FIELD_CHARS))
    return public


def _longest_value(querydict) -> tuple[str, int]:
    """The name and length of the longest text value (lengths only: nothing cleaned)."""
    longest = ("", 0)
    for name, values in dict.items(querydict):
        for value in values:
            if isinstance(value, str) and len(value) > longest[1]:
                longest = (name, len(value))
    return longest


def too_long_response(name: str, length: int, limit: int) -> HttpResponseBadRequest:
    """400, in Vietnamese: a field longer than the limit; nothing was cleaned
    or saved. A page of its own, without context processors or queries."""
    html = render_to_string("textinput/too_long.html", {
        "name": name, "length": grouped(length), "limit": grouped(limit)})
    return HttpResponseBadRequest(html)


class TextInputMiddleware:
    """Replace request.GET and request.POST by CleanedQueryDicts, once the
    CSRF check has passed and the values are known to be of sane length."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # CsrfViewMiddleware.process_view has run: a forged post never gets here.
        form = request.method == "POST" and _is_form(request)
        found = [_longest_value(request.GET)]
        if form:
            found.append(_longest_value(request.POST))  # parsed now unless the CSRF check did
        name, length = max(found, key=lambda pair: pair[1])
        # Who the user is matters only for a long value (it may cost a query).
        if length > _public_limit() and length > (limit := field_limit(request)):
            return too_long_response(name, length, limit)
        if request.GET:
            request.GET = CleanedQueryDict(request.GET)
        if form and request.POST:
            request.POST = CleanedQueryDict(request.POST)
        return None


def _is_form(request) -> bool:
    """Only bodies Django parses into request.POST; others stay unread."""
    content_type = request.META.get("CONTENT_TYPE", "")
    return content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
