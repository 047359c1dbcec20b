"""samples/lattice.py, the lattice set: ten families of text notices that print the member,
member ID, plan, patient and notice date where the page's geometry is what is hard: columns
of label/value pairs side by side, labels over their values in ruled boxes, values after dot
leaders, a member panel as a small table, a panel beside a letter's body, the plan in the
footer or the letterhead, the date beside the page number, and letters about the member's
newborn.

``l00``-``l04`` (the dev half) may be tuned on; ``l05``-``l09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure (tests/test_set_floors.py).
"""

from __future__ import annotations

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "lattice"
GEN = gs.load_generator("lattice")


def test_the_set_prints_its_fields_where_it_is_made_to():
    exps = {d.stem: gs.truth(d) for d in gs.documents(FOLDER)}
    assert {e["source"]["kind"] for e in exps.values()} == {"eob", "denial_letter"}
    assert all(e["member"]["id"] and e["plan"]["name"] for e in exps.values())
    letters = [e for e in exps.values() if e["source"]["kind"] == "denial_letter"]
    # every letter is about the member's newborn, not the member
    apart = [e for e in letters if e["claims"][0]["patient_name"] != e["member"]["name"]]
    assert len(apart) == len(letters) == 12
    assert all(
        e["claims"][0]["patient_name"].split()[-1] == e["member"]["name"].split()[-1] for e in apart
    )


def test_the_split_is_fixed_in_the_generator():
    assert GEN.DEV == (0, 1, 2, 3, 4) and GEN.CHECK == (5, 6, 7, 8, 9)
    assert [f.id for f in GEN.FAMILIES] == list(range(10))


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 0), (4, 1), (7, 2)))


@pytest.mark.parametrize("fam_id", [0, 1, 2, 3, 4])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
