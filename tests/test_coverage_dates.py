"""The care's date outside the coverage's dates names eligibility
(read/coverage_dates.py)."""

from __future__ import annotations

import pytest

from appealgen.read.coverage_dates import coverage_date_spans
from appealgen.read.evidence_denial import category_sureness


@pytest.mark.parametrize(
    "reason",
    [
        "Your coverage under this plan began on April 1. This visit was on March 3.",
        "Coverage ended 01/31/2026. The service was given on 02/11/2026.",
        "Your coverage ended on January 31, 2026; the visit was on February 11, 2026.",
        "Benefits for the baby started March 10, 2026. The baby was seen on March 2, 2026.",
    ],
)
def test_care_outside_the_coverage_dates_is_eligibility_surely(reason):
    assert [c for c, _, _ in coverage_date_spans(reason)] == ["eligibility"]
    read = category_sureness(reason, headed=True)
    assert (read.primary, read.sure) == ("eligibility", True)


@pytest.mark.parametrize(
    "reason",
    [
        # the care falls inside the coverage
        "Your coverage began on April 1, 2025. This visit was on March 3, 2026.",
        "Your coverage ended on January 31, 2026. The visit was on January 12, 2026.",
        # one date with its year and one without cannot be compared
        "Your coverage began on April 1. This visit was on March 3, 2026.",
        # no date for the care, or none for the coverage
        "Your coverage began on April 1, 2026. Please call us with questions.",
        "Your plan year began January 1, 2026. The visit was on March 3, 2026.",
    ],
)
def test_care_inside_or_beside_no_coverage_date_names_nothing(reason):
    assert coverage_date_spans(reason) == []
