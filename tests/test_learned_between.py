"""A learned table's rows go on past a line printed between two of them (a remark code's
meaning under its service), and stop where the next claim begins."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_lines import learned_from, one_claim, page_lines

from appealgen.read.learned_read import read_with

HEADING = "LN   FROM        PROC     UNITS   CHARGE     PAID      ADJ"
REMARK = "Remark N95: This provider type may not bill this service."


def _row(n: int, when: str, code: str, charge: str) -> str:
    return f"{n:<4} {when:<11} {code:<8} 1       {charge:>6}     0.00      CO-170"


def _claim(number: str, rows: list[tuple[str, str, str]], remarks: bool = True) -> list[str]:
    out = [f"Claim #:   {number}     Status: DENIED", HEADING]
    for n, (when, code, charge) in enumerate(rows, 1):
        out.append(_row(n, when, code, charge))
        if remarks:
            out.append(REMARK)
    return out + ["Reason CO-170: Payment is denied when billed by this type of provider."]


HEAD = ["CLAIM STATUS INQUIRY - RESULTS", "Payer:   Kestrel Harbor Health Plan"]
TAUGHT = HEAD + _claim("1545 8792 6975", [("04/12/26", "99402", "425.00")])
CORRECTED = one_claim(
    "Kestrel Harbor Health Plan",
    "1545 8792 6975",
    {
        "date_of_service": "2026-04-12",
        "procedure_code": "99402",
        "billed": "425.00",
        "paid": "0.00",
    },
)


@pytest.fixture
def layout(tmp_path, monkeypatch):
    lay = learned_from(tmp_path, monkeypatch, TAUGHT, CORRECTED)
    assert "column" in lay.fields["claims.lines.billed"], lay.fields
    return lay


def _billed(reading) -> list[list[Decimal]]:
    return [[svc["claims.lines.billed"].value for svc in c.lines] for c in reading.claims]


def test_rows_go_on_past_a_remark_printed_under_each_service(layout):
    rows = [("04/22/26", "99403", "110.00"), ("04/29/26", "S9443", "170.00")]
    later = HEAD + _claim("3312 4878 5605", [*rows, ("05/06/26", "99403", "310.00")])
    reading = read_with(layout, page_lines(later))
    assert reading is not None
    assert _billed(reading) == [[Decimal("110.00"), Decimal("170.00"), Decimal("310.00")]]


def test_rows_stop_where_the_next_claim_begins(layout):
    first = _claim("3312 4878 5605", [("04/22/26", "99403", "110.00")])
    second = _claim("2694 2209 3010", [("04/25/26", "99404", "220.00")])
    reading = read_with(layout, page_lines(HEAD + first + second))
    assert reading is not None
    assert [c.number.value for c in reading.claims] == ["3312 4878 5605", "2694 2209 3010"]
    assert _billed(reading) == [[Decimal("110.00")], [Decimal("220.00")]]


def test_a_line_of_figures_is_passed_only_before_a_row_that_fills_the_columns(layout):
    later = HEAD + [
        *_claim("3312 4878 5605", [("04/22/26", "99403", "110.00")], remarks=False)[:-1],
        REMARK,
        "2       04/29/26",  # a part of a row: no row of this table, the table ends
    ]
    reading = read_with(layout, page_lines(later))
    assert reading is not None
    assert _billed(reading) == [[Decimal("110.00")]]
