from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("hop-thu/", admin_views.mailbox, name="mailbox"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/<slug:name>/", admin_views.step, name="step"),
    path("tep/<int:pk>/", admin_views.attachment, name="attachment"),
    path("thu/<int:pk>/", admin_views.raw_mail, name="raw_mail"),
]
