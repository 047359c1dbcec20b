"""samples/stray.py, the stray set: ten families of notices as real payers print them.

``s00``-``s04`` (the dev half) may be tuned on; ``s05``-``s09`` (the check half) were
drawn apart before the reader changed for this set and are never tuned on: their floor
is the honest figure. Both live in ``tests/data/varied/stray/`` as text PDFs; each half
must read above the floor measured on it (tests/test_set_floors.py).
"""

from __future__ import annotations

from datetime import date

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "stray"
GEN = gs.load_generator("stray")


def test_truth_has_the_shapes_the_set_is_made_for():
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    claims = [c for e in exps for c in e["claims"]]
    # the member is not always the patient, and a household's claims name several patients
    assert any(e["member"]["name"] and any(c["patient_name"] != e["member"]["name"]
               for c in e["claims"]) for e in exps)  # fmt: skip
    assert any(len({c["patient_name"] for c in e["claims"]}) > 1 and e["member"]["name"]
               for e in exps)  # fmt: skip
    assert any(" " in (e["member"]["id"] or "") for e in exps)  # a suffix after a space
    lines = [ln for c in claims for ln in c["service_lines"]]
    assert any((ln["units"] or 1) > 1 for ln in lines)
    assert sum(bool(ln["modifiers"]) for ln in lines) >= 10
    assert sum(c["denied"] for c in claims) >= 30 and sum(not c["denied"] for c in claims) >= 10


def test_a_service_over_days_prints_its_range():
    fam = GEN.FAMILIES[2]
    doc = GEN.record(fam, 0)
    ranged = [ln for c in doc.claims for ln in c.lines if ln.thru != ln.dos]
    assert ranged, "some service of the voucher runs over days"
    ln = ranged[0]
    assert GEN._dates(fam, ln) == f"{fam.dates(ln.dos)}-{fam.dates(ln.thru)}"
    assert (ln.thru - ln.dos).days == ln.units - 1
    assert GEN.w.d_yy(date(2026, 3, 2)) == "03/02/26"


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((1, 0), (8, 1)))


@pytest.mark.parametrize("fam_id", [0, 2, 5, 8, 9])
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
