"""samples/headids.py, the headids set: ten families of text notices that print the member,
the member ID and the plan as no other set does: labels over their values in boxes or a
grid, the member's block beside the provider's, the ID only in a card-like block, a label
cell shaded beside its value, IDs split by spaces or dashes or with a suffix, and the plan as
a product line under the payer's name or only in a sentence.

``h00``-``h04`` (the dev half) may be tuned on; ``h05``-``h09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on: their floor is the
honest figure (tests/test_set_floors.py).
"""

from __future__ import annotations

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "headids"
GEN = gs.load_generator("headids")


def test_the_set_prints_member_ids_in_other_shapes():
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    ids = [e["member"]["id"] for e in exps]
    assert len(ids) == 30 and all(ids)
    assert sum(" " in i for i in ids) >= 9  # split by spaces, or a suffix after one
    assert sum(i.count("-") >= 2 for i in ids) >= 6  # split by dashes
    assert all(e["plan"]["name"] for e in exps)


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((1, 0), (7, 2)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
