"""python -m congtin.vntext: convert and fold, driven as a user would."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from congtin.vntext import MAX_BYTES, encode_vni

REPO = Path(__file__).resolve().parents[2]
SENTENCE = "Sở Công Thương thành phố Hồ Chí Minh"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "congtin.vntext", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=60,
    )


def _convert(tmp_path, data: bytes) -> subprocess.CompletedProcess:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    return run("convert", str(path))


def _stderr(done) -> str:
    return done.stderr.decode("utf-8")


def test_convert_a_tcvn3_file_made_with_iconv(tmp_path, iconv):
    done = _convert(tmp_path, iconv(SENTENCE.encode(), "UTF-8", "TCVN5712-1"))
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == SENTENCE
    assert _stderr(done) == "TCVN3 → Unicode, 8 characters changed\n"


def test_convert_a_vni_file(tmp_path):
    done = _convert(tmp_path, encode_vni(SENTENCE))
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, SENTENCE)
    assert _stderr(done) == "VNI → Unicode, 8 characters changed\n"


def test_convert_a_utf8_file_says_it_is_unchanged(tmp_path):
    done = _convert(tmp_path, SENTENCE.encode())
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, SENTENCE)
    assert _stderr(done) == "already Unicode, unchanged\n"


def test_convert_reads_standard_input():
    done = run("convert", "-", stdin=b"Vie^.t Nam")
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, "Việt Nam")


def test_invalid_bytes_give_a_clear_error_and_exit_code_2(tmp_path):
    done = _convert(tmp_path, bytes(range(0x80, 0x100)) * 4)
    assert done.returncode == 2 and done.stdout == b""
    message = _stderr(done)
    assert message.startswith("error: invalid byte sequence") and "Traceback" not in message
    assert message.count("\n") == 1


def test_broken_utf8_gives_a_clear_error(tmp_path):
    data = SENTENCE.encode()
    done = _convert(tmp_path, data[:2] + data[3:])
    assert done.returncode == 2 and "not valid UTF-8" in _stderr(done)


def test_binary_data_is_refused_as_not_text(tmp_path):
    done = _convert(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    assert done.returncode == 2 and done.stdout == b""
    assert _stderr(done).startswith("error: not text") and "Traceback" not in _stderr(done)


def test_a_file_over_50_mb_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: no 50 MB actually written
        f.truncate(MAX_BYTES + 1)
    done = run("convert", str(path))
    assert done.returncode == 2 and done.stdout == b""
    assert "52.428.801 bytes; the limit is 52.428.800" in _stderr(done)
    assert "not read" in _stderr(done) and "Traceback" not in _stderr(done)


def test_a_missing_file_is_a_clear_error():
    done = run("convert", "/nonexistent/file.txt")
    assert done.returncode == 2 and _stderr(done).startswith("error: cannot read")


def test_fold_prints_the_search_form():
    done = run("fold", "CÔNG THƯƠNG điện lực")
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, "cong thuong dien luc\n")


@pytest.mark.parametrize("args", [[], ["convert"], ["nonsense"]])
def test_bad_usage_exits_2_with_usage(args):
    done = run(*args)
    assert done.returncode == 2 and "usage:" in _stderr(done)


def test_vntext_imports_without_django():
    code = "import sys, congtin.vntext; assert not any(m.startswith('django') for m in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    for source in (REPO / "congtin" / "vntext").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import django" not in text and "from django" not in text, source


def test_convert_vntimeh_text_with_the_capitals_hint(tmp_path):
    path = tmp_path / "heading.txt"
    path.write_bytes(b"QUY CH\xd5 QU\xb6N L\xfd")  # set in .VnTimeH: lowercase codes
    done = run("convert", "--capitals", str(path))
    assert (done.returncode, done.stdout.decode("utf-8")) == (0, "QUY CHẾ QUẢN LÝ")
