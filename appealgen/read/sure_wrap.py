"""An identifier read as a part of what is printed: read whole where the page surely
prints more of it, and not sure where it may.

Printed in one piece of a line with more groups of digits ("claim number 3572 272244 52",
"member number W28321881 03)"): the whole is what the identifier rules make of the piece
up to its sentence's clause mark, unless a group is a code the notice's services bill.
Printed across two lines of its cell ("E6838544" in a narrow "Claim No." column, "231980"
on the line under it): joined when the rest surely continues it (read/wrapped_ids.py);
when it may continue but not surely, the identifier is read as printed on its first line
and is not sure (:func:`continues_below`).
"""

from __future__ import annotations

import re
from typing import Any

from ..patterns import compiled
from .settings import DEFAULT_SETTINGS, ReadSettings
from .wrapped_ids import joined_id, rest_below

# a sentence's full stop, comma or closing bracket after a number
_CLAUSE_MARK = compiled(r"[.,;:)\]]+(?=\s|$)")
# one letter or digit standing alone after a value ("712 9 Status:")
_LONE = compiled(r" [A-Z0-9](?=\s|$)")
# a group of four or more digits right after a value in its cell ("4994K 3110839": OCR
# set a gap inside one number, and the identifier rules join no group of seven digits),
# or one that goes on in a dash ("ZPU 9650" of "ZPU 9650 6822-04"), or a group whose
# first digit a scan read as a dollar sign ("2165 $058 2723": a 5), no amount ("$450.00")
_MORE_DIGITS = compiled(r" ([A-Z]{0,2}\d{4,}|[$§]\d{3,}(?![.,]\d))(?=[\s.,;:)-]|$)")


def piece_after(lines: list[Any], line: int | None, value: str) -> str | None:
    """Why the identifier ``value`` may go on in a lone letter or digit printed right
    after it on its line ("5083 3935 712 9 Status:": one digit set apart from its group),
    or in a group of digits right after it in its cell ("4994K 3110839"), or None."""
    if line is None or not 0 <= line < len(lines):
        return None
    text = lines[line].text
    at = text.find(value)
    if at < 0:
        return None
    if _LONE.match(text[at + len(value) :]):
        return "a lone letter or digit is printed right after it: it may be a part of it"
    return _digits_after(lines[line], value)


def _digits_after(line: Any, value: str) -> str | None:
    """Why ``value`` may go on in a group of digits printed right after it in its own
    cell (not a lactation code), or None."""
    from .ocr_codes import listed

    for cell in getattr(line, "cells", None) or [line]:
        at = cell.text.find(value)
        if at < 0:
            continue
        m = _MORE_DIGITS.match(cell.text[at + len(value) :])
        if m and not listed(m.group(1)):
            return "more digits are printed right after it in its cell: it may be a part of it"
    return None


def continues_below(
    lines: list[Any], line: int | None, value: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """Why the identifier ``value`` printed on line ``line`` may go on on the next line
    (it was not joined: not everything says it continues), or None."""
    if line is None:
        return None
    return rest_below(lines, line, value, settings)[1]


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
