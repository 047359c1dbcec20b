"""Labels with a word nobody listed: placed by their other words, read only beside a value
of the field's shape, and sure only when that value is no other field's. Wordings here are
in no sample."""

from __future__ import annotations

from page_lines import page_lines, text_document

from appealgen.read.fields import find_fields, place_label
from appealgen.read.label_words import label_words
from appealgen.read.parse import parse_document


def test_one_word_the_field_does_not_list_places_it_weakly() -> None:
    fields, placed = place_label("Claim Stub")  # "stub": a word no list holds
    assert fields == ("claim_number",)
    assert placed.by_words and placed.score < label_words().min_score
    fields, _ = place_label("Covered Personage")
    assert fields == ("member_name",)


def test_a_word_that_rules_the_field_out_or_no_head_places_nothing() -> None:
    assert place_label("Claim Status Stub")[0] == ()  # "status" rules a claim number out
    assert place_label("Frobnitz Quux")[0] == ()
    assert place_label("Token Stub")[0] == ()


def test_a_weak_label_reads_no_value_of_another_shape() -> None:
    # "Enrollee" names a member; no word of "Enrollee Token" names an ID: an ID beside
    # it is neither the member's name nor the member's ID
    got = _found(["Enrollee Token: QX4471234"])
    assert "member_name" not in got and "member_id" not in got


def test_a_procedure_code_beside_a_description_is_no_identifier() -> None:
    # a service row's description cell ends in a word a claim's label may hold ("visit"):
    # the procedure code in the next cell is the service's, not the claim's number
    rows = [
        "Zephyr Health Plan",
        "Member: Ada Lark   Member ID: QX4471234",
        "Reference 20260411-10021 · For: Ada Lark · Rendered by: Dune Clinic",
        "2026-04-01      Weekend visit           99404         140.00        100.00     40.00",
        "Claim total 140.00 100.00 40.00 0.00",
        "Reference 20260411-10022 · For: Bo Lark · Rendered by: Dune Clinic",
        "2026-04-08      Newborn visit           99391         190.00        160.00     30.00",
        "Claim total 190.00 160.00 30.00 0.00",
    ]
    result = parse_document(text_document(rows))
    assert [c.claim_number for c in result.claims] == ["20260411-10021", "20260411-10022"]


def _found(rows: list[str]) -> dict[str, str]:
    return {f.field: f.value for f in find_fields(page_lines(rows))}


def test_only_a_value_of_the_fields_shape_is_read_beside_it() -> None:
    got = _found(["Claim Stub: CX77881234  Covered Personage: Ada Lark"])
    assert got["claim_number"].startswith("CX77881234")
    assert got["member_name"] == "Ada Lark"
    got = _found(["Claim Stub: see the enclosed letter"])
    assert "claim_number" not in got
    got = _found(["Covered Personage: 04/11/2026"])
    assert "member_name" not in got


def test_the_unknown_word_may_stand_inside_the_label() -> None:
    got = _found(["Claim Stub: CX77881234  Patient Legal Name: Ada Lark"])
    assert got["patient_name"] == "Ada Lark"  # "legal": a word no list holds
    got = _found(["Member: Ada Lark Hollis Name: Bo Lark"])
    assert got["member_name"].startswith("Ada Lark")  # "Hollis Name" names nothing


def _weak_rows(member: str, claim: str) -> list[str]:
    return [
        "Zephyr Health Plan",
        "PO Box 12, Boise, ID 83702",
        f"Covered Personage: {member}",
        "Member ID: QX4471234",
        f"Claim Stub: {claim}",
        "Date of service: 03/02/2026",
        "Procedure code: 99403",
        "Amount billed: $120.00",
    ]


def test_a_value_beside_a_weak_label_is_sure_only_of_its_fields_shape() -> None:
    # the known word names the field and the value has the field's own shape, no other
    # field's value: a person's name, an identifier that is not the member's
    result = parse_document(text_document(_weak_rows("Ada Lark", "CX77881234")))
    assert result.member.name == "Ada Lark"
    assert result.evidence["member.name"].sure
    assert result.claims and result.claims[0].claim_number == "CX77881234"
    assert result.evidence["claims.0.claim_number"].sure
    # the member ID read again beside the claim's weak label: no claim number of its own
    result = parse_document(text_document(_weak_rows("Ada Lark", "QX4471234")))
    if result.claims and result.claims[0].claim_number:
        assert not result.evidence["claims.0.claim_number"].sure


def test_a_listed_label_goes_on_with_the_words_that_name_the_same_field() -> None:
    got = _found(["Employer group ID 55120-7"])
    assert got["group_number"] == "55120-7"
    assert "member_id" not in got  # "ID" belongs to the group's label


def test_abbreviated_label_words() -> None:
    assert place_label("Mbr Ident.")[0] == ("member_id",)
    assert place_label("Claim Ctrl #")[0] == ("claim_number",)
    assert place_label("Coverage option")[0] == ("plan_name",)


def test_a_plan_beside_a_weak_label_needs_its_type() -> None:
    # a plan's name has no shape of its own: an employer beside "Plan Sponsorship" is no plan
    assert "plan_name" not in _found(["Plan Sponsorship: Acme Widgets Inc"])
    assert _found(["Plan Moniker: Zephyr Gold (PPO)"])["plan_name"].startswith("Zephyr Gold")
