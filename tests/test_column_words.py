"""Column headings in short forms nobody listed, placed by the words they shorten.

The headings here are written for these tests: no sample prints them.
"""

from __future__ import annotations

import pytest

from appealgen.read.columns import name_columns_by_content
from appealgen.read.label_words import candidates, shortened_word
from appealgen.read.table import Column, Row, Table, match_column


@pytest.mark.parametrize(
    ("short", "word"),
    [("pymt", "payment"), ("chrgd", "charged"), ("bnft", "benefit"), ("elig", "eligible")],
)
def test_a_short_form_stands_for_the_one_word_it_shortens(short: str, word: str) -> None:
    assert shortened_word(short) == word


@pytest.mark.parametrize(
    "short",
    [
        "pmt",  # payment (paid) or permitted (allowed): no guess
        "xq",  # too short to tell
        "zzz",  # shortens nothing
        "paid",  # a word the rules know is itself
    ],
)
def test_no_short_form_where_it_could_be_two_fields_or_none(short: str) -> None:
    assert shortened_word(short) is None


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Pymt Amt", "paid"),
        ("Bnft Amt", "paid"),
        ("Tot Chrgd", "billed"),
        ("Elig Amt", "allowed"),
    ],
)
def test_a_heading_in_short_forms_names_its_column(heading: str, column: str) -> None:
    assert candidates(heading, "columns")[0].field == column
    assert match_column(heading) == column


def test_short_forms_are_read_in_column_headings_only() -> None:
    # a notice's own labels ("Elig" beside a member's name) keep to the listed words
    assert candidates("Pymt Amt", "fields") == () or all(
        c.field != "paid" for c in candidates("Pymt Amt", "fields")
    )


def _table(columns: list[tuple[str, str]], rows: list[list[str]]) -> Table:
    """Columns as (name, printed heading), rows as cells left to right."""
    cols = [Column(n, 100.0 * k, 100.0 * k + 60, label) for k, (n, label) in enumerate(columns)]
    out = []
    for k, cells in enumerate(rows):
        out.append(Row(k + 1, {c.name: v for c, v in zip(cols, cells, strict=True) if v}))
    return Table(0, cols, out)


def _names(t: Table) -> list[str]:
    return [c.name for c in sorted(t.columns, key=lambda c: c.x0)]


def test_a_column_of_the_largest_amounts_is_the_billed_one_wherever_it_stands() -> None:
    # headings nobody lists ("Ceiling", "Asked"), the charge printed right of the others:
    # the rows add up either way, but only one reading leaves no amount above the charge
    t = _table(
        [("unknown", "Ceiling"), ("unknown_2", "Asked"), ("paid", "Paid"), ("unknown_3", "Rest")],
        [["512.00", "640.00", "409.60", "102.40"], ["0.00", "290.00", "0.00", "0.00"]],
    )
    name_columns_by_content(t)
    assert _names(t) == ["allowed", "billed", "paid", "patient_responsibility"]


def test_no_charge_is_read_below_an_amount_of_its_row() -> None:
    # a reading naming the first column billed adds up (paid + share) but leaves a larger
    # amount unnamed: it is refused, and what nothing else settles stays unnamed
    t = _table(
        [("unknown", "Ceiling"), ("unknown_2", "Asked"), ("paid", "Paid"), ("unknown_3", "Rest")],
        [["300.00", "355.00", "300.00", "0.00"]],
    )
    name_columns_by_content(t)
    assert _names(t)[1] == "billed"
    assert _names(t)[0] != "billed"


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Mbr Owes", "patient_responsibility"),
        ("Prov Charges", "billed"),
        ("Pt Pays", "patient_responsibility"),
    ],
)
def test_a_listed_heading_printed_in_its_short_forms_names_its_column(
    heading: str, column: str
) -> None:
    assert match_column(heading) == column


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Patient Amount", "patient_responsibility"),  # not "Amount" (billed)
        ("Pat Resp", "patient_responsibility"),
        ("You Could Owe", "patient_responsibility"),
        ("CPT/Mod", "procedure_code"),
        ("Allow Amt", "allowed"),
        ("Service Period", "date_of_service"),  # not a service's description
    ],
)
def test_headings_listed_in_the_label_data(heading: str, column: str) -> None:
    assert match_column(heading) == column
