"""The one interface every claim reader answers, and how the driver picks a reading.

Each way a notice prints its services (a ruled or unruled table, key/value blocks,
one-line items, a prose letter) is one module with ``read(ctx, area)`` returning a
``Candidate`` or None. The driver asks every reader and keeps the best-supported
candidate: how strongly its reader anchors values (a table's column headings most, a
sentence least), then how many of its lines cross-check (billed = paid + patient
share + write-offs).
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal

from ..models import ServiceLine, Totals
from ..records import record
from . import normalize as nz
from .context import ParseContext, ServiceTrace
from .fields import Found
from .prose_services import is_sentence_line, wraps_a_sentence
from .reader_disputes import mark_disputes
from .table import Row, Table

# (CARCs as (group, code), RARCs, the payer's own codes) of one service line
LineCodes = tuple[list[tuple[str | None, str]], list[str], list[str]]

# how strongly a reader anchors what it reads; the gaps exceed the cross-check bonus,
# so a cross-check only decides between readings of equal standing
READER_SUPPORT = {
    "table": 0.9,
    "one_line_items": 0.8,
    "key_value": 0.7,
    "row_shapes": 0.6,
    "prose": 0.5,
}
CROSS_CHECK_BONUS = 0.05
WRITE_OFF_COLUMNS = ("not_covered", "discount", "adjustment")
ZERO = Decimal("0.00")


@record
class ClaimArea:
    """The part of a document one claim is printed in."""

    spans: list[tuple[int, int]]  # document line ranges
    rows: list[tuple[Table, Row]]  # table rows inside them
    text: str  # the lines' text, code key left out
    found: list[Found]  # labelled values inside them

    def text_outside(self, ctx: ParseContext, taken: set[int]) -> str:
        """The area's lines a reader did not take as services, code key left out."""
        return "\n".join(
            ctx.lines[k].text
            for s, e in self.spans
            for k in range(s, e)
            if k not in taken and k not in ctx.glossary_lines
        )


@record
class Candidate:
    """One reader's reading of a claim's services."""

    reader: str
    lines: list[ServiceLine] = field(default_factory=list)
    codes: list[LineCodes] = field(default_factory=list)
    services: list[ServiceTrace] = field(default_factory=list)
    totals: Totals | None = None
    totals_via: str | None = None
    outside: str | None = None  # the claim's text this reader did not take

    @property
    def score(self) -> float:
        if not self.lines:
            return 0.0
        checked = [adds_up(sl) for sl in self.lines]
        agree = sum(1 for c in checked if c) / len(checked)
        return READER_SUPPORT.get(self.reader, 0.0) + CROSS_CHECK_BONUS * agree


def choose(candidates: list[Candidate | None], ctx: ParseContext | None = None) -> Candidate | None:
    """The best-supported candidate with at least one service line.

    A reader that took sentences of a letter for its rows ("For the visit on May 12
    (procedure 99402) the charge was $235.00.", or one a line wraps) gives way to the
    prose reader when that one tells as many services apart, each in its own sentences.
    """
    found = [c for c in candidates if c is not None and c.lines]
    best = max(found, key=lambda c: c.score, default=None)
    prose = next((c for c in found if c.reader == "prose"), None)
    if ctx is None or best is None or prose is None:
        return best
    firsts = [s.lines[0] for s in best.services if s.lines]
    if len(prose.lines) >= len(best.lines) and firsts and all(_told(ctx, k) for k in firsts):
        return prose
    mark_disputes(ctx, best, prose)
    return best


def _told(ctx: ParseContext, k: int) -> bool:
    """Is line ``k`` a sentence's, ended on it or on the next line?"""
    text = ctx.lines[k].text
    after = ctx.lines[k + 1].text if k + 1 < len(ctx.lines) else ""
    return is_sentence_line(text) or wraps_a_sentence(text, after)


def adds_up(sl: ServiceLine, cells: dict[str, str] | None = None) -> bool | None:
    """Billed = paid + patient share + write-offs (adjustments, other amount columns)?

    None when the line prints too few amounts to check.
    """
    if sl.billed is None or sl.paid is None:
        return None
    share = sl.patient_responsibility or ZERO
    if sl.paid + share == sl.billed:
        return True
    if sl.allowed is not None and sl.allowed <= sl.billed and sl.paid + share == sl.allowed:
        return True
    adj = sum((a.amount for a in sl.adjustments if a.amount is not None and a.group != "PR"), ZERO)
    if adj and sl.paid + share + adj == sl.billed:
        return True
    other = ZERO
    for k, v in (cells or {}).items():
        if k.startswith(WRITE_OFF_COLUMNS) and (found := nz.find_money(v)):
            other += found[0][2]
    return bool(other) and sl.paid + share + other == sl.billed
