"""A reason the notice gives as its own: a sentence that says the claim was not paid and
gives a cause (after the denial, or opening the sentence) names a sure category when it
names one reason; a sentence about claims in general, or one with no cause, does not."""

from __future__ import annotations

import pytest
from page_lines import text_document

from appealgen.read.evidence_denial import category_sureness, denied_because
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
        ("DENIED - NO AUTHORIZATION ON FILE", True),
        ("We will not pay for this visit, given that the clinic is outside our network.", True),
        ("This visit is not covered as the provider is not in our network.", True),
        ("Claim denied as billed.", False),
        # the cause of another clause is not the denial's
        ("Because you asked, we looked again; the visit is still denied.", False),
        ("Claim status: Denied", False),  # the colon comes before the denial
        ("The session is excluded from the plan.", False),  # no cause given
        ("If a claim is denied because of a late filing, you may appeal.", False),
        ("Some services are not covered since they are cosmetic.", False),  # in general
    ],
)
def test_a_denial_with_its_cause(text: str, gives: bool) -> None:
    assert denied_because(text) is gives


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


def _read(*reason: str):
    """The first claim's denial and its category's evidence, read from a letter."""
    result = parse_document(_letter(*reason))
    return result.claims[0].denial, result.evidence["claims.0.denial.primary_category"]


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


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        # the denial names no reason and the next sentence names one: that is its cause
        ("We cannot pay this claim. The clinic is not in our network.", True),
        # the next sentence names no reason
        ("We cannot pay this claim. Please keep this notice for your records.", False),
        # the denial already names its reason; the next adds another: no cause given
        ("This service is not covered. The clinic is not in our network.", False),
        # the next sentence's reason comes after a semicolon: it is still that sentence's
        (
            "We cannot pay this claim. Your plan does not pay for this service when it is"
            " given in the home; it is covered only at a clinic or an office.",
            True,
        ),
    ],
)
def test_a_denial_whose_next_sentence_gives_the_cause(text: str, gives: bool) -> None:
    assert denied_because(text) is gives


def test_the_sentence_after_a_denial_that_names_no_reason_is_its_reason() -> None:
    denial, evidence = _read(
        "We reviewed claim 77310452 and we are not able to pay it. Your plan covers a",
        "limited number of these visits, and the limit for this benefit period had",
        "already been reached.",
    )
    assert "limit for this benefit period" in denial.reason_text
    assert denial.primary_category == "frequency_limit"
    assert evidence.sure


def test_a_sentence_after_a_denial_that_names_no_reason_adds_nothing() -> None:
    denial, evidence = _read(
        "We reviewed claim 77310452 and we are not able to pay it. Please keep this",
        "letter with your records for as long as you need it.",
    )
    assert "records" not in (denial.reason_text or "")
    assert not evidence.sure


def test_a_sentence_s_last_word_wrapped_above_the_next_claim_stays_with_its_claim() -> None:
    rows = [
        "Silverleaf Health Trust",
        "Date: Feb 27, 2026",
        "We received claim 98029513424 for services to Julia Yilmaz. On Feb 9, 2026, the",
        "provider billed $355.00 for service 99401. We allowed $0.00. The plan paid $0.00.",
        "This claim is not payable: the provider is not in your plan's",
        "network.",
        "We received claim 94639500233 for services to Hye-jin Okafor. On Feb 11, 2026,",
        "the provider billed $440.00 for service 99404. The plan paid $0.00. This claim",
        "is not payable: the procedure code is not valid for the diagnosis billed.",
        "You have the right to appeal within 180 days.",
    ]
    first, second = parse_document(text_document(rows)).claims
    assert first.denial.reason_text.endswith("not in your plan's network.")
    assert first.denial.primary_category == "out_of_network"
    assert second.denial.primary_category == "coding"


def test_a_reason_told_without_saying_denied_is_read_but_asked() -> None:
    denial, evidence = _read(
        "The visit was given by a lactation consultant outside the plan's provider",
        "network, and the plan pays such care only in an emergency.",
    )
    assert "outside the plan's provider network" in denial.reason_text
    assert denial.primary_category == "out_of_network"
    assert not evidence.sure and "none of which says it was denied" in evidence.reason


def test_a_sentence_naming_only_a_share_is_no_unsaid_reason() -> None:
    result = parse_document(_letter("The amount shown was applied to your deductible."))
    assert "deductible" not in (result.claims[0].denial.reason_text or "")


def test_a_remark_code_s_reason_beside_the_non_covered_code_s_own_words_is_sure() -> None:
    # "CO-96 Non-covered charge(s). N95": the generic words name no other reason
    read = category_sureness("Non-covered charge(s).", ["CO-96"], ["N95"])
    assert read.primary == "provider_type" and read.sure


def test_words_and_a_remark_code_that_name_different_reasons_are_asked() -> None:
    read = category_sureness(
        "Non-covered charge(s). The provider is not in your network.", ["CO-96"], ["N95"]
    )
    assert read.primary == "out_of_network"
    assert not read.sure and "remark codes name another reason" in read.evidence.reason


def test_a_reason_under_a_heading_with_no_mark_at_its_end_is_the_notice_s_own() -> None:
    denial, evidence = _read(
        "We will not pay for them.",
        "Why we made this decision",
        "This service needed an approval from us before it was given. We have no record",
        "of an approval for this date.",
    )
    assert "no record of an approval" in denial.reason_text
    assert denial.primary_category == "prior_authorization"
    assert evidence.sure


@pytest.mark.parametrize(
    ("rows", "told"),
    [
        # another sentence of the paragraph that says the claim is not paid names the reason
        (
            (
                "We will not pay for this claim. Lowmoor Feeding Clinic is a lactation practice",
                "that sees parents in their homes and at its office. Our records show that the",
                "provider does not take part in your plan's network.",
            ),
            "does not take part in your plan's network",
        ),
        # a denial cut at its colon goes on in the next line, in small letters
        (
            (
                "In all, the claim billed $180.00. This claim is not payable:",
                "out-of-network care is not a benefit of your plan.",
            ),
            "not payable: out-of-network care",
        ),
        # ... and so does a short end of it on a line of its own
        (
            (
                "In all, the claim billed $180.00. This claim is not payable:",
                "your provider is out-of-network.",
            ),
            "not payable: your provider is out-of-network.",
        ),
    ],
)
def test_a_reason_told_in_the_denial_s_paragraph_is_the_claim_s_own(rows, told) -> None:
    denial, evidence = _read(*rows)
    assert told in denial.reason_text
    assert denial.primary_category == "out_of_network" and evidence.sure


def test_the_only_reason_block_apart_from_a_denial_that_names_none_is_its_reason() -> None:
    denial, evidence = _read(
        "We will not pay for this claim.",
        "About your provider",
        "Lowmoor Feeding Clinic is a lactation practice that sees parents in their homes",
        "and at its office. Our records show that the provider does not take part in",
        "your plan's network.",
    )
    assert "does not take part in your plan's network" in denial.reason_text
    assert denial.primary_category == "out_of_network" and evidence.sure


def test_reasons_told_in_two_blocks_apart_from_the_denial_are_read_but_asked() -> None:
    denial, evidence = _read(
        "We will not pay for this claim.",
        "About your provider",
        "Our records show that the provider does not take part in your plan's network.",
        "",
        "About your visits",
        "Our records show that the provider does not take part in the plan's panel of",
        "clinicians for home visits.",
    )
    assert denial.primary_category == "out_of_network"
    assert not evidence.sure and "apart from the one that says" in evidence.reason


def test_a_denial_that_names_its_reason_takes_no_sentence_apart() -> None:
    denial, evidence = _read(
        "We will not pay for this claim because the visit was not medically necessary.",
        "Lowmoor Feeding Clinic is a lactation practice that sees parents in their homes",
        "and at its office. The clinic also runs classes outside the plan's network.",
    )
    assert "network" not in denial.reason_text
    assert denial.primary_category == "medical_necessity" and evidence.sure


@pytest.mark.parametrize(
    "appeal",
    [
        "Should you believe the service was medically necessary, send us your records.",
        "Members who feel the care was not experimental may ask for a reconsideration.",
        "An appeal may be filed when the visit was medically necessary.",
        "Your appeal should explain why the service was medically necessary.",
    ],
)
def test_a_reason_named_in_the_appeal_paragraph_is_not_the_notice_s_reason(appeal: str) -> None:
    denial, evidence = _read("We will not pay for this claim.", appeal)
    assert "appeal" not in (denial.reason_text or "").lower()
    assert denial.primary_category != "medical_necessity" and not evidence.sure


def test_a_denial_in_full_with_no_reason_gets_an_appeal_and_asks_the_reason() -> None:
    from appealgen.api import decide

    result = parse_document(_letter("The claim has been denied in full."))
    evidence = result.evidence["claims.0.denial.primary_category"]
    assert result.claims[0].denied and not evidence.sure
    case = decide(result)
    assert "appeal" in [d.kind for d in case.decision.documents]
    asked = case.decision.reasons_to_confirm
    assert [a["path"] for a in asked] == ["claims.0.denial.primary_category"]
    assert asked[0]["arguments"] == []  # no argument answers a reason nobody read
