"""One correction per layout: the varied corpus read through learned layouts.

The tune split's families are taught with their first document (its expected
document as the correction) in a temporary store; their second documents must
then read at the floor below. The held-out families were not taught: they must
read exactly as with an empty store, no learned layout used on them.
benchmarks/learn_accuracy.py prints the same figures for every document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appealgen import api
from appealgen.read.score import Score, score

VARIED = Path(__file__).resolve().parent / "data" / "varied"
# measured on the text PDFs of the tune split (benchmarks/README.md, "Learned layouts")
TAUGHT_FLOOR = 0.99


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))


def _family_docs(split: str) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for pdf in sorted((VARIED / split).glob("*.pdf")):
        if _truth(pdf)["source"]["ocr_used"]:
            continue  # scans: benchmarks/learn_accuracy.py (OCR is slow)
        out.setdefault(pdf.name.split("_", 1)[0], []).append(pdf)
    return out


@pytest.mark.slow
def test_taught_layouts_read_their_other_documents_and_untaught_ones_are_untouched(
    tmp_path, monkeypatch
):
    tune, held = _family_docs("tune"), _family_docs("heldout")
    untaught = [docs[1] for docs in held.values()]
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "empty"))
    before = {p.name: api.parse_file(p).to_dict() for p in untaught}

    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    names = {api.learn_layout(docs[0], _truth(docs[0])).name for docs in tune.values()}
    assert len(names) == len(tune)  # one layout per family
    taught = Score()
    for fam, docs in tune.items():
        result = api.parse_file(docs[1])
        assert result.layout["learned"] is not None, fam
        taught.merge(score(result.to_dict(), _truth(docs[1]), name=docs[1].stem))
    assert taught.accuracy >= TAUGHT_FLOOR, taught.report()

    for pdf in untaught:
        assert api.parse_file(pdf).to_dict() == before[pdf.name], pdf.name
