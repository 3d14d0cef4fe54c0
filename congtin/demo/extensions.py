"""Demo data that other apps add to the demo department.

An app that has demo data of its own (questions, legal documents, items in the
editorial chain…) provides a module `<app>/demo.py` with

    def build(context: DemoContext) -> dict[str, int]   # counts for the report
    def reset() -> None                                  # optional: remove its rows

`build` runs after the core department (organisation, pages, articles, English
tree) exists, in the same transaction; `reset` runs before the core is removed,
so the app can delete rows that protect units, people or pages.
"""

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps


@dataclass
class DemoContext:
    """What the core build made, for the apps to build on."""

    vi: object  # Locale
    en: object  # Locale
    home: object  # HomePage (vi)
    pages: dict  # slug → page of the Vietnamese tree
    units: dict  # code → Unit
    people: dict  # key → Person (see congtin/demo/data/organisation.py)
    images: object  # DemoImages
    documents: list  # demo Documents
    writer: object  # BodyWriter, to make StreamField bodies
    articles: list  # the Vietnamese ArticlePages
    today: object
    now: object


def demo_modules():
    """The `demo` modules of our apps, in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        if not config.name.startswith("congtin.") or config.name == "congtin.demo":
            continue
        name = f"{config.name}.demo"
        try:
            yield import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def build_all(context):
    counts = {}
    for module in demo_modules():
        counts.update(module.build(context) or {})
    return counts


def reset_all():
    for module in reversed(list(demo_modules())):
        if hasattr(module, "reset"):
            module.reset()
