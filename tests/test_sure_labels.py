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
