"""Fixtures for the vntext tests: glibc iconv as the reference converter, the
department's regulation (a real Unicode corpus) and our own corpora in data/.
No Django here: vntext is plain Python."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import missing

DATA = Path(__file__).parent / "data"
# shared/ lies beside the repository (on developers' machines and in CI); a
# clone made elsewhere on a developer's machine finds the workplace's copy.
_SEED_NAME = Path("shared") / "seed" / "000_da74d31102288b7b.txt"
_SEED_PLACES = [Path(__file__).resolve().parents[3] / _SEED_NAME, Path("/work") / _SEED_NAME]
SEED = next((place for place in _SEED_PLACES if place.exists()), _SEED_PLACES[0])


@pytest.fixture(scope="session")
def iconv():
    """iconv(data, source, target) -> bytes, through glibc's iconv program."""
    if shutil.which("iconv") is None:
        missing("glibc iconv is not installed")

    def run(data: bytes, source: str, target: str) -> bytes:
        done = subprocess.run(
            ["iconv", "-f", source, "-t", target], input=data, capture_output=True, check=True
        )
        return done.stdout

    return run


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    """Every line of the regulation's page text (NFC Vietnamese)."""
    if not SEED.exists():
        missing(f"{SEED} is not available")
    return SEED.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="session")
def corpus():
    """corpus(name) -> the lines of tests/vntext/data/<name>."""
    return lambda name: (DATA / name).read_text(encoding="utf-8").split("\n")
