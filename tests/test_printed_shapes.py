"""Every common printed shape of a value is read, in a table cell, after a label and in a
sentence: dates, ranges, amounts (credits keep their sign), codes and member IDs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from page_lines import text_document

from appealgen.read import normalize as nz
from appealgen.read.parse import parse_document
from appealgen.read.value_shapes import clean_id, fits_without_colon

MARCH_4 = date(2026, 3, 4)
DATES = [
    "03/04/2026",
    "3/4/26",
    "03-04-2026",
    "2026-03-04",
    "03.04.2026",
    "4 Mar 2026",
    "4-Mar-2026",
    "04MAR2026",
    "Mar 4, 2026",
    "March 4th, 2026",
    "4th March 2026",
]
RANGES = [
    "03/02/26 - 03/05/26",
    "03/02/26-03/05/26",
    "03/02/2026 thru 03/05/2026",
    "03/02/2026 through 03/05/2026",
    "From 03/02/2026 To 03/05/2026",
    "02MAR2026 - 05MAR2026",
]
# (printed, value): every amount shape; a credit is negative
AMOUNTS = [
    ("$1,234.56", "1234.56"),
    ("1234.56", "1234.56"),
    ("$ 1,234.56", "1234.56"),
    ("(25.00)", "-25.00"),
    ("-25.00", "-25.00"),
    ("25.00-", "-25.00"),
    ("25.00 CR", "-25.00"),
    ("-$25.00", "-25.00"),
    ("$.00", "0.00"),
    ("USD 25.00", "25.00"),
    ("1 234.56", "1234.56"),
    ("$1 234.56", "1234.56"),
    ("1\u202f234.56", "1234.56"),
]
# in a sentence a plain space before three digits may part a count from an amount
# ("1 234.56"); a narrow space, or a dollar sign before, groups thousands
IN_TEXT = [a for a in AMOUNTS if a[0] != "1 234.56"]
MEMBER_IDS = ["W123456789", "XYZ 123-45-6789-01", "123456789-01", "ABC*123456"]
ID_LABELS = [
    "Member ID:",
    "ID #",
    "ID #:",
    "Member No.",
    "Member No.:",
    "Subscriber ID",
    "Subscriber ID:",
    "Enrollee ID:",
    "Identification number:",
    "Identification Number",
]


def _table(
    *,
    date_: str = "02/11/2026",
    proc: str = "99402",
    dx: str = "Z39.1",
    billed: str = "250.00",
    owe: str = "0.00",
    codes: str = "CO-170 N95",
    id_label: str = "Member ID:",
    member_id: str = "XJH123456789",
):
    cells = [
        ("Service date", date_),
        ("Procedure", proc),
        ("Diagnosis", dx),
        ("Charges", billed),
        ("Allowed", "0.00"),
        ("Paid", "0.00"),
        ("You owe", owe),
        ("Codes", codes),
    ]
    widths = [max(len(h), len(v)) + 3 for h, v in cells]  # each value under its heading
    rows = [
        "Acme Health Plan",
        "Explanation of Benefits",
        f"Member: Jane Doe   {id_label} {member_id}",
        "Claim number: AC12345678",
        "".join(h.ljust(w) for (h, _v), w in zip(cells, widths, strict=True)).rstrip(),
        "".join(v.ljust(w) for (_h, v), w in zip(cells, widths, strict=True)).rstrip(),
    ]
    return parse_document(text_document(rows))


def _labels(
    *,
    date_: str = "02/11/2026",
    proc: str = "99402",
    dx: str = "Z39.1",
    billed: str = "250.00",
    owe: str = "0.00",
    codes: str = "CO-170",
    remarks: str = "N95",
    id_label: str = "Member ID:",
    member_id: str = "XJH123456789",
):
    rows = [
        "Acme Health Plan",
        "Explanation of Benefits",
        "Member: Jane Doe",
        f"{id_label} {member_id}",
        "Claim number: AC12345678",
        f"Date of service: {date_}",
        f"Procedure: {proc}",
        f"Diagnosis: {dx}",
        f"Amount billed: {billed}",
        "Plan paid: 0.00",
        f"You owe: {owe}",
        f"Denial code: {codes}",
        f"Remark: {remarks}",
        "Status: Denied",
    ]
    return parse_document(text_document(rows))


def _prose(
    *,
    date_: str = "02/11/2026",
    proc: str = "CPT 99402",
    dx: str = "Z39.1",
    billed: str = "$250.00",
    owe: str = "$0.00",
    codes: str = "CO-170",
    remarks: str = "N95",
    id_label: str = "Member ID:",
    member_id: str = "XJH123456789",
):
    rows = [
        "Acme Health Plan",
        "Notice of Adverse Benefit Determination",
        "Jane Doe",
        f"{id_label} {member_id}",
        "",
        "We received a claim (claim number AC12345678) for lactation counseling billed as",
        f"{proc}, on {date_}. The provider billed {billed}. We denied the claim because the",
        f"provider type may not bill this service ({codes}; remark {remarks}). You owe {owe}.",
        f"The diagnosis was {dx}.",
    ]
    return parse_document(text_document(rows))


LAYOUTS = [
    pytest.param(_table, id="table-cell"),
    pytest.param(_labels, id="after-a-label"),
    pytest.param(_prose, id="prose"),
]


def _line(result):
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.service_lines
    return claim, claim.service_lines[0]


# ---------------------------------------------------------------- the value parsers


@pytest.mark.parametrize("printed", DATES)
def test_every_date_shape_is_one_date(printed: str) -> None:
    assert [d for _s, _e, d in nz.find_dates(printed)] == [MARCH_4]
    assert nz.parse_date(f"Date of service: {printed} Paid") == MARCH_4
    assert [d for _s, _e, d in nz.find_dates(f"We received it on {printed}, and")] == [MARCH_4]


@pytest.mark.parametrize("printed", ["04MAR2026", "4 Mar 2026", "Mar 4, 2026", "2026-03-04"])
def test_a_date_printed_without_a_colon_has_a_dates_shape(printed: str) -> None:
    assert fits_without_colon("date_of_service", printed)


@pytest.mark.parametrize("printed", ["ABC04MAR2026", "04MAR20261", "04XYZ2026", "45MAR2026"])
def test_a_compact_date_look_alike_is_no_date(printed: str) -> None:
    assert nz.find_dates(printed) == []


@pytest.mark.parametrize("printed", RANGES)
def test_a_service_date_range_gives_both_dates(printed: str) -> None:
    got = [d for _s, _e, d in nz.find_dates(printed)]
    assert got == [date(2026, 3, 2), date(2026, 3, 5)]


@pytest.mark.parametrize(("printed", "value"), AMOUNTS)
def test_every_amount_shape_in_one_cell(printed: str, value: str) -> None:
    assert nz.parse_money(printed) == Decimal(value)


@pytest.mark.parametrize(("printed", "value"), IN_TEXT)
def test_every_amount_shape_in_running_text(printed: str, value: str) -> None:
    found = nz.find_money(f"You owe {printed} for this visit")
    assert [v for _s, _e, v in found] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    ["Units 1 234.56", "CPT 99402 1 240.00", "Qty 2 250.00"],
)
def test_a_count_before_an_amount_is_not_a_thousands_group_in_text(text: str) -> None:
    assert Decimal("1000") > max(v for _s, _e, v in nz.find_money(text))


@pytest.mark.parametrize(
    ("printed", "code", "modifiers"),
    [
        ("99404", "99404", []),
        ("99404-25", "99404", ["25"]),
        ("99404 25", "99404", ["25"]),
        ("S9443", "S9443", []),
    ],
)
def test_procedure_cells(printed: str, code: str, modifiers: list[str]) -> None:
    assert nz.split_procedure(printed) == (code, modifiers)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("CO-45", [("CO", "45")]),
        ("CO 45", [("CO", "45")]),
        ("CO45", [("CO", "45")]),
        ("Group CO Reason 45", [("CO", "45")]),
        ("PR-1", [("PR", "1")]),
    ],
)
def test_reason_code_shapes(printed: str, expected: list[tuple[str, str]]) -> None:
    assert nz.find_carcs(printed) == expected
    assert nz.find_carcs(f"We denied the claim ({printed}) because") == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("N130", ["N130"]), ("MA130", ["MA130"]), ("RARC: N130, M86", ["N130", "M86"])],
)
def test_remark_code_shapes(printed: str, expected: list[str]) -> None:
    assert nz.find_rarcs(printed) == expected


@pytest.mark.parametrize("member_id", MEMBER_IDS)
def test_member_id_shapes_are_ids(member_id: str) -> None:
    assert clean_id(member_id) == member_id
    assert fits_without_colon("member_id", member_id)


# ---------------------------------------------------------------- in a notice


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed", DATES)
def test_dates_in_each_layout(layout, printed: str) -> None:
    _claim, line = _line(layout(date_=printed))
    assert line.date_of_service == MARCH_4


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed", RANGES)
def test_a_range_of_service_dates_gives_its_first_date_in_each_layout(layout, printed: str) -> None:
    _claim, line = _line(layout(date_=printed))
    assert line.date_of_service == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("layout", "printed", "value"),
    [
        *(pytest.param(_table, *a, id=f"table-cell-{a[0]}") for a in AMOUNTS),
        *(pytest.param(_labels, *a, id=f"after-a-label-{a[0]}") for a in AMOUNTS),
        *(pytest.param(_prose, *a, id=f"prose-{a[0]}") for a in IN_TEXT),
    ],
)
def test_amounts_in_each_layout(layout, printed: str, value: str) -> None:
    _claim, line = _line(layout(billed=printed))
    assert line.billed == Decimal(value)
    _claim, line = _line(layout(owe=printed))
    assert line.patient_responsibility == Decimal(value)


@pytest.mark.parametrize("layout", [pytest.param(_table, id="table-cell")])
def test_a_bare_zero_in_a_cell(layout) -> None:
    _claim, line = _line(layout(owe="0"))
    assert line.patient_responsibility == Decimal("0")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("printed", "code", "modifiers"),
    [
        ("CPT 99404", "99404", []),
        ("CPT(R) 99404", "99404", []),
        ("CPT\u00ae 99404", "99404", []),
        ("HCPCS S9443", "S9443", []),
        ("Proc: 99404-25", "99404", ["25"]),
        ("99404-25", "99404", ["25"]),
        ("99404 25", "99404", ["25"]),
    ],
)
def test_procedure_codes_in_each_layout(layout, printed: str, code: str, modifiers) -> None:
    _claim, line = _line(layout(proc=printed))
    assert (line.procedure_code, line.modifiers) == (code, modifiers)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("printed", "codes"),
    [
        ("Z39.1, O92.5", ["Z39.1", "O92.5"]),
        ("Dx: Z39.1, O92.5", ["Z39.1", "O92.5"]),
        ("ICD-10: Z39.1; O92.70", ["Z39.1", "O92.70"]),
        ("Z391", ["Z39.1"]),
    ],
)
def test_diagnosis_codes_in_each_layout(layout, printed: str, codes: list[str]) -> None:
    claim, line = _line(layout(dx=printed))
    assert line.diagnosis_codes == codes
    assert claim.diagnosis_codes == codes


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("printed", "carc", "group"),
    [
        ("CO-45", "CO-45", "CO"),
        ("CO 45", "CO-45", "CO"),
        ("CO45", "CO-45", "CO"),
        ("Group CO Reason 45", "CO-45", "CO"),
        ("PR-1", "PR-1", "PR"),
    ],
)
def test_reason_codes_in_each_layout(layout, printed: str, carc: str, group: str) -> None:
    claim, line = _line(layout(codes=printed))
    assert claim.denial is not None and claim.denial.carc == [carc]
    assert [f"{a.group}-{a.code}" for a in line.adjustments] == [carc]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("printed", "rarcs"),
    [("N130", ["N130"]), ("MA130", ["MA130"]), ("N130, M86", ["N130", "M86"])],
)
def test_remark_codes_in_each_layout(layout, printed: str, rarcs: list[str]) -> None:
    if layout is _table:
        claim, line = _line(_table(codes=f"CO-170 {printed}"))
    else:
        claim, line = _line(layout(remarks=printed))
    assert claim.denial is not None and claim.denial.rarc == rarcs
    assert line.remark_codes == rarcs


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ID_LABELS)
@pytest.mark.parametrize("member_id", MEMBER_IDS)
def test_member_ids_after_each_label(layout, label: str, member_id: str) -> None:
    assert layout(id_label=label, member_id=member_id).member.id == member_id
