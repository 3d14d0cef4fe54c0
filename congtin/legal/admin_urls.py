"""Admin addresses of the library, under /admin/van-ban/."""

from django.urls import path
from django.views.generic import RedirectView

from . import admin_views as views
from . import import_views

urlpatterns = [
    path("", views.document_index, name="index"),
    path("them/", views.document_add, name="add"),
    path("<int:pk>/", views.document_edit, name="edit"),
    path("<int:pk>/tep/", views.document_upload, name="upload"),
    path("tep/<int:pk>/", views.file_download, name="file"),
    path("tep/<int:pk>/xoa/", views.file_delete, name="file_delete"),
    path("tep/<int:pk>/giu-lai/", views.file_keep, name="file_keep"),
    path("<int:pk>/quan-he/", views.relation_add, name="relate"),
    path("quan-he/<int:pk>/xoa/", views.relation_delete, name="unrelate"),
    path("quan-he/<int:pk>/giu-lai/", views.relation_keep, name="relation_keep"),
    path("<int:pk>/<str:action>/", views.document_action, name="action"),
    path("tre-han/", views.late_list, name="late"),
    path("tep-can-xu-ly/", views.flagged_list, name="flagged"),
    path("nhap/", import_views.start, name="import"),
    path("nhap/<int:pk>/", import_views.progress, name="import_progress"),
    path("nhap/<int:pk>/duyet/", import_views.approve_run, name="import_approve"),
    # the drafts' listing and forms are a Wagtail viewset (draft_admin.py) at /admin/du-thao/
    path("du-thao/", RedirectView.as_view(pattern_name="legal_drafts:index"), name="drafts"),
    path("du-thao/<int:pk>/", views.draft_comments, name="draft_comments"),
    path("du-thao/<int:pk>/xuat/", views.draft_export, name="draft_export"),
    path("du-thao/<int:pk>/cong-bo/", views.draft_publish_responses, name="draft_publish"),
    path("gop-y/<int:pk>/giai-trinh/", views.comment_respond, name="respond"),
    path("gop-y/<int:pk>/duyet/", views.comment_moderate, {"decision": "duyet"},
         name="approve_comment"),
    path("gop-y/<int:pk>/khong-dang/", views.comment_moderate, {"decision": "khong-dang"},
         name="reject_comment"),
]
