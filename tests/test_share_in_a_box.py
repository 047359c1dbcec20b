"""A claim's share printed in a summary box under its table, the parts of the share
("Deductible", "Copay", "Coinsurance") between its other amounts; and a claim's caption
that prints the patient's ID beside the claim's number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.labelled_amounts import share_part_line

MAILED = Path(__file__).parent / "data" / "varied" / "mailed"


@pytest.mark.parametrize("text", ["Deductible $0.00", "Copay ..... 25.00", "Coinsurance: $12.40"])
def test_a_part_of_the_share_alone_on_its_line(text):
    assert share_part_line(text)


@pytest.mark.parametrize("text", ["Your cost $0.00", "Plan paid $105.00", "Deductible applies"])
def test_other_lines_are_no_part_of_the_share(text):
    assert not share_part_line(text)


def test_the_share_in_a_box_under_a_totals_row_that_prints_none():
    """The table's totals row prints billed, allowed and paid; the "Claim summary" box
    under it prints the same billed and paid, the deductible, copay and coinsurance, and
    "Your cost": the claim's share, read surely."""
    result = parse_file(MAILED / "m02_summary_2.pdf")
    shares = [c.totals.patient_responsibility for c in result.claims]
    assert shares == [Decimal("0.00"), Decimal("205.00")]
    assert result.evidence["claims.1.totals.patient_responsibility"].sure


def test_a_patients_id_in_the_claims_caption_is_no_other_claims_number():
    """ "Claim LM1122087558 Patient: Liesel Jessup (patient ID 27755396-01)": one claim
    number; the claim's facts are sure, and no NPI is read out of its number."""
    result = parse_file(MAILED / "m00_mailed_1.pdf")
    denied = result.claims[1]
    assert denied.claim_number == "LM1122087558"
    assert denied.patient_name == "Liesel Jessup"
    assert denied.provider.npi is None
    assert result.evidence["claims.1.claim_number"].sure
