"""Every role × every action of the chain: what is offered, and what a forged
POST achieves. The chain must leak nothing (Đ.7.1; Wagtail's TaskState.approve
does not check permissions, so our tasks must)."""

import pytest
from django.urls import reverse

from congtin.editorial import chain, services
from congtin.editorial.models import EmergencyPublication

pytestmark = pytest.mark.django_db

PEOPLE = ["cb_qlcn", "cb_qltm", "tv_qlcn", "tv_qltm", "thuky1", "truongban", "phoban",
          "kythuat", "vanphong", "ctv1", "dichgia", "admin"]
# Who may do what at each step for an item of the QLCN unit (the demo has the
# Head's delegation to the Deputy for every category).
ALLOWED = {
    (chain.UNIT, "approve"): {"tv_qlcn"},
    (chain.UNIT, "reject"): {"tv_qlcn"},
    (chain.SECRETARIAT, "approve"): set(),   # only by submitting a batch
    (chain.SECRETARIAT, "reject"): {"thuky1"},
    (chain.HEAD, "approve"): {"truongban", "phoban"},
    (chain.HEAD, "reject"): {"truongban", "phoban"},
    (chain.PUBLISH, "approve"): {"kythuat"},
    (chain.PUBLISH, "reject"): {"kythuat"},
}
EMERGENCY = {"truongban", "phoban"}


def forged_posts(client, page, action):
    state = services.current_state(page)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk)),
                {"comment": "Giả mạo thao tác"})
    client.post(reverse("editorial:item_action", args=(page.pk, action)),
                {"comment": "Giả mạo thao tác"})


def test_role_action_matrix_has_no_leaks(make_item, advance, user, client):
    items = {step: advance(make_item(title=f"Ma trận {step}"), step) for step in chain.STEPS}
    leaks, wrong_offers = [], []
    for (step, action), allowed in ALLOWED.items():
        page = items[step]
        for username in PEOPLE:
            person = user(username)
            offered = action in [name for name, *_ in
                                 services.current_state(page).task.specific.get_actions(page,
                                                                                        person)]
            if offered != (username in allowed):
                wrong_offers.append((step, action, username))
            if username in allowed:
                continue
            client.force_login(person)
            before = services.current_state(page).pk
            forged_posts(client, page, action)
            after = services.current_state(page)
            if after is None or after.pk != before or after.status != "in_progress":
                leaks.append((step, action, username))
    for username in PEOPLE:
        if username in EMERGENCY:
            continue
        client.force_login(user(username))
        client.post(reverse("editorial:emergency", args=(items[chain.UNIT].pk,)),
                    {"reason": "Giả mạo đăng khẩn"})
        if EmergencyPublication.objects.filter(page=items[chain.UNIT]).exists():
            leaks.append(("emergency", username))
    assert wrong_offers == []
    assert leaks == []


def test_batch_actions_by_the_wrong_roles_are_refused(make_item, advance, user, client):
    page = advance(make_item(), "secretariat")
    for username in ["cb_qlcn", "tv_qlcn", "truongban", "kythuat", "admin"]:
        client.force_login(user(username))
        client.post(reverse("editorial:batch_create"), {"items": [page.pk]})
    assert services.current_step(page) == chain.SECRETARIAT
    batch = services.create_batch(user("thuky1"), [page])
    for username in ["cb_qlcn", "tv_qlcn", "truongban", "kythuat"]:
        client.force_login(user(username))
        client.post(reverse("editorial:batch_action", args=(batch.pk, "trinh")))
    assert services.current_step(page) == chain.SECRETARIAT
    services.submit_batch(batch, user("thuky1"))
    for username in ["cb_qlcn", "tv_qlcn", "thuky1", "kythuat"]:
        client.force_login(user(username))
        client.post(reverse("editorial:batch_action", args=(batch.pk, "duyet-tat-ca")))
    assert services.current_step(page) == chain.HEAD
