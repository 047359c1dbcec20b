"""Where a learned table's rows and a learned codes label stop: a line under the table
that prints only a date ("09/07/2026   Printed from the member website") is no service, and
a heading that names the codes ("Reason codes") is no codes value."""

from __future__ import annotations

from page_lines import learned_from, page_lines

from appealgen.read import anchors
from appealgen.read.learned_read import read_with


def _portal(services: list[tuple[str, str, str, str]], printed: str = "") -> list[str]:
    rows = [
        "Northgate Health         Claim Detail",
        "Claim #   48-284514-25395",
        "Date         Procedure    Charged     Plan paid    Your share",
    ]
    for when, code, billed, paid in services:
        rows.append(f"{when:<11}  {code:<11}  {billed:>7}     {paid:>7}      $0.00")
    rows.append("Claim totals                   $535.00     $442.25      $0.00")
    if printed:
        rows.append(printed)
    return rows


TAUGHT = _portal(
    [("06/14/2026", "S9443", "$285.00", "$242.25"), ("06/20/2026", "S9443", "$250.00", "$200.00")]
)
CORRECTED = {
    "payer": {"name": "Northgate Health"},
    "claims": [
        {
            "claim_number": "48-284514-25395",
            "totals": {"billed": "535.00", "paid": "442.25", "patient_responsibility": "0.00"},
            "service_lines": [
                {
                    "date_of_service": "2026-06-14",
                    "procedure_code": "S9443",
                    "billed": "285.00",
                    "paid": "242.25",
                    "patient_responsibility": "0.00",
                },
                {
                    "date_of_service": "2026-06-20",
                    "procedure_code": "S9443",
                    "billed": "250.00",
                    "paid": "200.00",
                    "patient_responsibility": "0.00",
                },
            ],
        }
    ],
}


def test_a_line_under_the_table_printing_only_a_date_is_no_service(tmp_path, monkeypatch):
    layout = learned_from(tmp_path, monkeypatch, TAUGHT, CORRECTED)
    later = _portal(
        [
            ("07/01/2026", "99404", "$300.00", "$240.00"),
            ("07/08/2026", "99403", "$235.00", "$202.25"),
        ],
        printed="09/07/2026   Printed from the member website",
    )
    reading = read_with(layout, page_lines(later))
    assert reading is not None and len(reading.claims) == 1
    services = reading.claims[0].lines
    assert [str(sl["claims.lines.billed"].value) for sl in services] == ["300.00", "235.00"]


def test_a_heading_naming_the_codes_is_no_codes_value():
    assert anchors.read_value("codes", "codes") is None
    assert anchors.read_value("codes", " Reason codes") is None
    assert anchors.read_value("codes", ": CO-58 N428.") == ("CO-58 N428.", 13)


def test_note_marks_of_letters_are_codes_a_key_explains():
    assert anchors.read_value("codes", "B C") == ("B C", 3)
    assert anchors.read_value("codes", "AB") == ("AB", 2)
