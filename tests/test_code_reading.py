"""How notices print denial codes and claim numbers: labelled group and code, notes under
the table that name their service line, claim numbers under a row of labels."""

from __future__ import annotations

import pytest
from page_lines import text_document

from appealgen.read import normalize as nz
from appealgen.read.classify import phrase_categories
from appealgen.read.context import clean_id
from appealgen.read.fields import place_label
from appealgen.read.keyed_lines import spread_keyed_lines
from appealgen.read.parse import parse_document
from appealgen.read.table import Row, Table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Group: CO Code: 170", [("CO", "170")], id="group-then-code"),
        pytest.param("ADJ | Group: PR Code: 2 | AMT 17.60", [("PR", "2")], id="adjustment-line"),
        pytest.param("Line 1 message: Group: CO Code: 119 N362", [("CO", "119")], id="message"),
        pytest.param("Group code CO Code 45", [("CO", "45")], id="group-code-then-code"),
        pytest.param("GRP CO RSN 45", [("CO", "45")], id="short-group-and-reason"),
        pytest.param("Adj Rsn Cd: 45", [(None, "45")], id="short-reason-label"),
        pytest.param("Adj code 197", [(None, "197")], id="adjustment-code"),
        pytest.param("Reason Cd: 197", [(None, "197")], id="reason-cd"),
        pytest.param("CARC/RARC: 45/N130", [(None, "45")], id="carc-rarc-label"),
        pytest.param("Reason: B7", [(None, "B7")], id="reason-with-colon"),
        pytest.param("250.00CO-197", [("CO", "197")], id="glued-to-an-amount"),
    ],
)
def test_a_group_and_a_code_under_their_own_labels_are_one_carc(text, expected) -> None:
    assert nz.find_carcs(text) == expected


def test_a_code_label_without_a_group_label_is_not_a_carc() -> None:
    assert nz.find_carcs("Group: 155903 Code: 170") == []
    assert nz.find_carcs("Procedure code: 99402") == []
    assert nz.find_carcs("Reason 45 days") == []  # "reason" names a code only with its colon
    assert nz.find_carcs("ACCT1250CO-45") == []  # inside an account number, not after cents


def test_a_remark_code_glued_to_an_amount_is_read() -> None:
    assert nz.find_rarcs("0.00N130") == ["N130"]
    assert nz.find_rarcs("AN130") == []


def test_notes_under_the_table_go_to_the_row_they_name() -> None:
    rows = [Row(k, text=f"2025-12-2{k} 9940{k} 100.00 0.00") for k in (1, 2, 3)]
    rows[-1].extra = ["Line 3 message: CO 11", "Line 1 message: CO 170", "N95", "Ln 2: PR 2"]
    rows[-1].extra_lines = [4, 5, 6, 7]
    spread_keyed_lines(Table(0, [], rows))
    assert [r.extra_lines for r in rows] == [[5, 6], [7], [4]]


def test_notes_naming_a_row_the_table_does_not_have_stay_where_they_are() -> None:
    rows = [Row(k, text=f"2025-12-2{k} 9940{k} 100.00 0.00") for k in (1, 2)]
    rows[-1].extra = ["Line 1 message: CO 11", "Line 4 message: CO 170"]
    rows[-1].extra_lines = [3, 4]
    spread_keyed_lines(Table(0, [], rows))
    assert rows[0].extra_lines == [] and rows[1].extra_lines == [3, 4]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("12/26/2025", None, id="date-slashes"),
        pytest.param("2026-01-28", None, id="iso-date"),
        pytest.param("QR1858520417", "QR1858520417", id="claim-number"),
        pytest.param("2026-0001234", "2026-0001234", id="year-and-serial"),
        pytest.param("$B237515-6", "SB237515-6", id="dollar-read-for-s"),
        pytest.param("$120.00", None, id="an-amount"),
    ],
)
def test_an_id_is_never_a_date_and_never_starts_with_a_dollar(value, expected) -> None:
    assert clean_id(value) == expected


@pytest.mark.parametrize("label", ["REF #", "Ref", "Ref no", "TCN", "Transaction control number"])
def test_reference_and_transaction_labels_name_the_claim(label) -> None:
    assert place_label(label)[0] == ("claim_number",)


def test_a_member_reference_is_not_a_claim() -> None:
    assert place_label("Member ref #")[0] == ("member_id",)


@pytest.mark.parametrize(
    "reason",
    [
        "Services required approval in advance.",
        "This visit needs authorization before it is given.",
        "Requires a referral first.",
    ],
)
def test_approval_needed_in_advance_is_prior_authorization(reason) -> None:
    assert phrase_categories(reason) == ["prior_authorization"]


LABELS_ABOVE = [
    "Quarry Ridge Benefit Services",
    "Benefits Statement",
    "ENROLLEE          ENROLLEE ID        STATEMENT PRODUCED",
    "Ximena Whitaker   CZW1976544         2026-02-19",
    "",
    "REF #           PATIENT            RENDERING CLINICIAN",
    "QR1504634859    Ximena Whitaker    Kim Tran, IBCLC",
    "Service date   Procedure   Dx      Units   Charges   Allowed   Plan paid   You owe",
    "2025-12-25     99404       O92.3   1       240.00    0.00      0.00        0.00",
    "2025-12-28     99402       O92.3   1       400.00    300.00    300.00      0.00",
    "Line 1 message: Group: CO Code: 11",
    "Line 2 message: Group: CO Code: 45",
    "REF #           PATIENT            RENDERING CLINICIAN",
    "QR9943377805    Ximena Whitaker    Jane Doe, IBCLC",
    "Service date   Procedure   Dx      Units   Charges   Allowed   Plan paid   You owe",
    "2025-12-26     99404       O92.4   1       410.00    0.00      0.00        0.00",
    "Line 1 message: Group: CO Code: 170 N95",
    "Message codes",
    "Group: CO Code: 11 - The diagnosis is inconsistent with the procedure.",
    "Group: CO Code: 45 - Charge exceeds fee schedule/maximum allowable.",
    "Group: CO Code: 170 - Payment is denied when performed/billed by this type of provider.",
    "N95 - This provider type/provider specialty may not bill this service.",
]


def test_claims_under_a_row_of_labels_with_line_messages() -> None:
    result = parse_document(text_document(LABELS_ABOVE))
    assert [c.claim_number for c in result.claims] == ["QR1504634859", "QR9943377805"]
    first, second = result.claims
    assert [[(a.group, a.code) for a in s.adjustments] for s in first.service_lines] == [
        [("CO", "11")],
        [("CO", "45")],
    ]
    assert first.denial.primary_category == "coding"
    assert second.denial.carc == ["CO-170"] and second.denial.rarc == ["N95"]
    assert second.denial.primary_category == "provider_type"


REMITTANCE = [
    "CANYON RIM HEALTH",
    "PROVIDER REMITTANCE ADVICE",
    "PAYEE: FIRST LATCH LACTATION SERVICES    NPI: 1813567033",
    "REMIT DATE: 2026-07-13",
    "CLAIM 1 OF 2    ICN: 2615530173982",
    "PATIENT: FARAH MCALLISTER    MEMBER ID: SCP7211743",
    "LINE 1    DOS 2026-06-25    PROC 99402    UNITS 1    CHARGE 290.00    ALLOWED 0.00"
    "    PAID 0.00    PT RESP 0.00",
    "ADJ    Group: CO Code: 170    AMT 290.00",
    "REMARK N95",
    "CLAIM TOTAL CHARGE 290.00 PAID 0.00 PT RESP 0.00",
    "CLAIM 2 OF 2    ICN: 2684119468208",
    "PATIENT: HYE-JIN SCHULTZ    MEMBER ID: SCP6415662",
    "LINE 1    DOS 2026-06-28    PROC S9443    UNITS 1    CHARGE 265.00    ALLOWED 0.00"
    "    PAID 0.00    PT RESP 0.00",
    "ADJ    Group: CO Code: 197    AMT 265.00",
    "CLAIM TOTAL CHARGE 265.00 PAID 0.00 PT RESP 0.00",
]


def test_an_adjustment_sub_line_under_each_service_line() -> None:
    result = parse_document(text_document(REMITTANCE))
    assert [c.claim_number for c in result.claims] == ["2615530173982", "2684119468208"]
    first, second = result.claims
    adj = first.service_lines[0].adjustments
    assert [(a.group, a.code, str(a.amount)) for a in adj] == [("CO", "170", "290.00")]
    assert first.denial.rarc == ["N95"]
    assert first.denial.primary_category == "provider_type"
    assert second.denial.carc == ["CO-197"]
    assert second.denial.primary_category == "prior_authorization"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        pytest.param("ICN 26 045 0012 3456", "26 045 0012 3456", id="icn-in-groups"),
        pytest.param("DCN 0412 7781 2234", "0412 7781 2234", id="dcn-in-groups"),
        pytest.param("Claim ID WCH 0077 4410", "WCH 0077 4410", id="letters-then-groups"),
        pytest.param("Ref: QR1504634859", "QR1504634859", id="ref"),
        pytest.param("TCN: 1234567890123", "1234567890123", id="tcn"),
        pytest.param("Claim 1 of 1   ICN: 2615530173982", "2615530173982", id="claim-n-of-m"),
        pytest.param("Your claim number is ES45161236747.", "ES45161236747", id="in-a-sentence"),
    ],
)
def test_claim_number_spellings_on_a_claim_header_line(head, number) -> None:
    rows = [
        "Acme Health Plan",
        "Explanation of Benefits",
        "Member: Jane Doe   Member ID: XJH123456789",
        head,
        "Service date   Procedure   Charges   Allowed   Paid   You owe   Codes",
        "02/11/2026     99402       250.00    0.00      0.00   0.00      CO-170 N95",
    ]
    result = parse_document(text_document(rows))
    assert [c.claim_number for c in result.claims] == [number]
    assert result.claims[0].denial.carc == ["CO-170"]


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("The provider you saw does not participate with your plan.", "out_of_network"),
        ("This provider is not a member of our network.", "out_of_network"),
        ("You received care from a non-contracted provider.", "out_of_network"),
        ("The provider's specialty may not bill this service.", "provider_type"),
        ("The services were not pre-approved.", "prior_authorization"),
        ("We did not approve this service before it was given.", "prior_authorization"),
        ("Preauthorization absent.", "prior_authorization"),
        ("Services rendered in the home are excluded.", "place_of_service"),
        ("The location where the care was given is not covered.", "place_of_service"),
        ("Only 6 visits are allowed per year.", "frequency_limit"),
        ("The number of services exceeds the plan's limit.", "frequency_limit"),
        ("We could not find the patient on your policy.", "eligibility"),
        ("The baby was not added to your coverage.", "eligibility"),
        ("This claim was not filed on time.", "timely_filing"),
        ("Claims must be submitted within 90 days of service.", "timely_filing"),
    ],
)
def test_reason_wordings_name_their_category(reason, category) -> None:
    assert phrase_categories(reason)[:1] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The charge exceeds the maximum allowable amount.",  # a fee schedule, not a visit limit
        "Appeals must be submitted within 180 days of this notice.",  # appeal rights
        "The plan did not approve the claim before the deadline.",
        "If you have other questions, call us.",
    ],
)
def test_words_that_name_no_denial_reason(text) -> None:
    assert phrase_categories(text) == []


def test_one_claim_number_under_a_reference_label_is_read_but_not_sure() -> None:
    result = parse_document(text_document(LABELS_ABOVE[:12] + LABELS_ABOVE[17:]))
    assert [c.claim_number for c in result.claims] == ["QR1504634859"]
    assert not result.evidence["claims.0.claim_number"].sure
    # the codes printed in the line messages are sure
    assert result.claims[0].denial.carc == ["CO-11", "CO-45"]
    assert result.evidence["claims.0.denial.carc"].sure
