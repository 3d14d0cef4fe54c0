"""The page store's rules, without nginx: which requests become files, where,
with which permissions, how a new generation empties it, and its bound.
(Through the real nginx: test_page_store.py.)"""

import os
import stat
import time

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from congtin.pagecache import generation, store

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

NEWS = "/tin-tuc/"


@pytest.fixture
def store_dir(settings, tmp_path):
    settings.PAGECACHE_STORE_DIR = str(tmp_path / "pages")
    return tmp_path / "pages"


def current(store_dir):
    return store_dir / "current"


def test_the_store_is_off_unless_a_folder_is_set(client, settings, tmp_path):
    assert settings.PAGECACHE_STORE_DIR == ""
    assert client.get(NEWS)["X-Page-Cache"] == "MISS"
    assert store.root() is None


def test_a_stored_page_is_a_readable_file_where_nginx_looks(client, store_dir):
    response = client.get(NEWS)
    assert response["X-Page-Cache"] == "MISS"
    page = current(store_dir) / "testserver" / "vi" / "tin-tuc" / "index.html"
    assert page.read_bytes() == response.content
    assert stat.S_IMODE(page.stat().st_mode) == 0o644
    for folder in (page.parent, page.parent.parent, current(store_dir).resolve()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert not list(page.parent.glob(".tmp-*"))


def test_english_pages_and_page_n_have_their_own_files(client, store_dir):
    client.get("/en/")
    client.get(NEWS + "?page=2")
    names = {path.relative_to(current(store_dir)).as_posix()
             for path in current(store_dir).rglob("*.html")}
    assert names == {"testserver/en/en/index.html", "testserver/vi/tin-tuc/index+page-2.html"}


@pytest.mark.parametrize("address, expected", [
    ("/", "testserver/vi/index.html"),
    ("/tin-tuc/", "testserver/vi/tin-tuc/index.html"),
    ("/tin-tuc/?page=12", "testserver/vi/tin-tuc/index+page-12.html"),
    ("/tin-tuc/?page=012", None),
    ("/tin-tuc/?page=0", None),
    ("/tin-tuc/?page=2&page=3", None),
    ("/tin-tuc/?page=2&utm_source=zalo", None),
    ("/tin-tuc/?", "testserver/vi/tin-tuc/index.html"),  # nginx: $args empty too
    ("/tin-tuc", None),
    ("/tin-tuc//bai/", None),
    ("/tin-tuc/../bai/", None),
    ("/tin-tuc/./bai/", None),
    ("/tin-tuc/a%25b/", None),
])
def test_only_plain_addresses_have_a_place_in_the_store(address, expected):
    request = RequestFactory().get(address)
    request.META["QUERY_STRING"] = address.partition("?")[2]
    place = store.relative_path(request, "vi")
    assert (place.as_posix() if place else None) == expected


def test_a_host_with_a_port_is_never_stored():
    request = RequestFactory().get(NEWS, HTTP_HOST="localhost:8000")
    assert store.relative_path(request, "vi") is None


def test_a_forged_host_never_writes_even_with_a_wildcard(client, settings, store_dir):
    settings.ALLOWED_HOSTS = ["*"]
    # Wagtail answers an unknown host with the default site: a real page...
    assert client.get(NEWS, HTTP_HOST="evil.example").status_code == 200
    # ...that the store never keeps, unlike a host a Wagtail site names.
    site_host = Site.objects.get(is_default_site=True).hostname
    client.get(NEWS, HTTP_HOST=site_host)
    assert sorted(path.name for path in current(store_dir).iterdir()) == [site_host]


def test_a_new_generation_leaves_nothing_of_the_old_one(client, store_dir, commit):
    client.get(NEWS)
    old_folder = current(store_dir).resolve()
    assert (old_folder / "testserver").exists()
    page = Site.objects.get(is_default_site=True).root_page.specific
    commit(page.save_revision().publish)
    assert current(store_dir).resolve() != old_folder
    assert list(current(store_dir).iterdir()) == []
    assert not old_folder.exists()
    deadline = time.monotonic() + 5
    while list(store_dir.glob(".trash-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(path.name for path in store_dir.iterdir()) == sorted(
        [".lock", "current", os.readlink(current(store_dir))])


def test_a_writer_that_finds_the_link_behind_moves_it_first(client, store_dir):
    # As after a cache server restart: `current` names a generation that is
    # not the cache's, with pages of its own.
    stale = store_dir / "stale" / "testserver" / "vi" / "tin-tuc"
    stale.mkdir(parents=True)
    (stale / "index.html").write_text("trang cũ")
    os.symlink("stale", current(store_dir))
    client.get(NEWS)
    assert os.readlink(current(store_dir)) == generation.current()
    assert not (store_dir / "stale").exists()
    page = current(store_dir) / "testserver" / "vi" / "tin-tuc" / "index.html"
    assert "trang cũ" not in page.read_text()


def test_the_store_holds_at_most_the_configured_number_of_pages(client, settings, store_dir):
    settings.PAGECACHE_STORE_MAX_FILES = 2
    for address in ("/", NEWS, NEWS + "?page=2", "/thong-bao/"):
        assert client.get(address)["X-Page-Cache"] == "MISS"
    assert len(list(current(store_dir).rglob("*.html"))) == 2


def test_a_page_the_cache_refuses_is_not_stored(client, settings, store_dir):
    settings.ROOT_URLCONF = "tests.pagecache.test_page_cache"
    settings.PAGECACHE_EXTRA_PATHS = ["/form/", "/private/"]
    client.get("/form/")
    client.get("/private/")
    assert not store_dir.exists() or not list(store_dir.rglob("*.html"))


def test_an_editor_never_fills_the_store(client, store_dir, demo_user):
    client.force_login(demo_user("admin"))
    client.get(NEWS)
    assert not store_dir.exists() or not list(store_dir.rglob("*.html"))
