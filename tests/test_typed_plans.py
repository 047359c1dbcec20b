"""read/typed_plans.py: one rule for a plan's name ending in its type, shared by the bare
label "Benefit plan Ridgeline Silver 2000 PPO" (read/bare_labels.py) and a part of a
header line "Highgate Choice Plus PPO  |  PO Box 80" (read/plan_names.py)."""

from __future__ import annotations

import pytest

from appealgen.read.typed_plans import typed_name, typed_part


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Ridgeline Silver 2000 PPO", True),
        ("Highgate Choice Plus PPO", True),
        ("2000 Silver PPO", True),  # a number may open the name a label names
        ("Copper Medicaid HMO", True),
        ("Acme HMO-POS", True),
        ("  Ridgeline   Silver PPO ", True),  # spaces as printed
        ("Alpha Beta Gamma Delta Epsilon PPO", True),  # six words
        ("Alpha Beta Gamma Delta Epsilon Zeta PPO", False),  # seven
        ("PPO", False),
        ("Ridgeline silver PPO", False),  # a word in small letters is no name's
        ("Ridgeline Silver PPO plan", False),  # the type does not end it
        ("Ridgeline 123456 PPO", False),  # no number of six digits
    ],
)
def test_a_name_ending_in_its_type(text: str, typed: bool) -> None:
    assert typed_name(text) is typed


def test_a_part_of_a_line_opens_with_a_capitalised_word() -> None:
    m = typed_part().fullmatch("Highgate Choice Plus PPO")
    assert m and (m.group(1).strip(), m.group(2)) == ("Highgate Choice Plus", "PPO")
    assert typed_part().fullmatch("2000 Silver PPO") is None
    assert typed_part(lead_number=True).fullmatch("2000 Silver PPO") is not None
