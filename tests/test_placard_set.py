"""samples/placard.py, the placard set: ten families of notices that print the member ID,
the plan and the denial's reason where no other set does: the ID in a box's header, under
its label on the line below, beside the group or inside a sentence; the plan as a product
line in the letterhead, beside the group, after "Coverage:" / "Benefit plan:", or an
employer's plan; the reason as a numbered footnote, a remark key or a sentence with its
code. One document of four families is scanned.

``p00``-``p04`` (the dev half) may be tuned on; ``p05``-``p09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure (tests/test_set_floors.py).
"""

from __future__ import annotations

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "placard"
GEN = gs.load_generator("placard")


def test_the_set_is_every_family_three_times_in_two_halves_some_scanned():
    docs = gs.split_documents(GEN, FOLDER)
    scanned = [d.stem for d in docs if gs.truth(d)["source"]["ocr_used"]]
    assert scanned == ["p01_below_2", "p03_idgroup_2", "p06_yourid_2", "p08_notice_2"]


def test_the_set_prints_member_ids_and_plans_in_other_shapes():
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    ids = [e["member"]["id"] for e in exps]
    assert len(ids) == 30 and all(ids)
    assert sum(" " in i for i in ids) >= 12  # split by spaces, or a suffix after one
    assert sum(i.count("-") >= 2 for i in ids) >= 9  # split by dashes
    plans = [e["plan"]["name"] for e in exps]
    assert all(plans)
    assert sum("Employee" in p for p in plans) >= 6  # an employer's plan


def test_the_reasons_are_footnotes_keys_sentences_and_words():
    """Every denied claim's reason is printed (the generator's check), by codes on the EOBs
    and in words on the letters."""
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    denied = [c for e in exps for c in e["claims"] if c["denied"]]
    letters = [c for e in exps if e["source"]["kind"] == "denial_letter" for c in e["claims"]]
    assert letters and all(c["denial"]["reason_text"] for c in letters)
    assert all(c["denial"]["carc"] for c in denied if c not in letters)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 1), (2, 0), (6, 2), (9, 1)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
