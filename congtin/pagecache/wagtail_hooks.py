from wagtail import hooks


@hooks.register("before_serve_page")
def mark_page_request(page, request, serve_args, serve_kwargs):
    """Tell the page cache that a Wagtail page, not an app's own view, answers."""
    request._pagecache_page = True
