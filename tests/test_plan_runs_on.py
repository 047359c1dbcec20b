"""A plan's name a sentence wraps onto the next line is asked, not stated cut short.

A letter in sentences prints "Plan: Harbourside Gold" at a line's end and "(POS)." at the
next line's start, or "Plan name: Sandhill Crane" after a sentence ending in a bracket and
"Family Care." under it; a name read as the plan's type alone ("POS", from "Northgate
Employer" over "Health Plan POS (POS).") is no name at all. Each stays unsure, so the
letter asks for the plan rather than stating a part of it.
"""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = ("Harbourside Mutual Health", "PO Box 29013, Denver, CO 80202", "", "March 2, 2026", "")
CLAIM = (
    "Claim number: E25-25702521",
    "Patient: Maya Hollis",
    "Date of service Code Billed Paid You owe Reason",
    "02/04/2026 99403 280.00 0.00 280.00 CO-242",
)


def _plan(tmp_path: Path, *said: str):
    r = parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *said, "", *CLAIM)))
    return r.plan.name, r.evidence["plan.name"]


def test_a_plans_type_in_brackets_opening_the_next_line_leaves_the_name_unsure(
    tmp_path: Path,
) -> None:
    name, ev = _plan(
        tmp_path,
        "Member name: Maya Hollis, member ID: FJR113291382. Plan: Harbourside Gold",
        "(POS). Your employer's plan is self-funded; we only administer it.",
    )
    assert name == "Harbourside Gold"
    assert not ev.sure
    assert "plan's type in brackets" in (ev.reason or "")


def test_a_sentence_ending_in_a_bracket_before_the_plans_label_is_a_sentence(
    tmp_path: Path,
) -> None:
    name, ev = _plan(
        tmp_path,
        "This letter concerns the coverage of Maya Hollis (member number LVU 606-37-4400-01)."
        " Plan name: Sandhill Crane",
        "Family Care. Your coverage is a Medicaid plan.",
    )
    assert name == "Sandhill Crane"
    assert not ev.sure
    assert "the name may go on" in (ev.reason or "")


def test_a_plans_type_alone_is_no_name(tmp_path: Path) -> None:
    name, ev = _plan(
        tmp_path,
        "We are writing to Maya Hollis, whose member ID is WME81847980. You are enrolled in"
        " Northgate Employer",
        "Health Plan POS (POS).",
    )
    assert name == "POS"
    assert not ev.sure
    assert "a plan's type, not its name" in (ev.reason or "")


def test_a_plan_on_a_line_of_its_own_stays_sure(tmp_path: Path) -> None:
    name, ev = _plan(tmp_path, "Plan: Harbourside Gold (POS)", "Group number: 473366")
    assert name and name.startswith("Harbourside Gold")
    assert ev.sure, ev.reason
