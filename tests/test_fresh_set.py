"""The fresh held-out set (samples/fresh.py): its truth keeps the contract.

The set is scored by ``benchmarks/accuracy.py tests/data/varied/fresh`` and never
tuned against; no accuracy is asserted here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from appealgen.models import CATEGORIES, FUNDING_KINDS, SOURCE_KINDS

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "data" / "varied" / "fresh"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"samples_{name}", ROOT / "samples" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fresh = _load("fresh")


def _docs() -> list[Path]:
    return sorted(FRESH.glob("*.pdf"))


def test_every_family_is_in_the_set_with_enough_documents():
    names = [p.stem for p in _docs()]
    for fam in fresh.FAMILIES:
        assert sum(fresh.family_of(n) == fam.id for n in names) >= 2, fam.layout
    assert {fresh.family_of(n) for n in names} == {f.id for f in fresh.FAMILIES}
    assert {f.scan for f in fresh.FAMILIES} == {True, False}


def test_truth_documents_keep_the_contract():
    kinds = set()
    for pdf in _docs():
        exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
        fam = fresh.FAMILIES[fresh.family_of(pdf.stem)]
        assert exp["source"]["file"] == pdf.name
        assert exp["source"]["ocr_used"] is fam.scan
        assert exp["source"]["kind"] in SOURCE_KINDS
        kinds.add(exp["source"]["kind"])
        assert exp["plan"]["funding"] in FUNDING_KINDS
        assert exp["payer"]["name"] and exp["notice_date"]
        assert exp["claims"], pdf.name
        numbers = [c["claim_number"] for c in exp["claims"]]
        assert all(numbers) and len(set(numbers)) == len(numbers), pdf.name
        for claim in exp["claims"]:
            assert claim["service_lines"], pdf.name
            if claim["denied"]:
                assert claim["denial"]["primary_category"] in CATEGORIES
            else:
                assert claim["denial"] is None
    assert kinds == {"eob", "denial_letter", "remittance_835"}


def test_the_set_regenerates_byte_for_byte(tmp_path):
    fresh.write_set(tmp_path, families=[0, 6], docs=1)  # a table, a table over two pages
    written = sorted(tmp_path.iterdir())
    assert len(written) == 4
    for new in written:
        assert new.read_bytes() == (FRESH / new.name).read_bytes(), new.name
