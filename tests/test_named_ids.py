"""Who the notice is for and under which plan, printed as the census set prints them: the
member's name and ID in one string ("Subscriber: Noor Iwu  (J856138167)"), an ID under
"Alt ID"; and a plan named only in a sentence ("your coverage under the Lockhart Foods
Employee Medical Program."), read but asked: a sentence's words may run on past the plan's
name or stop short of it."""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf

from appealgen import parse_file
from appealgen.read.context import clean_name
from appealgen.read.value_shapes import bracketed_id

CLAIM = [
    [(60, "Claim number 49C44803150   Patient: Noor Iwu")],
    [(60, "Date"), (130, "Service"), (250, "Billed"), (320, "Paid"), (390, "Remarks")],
    [(60, "03/02/2026"), (130, "99403"), (250, "$250.00"), (320, "$0.00"), (390, "CO-50")],
    [],
    [
        (
            60,
            "CO-50 - These are non-covered services because this is not deemed a medical necessity.",
        )
    ],
]


def _parse(tmp_path: Path, head: list[list[tuple[float, str]]]):
    lines = [
        [(60, "**Wrenfield Benefit Administrators")],
        [(60, "PO Box 4411, Akron, OH 44308")],
        [],
        *head,
        [],
        *CLAIM,
    ]
    return parse_file(make_pdf(tmp_path / "eob.pdf", lines, size=8))


def test_an_id_in_brackets_after_a_name_is_no_part_of_it():
    assert bracketed_id("Noor Iwu  (J856138167)") == "J856138167"
    assert clean_name("Noor Iwu  (J856138167)") == "Noor Iwu"
    assert bracketed_id("Noor Iwu (Y 150124059)") == "Y 150124059"  # a scan's space
    assert bracketed_id("Noor Iwu (self)") is None
    assert bracketed_id("Marguerite Holmqvist (ID PWK 622-57-9154-02)") is None  # labelled
    assert bracketed_id("Noor Iwu (Member ID 4K7 22 918)") is None
    assert bracketed_id("Noor Iwu (03/02/2026)") is None  # a date
    assert bracketed_id("Noor Iwu (XXXXX4521)") is None  # masked
    assert bracketed_id("(J856138167)") is None  # no name before it
    assert bracketed_id("Noor Iwu (A12)") is None  # too short for an ID
    assert bracketed_id("Noor Iwu (555) 013-4477") is None  # a phone


def test_the_members_name_and_id_in_one_string_are_both_read_surely(tmp_path: Path) -> None:
    r = _parse(tmp_path, [[(60, "Subscriber: Noor Iwu  (J856138167)")], [(60, "Group: 0029266")]])
    assert (r.member.name, r.member.id) == ("Noor Iwu", "J856138167")
    assert r.evidence["member.name"].sure and r.evidence["member.id"].sure


def test_an_id_under_alt_id_is_the_members(tmp_path: Path) -> None:
    head = [
        [(60, "Member: Yara Nakagawa")],
        [(60, "Alt ID"), (210, "Group")],
        [(60, "Z92-AF35959"), (210, "0050727")],
    ]
    r = _parse(tmp_path, head)
    assert r.member.id == "Z92-AF35959" and r.evidence["member.id"].sure


def test_a_plan_only_a_sentence_names_is_read_but_asked(tmp_path: Path) -> None:
    said = (
        "This statement explains your coverage under the Lockhart Foods Employee Medical Program."
    )
    r = _parse(tmp_path, [[(60, "Member: Noor Iwu   Member ID: J856138167")], [(60, said)]])
    assert r.plan.name == "Lockhart Foods Employee Medical Program"
    assert not r.evidence["plan.name"].sure
