"""A claim's totals from a summary table: one row per claim, its number beside its amounts.

"Claim | For | From | Charged | Plan paid | Your part" over "S5460-7816 | Ann Lee | … |
$170.00 | $0.00 | $136.00": the row that names the claim, and no date or service code,
holds that claim's totals, read under the headings above it.
"""

from __future__ import annotations

import re

from ..models import Totals
from .context import ParseContext
from .layout import Line
from .money_cells import cell_money
from .table import AMOUNT_COLUMNS, Column, header_columns, is_amount, match_column
from .table_rows import assign, is_row_start

TOTALS_KEYS = ("billed", "allowed", "paid", "patient_responsibility")
MAX_ROWS_ABOVE = 12  # summary rows between the heading and the claim's row


def _amount_heading(ln: Line) -> list[Column] | None:
    """The columns of a heading line that names at least two amounts, else None."""
    if any(is_amount(w.text) for w in ln.words) or len(ln.cells) < 3:
        return None
    named = [c for c in ln.cells if match_column(c.text) in AMOUNT_COLUMNS]
    return header_columns([ln]) if len(named) >= 2 else None


def _heading_above(lines: list[Line], k: int) -> list[Column] | None:
    for i in range(k - 1, max(-1, k - MAX_ROWS_ABOVE - 1), -1):
        if lines[i].page != lines[k].page:
            return None
        cols = _amount_heading(lines[i])
        if cols is not None:
            return cols
        if not any(is_amount(w.text) for w in lines[i].words):
            return None  # only other summary rows stand between
    return None


def summary_totals(ctx: ParseContext, claim_number: str, taken: set[int]) -> tuple[Totals, int]:
    """The totals printed on the claim's one summary row, and that row's line (or -1)."""
    rx = re.compile(rf"(?<![\w-]){re.escape(claim_number)}(?![\w-])")
    found: list[tuple[Totals, int]] = []
    for k, ln in enumerate(ctx.lines):
        if k in taken or k in ctx.glossary_lines or not rx.search(ln.text):
            continue
        if is_row_start(ln) or sum(is_amount(w.text) for w in ln.words) < 2:
            continue
        cols = _heading_above(ctx.lines, k)
        if cols is None:
            continue
        cells = assign(ln, cols)
        t = Totals(**{key: cell_money(cells.get(key)) for key in TOTALS_KEYS})
        if sum(getattr(t, key) is not None for key in TOTALS_KEYS) >= 2:
            found.append((t, k))
    return found[0] if len(found) == 1 else (Totals(), -1)
