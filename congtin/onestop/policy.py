"""Who may manage the one-stop figures: the Secretariat (Đ.12.4, it compiles
the department's statistics), the technical department (site operations),
administrators, and anyone given the model permission explicitly."""

from wagtail.permission_policies import ModelPermissionPolicy

from congtin.org.roles import SECRETARIAT, TECHNICAL_PUBLISHER

MANAGING_ROLES = {SECRETARIAT, TECHNICAL_PUBLISHER}


def can_manage(user):
    if not (user and user.is_active and user.is_authenticated):
        return False
    if user.is_superuser or user.has_perm("onestop.add_monthlyfigure"):
        return True
    return user.groups.filter(name__in=MANAGING_ROLES).exists()


class MonthlyFigurePolicy(ModelPermissionPolicy):
    """Add, change and view by the managing roles; delete by administrators only."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return bool(user and user.is_active and user.is_superuser)
        if action in {"add", "change", "view"}:
            return can_manage(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
