"""Đ.7.3 at the door: every text value of a request is cleaned once, before
any view sees it.

Why a middleware rather than form fields: text enters congtin through many
forms we do not own (Wagtail's page editor with its StreamField and Draftail
inputs, snippets, images, documents, site settings, the login and search
boxes, other apps' public forms). Each of them reads request.GET and
request.POST; cleaning those two QueryDicts once covers every present and
future form, and the query strings too, with one rule and one list of
exclusions. A form-field approach would need a subclass or an override for
every field class Wagtail and the other apps use, and would miss the ones
added later.

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

import json
import re

from django.utils.text import slugify

from congtin.vntext import fold

from .text import clean_contentstate, clean_table, clean_text, is_contentstate

# Whole names that are machine values, never text.
EXCLUDED_NAMES = frozenset({"csrfmiddlewaretoken", "next", "redirect_to"})
# Parts of names that mark a secret or a machine token.
_EXCLUDED_PARTS = re.compile(
    r"passw|passwd|csrf|otp|token|secret|captcha|challenge|nonce|signature", re.I)
_JSON_START = re.compile(r"^\s*[\[{]")


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
    """An immutable copy of `querydict` with its text values cleaned; the
    same object when nothing changed (the common case costs no copy)."""
    changed = {}
    for name, values in querydict.lists():
        if _is_excluded(name):
            continue
        new = [clean_value(v) if isinstance(v, str) else v for v in values]
        if new != values:
            changed[name] = new
    if "title" in changed and "slug" in querydict:
        _follow_title(querydict, changed)
    if not changed:
        return querydict
    copy = querydict.copy()
    for name, values in changed.items():
        copy.setlist(name, values)
    copy._mutable = False
    return copy


def _follow_title(querydict, changed):
    """The slug source is the title: when the page editor's script derived
    the slug from the title as pasted ("Së C«ng Th­¬ng" -> "se-cng-thng"),
    derive it again from the cleaned title ("so-cong-thuong"). A slug the
    editor typed differently is theirs and stays."""
    raw_title, slug = querydict.get("title", ""), querydict.get("slug", "")
    if slug and slug == slugify(raw_title):
        changed["slug"] = [slugify(fold(changed["title"][0])) or slug]


class TextInputMiddleware:
    """Replace request.GET and request.POST by their cleaned copies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.GET:
            request.GET = clean_querydict(request.GET)
        if request.method == "POST" and _is_form(request):
            request.POST = clean_querydict(request.POST)
        return self.get_response(request)


def _is_form(request) -> bool:
    """Only bodies Django parses into request.POST; others stay unread."""
    content_type = request.META.get("CONTENT_TYPE", "")
    return content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
