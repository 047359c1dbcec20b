"""A claim's codes and reason, read from the claim's own marks and words.

Notes keyed by a mark that name a standard code, code notes under each service, and a
reason told only in sentences under a heading (no code, no denial word). The wordings
here are made up for these tests.
"""

from __future__ import annotations

import pytest
from page_lines import page_lines, text_document

from appealgen.read.classify import phrase_categories
from appealgen.read.code_spellings import find_carcs
from appealgen.read.codekey import read_code_key
from appealgen.read.parse import parse_document
from appealgen.read.reasons import denial_sentences, prose_blocks, reason_sentences


def test_a_note_mark_before_a_standard_code_is_a_key() -> None:
    key, at = read_code_key(
        page_lines(
            [
                "Messages",
                "K  CO-197: Precertification/authorization/notification absent.",
                "3.  PR-1: Deductible amount.",
                "MM N54: Claim information is inconsistent with pre-certified information.",
            ]
        )
    )
    assert key["K"].startswith("CO-197")
    assert key["3"].startswith("PR-1")
    assert key["MM"].startswith("N54")
    assert at == {1, 2, 3}


def _marked_statement(second_mark: str = "P"):
    return text_document(
        [
            "Harborline Mutual Assurance          Statement of Benefits",
            "Member: Tamsin Arkwright    Member ID: QX4471902",
            "Claim ID: R77120934    Patient: Tamsin Arkwright",
            "Service date    Code     Charged     Plan paid     You owe     Msg",
            "03/02/2026      99403    $210.00     $0.00         $210.00     K",
            "Claim ID: R77120935    Patient: Tamsin Arkwright",
            "Service date    Code     Charged     Plan paid     You owe     Msg",
            f"03/09/2026      99403    $210.00     $168.00       $42.00      {second_mark}",
            "Messages",
            "K  PR-242: Services not provided by network/primary care providers.",
            "P  PR-2: Coinsurance amount.",
        ]
    )


def test_each_claim_takes_the_codes_of_its_own_marks_only() -> None:
    result = parse_document(_marked_statement())
    first, second = result.claims
    assert first.denial is not None and first.denial.carc == ["PR-242"]
    assert first.denial.primary_category == "out_of_network"
    assert second.denial is None or second.denial.carc == ["PR-2"]
    assert second.denial is None or second.denial.primary_category == "cost_sharing"


def test_code_notes_under_each_service_stay_with_their_claim() -> None:
    result = parse_document(
        text_document(
            [
                "Orchard Vale Health",
                "Member: Petra Vance   Member ID: HV2280013",
                "Claim #A55012",
                "Patient: Petra Vance",
                "  04/03/26 CPT 99402 Lactation counseling",
                "   Charges $150.00 Allowed $0.00 Plan paid $0.00 You owe $0.00",
                "   Note: CO-204 This service is not covered under the patient's benefit plan.",
                "Claim #A55013",
                "Patient: Petra Vance",
                "  04/10/26 CPT 99403 Lactation counseling",
                "   Charges $180.00 Allowed $0.00 Plan paid $0.00 You owe $180.00",
                "   Note: PR-242 Services not provided by network/primary care providers.",
            ]
        )
    )
    first, second = result.claims
    assert first.denial is not None and first.denial.carc == ["CO-204"]
    assert second.denial is not None and second.denial.carc == ["PR-242"]
    assert second.denial.primary_category == "out_of_network"


def test_sentences_under_a_reason_heading_are_the_reason() -> None:
    text = "\n".join(
        [
            "Basis for this determination",
            "Records show the member's enrollment was terminated on January 31, 2026,",
            "before the visit.",
            "Your appeal rights",
            "You may ask for a review within 180 days.",
        ]
    )
    said = reason_sentences(text)
    assert said == [
        "Records show the member's enrollment was terminated on January 31, 2026, before the visit."
    ]
    assert phrase_categories(said[0]) == ["eligibility"]


def test_a_reason_label_on_its_line_and_a_question_heading() -> None:
    assert reason_sentences("Rationale: Only a physician may bill this counseling code.") == [
        "Only a physician may bill this counseling code."
    ]
    text = "Why was this not paid?\nThe visits took place at the family's residence.\nQuestions"
    assert reason_sentences(text) == ["The visits took place at the family's residence."]
    assert reason_sentences("Claim summary\nThe plan paid $80.00 of this visit.") == []


def test_a_list_after_a_colon_is_no_part_of_the_sentence() -> None:
    text = "\n".join(
        [
            "After review, the plan will not pay for the following services:",
            "- 99402 on March 1, 2026, charged $120.00",
            "You may appeal this decision in writing within 180 days of this notice.",
        ]
    )
    assert prose_blocks(text)[0].endswith("services:")
    assert denial_sentences(text) == [
        "After review, the plan will not pay for the following services:"
    ]


def test_a_denial_cut_at_its_colon_on_a_line_of_its_own_is_no_label() -> None:
    text = "\n".join(
        [
            "The charge of $370.00 for the 02/18/2026 visit, billed as 99403, was reviewed.",
            "",
            "This claim is not payable: the service needed prior authorization and none was obtained.",
            "",
            "You have the right to appeal.",
        ]
    )
    assert denial_sentences(text) == [
        "This claim is not payable: the service needed prior authorization and none was obtained."
    ]
    # a label stays a label, even one whose value says the claim was denied
    assert prose_blocks("Claim status: denied because the provider is not in network") == []


def test_a_list_item_in_small_letters_after_a_colon_is_no_part_of_the_sentence() -> None:
    text = "We did not pay for these services:\nlactation supplies\nbreast pump rental"
    assert prose_blocks(text)[0].endswith("services:")


def test_a_place_named_only_as_where_care_is_covered() -> None:
    assert phrase_categories("These sessions are payable only at a clinic.") == ["place_of_service"]
    assert "place_of_service" in phrase_categories(
        "Visits are paid in an office, not in the patient's home."
    )


def _one_claim_letter(reason: str):
    return text_document(
        [
            "Brightwater Health Plan",
            "Member: Odile Farrant   Member ID: BW5518820",
            "Claim number: 7730019922",
            "Date of service: 02/14/2026   Service: 99403   Billed: $160.00   Paid: $0.00",
            reason,
        ]
    )


def test_codes_and_words_that_disagree_leave_the_category_unsure() -> None:
    # the code says no precertification; the sentence says the visit was not needed
    result = parse_document(
        _one_claim_letter(
            "We will not pay for this visit; it was judged not medically necessary (CO-197)."
        )
    )
    denial = result.claims[0].denial
    assert denial is not None and denial.primary_category == "prior_authorization"
    ev = result.evidence["claims.0.denial.primary_category"]
    assert not ev.sure and "different reasons" in (ev.reason or "")


def test_codes_and_words_that_agree_are_sure() -> None:
    result = parse_document(
        _one_claim_letter("We will not pay for this visit: no referral was on file (CO-197).")
    )
    denial = result.claims[0].denial
    assert denial is not None and denial.primary_category == "prior_authorization"
    assert result.evidence["claims.0.denial.primary_category"].sure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Adj 242 applied to this line", [(None, "242")]),
        ("Adjustment 45  Rsn 96", [(None, "45"), (None, "96")]),
        ("ANSI 204 / N130", [(None, "204")]),
        ("Denial code(s): 50, N115", [(None, "50")]),
        ("Adj 30.00 taken off", []),
        ("Adjustment 1,250.00", []),
    ],
)
def test_short_adjustment_labels_name_a_code(text: str, found: list) -> None:
    assert find_carcs(text) == found


def test_words_about_claims_in_general_are_no_claim_s_reason() -> None:
    rows = [
        "Kestrel Bay Health Insurance          Explanation of Benefits",
        "Member: Noa Pelletier    Member ID: KB7719204",
        "Claim number: 5510020001   Provider: Saltmeadow Lactation",
        "Date        Service   Billed     Plan paid   You owe   Remark",
        "03/04/2026  99403     $180.00    $0.00       $0.00     CO-204",
        "Claim number: 5510020002   Provider: Saltmeadow Lactation",
        "Date        Service   Billed     Plan paid   You owe   Remark",
        "03/11/2026  99403     $180.00    $0.00       $0.00",
        "Important information about your benefits",
        "Most plans do not cover care from out-of-network providers without a referral.",
        "If a claim is denied as not medically necessary, ask us for the criteria used.",
    ]
    first, second = parse_document(text_document(rows)).claims
    assert first.denial is not None and first.denial.primary_category == "not_covered"
    assert second.denied
    assert second.denial is not None
    assert second.denial.categories == [] and second.denial.reason_text is None


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The claim was received after the 90-day filing limit.", "timely_filing"),
        ("It was submitted more than 180 days after the date of service.", "timely_filing"),
        ("It reached us past the period allowed for sending claims.", "timely_filing"),
        ("A referral from your primary care provider was not on file.", "prior_authorization"),
        ("Home visits are excluded under this plan.", "place_of_service"),
        ("The member's residence is not a covered setting.", "place_of_service"),
        ("Counseling by an unlicensed provider is not reimbursable.", "provider_type"),
        ("Only services rendered by a licensed physician are eligible.", "provider_type"),
        ("Lactation support is not covered when provided by a doula.", "provider_type"),
        ("Such visits are not payable unless billed under a physician.", "provider_type"),
        ("The plan's limit of 8 counseling visits a year was met.", "frequency_limit"),
        ("Services billed exceed the number of visits allowed per year.", "frequency_limit"),
        ("Your coverage had not started on the date of service.", "eligibility"),
        ("The documentation does not support the need for this service.", "medical_necessity"),
        ("We could not determine that this care was needed.", "medical_necessity"),
        ("The billing clinician is not enrolled with the state Medicaid program.", "provider_type"),
        ("This consultant is not credentialed with the plan.", "provider_type"),
        ("Benefits are restricted to services rendered by physicians.", "provider_type"),
        ("The provider is not contracted with our network.", "out_of_network"),
        ("Your HMO pays only for care from in-network providers.", "out_of_network"),
        ("The visit took place at a site not approved for this service.", "place_of_service"),
        ("Telehealth lactation visits are not covered under your plan.", "place_of_service"),
        ("The patient had already reached the maximum of 6 sessions.", "frequency_limit"),
        ("The infant was not listed as a dependent on that date.", "eligibility"),
        ("The claim was not filed within the plan's 90-day filing limit.", "timely_filing"),
        ("The NPI of the rendering provider was missing from the claim.", "coding"),
        (
            "This claim is not payable: you were not eligible for coverage on that date.",
            "eligibility",
        ),
        ("Member not eligible on the day of the visit.", "eligibility"),
        ("Provider not contracted.", "out_of_network"),
        ("The limit for this benefit period had already been reached.", "frequency_limit"),
        ("Your plan covers a limited number of these visits.", "frequency_limit"),
    ],
)
def test_reasons_in_other_words(sentence: str, category: str) -> None:
    assert phrase_categories(sentence)[0] == category


def test_a_service_description_names_no_reason() -> None:
    assert phrase_categories("Lactation classes, non-physician provider, per session") == []
    assert phrase_categories("not covered when provided by a non-network provider")[0] != (
        "provider_type"
    )


def test_a_paid_claim_with_a_pricing_adjustment_is_not_denied() -> None:
    rows = [
        "Alderbrook Health Plan                Explanation of Benefits",
        "Member: Ines Calloway    Member ID: AB5512093",
        "Claim 88120001   Provider: Tidewater Lactation   Patient: Ines Calloway",
        "Date of service   Code    Billed    Allowed   Paid     You owe   Codes",
        "02/03/2026        99403   $200.00   $150.00   $150.00  $0.00     CO-131",
        "Claim 88120002   Provider: Tidewater Lactation   Patient: Ines Calloway",
        "Date of service   Code    Billed    Allowed   Paid     You owe   Codes",
        "02/10/2026        99403   $200.00   $0.00     $0.00    $0.00     CO-96",
    ]
    paid, denied = parse_document(text_document(rows)).claims
    assert paid.denied is False and paid.denial is None
    assert denied.denied and denied.denial is not None
    assert denied.denial.primary_category == "not_covered"


def test_a_labelled_explanation_is_read_whole_once() -> None:
    rows = [
        "Ridgewater Health Plan",
        "Notice of Claim Decision                        April 2, 2026",
        "To: Mirela Santander          Member ID: RW3320018",
        "Claim number: 44002918        Provider: Bayleaf Lactation Care",
        "Service: 99404 on 03/01/2026, charged $240.00. Amount we paid: $0.00",
        "Explanation: Sessions with a lactation consultant who holds no state license",
        "are not payable unless billed under a physician.",
        "Your rights",
        "You can ask for an appeal within 180 days.",
    ]
    denial = parse_document(text_document(rows)).claims[0].denial
    assert denial is not None
    assert denial.reason_text == (
        "Sessions with a lactation consultant who holds no state license are not payable "
        "unless billed under a physician."
    )
    assert denial.primary_category == "provider_type"


def test_a_two_digit_payer_code_means_what_its_legend_says() -> None:
    # "58" is CARC 58 (place of service) elsewhere; this legend makes it a late claim
    rows = [
        "Cobaltline Insurance Company          Explanation of Benefits",
        "Member: Ines Calloway    Member ID: AB5512093",
        "Claim 88120002   Provider: Tidewater Lactation   Patient: Ines Calloway",
        "Date of service   Code    Billed    Allowed   Paid     You owe   Remarks",
        "02/10/2026        99403   $200.00   $0.00     $0.00    $200.00   58",
        "Remark code explanations",
        "217  Your plan does not cover services from providers outside its network.",
        "58   The claim was sent to us after the filing deadline had passed.",
    ]
    key, _at = read_code_key(page_lines(rows))
    assert key["58"].startswith("The claim was sent")
    denial = parse_document(text_document(rows)).claims[0].denial
    assert denial is not None and denial.carc == []
    assert denial.primary_category == "timely_filing"


def _decision_letter(*reason: str):
    return text_document(
        [
            "Ridgewater Health Plan",
            "Notice of Claim Decision                        April 2, 2026",
            "To: Mirela Santander          Member ID: RW3320018",
            "Claim number: 44002918        Provider: Bayleaf Lactation Care",
            "Service: 99404 on 03/01/2026, charged $240.00. Amount we paid: $0.00",
            "Reason for our decision:",
            *reason,
            "Your rights",
            "You can ask for an appeal within 180 days.",
        ]
    )


def test_one_reason_under_its_heading_is_sure() -> None:
    result = parse_document(
        _decision_letter(
            "The claim reached us 14 months after the visit, past the period",
            "allowed for sending claims.",
        )
    )
    assert result.claims[0].denial.primary_category == "timely_filing"
    assert result.evidence["claims.0.denial.primary_category"].sure


def test_two_reasons_under_the_heading_are_not_sure() -> None:
    result = parse_document(
        _decision_letter(
            "The claim reached us after the filing deadline. The visit also took",
            "place at a site not approved for this service.",
        )
    )
    assert not result.evidence["claims.0.denial.primary_category"].sure


def test_a_heading_over_words_that_name_no_reason_adds_nothing() -> None:
    rows = [
        "Ridgewater Health Plan",
        "Why you are getting this notice:",
        "We finished processing a claim your provider sent us for a recent visit.",
        "Claim number: 44002918        Provider: Bayleaf Lactation Care",
        "Service: 99404 on 03/01/2026, charged $240.00. Amount we paid: $0.00",
        "Remark: CO-96 Non-covered charge(s).",
    ]
    denial = parse_document(text_document(rows)).claims[0].denial
    assert denial is not None and denial.carc == ["CO-96"]
    assert "finished processing" not in (denial.reason_text or "")


def _eob_with_remark(remark: str, *after: str) -> list[str]:
    return [
        "Larkspur Health Plan",
        "Explanation of Benefits",
        "Member: Ingrid Solberg       Member ID: LKH448120937",
        "Patient: Ingrid Solberg      Claim number: 7730194452",
        "Date          Procedure     Billed      Allowed     Plan paid     You owe",
        "02/11/2026    99403         180.00      0.00        0.00          0.00",
        remark,
        *after,
    ]


@pytest.mark.parametrize(
    ("remark", "category"),
    [
        ("Remarks: The provider who treated you is not part of our network.", "out_of_network"),
        ("Claim message: Precertification was not obtained.", "prior_authorization"),
        ("Comments - The member was not eligible on the date of service.", "eligibility"),
    ],
)
def test_a_claims_remark_label_gives_its_reason(remark: str, category: str) -> None:
    result = parse_document(text_document(_eob_with_remark(remark)))
    denial = result.claims[0].denial
    assert denial is not None and denial.primary_category == category
    assert result.evidence["claims.0.denial.primary_category"].sure


def test_a_message_in_capitals_ends_at_its_line_before_a_sentence() -> None:
    rows = _eob_with_remark(
        "Remarks: NON-PAR PROVIDER - NO OUT OF NETWORK COVERAGE",
        "This is not a bill. Keep this statement for your records.",
    )
    denial = parse_document(text_document(rows)).claims[0].denial
    assert denial is not None and denial.primary_category == "out_of_network"
    assert denial.reason_text == "NON-PAR PROVIDER - NO OUT OF NETWORK COVERAGE"


def test_a_message_in_capitals_wrapped_over_two_lines_is_one_sentence() -> None:
    text = "Reason: SERVICES RENDERED BY A PROVIDER WHO IS NOT\nCONTRACTED WITH THE PLAN."
    assert reason_sentences(text) == [
        "SERVICES RENDERED BY A PROVIDER WHO IS NOT CONTRACTED WITH THE PLAN."
    ]


def test_a_remark_label_over_no_reason_names_none() -> None:
    rows = _eob_with_remark("Remarks: Keep this statement for your records.")
    denial = parse_document(text_document(rows)).claims[0].denial
    assert denial is None or denial.primary_category in (None, "other")


def test_not_payable_before_a_colon_names_no_reason_of_its_own() -> None:
    # "not payable:" says the claim was denied; the words after the colon say why
    assert phrase_categories("This claim is not payable: please keep this notice.") == []
    assert phrase_categories("This service is not payable under your plan.") == ["not_covered"]


def _reason_column(first: str, second: str) -> list[str]:
    """An EOB whose service table prints each line's reason in a "Reason" column."""
    return [
        "Thornbury Mutual                       Explanation of Benefits",
        "Member: Ilse Marchetti            Member ID: TM5518820",
        "Claim number: 77310452        Provider: Lowmoor Feeding Clinic",
        "",
        "Date of service   Code    Billed    Plan paid   You owe   Reason",
        f"04/02/2026        99403   180.00    0.00        0.00      {first}",
        f"04/09/2026        99404   200.00    0.00        0.00      {second}",
        "",
        "You can ask for an appeal within 180 days.",
    ]


def test_a_reason_in_the_table_s_own_reason_column_is_headed_by_it() -> None:
    reason = "Provider not contracted with plan"
    result = parse_document(text_document(_reason_column(reason, reason)))
    denial = result.claims[0].denial
    assert denial.primary_category == "out_of_network"
    assert result.evidence["claims.0.denial.primary_category"].sure


def test_two_reasons_in_the_reason_column_are_not_sure() -> None:
    rows = _reason_column("Provider not contracted with plan", "Claim filed after the filing limit")
    result = parse_document(text_document(rows))
    assert not result.evidence["claims.0.denial.primary_category"].sure


@pytest.mark.parametrize(
    "sentence",
    [
        "When a claim is a duplicate, we deny it.",
        "Should the provider be out of network, benefits may be reduced.",
    ],
)
def test_a_condition_under_a_reason_heading_is_no_reason(sentence):
    assert reason_sentences(f"Reason for our decision\n{sentence}") == []
    told = "The provider you saw is not in your plan's network."
    assert reason_sentences(f"Reason for our decision\n{told}") == [told]


def test_a_line_opened_by_a_label_that_goes_on_in_sentences_is_prose() -> None:
    from appealgen.read.denial import claim_reasons

    text = (
        "Total paid: $0.00. Your share of the claim comes to $0.00. We denied this claim because\n"
        "lactation consultants are not eligible providers under your plan."
    )
    (said,) = [s for s in claim_reasons(text) if "denied" in s]
    assert said.endswith("not eligible providers under your plan.")
    # a label's line alone is no prose
    assert claim_reasons("Claim status: Denied\nReason code: CO-197") == []
