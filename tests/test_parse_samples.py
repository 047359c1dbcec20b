"""The parser against every shipped sample, field by field (prints the accuracy)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.score import Score, score

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# scans and photos need tesseract (scripts/test.sh installs it)
HAVE_OCR = shutil.which("tesseract") is not None
EXPECTED = [
    p
    for p in sorted(SAMPLES.glob("*.expected.json"))
    if HAVE_OCR or not p.name.startswith(("scan_", "photo_"))
]
ACCURACY_FLOOR = 0.98


def _input_for(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    for suffix in (".pdf", ".835", ".png", ".jpg", ".txt", ".edi"):
        p = SAMPLES / f"{stem}{suffix}"
        if p.exists():
            return p
    raise FileNotFoundError(stem)


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_sample_parses_as_expected(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    got = parse_file(_input_for(expected)).to_dict()
    s = score(got, want, name=expected.name.split(".")[0])
    assert s.accuracy >= 0.95, "\n".join(s.misses)


def test_overall_accuracy_on_samples(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(EXPECTED) >= 12, "the sample set must hold at least 12 documents"
    total = Score()
    for expected in EXPECTED:
        want = json.loads(expected.read_text(encoding="utf-8"))
        got = parse_file(_input_for(expected)).to_dict()
        total.merge(score(got, want, name=expected.name.split(".")[0]))
    with capsys.disabled():
        print(f"\nparse accuracy on {len(EXPECTED)} samples: {total.report()}")
    assert total.accuracy >= ACCURACY_FLOOR, "\n".join(total.misses)
