"""A notice that prints its services without amounts (a review determination): its rows
are a table's all the same; a code set's name before a code is no label; a label a scan
ended with a comma still names its value."""

from __future__ import annotations

from datetime import date

import pytest
from page_lines import learned_from, one_claim, page_lines

from appealgen.learn import places
from appealgen.read import anchors
from appealgen.read.learned_read import read_with


def _notice(claim_label: str, claim: str, services: list[tuple[str, str, str]]) -> list[str]:
    rows = [
        "Keel Review Services",
        "RETROSPECTIVE REVIEW DETERMINATION",
        f"{claim_label:<10}  {claim}",
        "PROVIDER    Lantern Bay Lactation",
        "SERVICES REVIEWED",
        "DATE        CODE           DX        DETERMINATION",
    ]
    for when, code, dx in services:
        rows.append(f"{when:<10}  {code:<13}  {dx:<8}  NOT CERTIFIED")
    return rows + ["RATIONALE", "Lactation visits are covered only in an office."]


TAUGHT = _notice("CLAIM NO.", "RR6233301-68", [("04-20-2026", "HCPCS S9443", "O92.5")])
CORRECTED = one_claim(
    "Keel Review Services",
    "RR6233301-68",
    {"date_of_service": "2026-04-20", "procedure_code": "S9443", "diagnosis_codes": ["O92.5"]},
)


@pytest.fixture
def layout(tmp_path, monkeypatch):
    return learned_from(tmp_path, monkeypatch, TAUGHT, CORRECTED)


def test_a_row_of_one_date_in_three_cells_or_more_is_under_its_heading():
    lines = page_lines(TAUGHT)
    row = next(i for i, ln in enumerate(lines) if ln.text.startswith("04-20-2026"))
    word = lines[row].words[0]
    assert anchors.heading_above(lines, row, word.x0, word.x1) == "date"
    claim = next(i for i, ln in enumerate(lines) if ln.text.startswith("CLAIM NO"))
    assert anchors.heading_lines(lines, claim) is None  # a label and its value: no row


def test_the_code_sets_name_is_no_label_of_the_procedure_code(layout):
    anchor = layout.fields["claims.lines.procedure_code"]
    assert "label" not in anchor, anchor  # not "hcpcs": the next code may be a CPT code
    lines = page_lines(["Visit on 04-20-2026 for a lactation class HCPCS S9443 today"])
    text = lines[0].cells[0].text
    s = text.index("S9443")
    found = places.anchors(lines, 0, 0, s, s + 5, "procedure")
    assert found and not any(a.get("label", "").endswith("hcpcs") for a in found), found


def test_a_later_notice_with_more_services_and_a_comma_for_a_period(layout):
    later = _notice(
        "CLAIM NO,",  # the scan read the label's period as a comma
        "RR7745296-58",
        [
            ("03-26-2026", "CPT 99404", "O92.79"),
            ("04-02-2026", "CPT 99403", "Z39.1"),
            ("04-09-2026", "HCPCS S9443", "O92.79"),
        ],
    )
    reading = read_with(layout, page_lines(later))
    assert reading is not None
    (claim,) = reading.claims
    assert claim.number.value == "RR7745296-58"
    got = [
        (s["claims.lines.date_of_service"].value, s["claims.lines.procedure_code"].value)
        for s in claim.lines
    ]
    assert got == [
        (date(2026, 3, 26), "99404"),
        (date(2026, 4, 2), "99403"),
        (date(2026, 4, 9), "S9443"),
    ]


def _two_columns():
    from pathlib import Path

    from page_lines import text_page

    from appealgen.read.extract import Document, Page

    left = [
        "Our plan provides claims administration services only.",
        "CLAIM QX100200",
        "Patient      Ann Lee",
        "Provider     Oriel Feeding Center",
        "Service 03/02/2026   CPT 99402",
        "  Billed            120.00",
        "CLAIM QX100201",
        "Patient      Bo Chan",
        "Provider     Latch Clinic",
        "Service 03/09/2026   CPT 99403",
        "  Billed             95.00",
    ]
    right = [
        "CLAIM QX100202",
        "Patient      Cy Diaz",
        "Provider     Nest Center",
        "Service 03/16/2026   CPT 99404",
        "  Billed            180.00",
        "WHAT THE CODES MEAN",
        "CO-170 - Payment is denied when",
        "performed by this type of provider.",
    ]
    # the right column's lines are set at another pitch than the left's
    words = text_page(left, pitch=12).words + text_page(right, left=340, pitch=15).words
    return Document(Path("x.pdf"), "0" * 64, "pdf", [Page(1, 612, 792, words)], 1)


def test_a_page_set_in_two_columns_is_read_one_column_after_the_other():
    from appealgen.read import learned
    from appealgen.read.layouts import LearnedLayout

    lines = learned.notice_lines(_two_columns())
    texts = [ln.text for ln in lines]
    assert texts.index("Patient Cy Diaz") == texts.index("CLAIM QX100202") + 1
    assert texts.index("CLAIM QX100202") > texts.index("Billed 95.00")
    fields = {
        "claims.claim_number": {"label": "claim"},
        "claims.patient_name": {"label": "patient"},
        "claims.provider.name": {"label": "provider"},
        "claims.lines.billed": {"label": "billed"},
    }
    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=fields)
    reading = read_with(lay, lines)
    got = [
        (c.number.value, c.fields["claims.provider.name"].value, len(c.lines))
        for c in reading.claims
    ]
    # "provides" on a text PDF is no misprinted "provider": labels are read as printed
    assert got == [
        ("QX100200", "Oriel Feeding Center", 1),
        ("QX100201", "Latch Clinic", 1),
        ("QX100202", "Nest Center", 1),
    ]
