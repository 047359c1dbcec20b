"""Amount columns on unseen layouts: credits and currency codes, columns named by their sums."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_lines import page_lines

from appealgen.read import normalize as nz
from appealgen.read.amount_roles import name_amount_columns
from appealgen.read.codekey import read_code_key
from appealgen.read.columns import name_columns_by_content
from appealgen.read.table import Column, Row, Table, dedupe_columns, match_column


def _table(columns: list[tuple[str, str]], rows: list[list[str]]) -> Table:
    """Columns as (name, printed heading), rows as cells left to right."""
    cols = [Column(n, 100.0 * k, 100.0 * k + 60, label) for k, (n, label) in enumerate(columns)]
    out = []
    for k, cells in enumerate(rows):
        out.append(Row(k + 1, {c.name: v for c, v in zip(cols, cells, strict=True) if v}))
    return Table(0, cols, out)


def _names(t: Table) -> list[str]:
    return [c.name for c in sorted(t.columns, key=lambda c: c.x0)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("USD204.00", Decimal("204.00")),
        ("24.00-", Decimal("-24.00")),
        ("24.00CR", Decimal("-24.00")),
        ("24.00 CR", Decimal("-24.00")),
        ("(24.00)", Decimal("-24.00")),
    ],
)
def test_amounts_printed_with_a_currency_code_or_as_credits(text: str, value: Decimal) -> None:
    assert [v for _s, _e, v in nz.find_money(text)] == [value]


def test_a_credit_mark_is_not_a_group_code_before_a_reason() -> None:
    # "CR 45" is a claim adjustment group and reason, not a credit of 24.00
    assert [v for _s, _e, v in nz.find_money("24.00 CR 45")] == [Decimal("24.00")]
    assert nz.find_money("250.00-300.00") == []


def test_three_unnamed_columns_get_three_names() -> None:
    cols = [Column("unknown", 0, 10, "a"), Column("unknown", 20, 30, "b")]
    cols.append(Column("unknown", 40, 50, "c"))
    assert [c.name for c in dedupe_columns(cols)] == ["unknown", "unknown_2", "unknown_3"]


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Still to pay by you", "patient_responsibility"),
        ("Owed by member", "patient_responsibility"),
        ("Pt liab", "patient_responsibility"),
        ("Amount we recognise", "allowed"),
        ("Covered up to", "allowed"),
        ("Sent to provider", "paid"),
        ("Net pay", "paid"),
        ("chg", "billed"),
        ("alwd", "allowed"),
    ],
)
def test_plain_and_abbreviated_amount_headings(heading: str, column: str) -> None:
    assert match_column(heading) == column


def test_amount_columns_with_unknown_headings_are_named_by_row_arithmetic() -> None:
    t = _table(
        [("unknown", "Fee"), ("unknown_2", "Zorp"), ("unknown_3", "Blip"), ("unknown_4", "Quux")],
        [
            ["255.00", "204.00", "174.00", "30.00"],
            ["140.00", "112.00", "89.60", "22.40"],
        ],
    )
    name_columns_by_content(t)
    assert _names(t) == ["billed", "allowed", "paid", "patient_responsibility"]


def test_a_heading_placed_by_its_words_gives_way_to_the_rows_sums() -> None:
    # "Cost" reads as the patient's cost, but every row adds up only as the charge
    t = _table(
        [("patient_responsibility", "Cost"), ("allowed", "Covered up to"), ("unknown", "Sent"),
         ("unknown_2", "Your bill")],
        [["215.00", "172.00", "172.00", "0.00"], ["360.00", "0.00", "0.00", "0.00"]],
    )  # fmt: skip
    name_amount_columns(t)
    assert _names(t) == ["billed", "allowed", "paid", "patient_responsibility"]


def test_an_exact_heading_is_never_renamed() -> None:
    t = _table(
        [("billed", "Billed"), ("paid", "Paid"), ("patient_responsibility", "You owe")],
        [["160.00", "0.00", "0.00"], ["305.00", "244.00", "0.00"]],
    )
    assert name_amount_columns(t) is False
    assert _names(t) == ["billed", "paid", "patient_responsibility"]


def test_headings_stand_when_the_rows_cannot_tell() -> None:
    # no allowed column and a write-off not printed: nothing adds up, the headings decide
    t = _table(
        [("billed", "Charge"), ("paid", "Plan benefit"), ("patient_responsibility", "Owed")],
        [["160.00", "0.00", "0.00"], ["305.00", "244.00", "0.00"]],
    )
    name_amount_columns(t)
    assert _names(t) == ["billed", "paid", "patient_responsibility"]


def test_an_amount_heading_over_procedure_codes_is_the_procedure_code() -> None:
    t = _table(
        [("billed", "Billed as"), ("unknown", "No."), ("billed_2", "Charge"), ("paid", "Paid")],
        [["99402", "1", "$160.00", "$0.00"], ["S9443", "1", "$245.00", "$0.00"]],
    )
    name_columns_by_content(t)
    assert _names(t) == ["procedure_code", "units", "billed", "paid"]


def test_line_numbers_are_not_units() -> None:
    t = _table(
        [("unknown", "Ln"), ("billed", "Charge"), ("paid", "Paid")],
        [["1", "$160.00", "$0.00"], ["2", "$245.00", "$0.00"]],
    )
    name_columns_by_content(t)
    assert _names(t)[0] == "unknown"


def _lines(rows: list[str]):
    return page_lines(rows, left=40.0, pitch=14.0)


def test_lettered_notes_that_name_a_standard_code_are_a_code_key() -> None:
    key, at = read_code_key(
        _lines(
            [
                "Notes",
                "a CO 119: Benefit maximum for this time period has been reached.",
                "b N362: The number of days or units of service exceeds our maximum.",
                "a plain sentence that starts with a small word and goes on.",
            ]
        )
    )
    assert key["A"].startswith("CO 119")
    assert key["B"].startswith("N362")
    assert at == {1, 2}


def test_a_caption_between_two_tables_is_not_a_wrapped_cell() -> None:
    from appealgen.read.table_rows import find_tables

    head = "Date         Code     Description          Charged     Paid     You owe"
    lines = _lines(
        [
            head,
            "03/02/2026   99402    Counseling visit      $160.00    $0.00    $0.00",
            "Visit ref V-114404 seen by Rosa Alvarez",
            head,
            "03/05/2026   S9443    Lactation class       $245.00    $0.00    $0.00",
        ]
    )
    tables = find_tables(lines)
    assert len(tables) == 2
    assert tables[0].rows[0].extra == []


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("No pre-approval was on file for the visit.", "prior_authorization"),
        ("Your benefits do not include this service.", "not_covered"),
        ("The diagnosis and the procedure do not match.", "coding"),
        ("The practitioner does not take part in the plan's network.", "out_of_network"),
        ("We do not pay this kind of clinician.", "provider_type"),
        ("The notes did not show that the visit was necessary.", "medical_necessity"),
        ("Not covered in the setting where the care was given.", "place_of_service"),
        ("The claim reached us after the filing deadline.", "timely_filing"),
    ],
)
def test_plain_language_reasons_name_their_category(reason: str, category: str) -> None:
    from appealgen.read.classify import phrase_categories

    assert phrase_categories(reason)[0] == category
