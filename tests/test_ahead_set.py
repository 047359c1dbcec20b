"""samples/ahead.py, the ahead set: ten families of text notices that print the patient's
share, the plan's name, procedure codes, member IDs and the notice's date the ways real
EOBs and remittance advices do and the other sets do not.

``a00``-``a04`` (the dev half) may be tuned on; ``a05``-``a09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure. Both live in ``tests/data/varied/ahead/`` as text PDFs; each half must read
above the floor measured on it (tests/test_set_floors.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "ahead"
GEN = gs.load_generator("ahead")


def test_truth_has_the_shapes_the_set_is_made_for():
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    claims = [c for e in exps for c in e["claims"]]
    lines = [ln for c in claims for ln in c["service_lines"]]
    assert sum(bool(ln["modifiers"]) for ln in lines) >= 10
    assert any(" " in (e["member"]["id"] or "") for e in exps)  # a prefix after a space
    assert sum(c["denied"] for c in claims) >= 25 and sum(not c["denied"] for c in claims) >= 10
    owed = [ln for ln in lines if ln["patient_responsibility"] not in (None, "0.00")]
    assert len(owed) >= 10
    assert {e["source"]["kind"] for e in exps} == {"eob", "remittance_835", "denial_letter"}


def test_values_are_printed_the_ways_the_set_is_made_for():
    fam = GEN.FAMILIES[5]
    ln = GEN.g.Line(dos=date(2026, 3, 4), code="S9443", desc="Lactation consult",
                    modifiers=["TH"])  # fmt: skip
    assert GEN._code(fam, ln) == "S9443 TH"
    assert GEN._in_words(GEN.FAMILIES[0], ln) == "Lactation consult (S9443-TH)"
    ln = GEN.g.Line(dos=date(2026, 3, 4), code="99403", desc="Preventive counselling, 45 min")
    assert GEN._cpt_first(fam, ln) == "CPT 99403 - preventive counselling"
    assert GEN.d_dots(date(2026, 3, 4)) == "03.04.2026"
    assert GEN.d_abbrev(date(2026, 3, 4)) == "Mar 4, 2026"
    assert GEN.dollars(Decimal("1234.5")) == "$1,234.50"


def test_a_share_split_over_columns_adds_up_to_the_patient_share():
    gs.shares_add_up(GEN, 4)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 0), (7, 2)))


@pytest.mark.parametrize("fam_id", [0, 1, 4, 5, 7, 9])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
