"""Who may read the ratings and comments: the board's leaders and Secretariat
(Đ.11.4: gather visitors' opinions and report them), and administrators."""

from congtin.org.roles import DEPUTY, HEAD, SECRETARIAT

READING_ROLES = {HEAD, DEPUTY, SECRETARIAT}


def can_read_ratings(user):
    if not (user and user.is_active and user.is_authenticated):
        return False
    if user.is_superuser or user.has_perm("participation.view_rating"):
        return True
    return user.groups.filter(name__in=READING_ROLES).exists()
