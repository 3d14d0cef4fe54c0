"""Roles as Django groups, derived from the organisation data.

A user's role groups are never edited by hand: they follow from the person's
duties and unit and from their active board memberships (Đ.10). `sync_user_groups`
recomputes them; it runs whenever a person or a membership is saved, and daily
for terms that start or end (`manage.py sync_roles`). Groups that are not role
groups are left alone, so an administrator can still add ad-hoc groups.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

CONTRIBUTOR = "Cán bộ cung cấp tin"
UNIT_BOARD_MEMBER = "Thành viên BBT"
SECRETARIAT = "Tổ Thư ký"
HEAD = "Trưởng ban"
DEPUTY = "Phó ban"
TECHNICAL_PUBLISHER = "Phòng KT-AT-MT"
FUNCTIONAL_DEPARTMENT = "Phòng chức năng"
OFFICE = "Văn phòng Sở"
TRANSLATOR = "Biên dịch (Thời báo KTSG)"
COLLABORATOR = "Cộng tác viên"
ADMINISTRATOR = "Quản trị"

ROLE_GROUPS = [CONTRIBUTOR, UNIT_BOARD_MEMBER, SECRETARIAT, HEAD, DEPUTY, TECHNICAL_PUBLISHER,
               FUNCTIONAL_DEPARTMENT, OFFICE, TRANSLATOR, COLLABORATOR, ADMINISTRATOR]

# Model permissions each role needs in the admin, as "app_label.codename".
_MEDIA = ["wagtailimages.add_image", "wagtailimages.choose_image",
          "wagtaildocs.add_document", "wagtaildocs.choose_document"]
MODEL_PERMISSIONS = {
    CONTRIBUTOR: _MEDIA,
    UNIT_BOARD_MEMBER: _MEDIA,
    SECRETARIAT: _MEDIA,
    HEAD: _MEDIA,
    DEPUTY: _MEDIA,
    TECHNICAL_PUBLISHER: _MEDIA + [
        "wagtailimages.change_image", "wagtaildocs.change_document",
        "content.add_websitelink", "content.change_websitelink", "content.delete_websitelink",
        "content.add_scheduleentry", "content.change_scheduleentry",
        "content.delete_scheduleentry", "content.change_sitesettings",
    ],
    FUNCTIONAL_DEPARTMENT: [],
    OFFICE: _MEDIA + ["content.add_scheduleentry", "content.change_scheduleentry",
                      "content.delete_scheduleentry"],
    TRANSLATOR: [],
    COLLABORATOR: _MEDIA,
    ADMINISTRATOR: [],
}

# Wagtail page permissions on the whole tree, by role. Finer rules (own unit's
# items only, the approval steps) belong to the editorial chain.
PAGE_PERMISSIONS = {
    CONTRIBUTOR: ["add_page"],
    UNIT_BOARD_MEMBER: ["add_page", "change_page"],
    SECRETARIAT: ["add_page", "change_page"],
    HEAD: ["add_page", "change_page", "publish_page"],
    DEPUTY: ["add_page", "change_page", "publish_page"],
    TECHNICAL_PUBLISHER: ["add_page", "change_page", "publish_page", "lock_page",
                          "unlock_page"],
    OFFICE: ["add_page", "change_page"],
    COLLABORATOR: ["add_page"],
}

# Every role group may log in to the admin except where noted.
ADMIN_ACCESS = set(ROLE_GROUPS)


def ensure_role_groups_after_migrate(sender, **kwargs):
    ensure_role_groups(using=kwargs.get("using", "default"))


def ensure_role_groups(using="default"):
    """Create the role groups and give them their permissions (idempotent)."""
    from wagtail.models import GroupPagePermission, Page

    access_admin = Permission.objects.using(using).filter(
        content_type__app_label="wagtailadmin", codename="access_admin").first()
    root = Page.objects.using(using).filter(depth=1).first()
    for name in ROLE_GROUPS:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = list(_permissions(MODEL_PERMISSIONS.get(name, []), using))
        if access_admin and name in ADMIN_ACCESS:
            wanted.append(access_admin)
        # Wagtail checks image and document rights per collection, not per
        # model: media permissions go on the root collection (and so on all).
        media = [p for p in wanted if p.content_type.app_label in COLLECTION_APPS]
        group.permissions.add(*[p for p in wanted if p not in media])
        _grant_on_root_collection(group, media, using)
        if root is None:
            continue
        for codename in PAGE_PERMISSIONS.get(name, []):
            permission = Permission.objects.using(using).filter(
                content_type__app_label="wagtailcore", codename=codename).first()
            if permission:
                GroupPagePermission.objects.using(using).get_or_create(
                    group=group, page=root, permission=permission)


COLLECTION_APPS = {"wagtailimages", "wagtaildocs"}


def _grant_on_root_collection(group, permissions, using):
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.objects.using(using).filter(depth=1).first()
    if root is None:
        return
    for permission in permissions:
        GroupCollectionPermission.objects.using(using).get_or_create(
            group=group, collection=root, permission=permission)


def _permissions(dotted_names, using):
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        permission = Permission.objects.using(using).select_related("content_type").filter(
            content_type__app_label=app_label, codename=codename).first()
        if permission:
            yield permission


def role_names_for_person(person, day=None):
    """The role groups a person holds on `day` (today by default)."""
    from .models import BoardMembership, Unit

    day = day or timezone.localdate()
    roles = set()
    board_role_to_group = {
        BoardMembership.Role.HEAD: HEAD,
        BoardMembership.Role.DEPUTY: DEPUTY,
        BoardMembership.Role.MEMBER: UNIT_BOARD_MEMBER,
        BoardMembership.Role.SECRETARY: SECRETARIAT,
    }
    for membership in person.board_memberships.active_on(day):
        roles.add(board_role_to_group[membership.role])
    if person.provides_information:
        roles.add(CONTRIBUTOR)
    if person.publishes:
        roles.add(TECHNICAL_PUBLISHER)
    if person.handles_documents_and_finance:
        roles.add(OFFICE)
    if person.translates:
        roles.add(TRANSLATOR)
    if person.is_collaborator:
        roles.add(COLLABORATOR)
    if person.administers:
        roles.add(ADMINISTRATOR)
    # Staff of a functional department who write or vouch for its items also
    # draft its answers to citizens' questions (Đ.7.2.c).
    # A concurrent post in such a department counts as well (kiêm nhiệm, Đ.6).
    answers = any(unit.answers_questions for unit in person.all_units())
    if answers and (roles & {CONTRIBUTOR, UNIT_BOARD_MEMBER}):
        roles.add(FUNCTIONAL_DEPARTMENT)
    if person.unit.kind == Unit.Kind.PARTNER:
        # An outside partner gets its translation work and nothing inside.
        roles &= {TRANSLATOR}
    return roles


@transaction.atomic
def sync_user_groups(user, day=None):
    """Make the user's role groups match the organisation data; return them."""
    person = getattr(user, "person", None)
    wanted = role_names_for_person(person, day) if person else set()
    current = set(user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True))
    if wanted != current:
        user.groups.remove(*Group.objects.filter(name__in=current - wanted))
        user.groups.add(*Group.objects.filter(name__in=wanted - current))
    # Only people in the organisation data are managed; a superuser made with
    # `createsuperuser` and no person record keeps its flags.
    is_admin = ADMINISTRATOR in wanted
    if person and (user.is_superuser != is_admin or (is_admin and not user.is_staff)):
        user.is_superuser = is_admin
        user.is_staff = is_admin
        user.save(update_fields=["is_superuser", "is_staff"])
    return wanted


@transaction.atomic
def strip_derived_roles(user, was_administrator=False):
    """The user is no longer linked to a person (unlinked, or the person was
    deleted): take away the role groups derived for them, and the admin flags
    if those came from the person's duty. Ad-hoc groups stay."""
    user.groups.remove(*Group.objects.filter(name__in=ROLE_GROUPS))
    if was_administrator and (user.is_superuser or user.is_staff):
        user.is_superuser = user.is_staff = False
        user.save(update_fields=["is_superuser", "is_staff"])


def sync_all_users(day=None):
    from .models import Person

    changed = 0
    for person in Person.objects.select_related("user", "unit").exclude(user=None):
        before = set(person.user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True))
        if sync_user_groups(person.user, day) != before:
            changed += 1
    return changed
