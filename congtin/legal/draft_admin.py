"""Drafts for public comment in the Wagtail admin (Decree 43/2011 Art. 10.1.i):
a viewset with the listing, filters and search, and the add / edit forms.
Moderating comments, the XLSX summary and the published responses stay on the
draft's comment page (admin_views.draft_comments), linked from the listing.

Who: the Office adds and edits drafts; the Office, the Head and the Deputy
see them and moderate comments (workflow.can_enter / can_moderate)."""

import django_filters
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from . import extraction, workflow
from .forms import DraftForm
from .models import Draft, DraftComment


class DraftPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return workflow.can_enter(user)
        if action == "view":
            return workflow.can_moderate(user)
        if action == "delete":
            return bool(user and user.is_active and user.is_superuser)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class DraftFilterSet(WagtailFilterSet):
    STAGES = [("sap_mo", "Chưa mở lấy ý kiến"), ("dang_mo", "Đang lấy ý kiến"),
              ("da_dong", "Đã hết hạn góp ý")]

    stage = django_filters.ChoiceFilter(label="Giai đoạn", choices=STAGES, method="by_stage",
                                        empty_label="Tất cả")
    is_public = django_filters.BooleanFilter(label="Đăng công khai")
    responses_published = django_filters.BooleanFilter(label="Đã công bố giải trình")

    class Meta:
        model = Draft
        fields = ["stage", "is_public", "responses_published"]

    def by_stage(self, queryset, name, value):
        now = timezone.now()
        if value == "sap_mo":
            return queryset.filter(opens_at__gt=now)
        if value == "dang_mo":
            return queryset.filter(opens_at__lte=now, closes_at__gt=now)
        if value == "da_dong":
            return queryset.filter(closes_at__lte=now)
        return queryset


class UploadLimitMixin:
    """A file over the limit was cut off by uploads.UploadLimitMiddleware: say so."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        too_large = getattr(self.request, "legal_upload_too_large", None)
        if too_large:
            form.add_error("file", extraction.too_large_message(too_large))
        return form


class DraftIndexView(IndexView):
    def get_base_queryset(self):
        pending = Count("comments", filter=Q(comments__state=DraftComment.State.PENDING))
        return super().get_base_queryset().annotate(comments_total=Count("comments"),
                                                    comments_pending=pending)


class DraftCreateView(UploadLimitMixin, CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class DraftEditView(UploadLimitMixin, EditView):
    pass


def _local(name):
    return lambda draft: f"{timezone.localtime(getattr(draft, name)):%H:%M %d/%m/%Y}"


def _comment_counts(draft):
    return f"{draft.comments_total} ({draft.comments_pending} chờ kiểm duyệt)"


def _comments_url(draft):
    return reverse("legal_admin:draft_comments", args=[draft.pk])


class DraftViewSet(ModelViewSet):
    model = Draft
    icon = "comment"
    menu_label = "Dự thảo lấy ý kiến"
    menu_order = 261
    add_to_admin_menu = True
    permission_policy = DraftPolicy(Draft)
    index_view_class = DraftIndexView
    add_view_class = DraftCreateView
    edit_view_class = DraftEditView
    filterset_class = DraftFilterSet
    search_fields = ["title", "summary", "drafting_unit"]
    search_backend_name = None  # a plain database filter; drafts are few
    ordering = ["-opens_at", "-id"]
    list_display = [
        TitleColumn("title", label="Dự thảo", url_name="legal_drafts:edit"),
        Column("opens_at", label="Bắt đầu lấy ý kiến", accessor=_local("opens_at")),
        Column("closes_at", label="Hạn góp ý", accessor=_local("closes_at")),
        BooleanColumn("is_public", label="Công khai"),
        TitleColumn("comments", label="Góp ý (chờ kiểm duyệt)", accessor=_comment_counts,
                    get_url=_comments_url),
    ]

    def get_form_class(self, for_update=False):
        return DraftForm
