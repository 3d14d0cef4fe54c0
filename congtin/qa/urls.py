# Public addresses of this app (served in both languages, before the page tree).
from django.urls import path

from . import views
from .feeds import AnswersFeed

app_name = "qa"
urlpatterns = [
    path("hoi-dap/", views.archive, name="archive"),
    path("hoi-dap/<int:pk>/", views.detail, name="detail"),
    path("hoi-dap/<int:pk>/tep/<int:file_pk>/", views.answer_file, name="answer_file"),
    path("hoi-dap/rss/", AnswersFeed(), name="feed"),
    path("hoi-dap/gui-cau-hoi/", views.ask, name="ask"),
    path("hoi-dap/gui-cau-hoi/da-gui/", views.sent, name="sent"),
    path("hoi-dap/tra-cuu/", views.lookup, name="lookup"),
]
