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
