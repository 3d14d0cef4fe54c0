from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from congtin.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Vietnamese at the root, English under /en/ (prefix only for the second language).
urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("", include("congtin.qa.urls")),
    path("", include("congtin.legal.urls")),
    path("", include("congtin.onestop.urls")),
    path("", include("congtin.participation.urls")),
    path("", include("congtin.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
