# Public addresses of this app (served in both languages, before the page tree).
from django.urls import path

from . import views

urlpatterns = [
    path("luot-xem/", views.beacon, name="visits_beacon"),
]
