# Public addresses of this app (served in both languages, before the page tree).
from django.urls import path

from . import views

app_name = "legal"
urlpatterns = [
    path("van-ban/", views.search, name="search"),
    path("van-ban/rss/", views.NewDocumentsFeed(), name="feed"),
    path("van-ban/<slug:slug>/", views.document, name="document"),
    path("du-thao/", views.draft_list, name="drafts"),
    path("du-thao/<slug:slug>/", views.draft, name="draft"),
]
