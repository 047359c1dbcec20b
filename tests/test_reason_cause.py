"""A reason the notice gives as its own: a sentence that says the claim was not paid and
gives a cause (after the denial, or opening the sentence) names a sure category when it
names one reason; a sentence about claims in general, or one with no cause, does not."""

from __future__ import annotations

import pytest
from page_lines import text_document

from appealgen.read.evidence_denial import _denied_because
from appealgen.read.parse import parse_document


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("Payment is declined, since the consultant holds no contract with us.", True),
        ("We will not pay for this session: the clinic is outside our network.", True),
        # the colon right after the denial word ("not payable: the …") gives the cause
        ("This claim is not payable: the claim was received too late.", True),
        ("Denied: the referral was missing.", True),
        ("Owing to a missing referral, the visit was not approved.", True),
        # the cause of another clause is not the denial's
        ("Because you asked, we looked again; the visit is still denied.", False),
        ("Claim status: Denied", False),  # the colon comes before the denial
        ("The session is excluded from the plan.", False),  # no cause given
        ("If a claim is denied because of a late filing, you may appeal.", False),
        ("Some services are not covered since they are cosmetic.", False),  # in general
    ],
)
def test_a_denial_with_its_cause(text: str, gives: bool) -> None:
    assert _denied_because(text) is gives


def _letter(*reason: str):
    return text_document(
        [
            "Thornbury Mutual",
            "Claim Decision Letter                           May 4, 2026",
            "To: Ilse Marchetti            Member ID: TM5518820",
            "Claim number: 77310452        Provider: Lowmoor Feeding Clinic",
            "Service: 99403 on 04/02/2026, charged $180.00. Amount we paid: $0.00",
            *reason,
            "You can ask for an appeal within 180 days.",
        ]
    )


def test_a_denial_sentence_with_its_cause_names_a_sure_category() -> None:
    result = parse_document(
        _letter("We are unable to pay for this visit since the clinic is not in our network.")
    )
    assert result.claims[0].denial.primary_category == "out_of_network"
    assert result.evidence["claims.0.denial.primary_category"].sure


def test_the_same_reason_without_a_cause_stays_a_question() -> None:
    result = parse_document(_letter("A visit to an out-of-network clinic is not covered."))
    assert result.claims[0].denial.primary_category == "out_of_network"
    assert not result.evidence["claims.0.denial.primary_category"].sure
