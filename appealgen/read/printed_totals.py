"""A claim's totals printed outside its table's total row, and a date that heads a claim.

A claim's totals are looked for in the ways notices print them, in this order: a box of
labelled amounts under "Claim totals", a summary panel (labels over amounts), labelled
amounts one a line, labelled amounts on one line that says "total", a sentence ("The
total charged was $525.00"), and a summary table's row for the claim. Each way but the
sentence is checked against the claim's services where they were read. A totals row that
prints no patient's share takes it from a box under the claim that agrees with the row.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..models import ServiceLine, Totals
from . import normalize as nz
from .claim_totals import labelled_totals_lines, totals_on_one_line
from .context import ClaimTrace, ParseContext
from .reader_prose import said_totals
from .summary_rows import summary_totals
from .table import is_amount
from .totals_box import box_totals
from .totals_panel import panel_totals

HEADING_REACH = 4  # a claim's heading date is at most this many lines above its number


def printed_totals(
    ctx: ParseContext,
    spans: list[tuple[int, int]],
    lines: list[ServiceLine],
    trace: ClaimTrace,
    seg_text: str,
    claim_number: str | None,
    taken: set[int],
) -> Totals:
    """The claim's totals printed in ``spans`` (``taken``: the lines of its table's rows),
    with how and where they were read recorded in ``trace``; empty when none is."""
    # "Claim totals" over "Billed | $60.00", "Plan paid | $0.00" beside the claim's labels
    totals, at = box_totals(ctx, spans)
    if at:
        trace.totals_via, trace.totals_lines = "totals box", at
        return totals
    # "Amount billed   What your plan paid" over "$695.00   $182.00"
    totals, at = panel_totals(ctx, spans, lines)
    if at:
        trace.totals_via, trace.totals_lines = "summary panel", at
        return totals
    # "Billed ...... $670.00", "Your plan paid ...... $569.50" above the services
    read_from = [k for st in trace.services for k in st.lines]
    totals, at = labelled_totals_lines(ctx, spans, lines, read_from)
    if not at:
        # "Total billed: 425.00   Total paid: 297.50   Patient resp: 0.00"
        totals, at = totals_on_one_line(ctx, spans, lines, read_from)
    if at:
        trace.totals_via, trace.totals_lines = "labelled lines", at
        return totals
    if (said := said_totals(seg_text)) is not None:
        trace.totals_via = "prose"  # "The total charged was $525.00."
        return said
    if claim_number:
        # a summary table's row for this claim ("S5460-7816 | Ann Lee | $170.00 | $0.00")
        totals, row = summary_totals(ctx, claim_number, taken)
        if row >= 0:
            trace.totals_via, trace.totals_at = "summary row", row
            return totals
    return Totals()


def share_from_box(
    ctx: ParseContext, spans: list[tuple[int, int]], totals: Totals, trace: ClaimTrace
) -> Totals:
    """``totals`` read from a totals row that prints no patient's share, with the share a
    box under the claim prints ("Claim summary": "Amount billed $150.00", "Plan paid
    $105.00", "Deductible $0.00", ..., "Your cost $0.00") beside the row's own billed and
    paid amounts; ``totals`` as they are when the box prints none, or other amounts."""
    if totals.patient_responsibility is not None or trace.totals_via != "total row":
        return totals
    box, at = box_totals(ctx, spans)
    keys = [k for k in ("billed", "allowed", "paid") if getattr(box, k) is not None]
    if (
        box.patient_responsibility is None
        or not keys
        or any(getattr(box, k) != getattr(totals, k) for k in keys)
    ):
        return totals
    trace.totals_lines = {"patient_responsibility": at["patient_responsibility"]}
    return replace(totals, patient_responsibility=box.patient_responsibility)


def heading_date(ctx: ParseContext, anchor: int) -> date | None:
    """The date printed alone on a line just above the claim's number (line ``anchor``),
    with no amount between ("March 1, 2026" over "Nest & Nourish Feeding Center" over
    "Claim number 26-…"): the day of its services when no service prints its own."""
    for k in range(anchor - 1, max(0, anchor - HEADING_REACH) - 1, -1):
        text = ctx.lines[k].text.strip()
        if any(is_amount(w.text) for w in ctx.lines[k].words):
            return None  # the services of the claim above: its heading is not this claim's
        found = nz.find_dates(text)
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
            return found[0][2]
    return None
