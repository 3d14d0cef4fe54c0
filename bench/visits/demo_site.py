"""The demo department the visit benchmarks measure, built in a temporary
folder (never in var/): its environment, its construction, and what the
benchmarks read from it."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def demo_env(work, **extra):
    """The environment of a demo department in `work`: SQLite, no Redis,
    tasks run at once, the rate limit lifted (every view comes from 127.0.0.1)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "congtin.settings",
           "CONGTIN_VAR_DIR": str(work), "DATABASE_URL": f"sqlite:///{database(work)}",
           "CONGTIN_DEMO": "1", "STATIC_FROM_FINDERS": "1",
           "VISITS_REDIS_URL": "", "REDIS_URL": "", "VISITS_RATE_PER_MINUTE": "1000000000",
           "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend", **extra}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def database(work):
    return work / "db.sqlite3"


def build(env):
    """migrate + load_demo (about a minute)."""
    for args in (("migrate", "--noinput", "-v", "0"), ("load_demo", "-v", "0")):
        subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, check=True,
                       stdout=subprocess.DEVNULL)


def prepare(work, **extra):
    """Build the demo department in `work`, then set up Django on it in this
    process; returns its environment."""
    env = demo_env(work, **extra)
    build(env)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return env


def newest_article():
    """The page the benchmarks view: the newest Vietnamese article."""
    from congtin.content.models import ArticlePage

    return ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-date").first()


def page_views(work, page_id):
    """Views of the page counted in the database so far."""
    with sqlite3.connect(database(work)) as db:
        return db.execute("SELECT COALESCE(SUM(views), 0) FROM visits_pagedailyviews "
                          "WHERE page_id = ?", (page_id,)).fetchone()[0]
