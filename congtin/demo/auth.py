from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class DemoAwareModelBackend(ModelBackend):
    """Django's usual backend, except that demo accounts are refused outside
    demo mode: their password is printed in the README. Refusing them here also
    ends any session they still hold, since `get_user` asks the same question."""

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        if settings.CONGTIN_DEMO:
            return True
        return not hasattr(user, "demo_account")
