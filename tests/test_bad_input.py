"""Files the tool must refuse politely, through the real command line.

Every refusal is exit status 1, exactly one line on stderr, no traceback and nothing
on stdout (the contract's rule for ``appealgen parse FILE --json``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HAS_TESSERACT = shutil.which("tesseract") is not None
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")


def _load_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    gen = _load_generator()
    out = tmp_path_factory.mktemp("bad")
    paths = gen.make_bad_inputs(out)
    gen.make_long_pdf(out / "long_200_pages.pdf", 200)
    paths["long_200_pages.pdf"] = out / "long_200_pages.pdf"
    return paths


def run_parse(path: Path | str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "appealgen.cli", "parse", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def assert_refused(proc: subprocess.CompletedProcess, *words: str) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0].lower(), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("not_a_pdf.pdf", ("not a pdf",)),
        ("encrypted.pdf", ("password",)),
        ("corrupt.pdf", ("damaged",)),
        ("empty.pdf", ("empty",)),
        ("no_claim.pdf", ("no insurance claim",)),
        ("long_200_pages.pdf", ("200 pages",)),
    ],
)
def test_bad_pdf_is_one_line(bad: dict[str, Path], name: str, words: tuple[str, ...]) -> None:
    line = assert_refused(run_parse(bad[name]), *words)
    assert name in line  # the reason names the file


def test_missing_file(tmp_path: Path) -> None:
    assert_refused(run_parse(tmp_path / "nowhere.pdf"), "no such file")


def test_directory_gets_one_line_pointing_to_batch(tmp_path: Path) -> None:
    line = assert_refused(run_parse(tmp_path), "folder")
    assert "batch" in line


def test_image_only_pdf_without_ocr(bad: dict[str, Path]) -> None:
    env = {**os.environ, "APPEALGEN_NO_OCR": "1"}
    assert_refused(run_parse(bad["image_only.pdf"], env), "no text layer")


def _leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.glob("appealgen-*"))


def _private_tmp(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A temp folder of the child's own (its ``tempfile.gettempdir()``), so files other
    processes create in the shared /tmp meanwhile cannot be mistaken for leftovers."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    return tmp, {**os.environ, "TMPDIR": str(tmp)}


@needs_tesseract
def test_image_only_pdf_is_ocred(bad: dict[str, Path], tmp_path: Path) -> None:
    tmp, env = _private_tmp(tmp_path)
    env.pop("APPEALGEN_NO_OCR", None)
    proc = run_parse(bad["image_only.pdf"], env)
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        doc = json.loads(proc.stdout)
        assert doc["source"]["ocr_used"] is True
        assert doc["claims"]
    else:
        assert_refused(proc)
    assert _leftovers(tmp) == [], "OCR left temporary files behind"


@needs_tesseract
def test_photo_is_ocred_and_cleans_up(tmp_path: Path) -> None:
    tmp, env = _private_tmp(tmp_path)
    proc = run_parse(SAMPLES / "photo_tidewater_letter_prior_auth.jpg", env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["ocr_used"] is True
    assert _leftovers(tmp) == [], "OCR left temporary files behind"


def test_photo_without_tesseract(tmp_path: Path, bad: dict[str, Path]) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {**os.environ, "PATH": str(empty_bin)}
    env.pop("APPEALGEN_NO_OCR", None)
    assert_refused(run_parse(SAMPLES / "photo_tidewater_letter_prior_auth.jpg", env), "tesseract")
    assert_refused(run_parse(bad["image_only.pdf"], env), "tesseract")
