"""Services two readers read apart: the dates or codes of a letter's services read two ways.

A letter's lines may be read both as labelled items (a key/value reader, one-line items)
and as sentences (the prose reader). When the reading kept takes its services from
sentences ("Services billed: 99401, June 20, 2026, $135.00. ... Note that the visit on June
3, 2026 was covered and $103.50 was paid.") and the prose reader, reading the same claim,
tells other dates of service (or other codes), one of them took a sentence for a service
that is none, or another claim's: which dates (codes) are the claim's is not sure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .prose_services import is_sentence_line, wraps_a_sentence

if TYPE_CHECKING:
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


def mark_disputes(ctx: ParseContext, best: Candidate, prose: Candidate | None) -> None:
    """Note on ``best``'s service traces (in place) the fields the prose reading tells
    otherwise: the dates of service when the two read different dates, the codes when they
    read different codes, on each service read from sentences."""
    if best.reader not in ITEM_READERS or prose is None or not prose.lines:
        return
    apart = set()
    for name in ("date_of_service", "procedure_code"):
        ours = {getattr(sl, name) for sl in best.lines} - {None}
        theirs = {getattr(sl, name) for sl in prose.lines} - {None}
        if ours and theirs and ours != theirs:
            apart.add(name)
    if not apart:
        return
    for st in best.services:
        if _in_sentences(ctx, st.lines):
            st.disputed = frozenset(apart)
