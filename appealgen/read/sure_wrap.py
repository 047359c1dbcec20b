"""An identifier read as a part of what is printed: read whole where the page surely
prints more of it, and not sure where it may.

Printed in one piece of a line with more groups of digits ("claim number 3572 272244 52",
"member number W28321881 03)"): the whole is what the identifier rules make of the piece
up to its sentence's clause mark, unless a group is a code the notice's services bill.
Printed across two lines of its cell ("E6838544" in a narrow "Claim No." column, "231980"
on the line under it): the rest is joined only when everything says it continues: it
starts where the identifier starts (the same left edge), in the same type, is one token
of an identifier's letters and digits no wider than the first part, alone in its cell,
on a line with no date, amount or label, and the column's heading prints one label there
(not a second one stacked under it, which would name a second number). Anything less is a
doubt: the identifier is read as printed on its first line and is not sure
(:func:`continues_below`).
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
# a sentence's full stop, comma or closing bracket after a number
_CLAUSE_MARK = compiled(r"[.,;:)\]]+(?=\s|$)")
# one letter or digit standing alone after a value ("712 9 Status:")
_LONE = compiled(r" [A-Z0-9](?=\s|$)")


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


def piece_after(lines: list[Any], line: int | None, value: str) -> str | None:
    """Why the identifier ``value`` may go on in a lone letter or digit printed right
    after it on its line ("5083 3935 712 9 Status:": one digit set apart from its group),
    or None."""
    if line is None or not 0 <= line < len(lines):
        return None
    text = lines[line].text
    at = text.find(value)
    if at < 0:
        return None
    if _LONE.match(text[at + len(value) :]):
        return "a lone letter or digit is printed right after it: it may be a part of it"
    return None


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


def printed_longer(lines: list[Any], line: int | None, value: str) -> str | None:
    """The identifier printed where ``value`` was read, when it is longer than ``value``:
    "9796 66465 932" in one cell, of which only "9796" was read. The whole printed ID is
    what the cell's words make by the identifier rules; a part of it is no claim's number."""
    from .value_shapes import clean_id

    if line is None or not 0 <= line < len(lines):
        return None
    want = " ".join(value.split()).casefold()
    cells = getattr(lines[line], "cells", None) or [lines[line]]
    for cell in cells:
        words = cell.text.split()
        for k in range(len(words)):
            rest = " ".join(words[k:])
            if not rest.casefold().startswith(want):
                continue
            # a sentence's full stop, comma or closing bracket ends the number
            whole = clean_id(_CLAUSE_MARK.split(rest, maxsplit=1)[0])
            if not whole or not whole.casefold().startswith(want) or len(whole) <= len(want):
                continue
            if all(re.search(r"\d", g) for g in whole[len(want) :].split()):
                return whole  # more groups of digits: "GFW 59397 35" of which "GFW 59397"
    return None


def _line_of(lines: list[Any], value: str, search: Any) -> int | None:
    """The first of the lines ``search`` that prints ``value`` as a token of its own."""
    rx = re.compile(r"(?<![\w.])" + re.escape(value) + r"(?![\w])", re.I)
    for k in dict.fromkeys(search):
        if 0 <= k < len(lines) and rx.search(lines[k].text):
            return k
    return None


def _whole(
    lines: list[Any], value: str, search: Any, s: ReadSettings, codes: set[str]
) -> str | None:
    """The whole identifier of which ``value`` is the start, printed in one piece of the
    line (more groups of digits: "3572 272244 52" of "3572", none of them a code the
    notice's services bill) or across the line's end into its cell's next line; None
    when ``value`` is printed whole."""
    at = _line_of(lines, value, search)
    if at is None:
        return None
    if longer := printed_longer(lines, at, value):
        return None if set(longer[len(value) :].split()) & codes else longer
    return joined_id(lines, at, value, s) if " " not in value else None


def join_wrapped(ctx: Any, result: Any) -> None:
    """Each claim's number and the member ID read as a part of the identifier printed
    there: read whole (more groups of digits on its line, or the rest of it on its cell's
    next line, when it surely continues there)."""
    lines, s = ctx.lines, ctx.settings
    everywhere = range(len(lines))
    codes = {sl.procedure_code for c in result.claims for sl in c.service_lines} - {None}
    for claim in result.claims:
        if not claim.claim_number:
            continue
        trace = ctx.traces.get(id(claim))
        span = [k for a, b in trace.spans for k in range(a, b)] if trace else []
        if whole := _whole(lines, claim.claim_number, [*span, *everywhere], s, codes):
            claim.claim_number = whole
    if result.member.id and (whole := _whole(lines, result.member.id, everywhere, s, codes)):
        result.member.id = whole
