"""Units own their items: who sees, edits and names the unit of an article
(Đ.6, 7.1.a; Wagtail issue #9214).

Wagtail lets anyone who may add pages at the root explore the whole tree and
edit the pages they own; its reports and history show what they can explore.
Here an article belongs to its providing unit instead:

* People above the units — the secretariat, the Head and the Deputy, the
  technical publishers and administrators — see every unit's items and may
  provide an item in the name of any unit (the secretariat enters what a unit
  sends by mail; Đ.12.4).
* Everyone else is scoped to "their" units: the home unit and the units held
  concurrently (kiêm nhiệm), the unit they represent on the board, and the
  units of a board member they stand in for today. They see and edit every
  draft of those units (not only their own) and never another unit's draft,
  history or pending changes; they provide items only in their own units'
  name (one unit: set and fixed; several: chosen among those).

Another unit's articles are not explorable at all (explorer, admin search,
reports, site history, admin API): their logs carry reviewers' words even once
published. The page choosers hide only their drafts, so published articles of
any unit can still be linked. The explorer, reports and history ask
`UnitScopedPagePolicy`; the edit, history and revision views ask
`UnitScopedPermissionTester`, which articles use through
`congtin.editorial.unit_pages.UnitScopedPage`.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

_CACHE = "_congtin_unit_scope"


class UnitScope:
    """What one user may see of the units' items, computed once per request."""

    def __init__(self, user):
        self.user = user
        self.sees_all = _sees_all_units(user)
        self.home_units = [] if self.sees_all else _home_units(user)
        self.unit_ids = set() if self.sees_all else (
            {unit.pk for unit in self.home_units} | _represented_unit_ids(user))

    def foreign(self, page):
        """Another unit's item: nothing may be done to it from here."""
        return not self.sees_all and page.owner_id != self.user.pk and (
            page.providing_unit_id not in self.unit_ids)

    def edits_as_unit(self, page):
        """A draft of the user's unit, which any of its people may work on."""
        return not self.sees_all and not page.live and page.providing_unit_id in self.unit_ids


def scope_for(user):
    scope = getattr(user, _CACHE, None)
    if scope is None:
        scope = UnitScope(user)
        setattr(user, _CACHE, scope)
    return scope


def _sees_all_units(user):
    from congtin.org.models import BoardMembership

    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    person = getattr(user, "person", None)
    if person is None:
        return False
    if person.publishes:
        return True
    above = [BoardMembership.Role.HEAD, BoardMembership.Role.DEPUTY,
             BoardMembership.Role.SECRETARY]
    return person.board_memberships.active_on(timezone.localdate()).filter(
        role__in=above).exists()


def _home_units(user):
    person = getattr(user, "person", None) if user.is_authenticated else None
    return person.all_units() if person else []


def _represented_unit_ids(user):
    """Units the user answers for on the board, or for an absent member today."""
    from congtin.org.models import BoardMembership

    from .models import Absence

    person = getattr(user, "person", None)
    if person is None:
        return set()
    day = timezone.localdate()
    absent = Absence.objects.active_on(day).filter(stand_in=person).values("person")
    seats = BoardMembership.objects.active_on(day).filter(
        role=BoardMembership.Role.MEMBER).filter(Q(person=person) | Q(person__in=absent))
    return set(seats.values_list("unit_id", flat=True))


def providing_unit_choices(user):
    """The units `user` may name as an item's provider: None for any unit."""
    scope = scope_for(user)
    return None if scope.sees_all else scope.home_units


def hidden_drafts_for(user):
    """Other units' unpublished articles (or pending changes), or None."""
    from congtin.content.models import ArticlePage

    if not user.is_authenticated:
        return None
    scope = scope_for(user)
    if scope.sees_all:
        return None
    others = (ArticlePage.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
              .exclude(owner=user).exclude(providing_unit_id__in=scope.unit_ids))
    return others.values("pk")


def foreign_articles_for(user):
    """Every article of another unit, live or not, or None: nothing of them is
    explorable, so their history and reviewers' words never show; live ones
    stay on the public site and in the page choosers (for links)."""
    from congtin.content.models import ArticlePage

    if not user.is_authenticated:
        return None
    scope = scope_for(user)
    if scope.sees_all:
        return None
    return (ArticlePage.objects.exclude(owner=user)
            .exclude(providing_unit_id__in=scope.unit_ids).values("pk"))


def unit_drafts_for(user):
    """Drafts of the user's units, which they may edit like their own."""
    from congtin.content.models import ArticlePage

    scope = scope_for(user)
    if scope.sees_all or not scope.unit_ids:
        return ArticlePage.objects.none().values("pk")
    return ArticlePage.objects.filter(live=False,
                                      providing_unit_id__in=scope.unit_ids).values("pk")


class UnitScopedPagePolicy(PagePermissionPolicy):
    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        foreign = foreign_articles_for(user)
        return pages if foreign is None else pages.exclude(Q(pk__in=foreign))

    def instances_user_has_any_permission_for(self, user, actions):
        # The same rule as the tester: no right on another unit's article.
        pages = super().instances_user_has_any_permission_for(user, actions)
        foreign = foreign_articles_for(user)
        if foreign is None:
            return pages
        pages = pages.exclude(pk__in=foreign)
        if "change" in actions and self.user_has_permission(user, "add"):
            pages = pages | Page.objects.filter(pk__in=unit_drafts_for(user))
        return pages


class UnitScopedPermissionTester(PagePermissionTester):
    """Wagtail's tester, with the unit's drafts editable by its people and
    other units' items closed (the chain's tasks still let a step's people in)."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if not user.is_active or user.is_superuser:
            return
        scope = scope_for(user)
        if scope.foreign(page):
            self.permissions = set()
        elif "add" in self.permissions and scope.edits_as_unit(page):
            self.permissions = self.permissions | {"change"}


def install():
    from wagtail.models import AbstractPage
    from wagtail.permissions import register_permission_policy

    register_permission_policy(AbstractPage, UnitScopedPagePolicy(Page))
