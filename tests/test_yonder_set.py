"""samples/yonder.py, the yonder set: ten families of text notices that print the member
ID in a card, an address block or a letter's "RE:" line, the plan's name in the letterhead
or inside a sentence, the notice's date alone under the letterhead or at the top right,
the patient's share under other headings or over cost-share columns, and the procedure
code under "CPT/HCPCS", "Svc code" or "Proc".

``k00``-``k04`` (the dev half) may be tuned on; ``k05``-``k09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure (tests/test_set_floors.py).
"""

from __future__ import annotations

from decimal import Decimal

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "yonder"
GEN = gs.load_generator("yonder")


def test_the_set_prints_its_fields_where_it_is_made_to():
    exps = {d.stem: gs.truth(d) for d in gs.documents(FOLDER)}
    assert {e["source"]["kind"] for e in exps.values()} == {
        "eob",
        "remittance_835",
        "denial_letter",
    }
    plans = [e["plan"]["name"] for e in exps.values() if e["plan"]["name"]]
    assert len(plans) >= 20 and all(not p.endswith(" plan") for p in plans)
    lines = [ln for e in exps.values() for c in e["claims"] for ln in c["service_lines"]]
    assert sum(ln["patient_responsibility"] not in (None, "0.00") for ln in lines) >= 5
    assert sum(bool(ln["modifiers"]) for ln in lines) >= 10


def test_values_are_printed_the_ways_the_set_is_made_for():
    d = GEN.date(2026, 3, 4)
    assert GEN.d_day_first(d) == "4 March 2026" and GEN.d_abbrev_dot(d) == "Mar. 4, 2026"
    assert GEN.blank0(GEN.ZERO) == "" and GEN.blank0(Decimal("1234.5")) == "1,234.50"


@pytest.mark.parametrize("fam_id", [2, 7])
def test_a_share_over_cost_share_columns_adds_up_to_the_patient_share(fam_id):
    gs.shares_add_up(GEN, fam_id)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((1, 0), (8, 2)))


@pytest.mark.parametrize("fam_id", [0, 1, 2, 3, 4, 9])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
