"""Admin screens for the organisation: units, people and the editorial board."""

from django import forms
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BoardMembership, Person, Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = "Đơn vị"
    list_display = ["name", "abbreviation", "kind", "phone", "email"]
    list_filter = ["kind"]
    search_fields = ["name", "abbreviation"]
    ordering = ["sort_order", "name"]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("code")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("name_en"),
        FieldPanel("functions"),
        FieldPanel("functions_en"),
        MultiFieldPanel([FieldPanel("address"),
                         FieldRowPanel([FieldPanel("phone"), FieldPanel("fax"),
                                        FieldPanel("email")])],
                        heading="Liên hệ"),
    ]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Cán bộ"
    list_display = ["full_name", "position", "unit", "email"]
    list_filter = ["unit", "is_contact_official", "provides_information", "publishes"]
    search_fields = ["full_name"]
    panels = [
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("unit")]),
        FieldPanel("concurrent_units", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("position"), FieldPanel("position_en")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldRowPanel([FieldPanel("is_contact_official"), FieldPanel("sort_order")]),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("biography_en"),
        FieldPanel("responsibilities"),
        FieldPanel("responsibilities_en"),
        MultiFieldPanel([
            FieldPanel("user"),
            FieldPanel("provides_information"),
            FieldPanel("publishes"),
            FieldPanel("handles_documents_and_finance"),
            FieldPanel("translates"),
            FieldPanel("is_collaborator"),
            FieldPanel("administers"),
        ], heading="Tài khoản và nhiệm vụ",
            help_text="Nhóm quyền của tài khoản được tính từ các nhiệm vụ này và từ Ban biên tập."),
    ]


class BoardMembershipViewSet(SnippetViewSet):
    model = BoardMembership
    icon = "clipboard-list"
    menu_label = "Ban biên tập"
    list_display = ["person", "role", "unit", "start_date", "end_date", "decision"]
    list_filter = ["role", "unit"]
    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("decision"),
    ]


class OrganisationGroup(SnippetViewSetGroup):
    items = (UnitViewSet, PersonViewSet, BoardMembershipViewSet)
    menu_icon = "group"
    menu_label = "Tổ chức"
    menu_name = "organisation"
    menu_order = 250


register_snippet(OrganisationGroup)
