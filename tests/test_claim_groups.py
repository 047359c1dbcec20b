"""A table's claim groups: key cells printed on a group's first row only, subtotal rows
closing each group, a heading repeated over a continued page, a remarks column whose
codes belong to their own row. Lines composed here, unlike any sample's wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_lines import text_page

from appealgen.read.extract import Document, Page
from appealgen.read.parse import parse_document

HEAD = "Acct no    Claim no      Patient name    Service date   Proc    Billed    Allowed   Paid     You owe   Notes"
ROWS_1 = (
    "Brightwater Mutual    Statement of claims",
    "Member  Rosalind Achebe",
    "",
    HEAD,
    "A-1       QX40017712    Ines Varga      02/03/2026     99402   210.00    160.00    160.00   0.00",
    "                                        02/10/2026     99403   190.00    150.00    150.00   0.00",
    "          Subtotal                                             400.00    310.00    310.00   0.00",
    "A-1       QX40017799    Ines Varga      02/17/2026     99404   260.00    0.00      0.00     0.00      CO-50",
)
ROWS_2 = (
    "Brightwater Mutual    Statement of claims (continued)",
    "",
    HEAD,
    "                                        02/24/2026     S9443   120.00    90.00     70.00    20.00     PR-3",
    "          Subtotal                                             380.00    90.00     70.00    20.00",
)


def _document() -> Document:
    first = text_page(ROWS_1)
    second = text_page(ROWS_2)
    pages = [Page(1, 612, 792, first.words), Page(2, 612, 792, second.words)]
    return Document(Path("groups.pdf"), "0" * 64, "pdf", pages, 2)


def test_subtotal_rows_close_each_claim_and_a_continued_page_stays_in_the_open_claim() -> None:
    result = parse_document(_document())
    claims = {c.claim_number: c for c in result.claims}
    assert set(claims) == {"QX40017712", "QX40017799"}
    one, two = claims["QX40017712"], claims["QX40017799"]
    assert [sl.procedure_code for sl in one.service_lines] == ["99402", "99403"]
    assert [sl.procedure_code for sl in two.service_lines] == ["99404", "S9443"]
    assert two.patient_name == "Ines Varga"
    assert (one.totals.billed, one.totals.paid) == (Decimal("400.00"), Decimal("310.00"))
    assert (two.totals.billed, two.totals.patient_responsibility) == (
        Decimal("380.00"),
        Decimal("20.00"),
    )


def test_codes_in_the_notes_column_belong_to_their_own_row() -> None:
    result = parse_document(_document())
    claims = {c.claim_number: c for c in result.claims}
    one, two = claims["QX40017712"], claims["QX40017799"]
    assert all(not sl.adjustments for sl in one.service_lines)
    assert [[(a.group, a.code) for a in sl.adjustments] for sl in two.service_lines] == [
        [("CO", "50")],
        [("PR", "3")],
    ]
    assert two.service_lines[1].patient_responsibility == Decimal("20.00")


def _scan_like(first_id: str, closing_id: str, owed_heading: str) -> Document:
    """Two claims; the first row's claim number and the subtotal's as given; the share
    column's heading as given (blank: lost, as on a scan, its amounts then sitting
    under the notes heading)."""
    tail = f"{owed_heading}   Notes" if owed_heading else "Notes"
    head = f"Claim #      Member        Seen on       CPT      Charge    Covered   Plan pd   {tail}"
    rows = (
        "Tallgrass Benefit Services",
        head,
        f"{first_id:<12} Odile Brandt  03/02/2026    99403    240.00    180.00    150.00    30.00",
        "                           03/09/2026    99404    300.00    220.00    200.00    20.00",
        f"Total for claim {closing_id}                   540.00    400.00    350.00    50.00",
        "                           03/16/2026    99401    150.00    0.00      0.00      0.00  CO-197 N54",
        "Total for claim RT55500123                      150.00    0.00      0.00      0.00",
    )
    return Document(Path("scan.pdf"), "0" * 64, "pdf", [text_page(rows)], 1)


def test_a_closing_row_names_the_rows_above_it_when_they_print_no_claim_number() -> None:
    result = parse_document(_scan_like("RT55500101", "RT55500101", "Pt owes"))
    claims = {c.claim_number: c for c in result.claims}
    assert set(claims) == {"RT55500101", "RT55500123"}
    last = claims["RT55500123"]
    assert [sl.procedure_code for sl in last.service_lines] == ["99401"]
    assert last.totals.billed == Decimal("150.00")
    assert [(a.group, a.code) for a in last.service_lines[0].adjustments] == [("CO", "197")]
    assert last.service_lines[0].remark_codes == ["N54"]
    assert all(not sl.adjustments for sl in claims["RT55500101"].service_lines)


def test_a_claim_number_its_subtotal_prints_otherwise_is_kept_but_not_sure() -> None:
    result = parse_document(_scan_like("RT55S00101", "RT55500101", "Pt owes"))
    numbers = [c.claim_number for c in result.claims]
    assert numbers == ["RT55S00101", "RT55500123"]
    assert result.evidence["claims.0.claim_number"].sure is False


def test_amounts_under_a_lost_heading_are_named_by_the_row_arithmetic() -> None:
    result = parse_document(_scan_like("RT55500101", "RT55500101", ""))
    first = result.claims[0]
    assert [(sl.paid, sl.patient_responsibility) for sl in first.service_lines] == [
        (Decimal("150.00"), Decimal("30.00")),
        (Decimal("200.00"), Decimal("20.00")),
    ]
    last = result.claims[1].service_lines[0]
    assert last.patient_responsibility == Decimal("0.00")
    assert [(a.group, a.code) for a in last.adjustments] == [("CO", "197")]


def test_a_claim_caption_names_its_patient_and_provider_in_cells_of_their_own() -> None:
    from appealgen.read.claim_groups import caption_people

    text = "Remittance for March\nClaim no. HX-448812 | Tomasz Wren | Saltbush Feeding Clinic\n"
    assert caption_people(text, "HX-448812") == ("Tomasz Wren", "Saltbush Feeding Clinic")
    dashed = "HX-448812 - Tomasz Wren - Ada Li, IBCLC (In-network)"
    assert caption_people(dashed, "HX-448812") == ("Tomasz Wren", "Ada Li, IBCLC")
    # two people and no provider's word: neither is taken
    assert caption_people("Claim HX-448812 | Tomasz Wren | Ada Li", "HX-448812") == (None, None)
    assert caption_people("Claim HX-448812 paid in full", "HX-448812") == (None, None)


def test_a_heading_beside_the_last_amounts_over_no_value_is_a_column_of_its_own() -> None:
    from page_lines import page_lines

    from appealgen.read.data_columns import columns_from_data

    lines = page_lines(
        (
            "Seen on      Charged   Plan     Member See",
            "                       paid     owes   notes",
            "2026-03-02   $280.00   $196.00  $84.00",
            "2026-03-09   $200.00   $200.00   $0.00",
        )
    )
    columns = columns_from_data(lines[:2], lines[2:])
    names = {c.name: c.label for c in columns}
    assert names["patient_responsibility"] == "Member owes"
    assert names["remarks"] == "See notes"
