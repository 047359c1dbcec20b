"""A plan's name a sentence wraps onto the next line is asked, not stated cut short.

A letter in sentences prints "Plan: Harbourside Gold" at a line's end and "(POS)." at the
next line's start, or "Plan name: Sandhill Crane" after a sentence ending in a bracket and
"Family Care." under it; a name read as the plan's type alone ("POS", from "Northgate
Employer" over "Health Plan POS (POS).") is no name at all. Each stays unsure, so the
letter asks for the plan rather than stating a part of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize(
    ("said", "name", "why"),
    [
        pytest.param(
            (
                "Member name: Maya Hollis, member ID: FJR113291382. Plan: Harbourside Gold",
                "(POS). Your employer's plan is self-funded; we only administer it.",
            ),
            "Harbourside Gold",
            "plan's type in brackets",
            id="type-in-brackets-opens-next-line",
        ),
        pytest.param(
            (
                "This letter concerns the coverage of Maya Hollis (member number"
                " LVU 606-37-4400-01). Plan name: Sandhill Crane",
                "Family Care. Your coverage is a Medicaid plan.",
            ),
            "Sandhill Crane",
            "the name may go on",
            id="sentence-ending-in-bracket-before-label",
        ),
        pytest.param(
            (
                "We are writing to Maya Hollis, whose member ID is WME81847980. You are"
                " enrolled in Northgate Employer",
                "Health Plan POS (POS).",
            ),
            "POS",
            "a plan's type, not its name",
            id="type-alone-is-no-name",
        ),
    ],
)
def test_a_plan_name_a_sentence_cuts_short_is_unsure(
    tmp_path: Path, said: tuple[str, ...], name: str, why: str
) -> None:
    got, ev = _plan(tmp_path, *said)
    assert got == name
    assert not ev.sure
    assert why in (ev.reason or "")


def test_a_plan_on_a_line_of_its_own_stays_sure(tmp_path: Path) -> None:
    name, ev = _plan(tmp_path, "Plan: Harbourside Gold (POS)", "Group number: 473366")
    assert name and name.startswith("Harbourside Gold")
    assert ev.sure, ev.reason
