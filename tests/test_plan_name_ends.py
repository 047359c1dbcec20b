"""A plan's name that ends in "Plan" before the next label on its line ("Plan:
Thistledown Employer Health Plan  Group: TB-55852"): the name runs to its last word, and
the label after it is "Group", not "Employer Health Plan Group" (which "Health" rules out
as a group's label) nor "Plan Group"."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.fields import _place_field, label_vocabulary
from appealgen.read.kv_pairs import split_pairs
from appealgen.read.label_phrases import inline_pairs

MAILED = Path(__file__).parent / "data" / "varied" / "mailed"


def _pairs(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [
        (p.label, p.fields, p.value) for p in inline_pairs(text, _place_field, label_vocabulary())
    ]


@pytest.mark.parametrize(
    ("text", "plan", "group"),
    [
        (
            "Plan: Thistledown Employer Health Plan Group: TB-55852",
            "Thistledown Employer Health Plan",
            "TB-55852",
        ),
        (
            "Plan: Thistledown Employer Health Plan   Group: TB-55852",
            "Thistledown Employer Health Plan",
            "TB-55852",
        ),
        (
            "Coverage: Ostrander Freight Health Program Group #: 44120",
            "Ostrander Freight Health Program",
            "44120",
        ),
    ],
)
def test_a_plans_name_runs_to_its_last_word_before_the_group(text, plan, group):
    pairs = _pairs(text)
    assert pairs[0][1] == ("plan_name",) and pairs[0][2] == plan
    assert pairs[1][1] == ("group_number",) and pairs[1][2] == group


def test_a_label_after_another_field_is_placed_as_before():
    """Only a plan's name gives its last word back: "Patient account" after a name stays
    a label of its own that names nothing."""
    assert _pairs("Name: Ann Lee Patient account: 1234") == [
        ("Name", (), "Ann Lee"),
        ("Patient account", (), "1234"),
    ]


def test_the_line_splitter_ends_the_plan_at_its_last_word_too():
    _, pairs = split_pairs("Plan: Thistledown Employer Health Plan Group: TB-55852".split())
    assert [(label, value) for label, value, _, _ in pairs] == [
        ("Plan", "Thistledown Employer Health Plan"),
        ("Group", "TB-55852"),
    ]


def test_the_plan_and_the_group_are_read_whole():
    result = parse_file(MAILED / "m03_tworeason_0.pdf")
    assert result.plan.name == "Thistledown Employer Health Plan"
    assert result.plan.group_number == "TB-55852"
