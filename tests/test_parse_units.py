"""Focused checks of the parser's pieces, each named after a bug it once had."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.denial import denial_sentences
from appealgen.read.money_cells import cell_money
from appealgen.read.reader_prose import _amount_near

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_code_key_meanings_reach_the_reason_text() -> None:
    # "place" in a code meaning once made the line look like a street address
    claim = parse_file(SAMPLES / "cascadia_hmo_home_visit.pdf").claims[0]
    assert "place of service" in claim.denial.reason_text


def test_carc_key_without_group_is_read() -> None:
    claim = parse_file(SAMPLES / "anvil_aso_self_funded.pdf").claims[0]
    assert claim.denial.reason_text.startswith("Not medically necessary")


def test_reason_text_leaves_out_headers_and_tables() -> None:
    claim = parse_file(SAMPLES / "keystone_medicaid_noabd.pdf").claims[0]
    text = claim.denial.reason_text
    assert "PO Box" not in text and "NOTICE OF ADVERSE" not in text
    assert "not an enrolled provider type" in text


def test_denial_sentences_skip_label_blocks() -> None:
    text = "Member name: Ann Lee\nMember ID: X1234\nWe have denied this claim because the provider is not in network."
    assert denial_sentences(text) == [
        "We have denied this claim because the provider is not in network."
    ]


def test_prose_amount_stops_at_the_first_amount() -> None:
    # a greedy gap once ran on to "We paid $ 0"
    assert _amount_near("The amount billed was $ 260. We paid $ 0.", "billed") == Decimal("260")


@pytest.mark.parametrize(
    "cell, value",
    [
        (".00", "0.00"),
        ("250.00-", "-250.00"),
        ("250.00CR", "-250.00"),
        ("$1,025.00", "1025.00"),
        ("—", None),
    ],
    ids=["bare-cents", "trailing-minus", "credit", "thousands", "dash"],
)
def test_money_cells(cell: str, value: str | None) -> None:
    got = cell_money(cell)
    assert (str(got) if got is not None else None) == value


def test_a_payee_is_not_taken_for_the_provider_of_care() -> None:
    from appealgen.read.reader_prose import prose_provider

    assert prose_provider("Paid to: Kim Tran, IBCLC Provider no. (NPI): 1512769302") is None
    assert prose_provider("services provided by Kim Tran, IBCLC. We paid") == "Kim Tran, IBCLC"
