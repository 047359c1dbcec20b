"""Service values on unseen layouts: counts named as units, codes under any label, letters."""

from __future__ import annotations

from decimal import Decimal

from page_lines import page_lines

from appealgen.read.context import ParseContext
from appealgen.read.fields import place_label
from appealgen.read.reader_items import read as read_items
from appealgen.read.reader_kv import _is_coded_service
from appealgen.read.reader_prose import _prose_service_line
from appealgen.read.readers import ClaimArea
from appealgen.read.table import match_column


def _ctx(rows: list[str]) -> ParseContext:
    lines = page_lines(rows, left=40.0, pitch=14.0)
    return ParseContext(lines, [], "\n".join(ln.text for ln in lines), {}, set())


def test_a_one_line_item_reads_its_units_and_labels_printed_after_values() -> None:
    ctx = _ctx(["2/26/26 svc dt 99404 proc 1 un 365.00 chg 292.00 alwd 233.60 pd 58.40 pt rsp"])
    cand = read_items(ctx, ClaimArea([(0, len(ctx.lines))], [], ctx.text, []))
    assert cand is not None
    sl = cand.lines[0]
    assert sl.units == 1
    assert (sl.billed, sl.allowed, sl.paid, sl.patient_responsibility) == (
        Decimal("365.00"),
        Decimal("292.00"),
        Decimal("233.60"),
        Decimal("58.40"),
    )


def test_a_code_and_its_words_beside_an_unknown_label_is_the_procedure() -> None:
    assert _is_coded_service("What was asked for", "99402 Preventive counseling, 30 min")
    assert not _is_coded_service("Case no.", "R864477850")
    assert not _is_coded_service("Claim 12345", "99402 Preventive counseling")


def test_a_plain_question_label_names_the_date_of_service() -> None:
    assert place_label("When care was given")[0] == ("date_of_service",)
    assert match_column("When care was given") == "date_of_service"


def test_a_letter_names_its_code_and_what_the_patient_may_be_asked_to_pay() -> None:
    ctx = _ctx(["x"])
    text = (
        "This letter is about care received on 5 March 2026. Kim Tran billed it as 99402 "
        "(preventive counseling) and charged $250.00. We paid $0.00, and you may be asked "
        "to pay $0.00."
    )
    sl = _prose_service_line(ctx, text, [])
    assert sl is not None
    assert sl.procedure_code == "99402"
    assert sl.patient_responsibility == Decimal("0.00")


def test_a_summary_row_gives_its_claim_totals() -> None:
    from appealgen.read.summary_rows import summary_totals

    ctx = _ctx(
        [
            "Claim         For            Charged     Plan paid     Your part",
            "S5460-7816    Ann Lee        $170.00     $0.00         $136.00",
            "S9684-6135    Bea Lee        $135.00     $0.00         $0.00",
            "Claim S5460-7816",
        ]
    )
    totals, at = summary_totals(ctx, "S5460-7816", set())
    assert at == 1
    assert (totals.billed, totals.paid, totals.patient_responsibility) == (
        Decimal("170.00"),
        Decimal("0.00"),
        Decimal("136.00"),
    )
    assert summary_totals(ctx, "S0000-0000", set())[1] == -1
