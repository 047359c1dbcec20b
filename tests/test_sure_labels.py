"""A value beside a label placed only by its words is a guess, unless the notice prints it
again in a shape that names it by itself: the member's name atop the address block, the
plan's name with its type in parentheses."""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = (
    "Ridgeline Health Cooperative",
    "PO Box 29013, Denver, CO 80202",
    "",
    "Maya Hollis",
    "12 Orchard Ave",
    "Reno, NV 89501",
    "",
    "Statement date: 03/02/2026",
)
CLAIM = (
    "Claim number: E25-25702521",
    "Date of service Code Billed Paid You owe Reason",
    "02/04/2026 99403 280.00 0.00 280.00 CO-242",
)


def _read(tmp_path: Path, *rows: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *rows, *CLAIM)))


def test_a_member_under_an_unknown_label_is_sure_when_the_address_block_names_her(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "Insured party: Maya Hollis")
    assert r.member.name == "Maya Hollis"
    assert r.evidence["member.name"].sure, r.evidence["member.name"].reason
    r = _read(tmp_path, "Insured party: Ann Hollis")
    assert r.member.name == "Ann Hollis"
    assert not r.evidence["member.name"].sure


def test_a_plan_under_an_unknown_label_is_sure_when_printed_with_its_type(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "Plan title: Ridgeline Bronze (EPO)")
    assert r.plan.name == "Ridgeline Bronze"
    assert r.evidence["plan.name"].sure, r.evidence["plan.name"].reason


def test_the_comma_closing_a_greeting_does_not_cut_the_name() -> None:
    from appealgen.read.evidence_checks import wrapped

    assert not wrapped("Dear Ann Lee,", "Ann Lee", "We reviewed the claim for your visit.")
    assert not wrapped("Hello Ann Lee:", "Ann Lee", "We reviewed the claim for your visit.")
    assert wrapped("Provider: Jane Doe,", "Jane Doe", "IBCLC NPI: 1234567893")


def test_a_value_of_its_fields_shape_under_a_label_with_one_unknown_word_is_sure(
    tmp_path: Path,
) -> None:
    """ "Claim ticket", "Subscriber ident": the known word names the field and the value
    has the field's own shape, no other field's value."""
    rows = ("Subscriber ident: VSA291805612", "Plan title: Ridgeline Bronze Select")
    r = parse_file(
        make_pdf(
            tmp_path / "n.pdf",
            text_lines(*HEAD, *rows, "Claim ticket: E25-25702521", *CLAIM[1:]),
        )
    )
    assert r.member.id == "VSA291805612" and r.evidence["member.id"].sure
    assert r.claims[0].claim_number == "E25-25702521"
    assert r.evidence["claims.0.claim_number"].sure


def test_own_shape_refuses_another_fields_value() -> None:
    from types import SimpleNamespace

    from appealgen.read.evidence_labels import own_shape

    result = SimpleNamespace(
        claims=[SimpleNamespace(claim_number="E25-25702521")],
        member=SimpleNamespace(id="VSA291805612", name="Maya Hollis"),
        plan=SimpleNamespace(group_number="454281"),
        payer=SimpleNamespace(name="Ridgeline Health"),
    )
    ctx = SimpleNamespace(lines=[], found=[])
    assert own_shape("member.id", "VSA291805612", result, ctx)
    assert not own_shape("member.id", "E25-25702521", result, ctx)  # the claim's number
    assert not own_shape("claims.0.claim_number", "454281", result, ctx)  # the group's
    assert not own_shape("claims.0.claim_number", "03/02/2026", result, ctx)
    assert not own_shape("claims.0.claim_number", "A123", result, ctx)
    assert own_shape("plan.name", "Ridgeline Bronze Select", result, ctx)
    assert not own_shape("plan.name", "We denied your claim because", result, ctx)


def test_two_members_beside_member_labels_leave_the_member_unsure(tmp_path: Path) -> None:
    r = _read(tmp_path, "Member: Maya Hollis", "Subscriber: Ann Hollis")
    if r.member.name is not None:
        assert not r.evidence["member.name"].sure
    r = _read(tmp_path, "Member: Maya Hollis", "Subscriber: Maya Hollis")
    assert r.member.name == "Maya Hollis" and r.evidence["member.name"].sure


def test_a_rival_value_is_another_printed_beside_the_same_fields_label() -> None:
    from types import SimpleNamespace

    from appealgen.read.context import clean_name
    from appealgen.read.evidence_labels import rival_value
    from appealgen.read.fields import Found

    found = [Found("member_name", "Maya Hollis", 3, "member"), Found("patient_name", "Bo", 9, "p")]
    ctx = SimpleNamespace(found=found)
    assert rival_value(ctx, "member_name", "Maya  Hollis", clean_name) is None
    found.append(Found("member_name", "Ann Hollis", 12, "subscriber"))
    assert rival_value(ctx, "member_name", "Maya Hollis", clean_name) == "Ann Hollis"


def test_a_name_ends_at_its_sentence_end() -> None:
    from appealgen.read.context import clean_name

    assert clean_name("Danielle Iwu. We") == "Danielle Iwu"
    assert clean_name("Esther Quintero. For the") == "Esther Quintero"
    assert clean_name("Lucía Rasmussen.") == "Lucía Rasmussen"
    assert clean_name("Latch Lactation Inc.") == "Latch Lactation Inc."
    assert clean_name("Ann J. Lee") == "Ann J. Lee"
    assert clean_name("Mrs. Ann Lee") == "Mrs. Ann Lee"
    assert clean_name("St. Mary Lactation") == "St. Mary Lactation"


def test_a_letter_naming_the_patient_before_a_sentence_end_reads_the_name_alone(
    tmp_path: Path,
) -> None:
    letter = (
        "Cumberland Gap Health",
        "Re: Danielle Iwu, member ID TWH880438132",
        "Dear Danielle Iwu:",
        "Claim V-904270 was filed by First Latch Lactation Services for Danielle Iwu. We",
        "received it on 02/04/2026. On 01/26/2026, the provider billed $385.00 for",
        "service 99404. We allowed $0.00. The plan paid $0.00. Your share is $0.00.",
        "This claim is not payable: the service needed prior authorization.",
    )
    r = parse_file(make_pdf(tmp_path / "l.pdf", text_lines(*letter)))
    assert r.claims[0].patient_name == "Danielle Iwu"


def test_the_abbreviations_a_name_goes_on_after_are_data() -> None:
    from appealgen.knowledge import reader_words
    from appealgen.read.context import clean_name

    assert "Assn" in reader_words().name_abbreviations
    assert clean_name("Harbor Lactation Assn. Of Ohio") == "Harbor Lactation Assn. Of Ohio"
    assert clean_name("Harbor Lactation Group. We") == "Harbor Lactation Group"
