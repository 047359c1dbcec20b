"""samples/grounds.py, the grounds set: ten families of notices that tell why a claim was
denied where no other set does: the payer's own code on the service line explained in a
legend at the end; the standard codes' meanings in words with no code printed; codes
spelled "CO-185", "CO 185 / N95" or "Group CO Reason 96 Remark N130"; or the insurer's own
words under the claim. Some lines give two reasons, some claims deny one service and pay
the other. The member ID follows "Member no.", "ID Number" or "Subscriber ID/Suffix", some
wrapped by a narrow column; some plans are printed only in the page's footer. One document
of four families is scanned.

``g00``-``g04`` (the dev half) may be tuned on; ``g05``-``g09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on.
"""

from __future__ import annotations

import re

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "grounds"
GEN = gs.load_generator("grounds")


def _text(stem: str) -> str:
    fam = GEN.FAMILIES[GEN.family_of(stem)]
    _, _, _, text_pdf = GEN.make_document(fam, int(stem.rsplit("_", 1)[1]))
    return " ".join(gs.load_generator("layout_set").page_text(text_pdf).split())


def _denials(stem: str) -> list[dict]:
    return [c["denial"] for c in gs.truth(FOLDER / f"{stem}.pdf")["claims"] if c["denied"]]


def test_the_set_is_every_family_three_times_in_two_halves_some_scanned():
    docs = gs.split_documents(GEN, FOLDER)
    scanned = [d.stem for d in docs if gs.truth(d)["source"]["ocr_used"]]
    assert scanned == ["g01_wordsonly_2", "g03_ownwords_2", "g06_dashcodes_2", "g08_wordsplain_2"]
    assert all(_denials(d.stem) for d in docs)  # every notice denies a claim


def test_a_legend_explains_the_payers_own_codes_and_no_standard_code_is_read():
    text = _text("g00_legend_0")
    assert re.search(r"Explanation codes: PX\d+ \u2013 [A-Z]", text)
    assert all(not d["carc"] and not d["rarc"] for d in _denials("g00_legend_0"))


def test_codes_are_spelled_three_ways_and_a_line_may_give_two():
    assert re.search(
        r"Group CO Reason \d+(; Group CO Reason \d+)?( Remark N\d+)?", _text("g02_groupcodes_1")
    )
    assert re.search(r"CO \d+ / N\d+", _text("g04_slashcodes_0"))
    assert re.search(r"CO-\d+ CO-\d+ N\d+", _text("g06_dashcodes_1"))
    two = [d for d in _denials("g02_groupcodes_1") if len(d["categories"]) == 2]
    assert two and two[0]["primary_category"] == "prior_authorization"


def test_words_alone_and_own_words_tell_the_reason_and_one_service_of_two_is_paid():
    assert "Why this claim was not paid in full: " in _text("g01_wordsonly_0")
    assert all(not d["carc"] for d in _denials("g01_wordsonly_0"))
    text = _text("g03_ownwords_0")
    assert re.search(r"Why the service on \d\d/\d\d/\d{4} was not paid: ", text)
    claim = gs.truth(FOLDER / "g03_ownwords_0.pdf")["claims"][1]
    paid = [ln["paid"] != "0.00" for ln in claim["service_lines"]]
    assert claim["denied"] and paid[0] and not all(paid)


def test_member_ids_after_new_labels_and_a_plan_only_in_the_footer():
    text = _text("g02_groupcodes_0")
    whole = gs.truth(FOLDER / "g02_groupcodes_0.pdf")["member"]["id"]
    assert "Subscriber ID/Suffix" in text and whole.endswith(" 01") and whole not in text
    assert "Member no." in _text("g00_legend_0") and "ID Number" in _text("g04_slashcodes_0")
    plan = gs.truth(FOLDER / "g03_ownwords_0.pdf")["plan"]["name"]
    assert _text("g03_ownwords_0").count(plan) == 1
    assert re.search(r"\| Plan: " + plan + r" \| Group name", _text("g03_ownwords_0"))


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 1), (3, 0), (6, 2), (9, 1)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
