"""Create the stock Wagtail reference site with `wagtail start` from the venv,
then give it the article page types and templates in bench/stock/.

It is rebuilt whenever it is missing; nothing of congtin is in it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "stocksite"


def create(target):
    """The project folder (made once); returns it."""
    target = Path(target)
    project = target / NAME
    if (project / "home" / "templates" / "home" / "article_page.html").exists():
        return project
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    wagtail = Path(sys.executable).with_name("wagtail")
    subprocess.run([str(wagtail), "start", NAME, str(project)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.copy(HERE / "stock" / "models.py", project / "home" / "models.py")
    shutil.copy(HERE / "stock" / "settings.py", project / NAME / "settings" / "bench.py")
    templates = project / "home" / "templates" / "home"
    for name in ("home_page.html", "article_index_page.html", "article_page.html",
                 "heading_block.html"):
        shutil.copy(HERE / "stock" / name, templates / name)
    env = environment(project, project / "makemigrations.sqlite3")
    subprocess.run([sys.executable, "manage.py", "makemigrations", "home", "-v", "0"],
                   cwd=project, env=env, check=True)
    (project / "makemigrations.sqlite3").unlink(missing_ok=True)
    return project


def environment(project, database):
    import os

    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "DATABASE_URL", "CONGTIN_"))}
    env.update({"DJANGO_SETTINGS_MODULE": f"{NAME}.settings.bench",
                "STOCK_DB": str(database),
                "PYTHONPATH": f"{project}:{HERE}"})
    return env
