"""samples/census.py, the census set: ten families of notices that print who the member is,
which plan and which codes where no other set does: labels right-aligned in a column beside
their values, the member's name and ID in one string, the ID beside its group on one line,
a subscriber and a patient each with an ID, an ID under its label; plans only inside a
sentence or named for a year or an employer, the funding told as self-insured, ASO, fully
insured or ERISA alone; codes beside a modifier column, prefixed ("CPT 99403-25",
"HC:S9443:U9") or with their words in one cell, diagnoses listed as "Dx 1: Z39.1". One
document of four families is scanned.

``c00``-``c04`` (the dev half) may be tuned on; ``c05``-``c09`` (the check half) were
drawn apart before the reader read any of them and are never tuned on.
"""

from __future__ import annotations

import re

import generated_sets as gs
import pytest

FOLDER = gs.ROOT / "tests" / "data" / "varied" / "census"
GEN = gs.load_generator("census")


def _text(stem: str) -> str:
    fam = GEN.FAMILIES[GEN.family_of(stem)]
    _, _, _, text_pdf = GEN.make_document(fam, int(stem.rsplit("_", 1)[1]))
    return " ".join(gs.load_generator("layout_set").page_text(text_pdf).split())


def _truth(stem: str) -> dict:
    return gs.truth(FOLDER / f"{stem}.pdf")


def test_the_set_is_every_family_three_times_in_two_halves_some_scanned():
    docs = gs.split_documents(GEN, FOLDER)
    scanned = [d.stem for d in docs if gs.truth(d)["source"]["ocr_used"]]
    assert scanned == ["c01_namedid_2", "c03_twoids_2", "c06_insured_2", "c08_dependent_2"]


def test_the_member_is_named_with_the_id_in_one_string_or_beside_the_group():
    member = _truth("c01_namedid_0")["member"]
    assert f"Subscriber: {member['name']} ({member['id']})" in _text("c01_namedid_0")
    exp = _truth("c02_idgroup_0")
    ident, group = exp["member"]["id"], exp["plan"]["group_number"]
    assert re.fullmatch(r"[A-Z]{3} \d{4} \d{4}", ident)
    assert f"Cert. No. {ident} Group {group}" in _text("c02_idgroup_0")
    exp = _truth("c05_memgroup_0")
    assert f"Member/Group {exp['member']['id']} / {exp['plan']['group_number']}" in _text(
        "c05_memgroup_0"
    )


def test_a_patient_who_is_not_the_subscriber_prints_an_id_of_her_own():
    exp = _truth("c03_twoids_0")
    text = _text("c03_twoids_0")
    assert f"Enrollee ID: {exp['member']['id']}" in text
    others = [
        c["patient_name"] for c in exp["claims"] if c["patient_name"] != exp["member"]["name"]
    ]
    assert others
    ids = re.findall(r"Patient ID: (\w+ \d\d)", text)
    assert exp["member"]["id"] in ids and len(set(ids)) == 2


def test_plans_in_a_sentence_or_named_for_a_year_or_an_employer():
    plan = _truth("c01_namedid_0")["plan"]
    assert f"coverage under the {plan['name']}." in _text("c01_namedid_0")
    assert plan["funding"] == "self_funded" and "(ASO)" in _text("c01_namedid_0")
    assert _truth("c02_idgroup_0")["plan"]["name"].startswith("2026 ")
    erisa = _truth("c04_undertag_0")["plan"]
    assert erisa["funding"] == "unknown" and "(ERISA)" in _text("c04_undertag_0")


def test_codes_with_a_modifier_column_a_prefix_or_their_words_and_diagnoses_listed():
    text = _text("c00_rightcol_0")
    assert "Svc Code Mod Description" in text
    assert re.search(r"(CPT|HCPCS) \w{5}", _text("c02_idgroup_0"))
    assert re.search(r"\d{5}(-\w\w)? Preventive counseling \d\d min", _text("c04_undertag_0"))
    assert re.search(r"Dx 1: [A-Z]\d\d\.\d+", _text("c03_twoids_0"))
    assert re.search(r"HC:\w{5}", _text("c08_dependent_0"))


def test_the_generator_is_deterministic():
    gs.written_as_generated(GEN, FOLDER, ((0, 1), (3, 0), (6, 2), (9, 1)))


@pytest.mark.parametrize("fam_id", range(10))
def test_every_expected_value_is_printed(fam_id):
    before, after = gs.printed_misses(GEN, fam_id)
    assert before == []
    assert gs.UNPRINTED in after
