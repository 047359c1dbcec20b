"""A provider's itemised statement: every service in one table, the payer's processing in
a section of its own (read/statement_rows.py, read/claim_totals.py, read/letterhead.py,
read/header.py)."""

from __future__ import annotations

from decimal import Decimal

from page_lines import text_document

from appealgen.read.parse import parse_document

STATEMENT = [
    "Nursing Nook Lactation LLC                                   ITEMIZED STATEMENT",
    "NPI 1674332667   Billing questions: 555-0148",
    "Guarantor",
    "Jacinta V. Ferreira",
    "8710 Bellwether Ln",
    "Eastwick, RI 02903",
    "Account 2669597    Statement date 08/14/2026",
    "Date         Patient               Code    Charges    Insurance paid    Patient balance",
    "06/02/2026   Jacinta V. Ferreira   99401   $300.00    $0.00             $300.00",
    "06/05/2026   Jacinta V. Ferreira   99402   $385.00    $0.00             $0.00",
    "06/11/2026   Jacinta V. Ferreira   99402   $145.00    $0.00             $0.00",
    "INSURANCE PROCESSING",
    "Billed to: Summit Ridge Health Plan, PO Box 14404, Denver, CO 80202, (845) 555-0199",
    "Plan: Summit Ridge Open Access POS    Member ID: SRH21850418Y    Group: SUR-5200",
    "Claim 3019892712  (Jacinta V. Ferreira)  Status: DENIED",
    "Insurance billed $300.00   Allowed $0.00   Paid $0.00   Patient responsibility $300.00",
    "Payer codes: PR-242",
    "Claim 3440650012  (Jacinta V. Ferreira)  Status: DENIED",
    "Insurance billed $530.00   Allowed $0.00   Paid $0.00   Patient responsibility $0.00",
    "Payer codes: CO-170",
]


def _read(rows: list[str]):
    return parse_document(text_document(rows))


def test_each_claim_takes_the_rows_that_add_up_to_its_billed_total():
    first, second = _read(STATEMENT).claims
    assert first.claim_number == "3019892712"
    assert [sl.billed for sl in first.service_lines] == [Decimal("300.00")]
    assert [sl.billed for sl in second.service_lines] == [Decimal("385.00"), Decimal("145.00")]
    assert [str(sl.date_of_service) for sl in second.service_lines] == [
        "2026-06-05",
        "2026-06-11",
    ]
    assert second.patient_name == "Jacinta V. Ferreira"


def test_a_line_naming_every_total_is_the_claims_totals():
    first, second = _read(STATEMENT).claims
    assert first.totals.billed == Decimal("300.00")
    assert first.totals.patient_responsibility == Decimal("300.00")
    assert second.totals.billed == Decimal("530.00")
    assert second.totals.allowed == Decimal("0.00")


def test_rows_that_add_up_to_no_claim_stay_where_they_are_printed():
    rows = list(STATEMENT)
    rows[10] = "06/11/2026   Jacinta V. Ferreira   99402   $150.00    $0.00             $0.00"
    first, second = _read(rows).claims
    assert len(first.service_lines) == 3  # every row is printed in the first claim's lines
    assert second.service_lines[0].billed != Decimal("145.00")


def test_the_payer_is_the_one_billed_and_the_sender_is_the_provider():
    result = _read(STATEMENT)
    assert result.payer.name == "Summit Ridge Health Plan"
    assert result.payer.phone == "845-555-0199"
    assert result.plan.group_number == "SUR-5200"  # the group's own label, not the account
    assert {c.provider.name for c in result.claims} == {"Nursing Nook Lactation LLC"}


def test_an_account_is_the_group_only_where_no_group_is_printed():
    rows = [r.replace("    Group: SUR-5200", "") for r in STATEMENT]
    assert _read(rows).plan.group_number == "2669597"
