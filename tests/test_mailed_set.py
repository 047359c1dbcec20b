"""samples/mailed.py, the mailed set: ten families of notices that print the notice date,
the patient's share, the member ID and the denial's reason where no other set does: the
date as "Date mailed", "Issued", "Run date" or "Statement date" in the letterhead's corner
("12 MAR 2026", "03.12.26", "March 12th, 2026") beside received, processed and paid dates;
the share as "You may owe", "Member liability", "Your cost" or "Amount you owe the
provider" in a column or a summary box, the cost shares split out; the member ID beside a
subscriber ID and a patient ID, or masked ("XXXXXXX4521"); the reason as words with no
code, a code keyed on another page, or two reasons for two services. One document of four
families is scanned.

``m00``-``m04`` (the dev half) may be tuned on; ``m05``-``m09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on.
"""

from __future__ import annotations

import re

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "mailed"
GEN = gs.load_generator("mailed")


def _text(doc) -> str:
    fam = GEN.FAMILIES[GEN.family_of(doc.stem)]
    n = int(doc.stem.rsplit("_", 1)[1])
    _, _, _, text_pdf = GEN.make_document(fam, n)
    return " ".join(gs.load_generator("layout_set").page_text(text_pdf).split())


def test_the_set_is_every_family_three_times_in_two_halves_some_scanned():
    docs = gs.split_documents(GEN, FOLDER)
    scanned = [d.stem for d in docs if gs.truth(d)["source"]["ocr_used"]]
    assert scanned == ["m01_rundate_2", "m03_tworeason_2", "m06_liability_2", "m08_notice_2"]


def test_a_member_id_printed_only_masked_is_no_member_id():
    """Two families print the ID only as "XXXXXXX4521": their truth holds no member ID, and
    two more print it masked beside the whole ID, which is the truth."""
    exps = {d.stem: gs.truth(d) for d in gs.documents(FOLDER)}
    masked_only = {s for s in exps if GEN.FAMILIES[GEN.family_of(s)].masked}
    assert {s[:3] for s in masked_only} == {"m01", "m05"}
    assert all(exps[s]["member"]["id"] is None for s in masked_only)
    assert all(exps[s]["member"]["id"] for s in exps if s not in masked_only)
    doc = FOLDER / "m03_tworeason_0.pdf"
    text = _text(doc)
    whole = gs.truth(doc)["member"]["id"]
    assert f"Member ID {GEN.masked(whole)}" in text and whole in text


def test_the_notice_date_is_printed_beside_dates_that_are_not_it():
    doc = FOLDER / "m00_mailed_0.pdf"
    text = _text(doc)
    assert re.search(r"Date mailed: \d\d [A-Z]{3} 2026", text)
    assert "Received" in text and "Processed" in text
    assert GEN.d_short_dots(GEN.date(2026, 3, 12)) == "03.12.26"
    assert GEN.d_ordinal(GEN.date(2026, 3, 12)) == "March 12th, 2026"
    assert GEN.d_ordinal(GEN.date(2026, 3, 22)) == "March 22nd, 2026"
    assert GEN.d_caps(GEN.date(2026, 3, 2)) == "02 MAR 2026"


def test_the_reasons_are_words_keys_over_the_page_and_two_per_claim():
    exps = [gs.truth(d) for d in gs.documents(FOLDER)]
    denied = [(e, c) for e in exps for c in e["claims"] if c["denied"]]
    words = [c for e, c in denied if not c["denial"]["carc"]]
    assert words and all(c["denial"]["reason_text"].startswith("We did not pay") for c in words)
    two = [c for _, c in denied if len(c["denial"]["categories"]) == 2]
    assert len(two) >= 4
    keyed = [e for e in exps if e["source"]["file"].startswith(("m01", "m05"))]
    assert all(e["source"]["pages"] == 2 for e in keyed)  # the key is on a page of its own


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 1), (2, 0), (5, 2), (7, 1)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
