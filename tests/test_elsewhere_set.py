"""samples/elsewhere.py, the elsewhere set: ten families of notices that print the member
ID, the plan, the codes and the notice date where no other set does: the ID in a ruled
header cell under its label, on a card panel, wrapped over two lines by a narrow column or
beside a group, a claim and an account number that look like it, some with a suffix ("-01",
" 02"); the plan as a product with no "Plan" in its name, in the letterhead, a cell, a card
or a footer, beside an employer and a group's name; codes with modifiers under "Service",
"Proc", "HCPCS/CPT" or "Rev/Proc" beside a revenue code, diagnoses without their dot; the
notice date as "Issued", "Run date" or "Statement date" beside dates that are not it. One
document of four families is scanned.

``e00``-``e04`` (the dev half) may be tuned on; ``e05``-``e09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on.
"""

from __future__ import annotations

import re

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "elsewhere"
GEN = gs.load_generator("elsewhere")


def _text(doc) -> str:
    fam = GEN.FAMILIES[GEN.family_of(doc.stem)]
    n = int(doc.stem.rsplit("_", 1)[1])
    _, _, _, text_pdf = GEN.make_document(fam, n)
    return " ".join(gs.load_generator("layout_set").page_text(text_pdf).split())


def test_the_set_is_every_family_three_times_in_two_halves_some_scanned():
    docs = gs.split_documents(GEN, FOLDER)
    scanned = [d.stem for d in docs if gs.truth(d)["source"]["ocr_used"]]
    assert scanned == ["e01_idcard_2", "e04_policy_2", "e06_panel_2", "e08_wrapped_2"]


def test_a_member_id_keeps_its_suffix_and_a_wrapped_one_is_whole():
    exps = {d.stem: gs.truth(d) for d in gs.documents(FOLDER)}
    ids = {s: e["member"]["id"] for s, e in exps.items()}
    assert ids["e01_idcard_0"].endswith(" 02") and ids["e02_narrowcol_0"].endswith("-01")
    text = _text(FOLDER / "e02_narrowcol_0.pdf")
    whole = ids["e02_narrowcol_0"]
    assert whole not in text and whole[:6] in text and whole[6:] in text


def test_the_plan_is_a_product_beside_an_employer_and_a_group_name():
    plans = {gs.truth(d)["plan"]["name"] for d in gs.documents(FOLDER)}
    assert len(plans) == 10 and not any("Plan" in p for p in plans)
    text = _text(FOLDER / "e03_footer_0.pdf")
    assert re.search(r"Benefit plan: Harbor Choice 2000 \| Group name: \w", text)
    assert "Employer: " in text


def test_codes_carry_modifiers_beside_revenue_codes_and_diagnoses_without_a_dot():
    exp = gs.truth(FOLDER / "e00_headcell_0.pdf")
    text = _text(FOLDER / "e00_headcell_0.pdf")
    dx = exp["claims"][0]["diagnosis_codes"][0]
    assert "." in dx and dx not in text and GEN.undotted(dx) in text
    assert "HCPCS/CPT" in text and "Dx ptr" in text and "Rev" in text
    mods = [ln for c in exp["claims"] for ln in c["service_lines"] if ln["modifiers"]]
    assert mods and all(f"{ln['procedure_code']}-{ln['modifiers'][0]}" in text for ln in mods)
    assert "Rev/Proc" in _text(FOLDER / "e02_narrowcol_0.pdf")


def test_the_notice_date_is_printed_beside_dates_that_are_not_it():
    text = _text(FOLDER / "e00_headcell_0.pdf")
    assert re.search(r"Issued \d\d\.\d\d\.\d\d ", text)
    assert re.search(r"Processed \d\d\.\d\d\.\d\d Received \d\d\.\d\d\.\d\d", text)
    assert "Run date" in _text(FOLDER / "e02_narrowcol_0.pdf")


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 1), (2, 0), (5, 2), (8, 1)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
