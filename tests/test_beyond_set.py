"""samples/beyond.py, the beyond set: ten families of text notices that print their
services as blocks, lists and two-line rows, the patient's share split over cost-share
columns, zeros blank or as dashes, write-offs as credits, and member IDs, plans and notice
dates after labels the other sets do not use.

``y00``-``y04`` (the dev half) may be tuned on; ``y05``-``y09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure. Both live in ``tests/data/varied/beyond/`` as text PDFs; each half must read
above the floor measured on it (tests/test_set_floors.py).
"""

from __future__ import annotations

from decimal import Decimal

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "beyond"
GEN = gs.load_generator("beyond")
SPLIT_SHARE = {"splitcols", "crremit", "dashcols", "tworemit"}  # no column of the share


def test_truth_holds_shares_split_over_columns_and_zeros_not_printed():
    exps = {d.stem: gs.truth(d) for d in gs.documents(FOLDER)}
    lines = {stem: [ln for c in e["claims"] for ln in c["service_lines"]]
             for stem, e in exps.items()}  # fmt: skip
    split = [ln for stem, lns in lines.items() for ln in lns
             if GEN.FAMILIES[GEN.family_of(stem)].layout in SPLIT_SHARE]  # fmt: skip
    assert sum(ln["patient_responsibility"] not in (None, "0.00") for ln in split) >= 5
    assert all(ln["allowed"] is None for ln in split)  # no allowed column: a share of parts
    zeros = [ln for lns in lines.values() for ln in lns if "0.00" in (ln["paid"], ln["allowed"])]
    assert (
        len(zeros) >= 20
        and sum(bool(ln["modifiers"]) for lns in lines.values() for ln in lns) >= 10
    )
    assert {e["source"]["kind"] for e in exps.values()} == {
        "eob",
        "remittance_835",
        "denial_letter",
    }


def test_values_are_printed_the_ways_the_set_is_made_for():
    assert GEN.dash0(GEN.ZERO) == GEN.DASH and GEN.dash0(Decimal("1234.5")) == "1,234.50"
    assert GEN.blank0(GEN.ZERO) == "" and GEN.blank0(Decimal("25")) == "25.00"
    assert GEN.credit_cr(Decimal("25")) == "25.00CR" and GEN.credit_minus(Decimal("25")) == "-25.00"
    ln = GEN.g.Line(dos=None, code="99403", desc="Preventive counseling, 45 min",
                    modifiers=["25"])  # fmt: skip
    assert GEN._in_words(GEN.FAMILIES[0], ln) == "Preventive counseling, 45 min (99403-25)"
    assert GEN._code(GEN.FAMILIES[4], ln) == "99403 25"


@pytest.mark.parametrize("fam_id", [1, 4, 6, 7])
def test_a_share_split_over_columns_adds_up_to_the_patient_share(fam_id):
    gs.shares_add_up(GEN, fam_id)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((1, 0), (6, 2)))


@pytest.mark.parametrize("fam_id", [0, 2, 3, 4, 5, 8])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
