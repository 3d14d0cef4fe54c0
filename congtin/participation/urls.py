# Public addresses of this app (served in both languages, before the page tree).
from django.urls import path

from . import views

urlpatterns = [
    path("danh-gia/", views.rate, name="participation_rate"),
]
