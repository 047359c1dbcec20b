"""A claim's block read whole: a totals box beside its labels, codes explained under each service."""

from __future__ import annotations

from decimal import Decimal

from page_lines import text_document

from appealgen.read.parse import parse_document

BOXED = [
    "Tessellate Health Plan                            Statement date   Jul 2, 2026",
    "Member   Ann Lee                                  Member ID   CHK807308213",
    "Claim number: TH482400771   Patient: Ann Lee      Claim totals",
    "Provider: Kim Tran, IBCLC                         Billed        $495.00",
    "Provider NPI: 1934920384                          Plan paid     $0.00",
    "                                                  You owe       $495.00",
    "Service date    Service                  Billed     Allowed    Plan paid   You owe   Codes",
    "May 12, 2026    99402 Counseling         $235.00    $0.00      $0.00       $235.00   CO-242",
    "May 21, 2026    99401 Counseling         $260.00    $0.00      $0.00       $260.00   CO-242",
    "What the codes mean",
    "CO-242: Services not provided by network/primary care providers.",
]


def test_a_totals_box_beside_the_claims_labels_gives_its_totals() -> None:
    result = parse_document(text_document(BOXED))
    (claim,) = result.claims
    t = claim.totals
    assert (t.billed, t.allowed, t.paid, t.patient_responsibility) == (
        Decimal("495.00"),
        None,
        Decimal("0.00"),
        Decimal("495.00"),
    )
    ev = result.evidence["claims.0.totals.patient_responsibility"]
    assert ev.sure and ev.text == "$495.00"


def test_a_totals_title_without_labelled_amounts_under_it_is_no_box() -> None:
    rows = list(BOXED)
    rows[3] = "Provider: Kim Tran, IBCLC"
    rows[4] = "Provider NPI: 1934920384"
    rows[5] = ""
    (claim,) = parse_document(text_document(rows)).claims
    assert claim.totals.paid is None


NOTED = [
    "Orrin Bay Health Plans                  Notice date 02/18/2026",
    "Claim OB-78271714 Patient Ann Lee",
    "01/12/2026 A4281 Pump tubing Qty 2 Billed $300.00 Allowed $0.00 Paid $0.00 You owe $0.00",
    "Adj reason 204: This service/equipment/drug is not covered under the current benefit plan.",
    "Remark N130: Consult plan benefit documents/guidelines for information about restrictions.",
    "Claim OB-16778840 Patient Ann Lee",
    "01/14/2026 A4281 Pump tubing Qty 1 Billed $350.00 Allowed $0.00 Paid $0.00 You owe $0.00",
    "Adj reason 119: Benefit maximum for this time period or occurrence has been reached.",
    "Remark N362: The number of days or units of service exceeds our acceptable maximum.",
]


def test_codes_explained_under_each_service_are_that_services() -> None:
    first, second = parse_document(text_document(NOTED)).claims
    assert first.service_lines[0].remark_codes == ["N130"]
    assert second.service_lines[0].remark_codes == ["N362"]
    assert [(a.group, a.code) for a in second.service_lines[0].adjustments] == [("CO", "119")]


def test_a_code_key_after_the_last_service_is_no_services_own() -> None:
    rows = [NOTED[0], NOTED[1], NOTED[2], "Remark N130: Consult plan benefit documents/guidelines."]
    (claim,) = parse_document(text_document(rows)).claims
    assert claim.service_lines[0].remark_codes == []


def test_a_letter_not_able_to_pay_denies_the_claim() -> None:
    rows = [
        "Wrenfield Health Insurance Company",
        "Claim number    W7051751-83",
        "Date of service    Dec 28, 2025",
        "Service    99403",
        "Amount billed    $85.00",
        "Dear Ann Lee,",
        "We are not able to pay it because the plan requires approval before this service.",
    ]
    (claim,) = parse_document(text_document(rows)).claims
    assert claim.denied
    assert claim.denial is not None and claim.denial.primary_category == "prior_authorization"


def test_the_box_alignment_is_the_callers_setting() -> None:
    from appealgen.read.settings import ReadSettings

    rows = list(BOXED)
    rows[4] = "Provider NPI: 1934920384                         Plan paid      $0.00"
    assert parse_document(text_document(rows)).claims[0].totals.paid == Decimal("0.00")
    strict = ReadSettings(box_align_pt=1.0)
    assert parse_document(text_document(rows), strict).claims[0].totals.paid is None
