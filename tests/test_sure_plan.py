"""A plan named only in the notice's sentences is sure when something else bears it out.

"You are covered by Ridgeline Select, a PPO plan." prints the name with its plan type,
a shape that names a plan by itself; "You are a member of Ridgeline Select." is borne out
when the name opens with the insurer's own word. A notice whose sentences name two
different plans, or a name that shares nothing with the insurer, stays unsure.
"""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = (
    "Ridgeline Health Cooperative",
    "PO Box 29013, Denver, CO 80202",
    "",
    "March 2, 2026",
    "",
    "Dear Maya Hollis,",
)
CLAIM = (
    "Claim number: E25-25702521",
    "Patient: Maya Hollis",
    "Date of service Code Billed Paid You owe Reason",
    "02/04/2026 99403 280.00 0.00 280.00 CO-242",
)


def _read(tmp_path: Path, *said: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *said, *CLAIM)))


def test_a_plan_told_with_its_type_is_sure(tmp_path: Path) -> None:
    r = _read(tmp_path, "You are covered by Ridgeline Select, a PPO plan, for this care.")
    assert (r.plan.name, r.plan.type) == ("Ridgeline Select", "PPO")
    assert r.evidence["plan.name"].sure, r.evidence["plan.name"].reason
    assert r.evidence["plan.type"].sure, r.evidence["plan.type"].reason


def test_a_plan_told_without_its_type_is_sure_when_it_opens_with_the_insurers_word(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "We write to you as a member of Ridgeline Select.")
    assert r.plan.name == "Ridgeline Select"
    assert r.evidence["plan.name"].sure, r.evidence["plan.name"].reason
    # a name that shares no word with the insurer's is a guess
    r = _read(tmp_path, "We write to you as a member of Harbour Select.")
    assert r.plan.name == "Harbour Select"
    assert not r.evidence["plan.name"].sure


def test_sentences_naming_two_plans_leave_the_plan_unsure(tmp_path: Path) -> None:
    r = _read(
        tmp_path,
        "You are covered by Ridgeline Select, a PPO plan, for this care.",
        "Your spouse is a member of Ridgeline Gold.",
    )
    assert r.plan.name == "Ridgeline Select"
    assert not r.evidence["plan.name"].sure
    assert not r.evidence["plan.type"].sure
