"""A claim's totals printed as a summary panel: a row of labels over a row of amounts.

"Amount billed   Your plan discount   What your plan paid   What you owe" with, right
under each label, its amount ("$695.00   $95.00   $182.00   $337.00"): member portals
and EOBs print a claim's (or a notice's) summary this way. Each label is read with the
table headings' vocabulary (rules/labels.yaml), and an amount belongs to the label whose
centre it sits under. The amounts are the claim's totals only when the claim's services
add up to them (a notice's grand total over several claims is not one claim's).
"""

from __future__ import annotations

from decimal import Decimal

from ..models import ServiceLine, Totals
from . import normalize as nz
from .claim_totals import agrees
from .context import ParseContext
from .labelled_amounts import TOTALS_KEYS
from .layout import Cell, Line
from .table import is_amount, match_column

MIN_PANEL_AMOUNTS = 2  # fewer is a label over an amount, not a panel
MAX_LABEL_WORDS = 5  # a longer cell is a sentence, not a label


def _labels(ln: Line) -> list[tuple[Cell, str | None]]:
    """Each cell of a line of labels with the amount it names (None: another label's
    words, "Your plan discount"); empty when a cell is no label (a line of text)."""
    out: list[tuple[Cell, str | None]] = []
    for c in ln.cells:
        text = c.text.strip(" :")
        if not text or len(text.split()) > MAX_LABEL_WORDS or any(ch.isdigit() for ch in text):
            return []
        key = match_column(text)
        out.append((c, key if key in TOTALS_KEYS else None))
    return out if sum(1 for _, k in out if k) >= MIN_PANEL_AMOUNTS else []


def _amounts(ln: Line) -> list[Cell] | None:
    """The cells of a line of amounts only (None when a cell holds anything else)."""
    cells = [c for c in ln.cells if c.text.strip()]
    if not cells or not all(is_amount(c.text.strip()) for c in cells):
        return None
    return cells


def _under(labels: list[tuple[Cell, str | None]], amounts: list[Cell], slack: float):
    """{amount key: value} pairing each amount with the label whose centre is above it."""
    out: dict[str, Decimal] = {}
    for a in amounts:
        cell, key = min(labels, key=lambda lk: abs(lk[0].center - a.center))
        if abs(cell.center - a.center) > slack or key is None:
            continue
        value = nz.parse_money(a.text.strip().strip("()"))
        if value is None or key in out:
            return {}
        out[key] = -value if a.text.strip().startswith("(") else value
    return out


def panel_totals(
    ctx: ParseContext, spans: list[tuple[int, int]], lines: list[ServiceLine]
) -> tuple[Totals, dict[str, int]]:
    """The totals a summary panel in ``spans`` prints, and the line each was read on."""
    if not lines:
        return Totals(), {}
    slack = ctx.settings.panel_align_pt
    for s, e in spans:
        for k in range(s, e - 1):
            ln, below = ctx.lines[k], ctx.lines[k + 1]
            if below.page != ln.page or k in ctx.glossary_lines:
                continue
            labels = _labels(ln)
            amounts = _amounts(below) if labels else None
            if not amounts:
                continue
            found = _under(labels, amounts, slack)
            if len(found) >= MIN_PANEL_AMOUNTS and agrees(found, lines):
                totals = Totals(**{key: found.get(key) for key in TOTALS_KEYS})
                return totals, dict.fromkeys(found, k + 1)
    return Totals(), {}
