"""Service-line rows: one-line items, columns named by their cells, repeated page bands."""

from __future__ import annotations

from decimal import Decimal

from appealgen.read.columns import name_columns_by_content
from appealgen.read.context import ParseContext
from appealgen.read.extract import Page, Word
from appealgen.read.layout import document_lines, group_lines
from appealgen.read.reader_items import amount_cells
from appealgen.read.reader_items import read as read_items
from appealgen.read.readers import ClaimArea
from appealgen.read.table import Column, Row, Table

CHAR_W = 5.0


def _words(text: str, top: float, x: float = 40.0) -> list[Word]:
    """One printed line: words left to right, a run of 3+ spaces is a wide gap."""
    out = []
    for tok in text.split(" "):
        if not tok:
            x += CHAR_W
            continue
        out.append(Word(tok, x, x + CHAR_W * len(tok), top, top + 9, 9.0))
        x += CHAR_W * (len(tok) + 1)
    return out


def _page(rows: list[str], number: int = 1, start: float = 100.0) -> Page:
    words = [w for k, text in enumerate(rows) for w in _words(text, start + 14 * k)]
    return Page(number, 612, 792, words)


def _ctx(rows: list[str], glossary: dict[str, str] | None = None) -> ParseContext:
    lines = group_lines(_page(rows))
    text = "\n".join(ln.text for ln in lines)
    return ParseContext(lines, [], text, glossary or {}, set())


def _area(ctx: ParseContext) -> ClaimArea:
    return ClaimArea([(0, len(ctx.lines))], [], ctx.text, [])


def test_amounts_are_named_by_the_words_before_them() -> None:
    line = "99402 Counseling Apr 16, 2026 Charges 375.00 Approved amount 300.00 We paid 300.00 Your share 0.00"
    assert amount_cells(line) == {
        "billed": "375.00",
        "allowed": "300.00",
        "paid": "300.00",
        "patient_responsibility": "0.00",
    }


def test_an_amount_without_a_known_label_is_left_out() -> None:
    assert amount_cells("98960 03/06/2026 Flurble 250.00 Plan allowance 0.00") == {
        "allowed": "0.00"
    }


def test_one_line_item_reads_its_amounts_and_the_code_line_under_it() -> None:
    ctx = _ctx(
        [
            "Lactation class S9443 8/24/2026 Billed amt $205.00 Approved amount $0.00 "
            "Plan paid $0.00 Member owes $0.00",
            "Code (1) (2) Claim status: Denied",
        ],
        {"1": "CO 170 Payment is denied for this provider type.", "2": "N95 This provider type."},
    )
    cand = read_items(ctx, _area(ctx))
    assert cand is not None and len(cand.lines) == 1
    sl = cand.lines[0]
    assert (sl.billed, sl.allowed, sl.paid, sl.patient_responsibility) == (
        Decimal("205.00"),
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert [(a.group, a.code) for a in sl.adjustments] == [("CO", "170")]
    assert sl.remark_codes == ["N95"]
    assert cand.services[0].lines == [0, 1]


def test_an_item_with_one_unlabelled_amount_takes_it_as_billed() -> None:
    ctx = _ctx(["• 02/11/2026 – Lactation visit (S9443) – $250.00"])
    cand = read_items(ctx, _area(ctx))
    assert cand is not None
    assert cand.lines[0].billed == Decimal("250.00") and cand.lines[0].paid is None


def _table(names: list[str], rows: list[dict[str, str]]) -> Table:
    cols = [Column(n, 100.0 * k, 100.0 * k + 60, n) for k, n in enumerate(names)]
    return Table(0, cols, [Row(k + 1, dict(r)) for k, r in enumerate(rows)])


def test_an_unnamed_amount_column_is_paid_when_every_row_adds_up() -> None:
    t = _table(
        ["billed", "allowed", "billed_2", "patient_responsibility"],
        [
            {
                "billed": "385.00",
                "allowed": "308.00",
                "billed_2": "300.00",
                "patient_responsibility": "8.00",
            },
            {
                "billed": "410.00",
                "allowed": "0.00",
                "billed_2": "0.00",
                "patient_responsibility": "0.00",
            },
        ],
    )
    name_columns_by_content(t)
    assert [c.name for c in t.columns] == ["billed", "allowed", "paid", "patient_responsibility"]
    assert t.rows[0].cells["paid"] == "300.00"


def test_an_unnamed_amount_column_that_does_not_add_up_stays_unnamed() -> None:
    t = _table(
        ["billed", "allowed", "unknown", "patient_responsibility"],
        [
            {
                "billed": "385.00",
                "allowed": "308.00",
                "unknown": "20.00",
                "patient_responsibility": "8.00",
            },
        ],
    )
    name_columns_by_content(t)
    assert [c.name for c in t.columns][2] == "unknown"


def test_a_column_of_dates_is_the_date_of_service() -> None:
    t = _table(
        ["description", "procedure_code", "billed"],
        [{"description": "June 3, 2026", "procedure_code": "S9443", "billed": "135.00"}],
    )
    name_columns_by_content(t)
    assert t.columns[0].name == "date_of_service"


def test_a_service_row_in_the_top_band_is_kept_when_another_page_has_a_like_row() -> None:
    header = "Lakeview Health   Statement of Benefits"
    p1 = _page([header, "04/18/2026 99402 1 $380.00"], 1, start=30)
    p2 = _page([header, "04/19/2026 99402 1 $350.00"], 2, start=30)
    texts = [ln.text for ln in document_lines([p1, p2])]
    assert texts.count("Lakeview Health Statement of Benefits") == 1  # a running header, once
    assert "04/18/2026 99402 1 $380.00" in texts
    assert "04/19/2026 99402 1 $350.00" in texts


def test_the_one_missing_amount_is_named_by_bounds_when_the_sums_cannot_tell() -> None:
    # out of network: the patient owes the whole charge, so allowed != paid + share
    t = _table(
        ["billed", "unknown", "paid", "patient_responsibility", "remarks"],
        [
            {
                "billed": "300.00",
                "unknown": "0.00",
                "paid": "0.00",
                "patient_responsibility": "300.00",
            },
            {
                "billed": "390.00",
                "unknown": "0.00",
                "paid": "0.00",
                "patient_responsibility": "390.00",
            },
        ],
    )
    name_columns_by_content(t)
    assert t.columns[1].name == "allowed"


def test_bounds_do_not_name_a_column_that_breaks_them() -> None:
    t = _table(
        ["billed", "unknown", "paid", "patient_responsibility"],
        [
            {
                "billed": "300.00",
                "unknown": "400.00",
                "paid": "0.00",
                "patient_responsibility": "300.00",
            }
        ],
    )
    name_columns_by_content(t)
    assert t.columns[1].name == "unknown"


def test_a_diagnosis_column_taken_for_the_procedure_code_is_renamed() -> None:
    t = _table(
        ["procedure_code", "remarks", "billed"],
        [
            {"procedure_code": "Z39.1", "remarks": "99402", "billed": "145.00"},
            {"procedure_code": "O92.13", "remarks": "S9443", "billed": "295.00"},
        ],
    )
    name_columns_by_content(t)
    assert [c.name for c in t.columns] == ["diagnosis_codes", "procedure_code", "billed"]


def test_lines_after_the_table_that_name_a_claim_of_its_claim_column_belong_to_it() -> None:
    from appealgen.read.claims import _mentions
    from appealgen.read.fields import Found

    ctx = _ctx(
        [
            "7142128214 11-15-2025 99402 $145.00",
            "3755803600 11-16-2025 99402 $390.00",
            "Claim identifier 7142128214: Servicing practitioner Kim Tran",
            "Claim totals: Provider charged $145.00",
            "Claim 3755803600 and 7142128214 were processed",
        ]
    )
    anchors = [
        Found("claim_number", "7142128214", 0, "claim column"),
        Found("claim_number", "3755803600", 1, "claim column"),
    ]
    rows = [(_table(["claim_number"], []), Row(0)), (_table(["claim_number"], []), Row(1))]
    found = _mentions(ctx, anchors, rows)
    assert [(f.value, f.line) for f in found] == [("7142128214", 2)]


def test_row_values_split_at_dates_and_diagnoses_but_a_list_stays_one_value() -> None:
    from appealgen.read.data_columns import _units

    line = group_lines(_page(["Ximena Guzmán Z39.1 11-15-2025 Z39.1, O92.70 $145.00"]))[0]
    texts = [
        " ".join(w.text for w in line.words if a <= w.x0 and w.x1 <= b)
        for a, b in _units(line, 6.0)
    ]
    assert texts == ["Ximena Guzmán", "Z39.1", "11-15-2025", "Z39.1, O92.70", "$145.00"]


def test_a_remark_code_the_key_explains_otherwise_is_the_payers_own() -> None:
    from appealgen.read.codes import own_remarks

    ctx = _ctx(["x"], {"M5": "This service was not medically necessary."})
    assert own_remarks(ctx, ["M5", "N95"]) == (["N95"], ["M5"])


def test_a_line_of_footnote_references_is_not_a_code_key_entry() -> None:
    from appealgen.read.codekey import read_code_key

    lines = group_lines(
        _page(
            [
                "Code (1) (2) Claim status: Denied",
                "Remark codes",
                "(1) CO 170 Payment is denied when performed by this type of provider.",
            ]
        )
    )
    key, _at = read_code_key(lines)
    assert key["1"].startswith("CO 170")


def test_each_repeated_table_with_its_own_labels_is_one_claim() -> None:
    from appealgen.read.claims import claims_from_tables
    from appealgen.read.fields import find_fields
    from appealgen.read.table_rows import find_tables

    head = "Date          Code     Billed      Paid        You owe"
    rows = [
        "Patient name: Julia Quintero    Member ID: DWC5599677",
        head,
        "04/18/2026    99402    $380.00     $0.00       $0.00",
        "Patient name: Farah Petrov    Member ID: DWC1266240",
        head,
        "04/21/2026    99404    $220.00     $176.00     $0.00",
        "04/23/2026    99404    $105.00     $84.00      $0.00",
    ]
    ctx = _ctx(rows)
    ctx.found = find_fields(ctx.lines)
    tables = find_tables(ctx.lines)
    assert len(tables) == 2
    claims = claims_from_tables(ctx, tables)
    assert [c.patient_name for c in claims] == ["Julia Quintero", "Farah Petrov"]
    assert [len(c.service_lines) for c in claims] == [1, 2]


def _continued(page2: list[str]) -> list:
    from appealgen.read.table_rows import find_tables

    head = "Date          Code     Billed      Paid        You owe"
    p1 = _page([head, "04/18/2026    99402    $380.00     $0.00       $0.00"], 1, start=600)
    p2 = _page(page2, 2, start=40)
    return find_tables(document_lines([p1, p2]))


def test_a_table_goes_on_past_a_title_at_the_top_of_the_next_page() -> None:
    tables = _continued(
        [
            "Statement for Ann Lee (continued)",
            "04/21/2026    99404    $220.00     $176.00     $0.00",
        ]
    )
    assert len(tables) == 1 and len(tables[0].rows) == 2


def test_a_table_goes_on_past_a_title_and_its_repeated_heading() -> None:
    tables = _continued(
        [
            "Statement for Ann Lee (continued)",
            "Date          Code     Billed      Paid        You owe",
            "04/21/2026    99404    $220.00     $176.00     $0.00",
        ]
    )
    assert len(tables) == 1 and len(tables[0].rows) == 2


def test_a_claim_label_at_the_top_of_the_next_page_starts_a_new_table() -> None:
    tables = _continued(
        [
            "Claim number: 12345678",
            "04/21/2026    99404    $220.00     $176.00     $0.00",
        ]
    )
    assert len(tables[0].rows) == 1


def test_an_item_wrapped_onto_the_next_line_keeps_its_amounts_and_keys() -> None:
    ctx = _ctx(
        [
            "Self-management education 98960 3/8/2026 Billed amt $220.00 Plan paid $0.00 Member",
            "owes $0.00 Code (5) Claim status: Denied",
            "Lactation class S9443 3/9/2026 Billed amt $95.00 Plan paid $0.00 Member owes $0.00",
        ],
        {"3": "CO 170 Payment is denied for this provider type.", "5": "CO 29 Time limit."},
    )
    cand = read_items(ctx, _area(ctx))
    assert cand is not None and [s.lines for s in cand.services] == [[0, 1], [2]]
    first = cand.lines[0]
    assert first.patient_responsibility == Decimal("0.00")
    assert [(a.group, a.code) for a in first.adjustments] == [("CO", "29")]  # not "3" of 3/8


def test_a_service_on_two_stacked_lines_its_amounts_named_under_its_date_and_code() -> None:
    ctx = _ctx(
        [
            "Dec 2, 2025   99214   Office visit, est. patient   Dx O92.13",
            "Billed 350.00   Allowed 0.00   Paid 0.00   Your share 350.00   Reason CO-242",
            "Dec 11, 2025   99401   Preventive counseling, 15 min   Dx Z39.1",
            "Billed 195.00   Allowed 0.00   Paid 0.00   Your share 195.00   Reason CO-242",
        ]
    )
    cand = read_items(ctx, _area(ctx))
    assert cand is not None and [s.lines for s in cand.services] == [[0, 1], [2, 3]]
    first, second = cand.lines
    assert (first.procedure_code, first.diagnosis_codes) == ("99214", ["O92.13"])
    assert (second.procedure_code, second.diagnosis_codes) == ("99401", ["Z39.1"])
    assert (first.billed, first.allowed, first.paid, first.patient_responsibility) == (
        Decimal("350.00"),
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("350.00"),
    )
    assert [(a.group, a.code) for a in second.adjustments] == [("CO", "242")]


def test_a_date_and_code_line_without_named_amounts_under_it_is_no_service() -> None:
    ctx = _ctx(["Dec 2, 2025   99214   Office visit", "Thank you for choosing us 350.00"])
    assert read_items(ctx, _area(ctx)) is None


def test_keyed_lines_after_the_last_row_go_to_the_rows_that_name_their_keys() -> None:
    from appealgen.read.keyed_lines import spread_keyed_lines

    first = Row(1, text="08/06/2026 98960 185.00 148.00 0.00 148.00 (4) (5)")
    last = Row(2, text="08/09/2026 99403 345.00 276.00 220.80 55.20 (4) (6)")
    last.extra = [
        "Adjustment (4) 37.00",
        "Adjustment (5) 148.00",
        "Adjustment (4) 69.00",
        "Adjustment (6) 55.20",
    ]
    last.extra_lines = [3, 4, 5, 6]
    spread_keyed_lines(Table(0, [], [first, last]))
    assert first.extra_lines == [3, 4] and last.extra_lines == [5, 6]


def test_amounts_named_by_the_words_after_them() -> None:
    line = "02/11/2026 S9443 $250.00 billed, $0.00 allowed, $0.00 paid, $250.00 you owe"
    assert amount_cells(line) == {
        "billed": "$250.00",
        "allowed": "$0.00",
        "paid": "$0.00",
        "patient_responsibility": "$250.00",
    }


def test_several_unnamed_amount_columns_named_together_when_one_reading_adds_up() -> None:
    t = _table(
        ["date_of_service", "billed", "unknown", "unknown_2", "unknown_3"],
        [
            {"billed": "300.00", "unknown": "240.00", "unknown_2": "200.00", "unknown_3": "40.00"},
            {"billed": "390.00", "unknown": "0.00", "unknown_2": "0.00", "unknown_3": "390.00"},
        ],
    )
    name_columns_by_content(t)
    assert [c.name for c in t.columns][2:] == ["allowed", "paid", "patient_responsibility"]


def test_unnamed_amount_columns_that_do_not_add_up_stay_unnamed() -> None:
    t = _table(
        ["billed", "unknown", "unknown_2"],
        [{"billed": "300.00", "unknown": "240.00", "unknown_2": "20.00"}],
    )
    name_columns_by_content(t)
    assert [c.name for c in t.columns] == ["billed", "unknown", "unknown_2"]
