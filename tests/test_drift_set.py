"""samples/drift.py, the drift set: ten families of notices unlike every other set's, each
written as text PDFs and as scans of the same pages.

``d00``-``d04`` (the dev half) may be tuned on; ``d05``-``d09`` (the check half) were
drawn apart before the reader changed for this set and are never tuned on: their floor
is the honest figure. Both live in ``tests/data/varied/drift/``; each half's text PDFs
must read above the floor measured on them (tests/test_set_floors.py; the scans are scored by
``benchmarks/accuracy.py``, not here: reading them takes minutes).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "drift"
GEN = gs.load_generator("drift")


def _texts_and_scans() -> tuple[list, list]:
    docs = gs.documents(FOLDER)
    scans = [d for d in docs if gs.truth(d)["source"]["ocr_used"]]
    return [d for d in docs if d not in scans], scans


def test_the_halves_are_apart_and_every_family_is_written_as_text_and_as_scans():
    assert not set(GEN.DEV) & set(GEN.CHECK)
    assert {f.id for f in GEN.FAMILIES} == set(GEN.DEV) | set(GEN.CHECK)
    texts, scans = _texts_and_scans()
    per_family = [f.id for f in GEN.FAMILIES for _ in range(GEN.TEXT_DOCS)]
    assert [GEN.family_of(d.stem) for d in texts] == per_family
    assert [GEN.family_of(d.stem) for d in scans] == per_family
    assert {d.stem.rsplit("_", 1)[1] for d in texts} == {"0", "1", "2"}
    assert {d.suffix for d in scans} == {".pdf", ".jpg"}  # a phone photo among them


def test_a_scan_holds_the_record_of_its_text_document():
    texts, _ = _texts_and_scans()
    for text in texts[:: GEN.TEXT_DOCS]:
        stem, n = text.stem.rsplit("_", 1)
        scan = next(FOLDER.glob(f"{stem}_{int(n) + GEN.TEXT_DOCS}.*[!n]"))
        want, got = gs.truth(text), gs.truth(scan)
        assert got["claims"] == want["claims"] and got["member"] == want["member"]
        assert got["source"]["ocr_used"] and not want["source"]["ocr_used"]


def test_truth_has_the_shapes_the_set_is_made_for():
    exps = [gs.truth(d) for d in _texts_and_scans()[0]]
    claims = [c for e in exps for c in e["claims"]]
    names = [c["patient_name"] for c in claims if c["patient_name"]]
    assert any("'" in n for n in names) and any("-" in n for n in names)
    assert any(len(n.split()) == 3 and n.split()[1].endswith(".") for n in names)
    lines = [ln for c in claims for ln in c["service_lines"]]
    assert sum(bool(ln["modifiers"]) for ln in lines) >= 10
    assert sum(c["denied"] for c in claims) >= 30 and sum(not c["denied"] for c in claims) >= 10
    assert {e["plan"]["funding"] for e in exps} >= {"medicaid", "self_funded", "fully_insured"}


def test_values_are_printed_the_ways_the_set_is_made_for():
    assert GEN.d_compact(date(2026, 3, 3)) == "030326"
    assert GEN.cr(Decimal("25.00")) == "25.00 CR" and GEN.cr(GEN.ZERO) == ".00"
    assert GEN.mono(Decimal("1234.50")) == "1234.50" and GEN.mono(GEN.ZERO) == ".00"
    assert GEN._cut("BL12345678901234", 9) == ("BL1234567", "8901234")
    assert GEN._cut_words("Brightline Premier HMO Select", 2) == ("Brightline Premier",
                                                                  "HMO Select")  # fmt: skip


def test_a_value_wrapped_in_two_counts_as_printed_only_in_both_parts():
    fam = GEN.FAMILIES[7]  # member ID, claim number and plan wrap over two lines
    _, _, exp, text_pdf = GEN.make_document(fam, 0)
    assert GEN.missing(fam, text_pdf, exp) == []
    exp["member"]["id"] = exp["member"]["id"][:9] + "0000"
    assert exp["member"]["id"] in GEN.missing(fam, text_pdf, exp)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((2, 0), (5, 1)))


@pytest.mark.parametrize("fam_id", [2, 4, 5, 9])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
