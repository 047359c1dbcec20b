"""The wild set (samples/wild.py): notices printed as real payers print them.

Its dev half (``w00``-``w05``) is open for tuning; its check half (``w06``-``w11``) was
split off before anything was tuned and nobody tunes the reader on it. Both are written
to ``tests/data/varied/wild/``. The reader's figure on each half is held above a floor
measured on it (tests/test_set_floors.py); the check floor is the honest one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from generated_sets import (
    ROOT,
    UNPRINTED,
    documents,
    load_generator,
    printed_misses,
    split_documents,
    truth,
)

FOLDER = ROOT / "tests" / "data" / "varied" / "wild"
MONEY = re.compile(r"^\d+\.\d\d$")
GEN = load_generator("wild")


def _documents() -> list[Path]:
    return documents(FOLDER)


def test_the_halves_are_apart_and_every_family_is_written():
    docs = split_documents(GEN, FOLDER)
    scans = [d.name for d in docs if truth(d)["source"]["ocr_used"]]
    assert scans == ["w02_agency_2.pdf", "w03_panel_1.pdf"]
    assert all(GEN.family_of(Path(s).stem) in GEN.DEV for s in scans)


def test_truth_has_real_world_shapes():
    numbers = [c["claim_number"] for d in _documents() for c in truth(d)["claims"]]
    assert any(" " in n for n in numbers) and any("-" in n for n in numbers)
    modifiers = [m for d in _documents() for c in truth(d)["claims"]
                 for ln in c["service_lines"] for m in ln["modifiers"]]  # fmt: skip
    assert set(modifiers) <= set(GEN.MODIFIERS) and len(modifiers) >= 10
    denied = paid = 0
    for doc in _documents():
        exp = truth(doc)
        remit = exp["source"]["kind"] == "remittance_835"
        assert (exp["member"]["name"] is None) == remit
        for claim in exp["claims"]:
            assert all(MONEY.match(v) for v in claim["totals"].values() if v)
            denied += claim["denied"]
            paid += not claim["denied"]
    assert denied >= 40 and paid >= 15


def test_shapes_print_as_real_notices_print_them():
    from datetime import date

    assert GEN.d_yy(date(2026, 3, 3)) == "03/03/26"
    assert GEN.d_caps(date(2026, 3, 3)) == "MAR 03 2026"
    assert GEN.cr(GEN.D("37.50")) == "37.50 CR" and GEN.cr(GEN.ZERO) == "0.00"
    assert GEN.usd_parens(GEN.D("1234.50")) == "($1,234.50)"
    assert GEN.ls.surname_first("Solveig Nakagawa") == "NAKAGAWA, SOLVEIG"


def test_the_generator_is_deterministic():
    for fam_id, n in ((1, 0), (7, 1)):
        file, data, exp, _ = GEN.make_document(GEN.FAMILIES[fam_id], n)
        assert data == (FOLDER / file).read_bytes(), file
        assert exp == truth(FOLDER / file)


@pytest.mark.parametrize("fam_id", [0, 4, 7, 9])
def test_every_expected_value_is_printed(fam_id):
    before, after = printed_misses(GEN, fam_id)
    assert before == []
    assert UNPRINTED in after


def test_a_name_or_a_reason_the_page_does_not_print_is_missed():
    fam = GEN.FAMILIES[4]  # names printed in capitals, surname first
    _, _, exp, text_pdf = GEN.make_document(fam, 0)
    claim = next(c for c in exp["claims"] if c["denied"])
    claim["patient_name"] = "Ottoline Quarrie"
    claim["denial"]["carc"] = ["CO-27"]
    misses = GEN.missing(fam, text_pdf, exp)
    assert "Ottoline Quarrie" in misses
    assert any(m.startswith("reason ") for m in misses)
