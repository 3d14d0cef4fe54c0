"""One English catalogue (congtin/locale/en) translates every public string.

The public templates and messages use Vietnamese msgids. Two catalogues once
translated them, and the one in LOCALE_PATHS silently won where both had a
msgid; this keeps it to one, complete catalogue.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.support import missing

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "congtin" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_no_app_has_its_own_english_catalogue():
    own = [p.relative_to(ROOT) for p in (ROOT / "congtin").glob("*/locale/en")]
    assert own == [], f"English belongs in congtin/locale/en only, found {own}"


def test_every_public_string_has_an_english_translation(tmp_path):
    if not shutil.which("xgettext") or not shutil.which("msgattrib"):
        missing("GNU gettext (xgettext, msgattrib) is not installed")
    # Extract from a copy, so the working tree's catalogue is never rewritten.
    shutil.copytree(ROOT / "congtin", tmp_path / "congtin",
                    ignore=shutil.ignore_patterns("__pycache__", "static"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run([sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete",
                    "-v", "0"], cwd=tmp_path, check=True)
    extracted = tmp_path / CATALOGUE.relative_to(ROOT)
    untranslated = subprocess.run(["msgattrib", "--untranslated", "--no-wrap", str(extracted)],
                                  capture_output=True, text=True, check=True).stdout
    msgids = [line for line in untranslated.splitlines()
              if line.startswith("msgid ") and line != 'msgid ""']
    assert msgids == [], f"{len(msgids)} strings lack English in {CATALOGUE}:\n" + "\n".join(msgids)
