"""Who sends the notice and who gave the care: the payer, the payee and each claim's provider."""

from __future__ import annotations

from page_lines import text_document

from appealgen.read.parse import parse_document
from appealgen.read.value_shapes import fits, name_part

VOUCHER = [
    "Pinecrest Provider Payments",
    "PO Box 30844  Augusta, ME 04330    PROVIDER LINE 1-865-555-0109",
    "PROVIDER PAYMENT VOUCHER",
    "PAY TO: WHITLOW FAMILY LACTATION    BILLING NPI: 1911407827",
    "VOUCHER DATE: 04/20/2026    VOUCHER NO: V9404319",
    "",
    "PATIENT: Paloma Marchetti    ACCOUNT NO: 85285    CLAIM NO: 65631716062",
    "DOS           PROC     UNITS     BILLED    ALLOWED    PAID    PT RESP",
    "03/23/2026    99401    1         190.00    0.00       0.00    0.00",
    "ADJUSTMENT: CO 204 190.00",
    "",
    "PATIENT: Wren Osei    ACCOUNT NO: 119962    CLAIM NO: 87927586399",
    "DOS           PROC     UNITS     BILLED    ALLOWED    PAID    PT RESP",
    "03/25/2026    99402    1         125.00    0.00       0.00    0.00",
    "ADJUSTMENT: CO 204 125.00",
]


def test_a_sender_with_no_insurer_word_is_read_from_its_letterhead_and_left_unsure() -> None:
    result = parse_document(text_document(VOUCHER))
    assert result.payer.name == "Pinecrest Provider Payments"
    ev = result.evidence["payer.name"]
    assert not ev.sure and "return address" in ev.reason


def test_a_remittance_names_its_payee_not_the_provider_of_each_claim() -> None:
    result = parse_document(text_document(VOUCHER))
    assert result.source.kind == "remittance_835"
    assert [c.claim_number for c in result.claims] == ["65631716062", "87927586399"]
    assert all(c.provider.name is None and c.provider.npi is None for c in result.claims)


def test_a_provider_printed_once_on_an_eob_still_serves_every_claim() -> None:
    rows = [
        "Summit Health Plan",
        "PO Box 12  Denver, CO 80201",
        "EXPLANATION OF BENEFITS",
        "Provider: Kim Tran, IBCLC    NPI: 1911407827",
        "Claim number: 65631716062",
        "Date of service    Code     Billed    Allowed    Paid    You owe",
        "03/23/2026         99401    190.00    0.00       0.00    0.00",
    ]
    claim = parse_document(text_document(rows)).claims[0]
    assert (claim.provider.name, claim.provider.npi) == ("Kim Tran, IBCLC", "1911407827")


def test_a_title_is_never_the_payer() -> None:
    rows = [
        "Orrin Bay Health Plans                  Medical Equipment Benefits Notice",
        "PO Box 24413, Portsmouth, NH 03801",
        "Claim number: 65631716062",
        "Date of service    Code     Billed    Allowed    Paid    You owe",
        "03/23/2026         A4281    190.00    0.00       0.00    0.00",
    ]
    assert parse_document(text_document(rows)).payer.name == "Orrin Bay Health Plans"


def test_an_identifier_after_a_name_is_not_part_of_it() -> None:
    assert name_part("Bea Okafor, RD, IBCLC, NPI 1716451624") == "Bea Okafor, RD, IBCLC"
    assert name_part("Yesenia Delacroix (No. PZ47428619)") == "Yesenia Delacroix"
    assert name_part("Kim Tran ID: W1234567") == "Kim Tran"
    assert fits("provider_name", "Bea Okafor, RD, IBCLC, NPI 1716451624")
    assert not fits("provider_name", "Bea Okafor 1716451624")


STATEMENT = [
    "Stillwater Covenant Benefits",
    "PO Box 88702 Frankfort, KY 40601",
    "",
    "BENEFIT STATEMENT of Jan 15, 2026",
    "Covered person: Yesenia Delacroix (No. PZ47428619)",
    "",
    "Claim SC-885423-8 Yesenia Delacroix seen by Cradle & Crest Feeding Clinic",
    "Date of service    Code     Billed    Allowed    Paid    You owe",
    "11/30/2025         S9443    325.00    0.00       0.00    0.00",
    "",
    "Claim 8571252943 - Greenlatch Feeding Therapy, LLC",
    "Date of service    Code     Billed    Allowed    Paid    You owe",
    "12/02/2025         99402    65.00     48.75      48.75   0.00",
    "",
    "Claim 8971774766 - Yesenia Delacroix",
    "Date of service    Code     Billed    Allowed    Paid    You owe",
    "12/04/2025         99402    65.00     48.75      48.75   0.00",
]


def test_a_statement_dated_in_its_title_and_an_id_beside_the_member() -> None:
    result = parse_document(text_document(STATEMENT))
    assert str(result.notice_date) == "2026-01-15"
    assert (result.member.name, result.member.id) == ("Yesenia Delacroix", "PZ47428619")
    assert result.evidence["member.id"].sure


def test_a_claim_heading_names_its_provider() -> None:
    seen, dashed, person = parse_document(text_document(STATEMENT)).claims
    assert seen.provider.name == "Cradle & Crest Feeding Clinic"
    assert dashed.provider.name == "Greenlatch Feeding Therapy, LLC"
    assert person.provider.name is None  # a person after the dash may be the patient


def test_claim_totals_printed_as_a_band_beside_the_claim() -> None:
    rows = [
        "Tessellate Health Plan",
        "PO Box 22705, Wilmington, DE 19801",
        "Claim number: TH410319546    Patient: Ann Lee              Claim totals",
        "Provider: Kim Tran, IBCLC                                  Billed     $495.00",
        "Provider NPI: 1567613637                                   Plan paid    $0.00",
        "                                                           You owe    $495.00",
        "Service date    Code     Billed     Allowed   Plan paid   You owe",
        "05/12/2026      99402    $235.00    $0.00     $0.00       $235.00",
        "05/21/2026      99401    $260.00    $0.00     $0.00       $260.00",
    ]
    totals = parse_document(text_document(rows)).claims[0].totals
    assert (str(totals.billed), str(totals.paid), str(totals.patient_responsibility)) == (
        "495.00",
        "0.00",
        "495.00",
    )


def test_a_credential_is_not_a_street() -> None:
    from appealgen.read.member import is_street

    assert not is_street("Bea Okafor, RD, IBCLC")
    assert is_street("Harbor Rd") and is_street("12 Elm Street")
