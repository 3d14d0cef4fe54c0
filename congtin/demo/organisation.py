"""Build the demo department's organisation: units, people, the editorial
board (Đ.10) and the demo logins.

Role groups are never assigned here: saving a Person or a BoardMembership
makes `congtin.org.roles` derive them, exactly as in production.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from congtin.org import roles
from congtin.org.models import BoardMembership, Person, Unit

from .data import organisation as data
from .models import DEMO_PASSWORD, DemoAccount
from .stream import bullet_list


def build_organisation():
    """Create every unit, person, login and board seat; return (units, people) by key."""
    # The groups and their page permissions need the page tree's root, which
    # may not have existed when `migrate` ran the post-migrate hook.
    roles.ensure_role_groups()
    units = {spec["code"]: _create_unit(spec, order) for order, spec in enumerate(data.UNITS)}
    # Hashing is deliberately slow; every demo login shares one password, so hash it once.
    password_hash = make_password(DEMO_PASSWORD)
    people = {}
    for order, spec in enumerate(data.PEOPLE):
        user = _create_login(spec, password_hash) if "role" in spec else None
        people[spec["key"]] = _create_person(spec, units[spec["unit"]], user, order)
        # Concurrent posts (kiêm nhiệm, Đ.6); adding them syncs the roles again.
        people[spec["key"]].concurrent_units.add(*[units[c] for c in spec.get("concurrent", [])])
    for key, role, unit_code in data.BOARD:
        BoardMembership.objects.create(
            person=people[key], role=role, unit=units[unit_code] if unit_code else None,
            start_date=data.BOARD_TERM_START, decision=data.BOARD_DECISION)
    return units, people


def _create_unit(spec, order):
    return Unit.objects.create(
        code=spec["code"], abbreviation=spec["abbreviation"], name=spec["name"],
        name_en=spec["name_en"], kind=spec["kind"],
        functions=bullet_list(spec["functions"]), functions_en=bullet_list(spec["functions_en"]),
        address=spec["address"], phone=spec["phone"], fax=spec["fax"], email=spec["email"],
        sort_order=(order + 1) * 10)


def split_name(full_name):
    """Django's (first_name, last_name) for a Vietnamese name.

    Vietnamese names run family name, middle names, given name, and people
    are addressed and sorted by the given name. Putting the given name in
    `last_name` keeps `get_full_name()` ("first last") in the Vietnamese order
    and makes Django's usual sort by last name sort by given name.
    """
    family_and_middle, _, given = full_name.rpartition(" ")
    return family_and_middle, given


def _create_login(spec, password_hash):
    first_name, last_name = split_name(spec["full_name"])
    user = get_user_model().objects.create(
        username=spec["key"], email=spec["email"], first_name=first_name, last_name=last_name,
        password=password_hash)
    DemoAccount.objects.create(user=user, role_description=spec["role"])
    return user


def _create_person(spec, unit, user, order):
    def rich(field):  # biographies and duties are lists in the data, rich text in the model
        return bullet_list(spec[field]) if field in spec else ""

    return Person.objects.create(
        full_name=spec["full_name"], position=spec["position"],
        position_en=spec["position_en"], unit=unit, phone=spec["phone"],
        email=spec["email"], is_contact_official=spec.get("contact", False),
        biography=rich("biography"), biography_en=rich("biography_en"),
        responsibilities=rich("responsibilities"),
        responsibilities_en=rich("responsibilities_en"),
        sort_order=(order + 1) * 10, user=user, **spec.get("duties", {}))


def attach_leader_photos(people, images):
    """Give the directorate portrait placeholders for the leaders' page; return how many."""
    specs = [spec for spec in data.PEOPLE if spec["unit"] == "bgd"]
    for seed, spec in enumerate(specs):
        leader = people[spec["key"]]
        leader.photo = images.portrait(leader.full_name, seed, f"lanh-dao-{seed + 1}.jpg",
                                       long_hair=spec.get("portrait") == "long hair")
        leader.save(update_fields=["photo"])
    return len(specs)


def demo_logins():
    """(username, role, full name) of every demo login, in the order they were made."""
    accounts = DemoAccount.objects.select_related("user", "user__person").order_by("user_id")
    return [(account.user.username, account.role_description,
             getattr(getattr(account.user, "person", None), "full_name", ""))
            for account in accounts]
