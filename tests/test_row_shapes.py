"""Service rows known by the shapes of their cells (read/reader_shapes.py): a date and a
procedure code make a row whatever heads it; a heading over a cell names it; amounts
with no heading are placed only when one reading of them adds up."""

from __future__ import annotations

from decimal import Decimal

from page_lines import page_lines

from appealgen.read.context import ParseContext
from appealgen.read.reader_shapes import read
from appealgen.read.readers import ClaimArea


def _read(rows: list[str]):
    lines = page_lines(rows)
    ctx = ParseContext(lines, [], "\n".join(ln.text for ln in lines), {}, set())
    return read(ctx, ClaimArea([(0, len(lines))], [], ctx.text, []))


def test_rows_without_amounts_are_read_by_their_cells_under_any_heading() -> None:
    cand = _read(
        [
            "Outcome of the review",
            "Visit on        Billing code    Qty    Diagnosis    Outcome",
            "2026-02-11      HCPCS S9443     2      Z39.1        Not approved",
            "2026-02-18      CPT 99402       1      O92.70       Not approved",
            "Reviewer: the plan's nurse team",
        ]
    )
    assert cand is not None
    got = [(sl.date_of_service.isoformat(), sl.procedure_code, sl.units) for sl in cand.lines]
    assert got == [("2026-02-11", "S9443", 2), ("2026-02-18", "99402", 1)]
    assert [sl.diagnosis_codes for sl in cand.lines] == [["Z39.1"], ["O92.70"]]
    assert all(sl.billed is None and sl.paid is None for sl in cand.lines)


def test_unheaded_amounts_are_placed_only_when_one_reading_adds_up() -> None:
    cand = _read(
        [
            "03/04/2026   99403   300.00   240.00   200.00   40.00   PR-2",
            "03/11/2026   99404   120.00   80.00   40.00",
        ]
    )
    assert cand is not None
    first, second = cand.lines
    assert (first.billed, first.allowed, first.paid, first.patient_responsibility) == (
        Decimal("300.00"),
        Decimal("240.00"),
        Decimal("200.00"),
        Decimal("40.00"),
    )
    assert [(a.group, a.code) for a in first.adjustments] == [("PR", "2")]
    # 80 + 40 is the billed amount or the allowed one: no reading is sure, none is taken
    assert (second.billed, second.allowed, second.paid) == (None, None, None)
    assert second.adjustments == []


def test_a_line_that_is_no_service_is_not_a_row() -> None:
    assert _read(["Total 03/04/2026 99403 300.00", "Call us on 03/04/2026 about it"]) is None


def test_a_service_goes_on_over_a_page_break_past_the_page_foot() -> None:
    from pathlib import Path

    from appealgen.read.extract import Document, Page, Word
    from appealgen.read.parse import parse_document

    def line(text: str, top: float) -> list[Word]:
        out, x = [], 50.0
        for tok in text.split(" "):
            out.append(Word(tok, x, x + 5 * len(tok), top, top + 9, 9.0))
            x += 5 * (len(tok) + 1)
        return out

    first = [
        *line("Claim no. KT-88120456", 100),
        *line("Patient: Mirela Santos", 114),
        *line("2026-01-09 S9443 Group lactation class Dx Z39.1", 730),
        *line("portal.example/print page 1", 770),
    ]
    second = [
        *line("Charged $140.00 Allowed $0.00 Plan paid $0.00 You owe $0.00", 60),
        *line("Reason CO-204: This service is not covered under the plan.", 74),
    ]
    doc = Document(
        Path("portal.pdf"),
        "0" * 64,
        "pdf",
        [Page(1, 612, 792, first), Page(2, 612, 792, second)],
        2,
    )
    (claim,) = parse_document(doc).claims
    (sl,) = claim.service_lines
    assert (sl.procedure_code, sl.billed, sl.paid) == ("S9443", Decimal("140.00"), Decimal("0.00"))


def test_a_sentence_naming_a_date_a_code_and_an_amount_is_no_row() -> None:
    assert (
        _read(
            [
                "We looked at the visit Ana Ruiz had on June 2, 2026 (code 99403, billed "
                "$210.00) and cannot pay it."
            ]
        )
        is None
    )
