from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .snippets import ScheduleEntry, WebsiteLink


class WebsiteLinkViewSet(SnippetViewSet):
    model = WebsiteLink
    icon = "link"
    menu_label = "Liên kết website"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "url"]
    sort_order_field = "sort_order"


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = "Lịch công tác"
    add_to_admin_menu = True
    menu_order = 240
    list_display = ["date", "start_time", "content", "leader", "location"]
    list_filter = ["date", "leader"]
    search_fields = ["content"]


register_snippet(WebsiteLinkViewSet)
register_snippet(ScheduleEntryViewSet)
