# Public addresses of this app (served in both languages, before the page tree).
from django.urls import path

from . import push, views

urlpatterns = [
    path("thong-ke/", views.statistics, name="onestop_statistics"),
    path("api/mot-cua/so-lieu/", push.push, name="onestop_push"),
]
