"""A date of service is sure only as the visit's date, never another date of the notice.

A letter states the dates of service as the visits', so a date read for a service line
loses its sureness when something says it is another date: the words printed just before
it on its line rule a visit's date out (rules/label_words.yaml, the date of service's
"not" words: received, paid, processed, mailed, issued, notice ...) and name no visit; or,
printed neither under a service-date column nor after a service-date label, it is the
notice's own date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .dates import date_cell
from .evidence_checks import across_break
from .label_words import label_words, words
from .printed_totals import HEADING_REACH
from .table import is_amount

# how many words before a date may label it ("Date received", "Paid on")
LABEL_REACH = 3
# the end of a sentence or clause before a date: words before it say nothing of the date
_CLAUSE_END = compiled(r"[.;!?]\s|[;()]")


def _before(text: str, value: date) -> str | None:
    """The words printed before ``value`` on ``text``, back to the previous date or
    amount: what may label it."""
    for start, _end, d in nz.find_dates(text):
        if d == value:
            head = text[:start]
            cut = max((e for _s, e, _d in nz.find_dates(head)), default=0)
            return head[cut:]
    return None


def another_date(lines: list[Any], where: lc.Spot | None, value: date) -> str | None:
    """The word before the date at ``where`` that makes it another date than the visit's
    ("Received 03/02/2026", "Paid on 03/20/2026"), or None."""
    if where is None or not 0 <= where.line < len(lines):
        return None
    cells = getattr(lines[where.line], "cells", None) or [lines[where.line]]
    rules = label_words().rules
    visit = rules["fields"]["date_of_service"]
    rivals = visit.rules_out | rules["columns"]["date_of_service"].rules_out
    for cell in cells:
        head = _before(cell.text, value)
        if head is None:
            continue
        clause = words(_CLAUSE_END.split(head)[-1])
        if set(clause) & visit.needs:
            return None  # "Service date", "Visit on", "care you received on"
        near = clause[-LABEL_REACH:]
        hit = next((w for w in reversed(near) if w in rivals), None)
        if hit is None and not clause and getattr(cell, "words", None):
            hit = _label_above(lines, where.line, cell, visit.needs, rivals)
            return f'printed under "{hit}": another date than the visit\'s' if hit else None
        return f'printed after "{hit}": another date than the visit\'s' if hit else None
    return None


def _label_above(
    lines: list[Any], k: int, cell: Any, needs: frozenset[str], rivals: frozenset[str]
) -> str | None:
    """The word naming another date in the label printed right above a date that opens its
    cell ("Claims Processed Between" over "Mar 1, 2026 - May 12, 2026"), or None."""
    if k < 1 or lines[k - 1].page != lines[k].page:
        return None
    for above in getattr(lines[k - 1], "cells", None) or []:
        if above.x1 < cell.x0 or above.x0 > cell.x1 or nz.find_dates(above.text):
            continue
        said = words(above.text)[-LABEL_REACH:]
        if set(said) & needs:
            return None
        hit = next((w for w in reversed(said) if w in rivals), None)
        if hit:
            return hit
    return None


def visit_printing(lines: list[Any], search: list[int], value: date) -> lc.Spot | None:
    """The first printing of ``value`` on the lines ``search`` that no word before it
    makes another date: the date a visit was told by ("For the visit on 06/27/2026"),
    when the same date is also printed as when the claim was received."""
    finder = lc.date_finder(value)
    for k in dict.fromkeys(search):
        spot = lc.find(lines, finder, [k])
        if spot is not None and another_date(lines, spot, value) is None:
            return spot
    return None


def date_evidence_trouble(
    lines: list[Any],
    where: lc.Spot | None,
    value: date,
    notice_date: date | None,
    *,
    own_column: bool,
    search: list[int] | None = None,
) -> tuple[lc.Spot | None, str | None]:
    """Where the date of service ``value`` is printed as a visit's (``where``, or another
    of its printings on the claim's lines ``search``), and why it may be another date, or
    None. ``own_column``: it was found under a service-date column heading."""
    if why := another_date(lines, where, value):
        alone = visit_printing(lines, search or [], value)
        if alone is None:
            return where, why
        where = alone
    if not own_column and notice_date is not None and value == notice_date:
        return where, "the notice's own date, not printed under a service-date heading"
    return where, None


def split_printing(lines: list[Any], search: list[int], value: date) -> lc.Spot | None:
    """The start of ``value`` printed across a line break ("on Jun 11," / "2026, billed"),
    as sentences wrap: the words of it on the first line."""
    return across_break(lines, search, lc.date_finder(value))


def heading_printing(lines: list[Any], below: int, value: date) -> lc.Spot | None:
    """``value`` printed alone on a line at most ``HEADING_REACH`` lines above line
    ``below`` (the claim's number), no amount between: a claim headed by the day of its
    services ("March 4, 2026" over "Priya Raman, IBCLC" over "Claim number 26-…")."""
    for k in range(below - 1, max(0, below - HEADING_REACH) - 1, -1):
        if not 0 <= k < len(lines):
            return None
        if any(is_amount(w.text) for w in lines[k].words):
            return None  # the services of the claim above
        raw = lines[k].text
        text = raw.strip()
        found = nz.find_dates(text)
        if len(found) == 1 and found[0][:2] == (0, len(text)):
            lead = len(raw) - len(raw.lstrip())
            return lc.spot(lines, k, lead, lead + len(text)) if found[0][2] == value else None
    return None


def compact_printing(lines: list[Any], rows: list[int], value: date) -> lc.Spot | None:
    """``value`` printed as a compact date ("122225", "20251222") that is a whole cell of
    one of the service's own rows, as a remittance printout prints its dates: the cell,
    or None. A compact date is read only from a whole cell (read/dates.py)."""
    for k in dict.fromkeys(rows):
        if not 0 <= k < len(lines):
            continue
        text = lines[k].text
        for cell in getattr(lines[k], "cells", None) or ():
            printed = cell.text.strip()
            if printed.isdigit() and date_cell(printed) == value:
                at = text.find(printed)
                if at >= 0:
                    return lc.spot(lines, k, at, at + len(printed))
    return None


_COMPACT_TOKEN = compiled(r"(?<![\w./-])\d{6}(?:\d\d)?(?![\w/-]|[.,]\d)")


def compact_finder(value: date) -> lc.Finder:
    """``value`` printed as a compact date of its own ("022126" after "REMIT DATE"): for
    a value read beside its label, where read/notice_date.py reads compact dates."""

    def run(text: str) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end())
            for m in _COMPACT_TOKEN.finditer(text)
            if date_cell(m.group()) == value
        ]

    return run
