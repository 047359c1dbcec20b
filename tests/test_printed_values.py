"""Amounts, dates and member IDs printed the ways US payers print them."""

from __future__ import annotations

from datetime import date

import pytest
from page_lines import page_lines

from appealgen.read.data_columns import columns_from_data
from appealgen.read.dates import find_dates
from appealgen.read.fields import find_fields
from appealgen.read.settings import ReadSettings
from appealgen.read.value_shapes import clean_id


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("03/02/26-03/05/26", date(2026, 3, 2), date(2026, 3, 5)),
        ("03/02/2026-03/02/2026", date(2026, 3, 2), date(2026, 3, 2)),
        ("03-02-2026-03-05-2026", date(2026, 3, 2), date(2026, 3, 5)),
        ("2026-03-02-2026-03-05", date(2026, 3, 2), date(2026, 3, 5)),
        ("3/2/26–3/5/26", date(2026, 3, 2), date(2026, 3, 5)),
        ("DOS 03/02/26-03/02/26 99401", date(2026, 3, 2), date(2026, 3, 2)),
        ("From 03/02/2026 Thru 03/05/2026", date(2026, 3, 2), date(2026, 3, 5)),
        ("7 June 2026-10 June 2026", date(2026, 6, 7), date(2026, 6, 10)),
        ("Jun 7, 2026-Jun 10, 2026", date(2026, 6, 7), date(2026, 6, 10)),
        ("June 7, 2026–June 9, 2026", date(2026, 6, 7), date(2026, 6, 9)),
    ],
)
def test_a_range_of_service_dates_gives_both_dates(text: str, first: date, last: date) -> None:
    got = [d for _s, _e, d in find_dates(text)]
    assert got == [first, last]


def test_a_range_keeps_each_date_where_it_is_printed() -> None:
    text = "03/02/26-03/05/26"
    assert [(s, e) for s, e, _d in find_dates(text)] == [(0, 8), (9, 17)]


@pytest.mark.parametrize("text", ["12-03/02/2026", "03/02/2026-5", "2026-03-02-7"])
def test_a_date_run_on_into_other_digits_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("value", "member_id"),
    [
        ("W1914478030 01", "W1914478030 01"),
        ("XYZ123456789 02  Group 5531", "XYZ123456789 02"),
        ("WCH 0077 4410", "WCH 0077 4410"),
        ("XYZ123456789-01", "XYZ123456789-01"),
        ("W1914478030 01 02/03/2026", "W1914478030"),  # a suffix is the last thing printed
    ],
)
def test_a_member_id_with_its_person_suffix(value: str, member_id: str) -> None:
    assert clean_id(value) == member_id


@pytest.mark.parametrize(
    ("row", "member_id"),
    [
        ("Cert #      TNB 5650 7865", "TNB 5650 7865"),
        ("ID #      W1905728356 01", "W1905728356 01"),
        ("Member Identification Number W1905728356 01", "W1905728356 01"),
        ("Subscriber ID   W1905728356 01", "W1905728356 01"),
        ("Member ID: W1905728356 01", "W1905728356 01"),
    ],
)
def test_a_labelled_member_id_keeps_its_groups_and_suffix(row: str, member_id: str) -> None:
    got = {f.field: f.value for f in find_fields(page_lines([row]))}
    assert clean_id(got["member_id"]) == member_id


def test_heading_words_beside_a_column_join_it_through_their_phrase() -> None:
    # "Paid by plan": its values sit under "plan" only; "Paid" is nearer the charges
    lines = page_lines(
        [
            "Dates       Code    Total charges   Paid by plan   Patient",
            "of service                                         responsibility",
            "07/09/2026  99404          165.00           0.00             0.00",
            "07/12/2026  99401          290.00           0.00             0.00",
        ]
    )
    cols = columns_from_data(lines[:2], lines[2:])
    names = {c.name: c.label for c in cols}
    assert names["billed"] == "Total charges"
    assert names["paid"] == "Paid by plan"
    assert names["patient_responsibility"] == "Patient responsibility"


def test_a_heading_of_its_own_beside_a_column_is_not_that_column_s() -> None:
    # the Remarks column is empty: "Remarks" sits beside "Member owes", not over a value
    lines = page_lines(
        [
            "DOS         Code   Amount billed   Amount paid   Member  Remarks",
            "                                                 owes",
            "06/09/2026  99401         290.00         232.00    0.00",
            "06/12/2026  99402         275.00         220.00    0.00",
        ]
    )
    columns = {c.name: c for c in columns_from_data(lines[:2], lines[2:])}
    assert columns["patient_responsibility"].label == "Member owes"
    # "Remarks" over no value is a column of its own, right of the amounts
    assert columns["remarks"].label == "Remarks"
    assert columns["remarks"].x0 >= columns["patient_responsibility"].x1


def test_rows_sampled_for_columns_stop_at_the_next_table_s_headings() -> None:
    # each claim's table has columns of its own: the first table's columns are placed
    # by its own rows, never by the next table's
    from appealgen.read.table_rows import _sample_rows, find_tables

    lines = page_lines(
        [
            "Claim number: 111222333",
            "Service date   Code     Billed    Allowed       Paid   You owe",
            "03/02/2026     99401    180.00     144.00     144.00      0.00",
            "Claim number: 444555666",
            "Service date   Code   Description              Billed  Allowed  Paid  You owe",
            "03/05/2026     99402  Preventive counseling    310.00  248.00 248.00    0.00",
        ]
    )
    assert _sample_rows(lines, 2, 5) == [2]
    tables = find_tables(lines)
    assert [t.rows[0].cells.get("allowed") for t in tables] == ["144.00", "248.00"]


def test_a_totals_line_of_labelled_amounts_gives_the_claim_s_totals() -> None:
    from appealgen.read.kv_pairs import Pair
    from appealgen.read.reader_kv import _line_items

    def pair(label: str, value: str) -> Pair:
        return Pair(label, value, [0])

    totals: dict[str, str] = {}
    # "Total: Amount charged: 950.00  Benefit paid: 0.00  Your responsibility: 0.00"
    pairs = [pair("Total", "Amount"), pair("charged", "950.00"), pair("Benefit paid", "0.00")]
    pairs.append(pair("Your responsibility", "$    0.00"))
    assert _line_items(pairs, totals) == []
    assert totals == {"billed": "950.00", "paid": "0.00", "patient_responsibility": "$    0.00"}
    # amounts on a service's line stay the service's
    totals = {}
    assert _line_items([pair("Charges", "185.00"), pair("Plan paid", "0.00")], totals) == [
        ("billed", "185.00"),
        ("paid", "0.00"),
    ]
    assert totals == {}


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        (
            "DOS July 23, 2026 Charges $230.00 Eligible amount $0.00 Member owes $0.00",
            [
                ("date_of_service", "July 23, 2026"),
                ("billed", "$230.00"),
                ("allowed", "$0.00"),
                ("patient_responsibility", "$0.00"),
            ],
        ),
        ("Service dates 3/2/2026", [("date_of_service", "3/2/2026")]),
        ("Amount charged $ 155.00", [("billed", "$ 155.00")]),
        ("Dates of service 07/23/26 - 07/23/26", [("date_of_service", "07/23/26 - 07/23/26")]),
        ("Preventive counseling 15 min", []),  # words, not labels and values
        ("Charges for this visit were $230.00", []),
    ],
)
def test_service_labels_and_values_printed_without_colons(cell: str, items: list) -> None:
    from appealgen.read.reader_kv import bare_items

    assert bare_items(cell) == items


def test_a_line_that_starts_with_a_totals_label_gives_totals_only() -> None:
    from appealgen.read.kv_pairs import Pair
    from appealgen.read.reader_kv import _line_items

    # "TOTAL FOR CLAIM: Submitted: $380.00  Paid: $0.00": its label words read as "CLAIM"
    pairs = [Pair("CLAIM", "", []), Pair("Submitted", "$380.00", [0]), Pair("Paid", "$0.00", [0])]
    totals: dict[str, str] = {}
    assert _line_items(pairs, totals, in_totals=True) == []
    assert totals == {"billed": "$380.00", "paid": "$0.00"}


def test_a_claim_totals_line_names_its_amounts_with_any_heading_s_words() -> None:
    from appealgen.read.reader_prose import prose_totals

    t = prose_totals("Claim Totals: Charges $605.00 Allowed amount $0.00 Your responsibility $0.00")
    assert t is not None
    assert (str(t.billed), str(t.allowed), str(t.patient_responsibility)) == (
        "605.00",
        "0.00",
        "0.00",
    )


def test_a_dollar_sign_set_apart_in_its_cell_stays_with_its_amount() -> None:
    from appealgen.read.data_columns import _units

    (line,) = page_lines(["99403   $    425.00   -$    425.00   $0.00"])
    assert len(_units(line, 6.0)) == 4


def test_an_id_printed_in_groups_is_an_id() -> None:
    from appealgen.read.value_shapes import fits_without_colon, is_id

    assert is_id("TNB 5650 7865") and fits_without_colon("member_id", "TNB 5650 7865")
    assert fits_without_colon("member_id", "W1914478030 01")
    assert not fits_without_colon("member_id", "Room 12")


def test_totals_labels_with_abbreviations() -> None:
    from appealgen.read.labelled_amounts import labelled_totals

    got = labelled_totals(
        "TOTAL FOR CLAIM: Charges $345.00 Plan payment $126.00 Patient resp. $150.00"
    )
    assert got == {"billed": "$345.00", "paid": "$126.00", "patient_responsibility": "$150.00"}


@pytest.mark.parametrize(
    ("rows", "names"),
    [
        (  # a scan parts "99403" and "25" by a pixel more than "99402" and "33"
            [
                "SERV DATE   PROC MOD   BILLED   PAID",
                "09/12/2026  99403  25  180.00  153.00",
                "09/18/2026  99402 33   230.00  161.00",
            ],
            ["date_of_service", "procedure_code", "billed", "paid"],
        ),
        (  # a typewriter's letters leave white on both sides: "Mar", "18," and "2026"
            [
                "Proc     Units  DOS              Billed    Paid",
                "99404      1    Mar  18,  2026    130.00    0.00",
                "99402      1    Mar  21,  2026    290.00    0.00",
            ],
            ["procedure_code", "units", "date_of_service", "billed", "paid"],
        ),
    ],
)
def test_a_values_parts_set_wider_apart_than_a_space_stay_one_value(
    rows: list[str], names: list[str]
) -> None:
    lines = page_lines(rows)
    assert [c.name for c in columns_from_data(lines[:1], lines[1:])] == names
    # within a single gap only, the modifier, or the day and year, are columns of their own
    tight = columns_from_data(lines[:1], lines[1:], ReadSettings(cell_part_reach=1.0))
    assert len(tight) > len(names)


def test_a_count_just_before_a_dates_month_is_a_value_of_its_own() -> None:
    lines = page_lines(
        [
            "Proc   Units Date of service  Billed   Paid",
            "99404  1 July 27, 2026        130.00   0.00",
            "98960  1 July 30, 2026        235.00   0.00",
        ]
    )
    columns = columns_from_data(lines[:1], lines[1:])
    assert [c.name for c in columns][2:] == ["date_of_service", "billed", "paid"]
    assert columns[1].x1 < columns[2].x0  # the count's column ends before the date's
