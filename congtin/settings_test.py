"""Settings for the test suite: the real settings, with a throw-away var folder,
static files served from the apps, and background tasks run at once."""

import os
import tempfile

os.environ.setdefault("CONGTIN_VAR_DIR", tempfile.mkdtemp(prefix="congtin-test-"))
os.environ.setdefault("STATIC_FROM_FINDERS", "1")
os.environ.setdefault("STATIC_ROOT", os.path.join(os.environ["CONGTIN_VAR_DIR"], "static"))
os.makedirs(os.environ["STATIC_ROOT"], exist_ok=True)
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
# A counted view schedules a new page-cache generation this many seconds
# later: never in the middle of another test (tests of that delay set their own).
os.environ.setdefault("VISITS_FIGURES_MAX_AGE", "86400")

from congtin.settings import *  # noqa: E402,F403

# Hashing demo passwords with the production hasher would cost seconds per test.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
