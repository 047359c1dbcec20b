"""A reason told as a rule and then the claim's fact that breaks it, with no word that
restricts or denies, names the rule's category surely (read/reason_breach.py)."""

from __future__ import annotations

import pytest

from appealgen.read.evidence_denial import category_sureness
from appealgen.read.reason_breach import breaks_a_rule


def sure_category(text: str, **kw) -> str | None:
    read = category_sureness(text, headed=True, **kw)
    return read.primary if read.sure else None


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "Your plan covers visits with physicians and nurse practitioners. This claim was "
            "billed by a certified lactation counselor.",
            "provider_type",
        ),
        (
            "Lactation visits are covered in a provider's office. This visit was billed as a "
            "home visit.",
            "place_of_service",
        ),
        (
            "Your plan covers lactation visits at a clinic. The visit was held in the member's "
            "residence.",
            "place_of_service",
        ),
    ],
)
def test_a_rule_then_the_fact_that_breaks_it_names_the_category_surely(reason, category):
    assert breaks_a_rule(reason, category)
    assert sure_category(reason) == category


@pytest.mark.parametrize(
    "reason",
    [
        # the fact meets the rule, in the rule's own words
        "Your plan covers lactation visits with participating providers. The provider who saw "
        "you is a participating provider.",
        # a rule alone, or a rule and advice
        "Your plan covers care from network providers.",
        "Your plan covers lactation visits in an office. Please call us with questions.",
    ],
)
def test_a_rule_the_claim_does_not_break_names_no_reason_surely(reason):
    assert sure_category(reason) is None


def test_a_fact_beside_a_printed_code_is_not_read_as_breaking_the_rule():
    # beside CO-96 the words only guess; the rule-then-fact reading is the notice's own reason
    reason = (
        "Your plan covers visits with physicians and nurse practitioners. This claim was billed "
        "by a certified lactation counselor."
    )
    assert category_sureness(reason, ["CO-96"]).primary == "provider_type"
    assert not category_sureness(reason, ["CO-96"]).sure


def test_a_named_network_told_again_of_the_provider_is_out_of_network():
    reason = (
        "Members of the Riverbend HMO get care from Riverbend providers. Latch Point Lactation "
        "is not a Riverbend provider."
    )
    assert sure_category(reason) == "out_of_network"
    assert sure_category(
        "Only Tier 1 providers are covered. Your provider is not a Tier 1 provider."
    )
    # a name the rule does not give is no network's
    assert sure_category(
        "Care from Medicaid providers is covered. She is not a Medicaid provider."
    ) != ("out_of_network")
