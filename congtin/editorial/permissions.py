"""Contributors see only their own unit's drafts (Đ.6; Wagtail issue #9214).

Wagtail lets anyone who may add pages at the root explore the whole tree, and
its site history report shows the log of every page they can explore — so a
contributor of one unit could read another unit's unpublished items and their
reviewers' comments. This policy removes other units' drafts from what such a
user may explore; the explorer, the choosers and the history report all ask
it. People who act in the chain (board, secretariat, publishers) keep the
whole tree: their rights come from the chain's guards.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


def hidden_drafts_for(user):
    """Other units' unpublished articles, for a user who only provides items."""
    from congtin.content.models import ArticlePage

    if user.is_superuser or not user.is_authenticated:
        return None
    root = Page.get_first_root_node()
    if root.permissions_for_user(user).can_edit():
        return None
    person = getattr(user, "person", None)
    unit_id = person.unit_id if person else None
    others = ArticlePage.objects.filter(live=False).exclude(owner=user)
    if unit_id:
        others = others.exclude(providing_unit_id=unit_id)
    return others.values("pk")


class UnitScopedPagePolicy(PagePermissionPolicy):
    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        hidden = hidden_drafts_for(user)
        return pages if hidden is None else pages.exclude(Q(pk__in=hidden))


def install():
    from wagtail.models import AbstractPage
    from wagtail.permissions import register_permission_policy

    register_permission_policy(AbstractPage, UnitScopedPagePolicy(Page))
