"""Services listed apart from the claims they were billed on, as an itemised statement
prints them.

A provider's itemised statement lists every service in one table (date, patient, code,
charge), then the payer's processing in a section of its own: each claim's number, its
status and its totals ("Claim 3019892712 … Insurance billed $300.00 Allowed $0.00 …").
The table's rows name no claim. They are split among the claims, in the order both are
printed, so that each claim's rows add up to the billed total it prints; when no split
adds up, the rows are left where they are printed.
"""

from __future__ import annotations

from decimal import Decimal

from . import normalize as nz
from .context import ZERO, ParseContext
from .fields import Found
from .labelled_amounts import labelled_totals
from .table import Row, Table

Rows = list[tuple[Table, Row]]


def rows_by_billed_totals(
    ctx: ParseContext,
    anchors: list[Found],
    rows: Rows,
    ranges: dict[str | None, list[tuple[int, int]]],
    order: list[str | None],
) -> dict[str, Rows] | None:
    """Each claim's rows, when every row of a table printed above the first claim number
    belongs to one claim printed after it and the rows, taken in order, add up to each
    claim's printed billed total in turn; None otherwise."""
    if len(order) < 2 or None in order or not rows or not anchors:
        return None
    if any(r.is_total or r.cells.get("claim_number") for _t, r in rows):
        return None  # the rows name their claims, or close them with totals of their own
    first = min(a.line for a in anchors)
    if any(r.line_index >= first for _t, r in rows):
        return None
    billed = [_billed_total(ctx, ranges[cid], _anchor_line(anchors, cid)) for cid in order]
    if any(b is None for b in billed):
        return None
    out: dict[str, Rows] = {}
    at = 0
    for cid, total in zip(order, billed, strict=True):
        taken, run = [], ZERO
        while at < len(rows) and run < total:
            amount = nz.parse_money(rows[at][1].cells.get("billed"))
            if amount is None:
                return None
            run += amount
            taken.append(rows[at])
            at += 1
        if run != total:
            return None
        out[str(cid)] = taken
    return out if at == len(rows) else None


def _anchor_line(anchors: list[Found], cid: str | None) -> int:
    return min(a.line for a in anchors if a.value == cid)


def _billed_total(ctx: ParseContext, spans: list[tuple[int, int]], after: int) -> Decimal | None:
    """The first billed amount a line of the claim's own block names, from its number on."""
    for s, e in spans:
        for k in range(max(s, after), e):
            if k in ctx.glossary_lines:
                continue
            value = labelled_totals(ctx.lines[k].text).get("billed")
            if value is not None:
                return nz.parse_money(value)
    return None
