"""The untuned sets (samples/fresh.py, samples/blind.py): their truth keeps the contract.

Each set is scored by ``benchmarks/accuracy.py tests/data/varied/<set>``; no accuracy
is asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generated_sets import ROOT, load_generator, truth

from appealgen.models import CATEGORIES, FUNDING_KINDS, SOURCE_KINDS

SETS = ROOT / "tests" / "data" / "varied"
SUFFIXES = (".pdf", ".jpg")


GENERATORS = {name: load_generator(name) for name in ("fresh", "blind")}
# per set: two families to regenerate (a table, a table over two pages) and one file each
REGENERATE = {"fresh": [0, 6], "blind": [6, 9]}


def _docs(name: str) -> list[Path]:
    return sorted(p for p in (SETS / name).iterdir() if p.suffix in SUFFIXES)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_every_family_is_in_the_set_with_enough_documents(name):
    gen = GENERATORS[name]
    names = [p.stem for p in _docs(name)]
    for fam in gen.FAMILIES:
        assert sum(gen.family_of(n) == fam.id for n in names) >= 2, fam.layout
    assert {gen.family_of(n) for n in names} == {f.id for f in gen.FAMILIES}
    assert {f.scan for f in gen.FAMILIES} == {True, False}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_truth_documents_keep_the_contract(name):
    gen = GENERATORS[name]
    kinds = set()
    for doc in _docs(name):
        exp = truth(doc)
        fam = gen.FAMILIES[gen.family_of(doc.stem)]
        assert exp["source"]["file"] == doc.name
        assert exp["source"]["ocr_used"] is fam.scan
        assert exp["source"]["kind"] in SOURCE_KINDS
        kinds.add(exp["source"]["kind"])
        assert exp["plan"]["funding"] in FUNDING_KINDS
        assert exp["payer"]["name"] and exp["notice_date"]
        assert exp["claims"], doc.name
        numbers = [c["claim_number"] for c in exp["claims"]]
        assert all(numbers) and len(set(numbers)) == len(numbers), doc.name
        for claim in exp["claims"]:
            assert claim["service_lines"], doc.name
            if claim["denied"]:
                assert claim["denial"]["primary_category"] in CATEGORIES
            else:
                assert claim["denial"] is None
    assert kinds == {"eob", "denial_letter", "remittance_835"}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_the_set_regenerates_byte_for_byte(name, tmp_path):
    GENERATORS[name].write_set(tmp_path, families=REGENERATE[name], docs=1)
    written = sorted(tmp_path.iterdir())
    assert len(written) == 4
    for new in written:
        assert new.read_bytes() == (SETS / name / new.name).read_bytes(), new.name
