"""Table values in every common US spelling, and the shapes that must stay unread.

The spellings below are written for these tests (no sample prints them): a reader that
meets a payer printing dates, amounts or codes another way reads the same values, and a
value of the wrong shape is never read as a sure one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from appealgen.read import normalize as nz
from appealgen.read.codes import diagnoses, procedure
from appealgen.read.columns import _is_amount_cell, _is_date, _is_diagnosis
from appealgen.read.dates import date_cell, is_date_cell
from appealgen.read.money_cells import cell_money

AUG14 = date(2025, 8, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Aug. 14, '25",
        "Aug 14, ’25",
        "14 AUG 25",
        "14 Aug '25",
        "2025.08.14",
        "08.14.25",
        "08.14.2025",
        "14-AUG-25",
        "AUG-14-2025",
        "Thu, August 14th, 2025",
    ],
)
def test_dates_in_other_spellings(text: str) -> None:
    assert nz.parse_date(text) == AUG14
    assert is_date_cell(text)


@pytest.mark.parametrize(
    "text", ["8/14/25 - 8/15/25", "08/14/2025 thru 08/15/2025", "2025-08-14 to 2025-08-15"]
)
def test_a_range_in_one_cell_is_a_date_cell_of_its_first_day(text: str) -> None:
    assert is_date_cell(text)
    assert date_cell(text) == AUG14
    assert _is_date(text)


@pytest.mark.parametrize("text", ["20250814", "08142025"])
def test_a_compact_date_is_read_from_a_whole_cell_only(text: str) -> None:
    assert date_cell(text) == AUG14
    assert nz.find_dates(text) == []  # eight digits in running text are an ID, not a date
    assert nz.find_dates(f"Claim {text} was received") == []
    assert not is_date_cell(text)  # nor does a column of them name itself a date column


@pytest.mark.parametrize(
    "text",
    [
        "Aug 14, 25",
        "8.14.25",
        "14.08.25.1",
        "13.14.25",
        "2025.14.08",
        "20251408",
        "Aug 14",
        "14/08",
    ],
)
def test_shapes_that_are_no_date(text: str) -> None:
    assert date_cell(text) is None
    assert not is_date_cell(text)


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("2,307.40", "2307.40"),
        ("$2307.4", "2307.4"),
        ("$2,307.4", "2307.4"),
        ("(61.20)", "-61.20"),
        ("$(61.20)", "-61.20"),
        ("USD (61.20)", "-61.20"),
        ("61.20-", "-61.20"),
        ("61.20 CR", "-61.20"),
        ("61.20CR", "-61.20"),
        ("\u221261.20", "-61.20"),
        ("\u201361.20", "-61.20"),
        ("61.20 DR", "61.20"),
        ("USD 61", "61"),
        ("$ 61.20", "61.20"),
        (".00", "0.00"),
    ],
)
def test_amount_cells_in_other_spellings(cell: str, value: str) -> None:
    assert nz.is_amount_cell(cell)
    assert _is_amount_cell(cell)
    assert cell_money(cell) == Decimal(value)


@pytest.mark.parametrize("cell", ["12", "1.5", "2307.4", "2.307,40", "61.20 61.20", "Z39.1"])
def test_cells_that_are_no_amount(cell: str) -> None:
    assert not nz.is_amount_cell(cell)


def test_an_amount_with_one_decimal_is_never_cut_short() -> None:
    # "$2307.4" once read as $230: a wrong value is worse than none
    assert [v for _s, _e, v in nz.find_money("billed $2307.4 in all")] == [Decimal("2307.4")]
    assert nz.find_money("$2307.45.1") == []


def test_a_typeset_minus_in_running_text_is_a_credit() -> None:
    assert [v for _s, _e, v in nz.find_money("adjusted \u221261.20")] == [Decimal("-61.20")]


@pytest.mark.parametrize(
    ("text", "code", "mods"),
    [
        ("CPT\u00ae 97802U2", "97802", ["U2"]),
        ("HCPCS: T1015", "T1015", []),
        ("97802-GQ,59", "97802", ["GQ", "59"]),
        ("97802 U2-59", "97802", ["U2", "59"]),
        ("97802:AJ", "97802", ["AJ"]),
        ("Proc 97802 HN", "97802", ["HN"]),
    ],
)
def test_procedure_codes_in_other_spellings(text: str, code: str, mods: list[str]) -> None:
    assert procedure(text) == (code, mods)


def test_a_procedure_cell_with_its_code_set_named() -> None:
    assert nz.split_procedure("CPT 97802-U2") == ("97802", ["U2"])
    assert nz.split_procedure("HCPCS T1015") == ("T1015", [])


@pytest.mark.parametrize("text", ["97802 25.00", "97802 25,000.00", "97802, 25"])
def test_an_amount_or_a_count_after_a_code_is_no_modifier(text: str) -> None:
    assert procedure(text) == ("97802", [])


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("R63.8, Z71.3", ["R63.8", "Z71.3"]),
        ("R638", ["R63.8"]),
        ("R63.8/Z71.3", ["R63.8", "Z71.3"]),
        ("R638; Z713", ["R63.8", "Z71.3"]),
    ],
)
def test_diagnosis_cells_in_other_spellings(cell: str, codes: list[str]) -> None:
    assert _is_diagnosis(cell)
    assert diagnoses(cell, undotted=True) == codes


@pytest.mark.parametrize("cell", ["N362", "MA18", "T1015", "97802", "R63.8 97802"])
def test_remark_and_procedure_codes_are_no_diagnosis_cell(cell: str) -> None:
    assert not _is_diagnosis(cell)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On the fourth of May, 2026 the patient was seen.", "2026-05-04"),
        ("The visit on May the twenty-first, 2026 was billed.", "2026-05-21"),
        ("The Thirtieth of January, 2026 visit", "2026-01-30"),
        ("Mailed the first of June 2026", "2026-06-01"),
    ],
)
def test_a_date_with_its_day_in_words(text: str, iso: str) -> None:
    from appealgen.read.dates import find_dates

    assert [str(d) for _, _, d in find_dates(text)] == [iso]


def test_a_day_in_words_needs_its_month_and_year() -> None:
    from appealgen.read.dates import find_dates

    assert find_dates("the fourth of July") == []
    assert find_dates("the second visit of May, 2026") == []
