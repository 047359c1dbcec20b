"""A layout that prints more than one table (a claim summary, then each claim's services)
learns each column in its own table, found by its own headings; a notes column of
letters is read through the notice's key ("A  PR-242: ...")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from page_lines import learned_from, page_lines

from appealgen.errors import LayoutError
from appealgen.read import anchors
from appealgen.read.layouts import LearnedLayout, validate
from appealgen.read.learned_codes import footnote_key, line_codes
from appealgen.read.learned_read import read_with


def _notice(claims: list[tuple[str, str, str, str, list[tuple[str, str, str, str]]]]) -> list:
    """A statement: a summary row per claim, then each claim's services under their own
    heading, then the key of the notes' letters."""
    rows = ["Quillon Mutual statement", "", "Claim ID    Patient       Billed     You owe"]
    for number, patient, billed, owe, _ in claims:
        rows.append(f"{number:<10}  {patient:<12}  {billed:>6}     {owe:>7}")
    for number, patient, _, _, services in claims:
        rows += ["", f"Claim {number} for {patient}"]
        rows.append("Date of service   Service                           Billed   Notes")
        for when, what, billed, notes in services:
            rows.append(f"{when:<16}  {what:<32}  {billed:>6}   {notes}")
    rows += [
        "",
        "A  PR-242: Services not provided by network providers.",
        "B  CO-96: Non-covered charge(s).",
        "C  N130: Consult plan benefit documents.",
    ]
    return rows


TAUGHT = _notice(
    [
        (
            "QX100200",
            "Ann Lee",
            "215.00",
            "215.00",
            [
                ("03/02/2026", "Counseling, 30 min (CPT 99402)", "120.00", "A"),
                ("03/09/2026", "Counseling, 45 min (CPT 99403)", "95.00", "A"),
            ],
        ),
        (
            "QX100201",
            "Bo Chan",
            "60.00",
            "0.00",
            [("03/16/2026", "Lactation class (HCPCS S9443)", "60.00", "B C")],
        ),
    ]
)


def _line(when: str, code: str, billed: str, adj: tuple[str, str] | None, rarc=()) -> dict:
    return {
        "date_of_service": when,
        "procedure_code": code,
        "billed": billed,
        "adjustments": [{"group": adj[0], "code": adj[1], "amount": None}] if adj else [],
        "remark_codes": list(rarc),
    }


CORRECTED = {
    "payer": {"name": "Quillon Mutual"},
    "claims": [
        {
            "claim_number": "QX100200",
            "patient_name": "Ann Lee",
            "totals": {"billed": "215.00", "patient_responsibility": "215.00"},
            "service_lines": [
                _line("2026-03-02", "99402", "120.00", ("PR", "242")),
                _line("2026-03-09", "99403", "95.00", ("PR", "242")),
            ],
            "denied": True,
            "denial": {"categories": ["out_of_network"], "primary_category": "out_of_network"},
        },
        {
            "claim_number": "QX100201",
            "patient_name": "Bo Chan",
            "totals": {"billed": "60.00", "patient_responsibility": "0.00"},
            "service_lines": [_line("2026-03-16", "S9443", "60.00", ("CO", "96"), ["N130"])],
            "denied": True,
            "denial": {"categories": ["not_covered"], "primary_category": "not_covered"},
        },
    ],
}


@pytest.fixture
def layout(tmp_path, monkeypatch) -> LearnedLayout:
    return learned_from(tmp_path, monkeypatch, TAUGHT, CORRECTED)


def test_each_column_is_learned_in_the_table_its_values_are_printed_in(layout):
    fields = layout.fields
    assert fields["claims.claim_number"]["column"] == "claim id"
    assert fields["claims.claim_number"]["table"] == "1"
    for path, heading in [
        ("claims.lines.date_of_service", "date of service"),
        ("claims.lines.procedure_code", "service"),  # a code ending its description
        ("claims.lines.billed", "billed"),
        ("claims.lines.codes", "notes"),
    ]:
        assert fields[path]["column"] == heading, path
        assert fields[path]["table"] == "2", path
    validate({"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": fields}, "t")


def test_a_later_notice_is_read_table_by_table(layout):
    later = _notice(
        [
            (
                "QX300400",
                "Cy Diaz",
                "310.00",
                "310.00",
                [
                    ("04/06/2026", "Lactation class (HCPCS S9443)", "180.00", "A"),
                    ("04/13/2026", "Counseling, 60 min (CPT 99404)", "130.00", "A"),
                ],
            ),
            (
                "QX300401",
                "Di Park",
                "75.00",
                "0.00",
                [("04/20/2026", "Visit (CPT 99401)", "75.00", "")],
            ),
            (
                "QX300402",
                "Ed Ruiz",
                "95.00",
                "0.00",
                [("04/27/2026", "Visit (CPT 99402)", "95.00", "B")],
            ),
        ]
    )
    lines = page_lines(later)
    reading = read_with(layout, lines)
    assert reading is not None
    assert [c.number.value for c in reading.claims] == ["QX300400", "QX300401", "QX300402"]
    first = reading.claims[0]
    assert first.fields["claims.patient_name"].value == "Cy Diaz"
    got = [
        (
            s["claims.lines.date_of_service"].value,
            s["claims.lines.procedure_code"].value,
            s["claims.lines.billed"].value,
        )
        for s in first.lines
    ]
    assert got == [
        (date(2026, 4, 6), "S9443", Decimal("180.00")),
        (date(2026, 4, 13), "99404", Decimal("130.00")),
    ]
    assert [len(c.lines) for c in reading.claims] == [2, 1, 1]
    codes = first.lines[0]["claims.lines.codes"].value
    assert line_codes(codes, lines, {})[0] == [("PR", "242")]


def test_a_heading_word_inside_a_longer_heading_is_still_its_own_column():
    lines = page_lines(["Date of service   Service        Billed"])
    cols, found, _ = anchors.table_columns(lines, 0, {"date of service", "service", "billed"})
    assert found == {"date of service", "service", "billed"}
    assert [c.text for c in cols] == ["date of service", "service", "billed"]


def test_a_key_of_letters_explains_the_marks_of_a_notes_column():
    lines = page_lines(TAUGHT)
    assert footnote_key(lines) == {"A": "PR-242", "B": "CO-96", "C": "N130"}
    adj, rarc, own = line_codes("B C", lines, {})
    assert adj == [("CO", "96")] and rarc == ["N130"] and own == []
    # a sentence that begins with "A" is no key line
    assert footnote_key(page_lines(["A claim was denied for lack of records."])) == {}


@pytest.mark.parametrize(
    "anchor",
    [{"column": "billed", "table": "second"}, {"label": "billed", "table": "2"}],
)
def test_a_table_number_is_checked(anchor):
    data = {"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": {}}
    data["fields"]["claims.lines.billed"] = anchor
    with pytest.raises(LayoutError, match="table must be a number"):
        validate(data, "t.yaml")


def test_a_numbered_key_explains_the_numbers_of_a_remarks_column():
    lines = page_lines(
        [
            "Remarks",
            "1. CO-170 Payment is denied when performed/billed by this type of provider.",
            "2. N95 This provider type/provider specialty may not bill this service.",
            "3. Call us at 555-0100 with questions.",
        ]
    )
    assert footnote_key(lines) == {"1": "CO-170", "2": "N95"}
    adj, rarc, _own = line_codes("1,2", lines, {})
    assert adj == [("CO", "170")] and rarc == ["N95"]
    # an amount is no list of marks: nothing is read from it
    assert line_codes("1,250.00", lines, {})[:2] == ([], [])


def test_a_code_is_no_list_of_marks():
    lines = page_lines(TAUGHT)
    assert line_codes("CO 50", lines, {})[0] == [("CO", "50")]
    assert line_codes("PR 2", lines, {})[0] == [("PR", "2")]
    assert line_codes("A, C", lines, {})[:2] == ([("PR", "242")], ["N130"])


def _summary(claims: list[tuple[str, str, str, str]]) -> list[str]:
    rows = ["Quillon Mutual statement", "", "Claim ID          Patient       Billed     You owe"]
    for number, patient, billed, owe in claims:
        rows.append(f"{number:<16}  {patient:<12}  {billed:>6}     {owe:>7}")
    return rows


def test_an_id_printed_in_groups_in_a_column_is_read_as_printed(tmp_path, monkeypatch):
    """A column of claim numbers printed in groups ("2151 42487 515") learns their shape,
    and a later notice's numbers keep their spaces, as the person wrote them."""
    claims = [
        ("2151 42487 515", "Ann Lee", "215.00", "215.00"),
        ("7931 85899 875", "Bo Chan", "60.00", "0.00"),
    ]
    taught = _summary(claims)
    corrected = {
        "payer": {"name": "Quillon Mutual"},
        "claims": [
            {
                "claim_number": number,
                "patient_name": patient,
                "totals": {"billed": billed, "patient_responsibility": owe},
            }
            for number, patient, billed, owe in claims
        ],
    }
    lay = learned_from(tmp_path, monkeypatch, taught, corrected)
    assert lay.fields["claims.claim_number"]["shape"] == "9999 99999 999"
    later = page_lines(_summary([("6335 69479 130", "Cy Diaz", "310.00", "0.00")]))
    reading = read_with(lay, later)
    assert [c.number.value for c in reading.claims] == ["6335 69479 130"]


def _scanned(lines: list) -> list:
    """The same lines as OCR gives them: every word with a confidence."""
    for ln in lines:
        for w in ln.words:
            w.conf = 91.0
        for cell in ln.cells:
            for w in cell.words:
                w.conf = 91.0
    return lines


def test_marks_a_scan_printed_without_their_space_stand_for_each_code():
    lines = page_lines(
        [
            "Message codes",
            "1 CO-96 Non-covered charge(s).",
            "2.N130 Consult plan benefit documents.",
        ]
    )
    assert footnote_key(lines) == {"1": "CO-96", "2": "N130"}  # "2.N130" as a scan reads it
    adj, rarc, _own = line_codes("12", lines, {})
    assert adj == [("CO", "96")] and rarc == ["N130"]
    # a key that has a mark "12" keeps it
    lines = page_lines(["1 CO-96 Non-covered.", "2 N130 Consult.", "12 CO-45 Charge exceeds fee."])
    assert line_codes("12", lines, {})[0] == [("CO", "45")]


def test_a_scanned_row_gives_a_date_glued_to_its_year_and_the_codes_modifiers(layout):
    later = _notice(
        [
            (
                "QX300400",
                "Cy Diaz",
                "180.00",
                "180.00",
                [("APR 062026", "Lactation class (HCPCS S9443-U5)", "180.00", "A")],
            )
        ]
    )
    reading = read_with(layout, _scanned(page_lines(later)))
    row = reading.claims[0].lines[0]
    assert row["claims.lines.date_of_service"].value == date(2026, 4, 6)
    assert row["claims.lines.procedure_code"].value == "S9443"
    assert row["claims.lines.modifiers"].value == ["U5"]
    # on a text PDF a date is read as printed
    text = read_with(layout, page_lines(later))
    assert "claims.lines.date_of_service" not in text.claims[0].lines[0]


def test_a_codes_modifiers_printed_after_it_in_its_column_are_read():
    from appealgen.read.learned_tables import _modifiers

    assert _modifiers("99401 U5") == ["U5"]
    assert _modifiers("Counseling (99403-25 33)") == ["25", "33"]
    assert _modifiers("99402 1") == []  # units, no modifier
    assert _modifiers("S9443 140.00") == []
