"""A plan named by its shape, "Name (TYPE)", is sure without a label when the run of
name words is bounded and holds no organisation's word."""

from __future__ import annotations

import pytest
from page_lines import page_lines

from appealgen.read.plan_names import printed_with_type


@pytest.mark.parametrize(
    ("texts", "name", "sure"),
    [
        (("Enrolled in Kestrel Meadow (EPO) since 2024",), "Kestrel Meadow", True),
        (("Account 44817-B | Ferncliff Value (HMO) | Statement 3",), "Ferncliff Value", True),
        (("Ferncliff Value (HMO)   Group 7781",), "Ferncliff Value", True),
        # the name may begin on the line above
        (("Your coverage: Quarry", "Ferncliff Value (HMO)"), "Ferncliff Value", False),
        # a label printed without its colon, run into the name
        (("Coverage Name Ferncliff Value (HMO)",), "Name Ferncliff Value", False),
        # an insurer's name run into the plan's
        (("Ravensworth Health Silver (PPO)",), "Ravensworth Health Silver", False),
    ],
)
def test_a_plan_printed_with_its_type(texts: tuple[str, ...], name: str, sure: bool) -> None:
    assert printed_with_type(page_lines(texts), name) is sure


def test_a_plan_named_in_brackets_after_another_value_is_read_whole() -> None:
    from appealgen.read.plan_names import name_before, named_plan

    lines = page_lines(("Please quote member ID W6385385574 (Fox Choice (POS)) when you write.",))
    assert named_plan(lines) == ("Fox Choice", "POS")
    assert printed_with_type(lines, "Fox Choice")
    assert name_before("Enrolled in Kestrel Meadow") == "Kestrel Meadow"
