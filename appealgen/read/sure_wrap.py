"""An identifier printed across two lines of its cell: joined when it surely continues.

"E6838544" in a narrow "Claim No." column, and "231980" on the line under it: the
column was too narrow for "E6838544231980". The rest is joined only when everything says
it continues: it starts where the identifier starts (the same left edge), in the same
type, is one token of an identifier's letters and digits no wider than the first part,
on a line that holds no date or amount under it, and the column's heading prints one
label there (not a second one stacked under it, which would name a second number).
Anything less is a doubt: the identifier is read as printed on its first line and is
not sure (:func:`continues_below`).
"""

from __future__ import annotations

import re
from typing import Any

from ..patterns import compiled
from . import normalize as nz
from .settings import DEFAULT_SETTINGS, ReadSettings
from .sure_stack import word_type

# the rest of an identifier: letters and digits (a hyphen inside), a digit in it
_REST = compiled(r"[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*|\d[A-Z0-9-]*")
_AMOUNT = compiled(r"\d\.\d\d\b")


def _words_at(line: Any, x0: float, align: float) -> list[Any]:
    return [w for w in line.words if abs(w.x0 - x0) <= align]


def _under(lines: list[Any], i: int, gap: float) -> Any:
    if i + 1 >= len(lines):
        return None
    here, nxt = lines[i], lines[i + 1]
    height = max(here.bottom - here.top, 1.0)
    if nxt.page != here.page or nxt.top - here.bottom > gap * height:
        return None
    return nxt


def _value_words(line: Any, value: str) -> list[Any]:
    """The words of ``line`` that spell ``value`` (its first word to its last)."""
    parts = value.split()
    words = line.words
    for k in range(len(words) - len(parts) + 1):
        if [w.text.strip(",;:") for w in words[k : k + len(parts)]] == parts:
            return words[k : k + len(parts)]
    return []


def _stacked_heading(lines: list[Any], i: int, x0: float, s: ReadSettings) -> bool:
    """Does the heading over the column at ``x0`` print two labels there, one over the
    other (the column holds two numbers a row)? The heading is the nearest line above
    whose word at ``x0`` is a word of letters."""
    for k in range(i - 1, max(-1, i - s.wrap_heading_reach), -1):
        if lines[k].page != lines[i].page:
            return False
        here = _words_at(lines[k], x0, s.under_align_pt)
        if here and re.fullmatch(r"[A-Za-z][A-Za-z.#/']*", here[0].text):
            above = lines[k - 1] if k > 0 else None
            below = lines[k + 1] if k + 1 < i else None
            return any(
                ln is not None
                and ln.page == lines[k].page
                and any(w.text[:1].isalpha() for w in _words_at(ln, x0, s.under_align_pt))
                for ln in (above, below)
            )
    return False


def _rest_below(
    lines: list[Any], i: int, value: str, s: ReadSettings
) -> tuple[str | None, str | None]:
    """(the rest, when it surely continues the identifier ``value`` of line ``i``; why
    it may continue there, when not sure)."""
    line = lines[i]
    words = _value_words(line, value)
    under = _under(lines, i, s.wrap_gap)
    if not words or under is None:
        return None, None
    align = s.under_align_pt
    x0, x1 = words[0].x0, words[-1].x1
    here = _words_at(under, x0, align)
    if len(here) != 1 or not _REST.fullmatch(here[0].text):
        return None, None
    rest = here[0]
    if nz.find_dates(under.text) or _AMOUNT.search(under.text):
        return None, None  # a row of its own (a date or an amount): the next service's
    cell = next((c for c in under.cells if rest in c.words), None)
    if cell is None or cell.text.strip() != rest.text:
        return None, None  # words of a line of its own ("Claim number: E25-25702521")
    if any(c.x1 < x0 and _labels(c.text) for c in under.cells):
        return None, None  # a row of its own: a label before the value ("Group No. YD7827")
    # the words printed under the identifier's own width, on the line under it
    beside = [w for w in under.words if w is not rest and w.x0 < x1 + align and w.x1 > x0]
    why = "the line under it prints more letters or digits where it starts: it may go on there"
    if (
        beside
        or word_type(rest) != word_type(words[-1])
        or rest.x1 > x1 + align
        or _stacked_heading(lines, i, x0, s)
    ):
        return None, why
    return rest.text, None


def _labels(text: str) -> bool:
    """A label cell: ends on ':' or '#', or names a field."""
    from .fields import is_label_cell

    return text.rstrip().endswith((":", "#")) or is_label_cell(text)


def continues_below(
    lines: list[Any], line: int | None, value: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """Why the identifier ``value`` printed on line ``line`` may go on on the next line
    (it was not joined: not everything says it continues), or None."""
    if line is None or not 0 <= line < len(lines):
        return None
    return _rest_below(lines, line, value, settings)[1]


def joined_id(
    lines: list[Any], line: int, value: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """``value`` with the rest of it printed under it, when it surely continues there;
    None when it does not."""
    if not 0 <= line < len(lines):
        return None
    rest, _ = _rest_below(lines, line, value, settings)
    return value + rest if rest else None


def joined_spot(
    lines: list[Any], search: Any, value: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> Any:
    """Where the identifier ``value``, printed across two lines and joined, starts: the
    spot of its first part, or None."""
    from . import locate as lc

    for k in dict.fromkeys(search):
        if not 0 <= k < len(lines):
            continue
        for w in lines[k].words:
            head = w.text.strip(",;:")
            if head and value.startswith(head) and len(head) < len(value):
                if joined_id(lines, k, head, settings) == value:
                    at = lines[k].text.find(head)
                    return lc.spot(lines, k, at, at + len(head)) if at >= 0 else None
    return None


def join_wrapped(ctx: Any, result: Any) -> None:
    """Each claim's number and the member ID printed across two lines of their cell,
    joined where they surely continue."""
    from . import locate as lc

    lines, s = ctx.lines, ctx.settings
    for claim in result.claims:
        number = claim.claim_number
        if not number or " " in number:
            continue
        trace = ctx.traces.get(id(claim))
        span = [k for s, e in trace.spans for k in range(s, e)] if trace else []
        at = lc.find(lines, lc.code_finder(number), [*span, *range(len(lines))])
        if at is not None and (whole := joined_id(lines, at.line, number, s)):
            claim.claim_number = whole
    mid = result.member.id
    if mid and " " not in mid:
        at = lc.find(lines, lc.code_finder(mid), range(len(lines)))
        if at is not None and (whole := joined_id(lines, at.line, mid, s)):
            result.member.id = whole
