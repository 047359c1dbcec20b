"""Services two readers read apart: the dates or codes of a letter's services read two ways.

A letter's lines may be read both as labelled items (a key/value reader, one-line items)
and as sentences (the prose reader). When the reading kept takes its services from
sentences ("Services billed: 99401, June 20, 2026, $135.00. ... Note that the visit on June
3, 2026 was covered and $103.50 was paid.") and the prose reader, reading the same claim,
tells a service's date (or code) otherwise, one of them took a sentence for a service
that is none, or another claim's: that service's date (code) is not sure. The services the
two read alike stay sure, so a letter asks only what the readings disagree on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .prose_services import is_sentence_line, wraps_a_sentence

if TYPE_CHECKING:
    from appealgen.models import ServiceLine

    from .context import ParseContext
    from .readers import Candidate

# the readers a letter's sentences may be taken by as items; a table's rows are its own
ITEM_READERS = ("key_value", "one_line_items", "row_shapes")


def _in_sentences(ctx: ParseContext, lines: list[int]) -> bool:
    """Is every line a service was read from a sentence's (ended on it or the next)?"""
    texts = [ln.text for ln in ctx.lines]
    return bool(lines) and all(
        0 <= k < len(texts)
        and (
            is_sentence_line(texts[k])
            or wraps_a_sentence(texts[k], texts[k + 1] if k + 1 < len(texts) else "")
        )
        for k in lines
    )


def _apart(sl: ServiceLine, told: list[ServiceLine]) -> frozenset[str]:
    """The fields of one service that the other reading's services ``told`` tell
    otherwise: its date when none of them is of that day, its code when none of them (of
    its day, when one is) is billed under it. A field either reading leaves blank is no
    dispute."""
    apart: set[str] = set()
    day, code = sl.date_of_service, sl.procedure_code
    dated = [t for t in told if t.date_of_service is not None]
    same_day = [t for t in dated if t.date_of_service == day]
    if day is not None and dated and not same_day:
        apart.add("date_of_service")
    coded = [t.procedure_code for t in (same_day or told) if t.procedure_code]
    if code is not None and coded and code not in coded:
        apart.add("procedure_code")
    return frozenset(apart)


def mark_disputes(ctx: ParseContext, best: Candidate, prose: Candidate | None) -> None:
    """Note on ``best``'s service traces (in place) the fields the prose reading tells
    otherwise, service by service: a service read from sentences whose date no service of
    the prose reading has is unsure of its date, one whose code none of them (of its day)
    has is unsure of its code. The services both read alike stay sure."""
    if best.reader not in ITEM_READERS or prose is None or not prose.lines:
        return
    for sl, st in zip(best.lines, best.services, strict=False):
        if _in_sentences(ctx, st.lines):
            st.disputed = _apart(sl, prose.lines)
