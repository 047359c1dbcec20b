"""benchmarks/sure_values.py: the scans' OCR kept per page image, as scan_gap.py keeps it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import sure_values  # noqa: E402

from appealgen.read import ocr_call  # noqa: E402
from appealgen.read.settings import ReadSettings  # noqa: E402


def test_ocr_cache_keeps_tesseracts_output_per_page_image(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        ocr_call, "tesseract_tsv", ocr_call.tesseract_tsv
    )  # put back after the test
    calls = []
    monkeypatch.setattr(
        ocr_call, "tesseract_tsv", lambda path, settings: calls.append(path) or "tsv"
    )
    empty, cache = tmp_path / "set", tmp_path / "ocr"
    empty.mkdir()
    args = [str(empty), "--ocr-cache", str(cache), "--json", str(tmp_path / "c.json")]
    assert sure_values.main(args) == 0
    assert json.loads((tmp_path / "c.json").read_text())[str(empty)]["sure_wrong"] == 0
    page = tmp_path / "page.pgm"
    page.write_bytes(b"P5 1 1 255\n\x00")
    settings = ReadSettings()
    assert ocr_call.tesseract_tsv(page, settings) == "tsv"
    assert ocr_call.tesseract_tsv(page, settings) == "tsv"  # the second time from the cache
    assert len(calls) == 1 and len(list(cache.glob("*.tsv"))) == 1
