"""The rest of an identifier a narrow cell prints on the line under it.

A claim-number column too narrow for its numbers prints "B3870341" in the row and
"800943" right under it. The part under it is the rest of the identifier only when
everything says it continues: it starts where the identifier starts (the same left
edge), in the same type, is one token of an identifier's letters and digits no wider than
the first part, alone in its cell, on a line with no date, amount or label, and
the column's heading prints one label there (not a second one stacked under it, which
would name a second number); a member's suffix may follow it in its cell ("31595 01").
When a token is printed there but not everything says so, the identifier may go on: the
reason is returned instead (read/sure_wrap.py makes the identifier unsure by it). Tables join a row's number with its rest as they read their
rows (:func:`wrapped_id_part`); the parse joins any other identifier the same way
(:func:`joined_id`).
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
# a member's suffix after an identifier's rest, in its cell ("31595 01")
_SUFFIX = compiled(r"\d{1,3}")
# a word of a column's heading: letters only ("Claim", "No.", "Acct#")
_HEADING_WORD = compiled(r"[A-Za-z][A-Za-z.#/']*")
MAY_GO_ON = "the line under it prints more letters or digits where it starts: it may go on there"


def words_at(line: Any, x0: float, align: float) -> list[Any]:
    """The words of ``line`` that start within ``align`` points of ``x0``."""
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
    whose word at ``x0`` is a word of letters; a row's identifier under it ("B3870341")
    is no second label."""
    for k in range(i - 1, max(-1, i - s.wrap_heading_reach), -1):
        if lines[k].page != lines[i].page:
            return False
        here = words_at(lines[k], x0, s.under_align_pt)
        if here and _HEADING_WORD.fullmatch(here[0].text):
            above = lines[k - 1] if k > 0 else None
            below = lines[k + 1] if k + 1 < i else None
            return any(
                ln is not None
                and ln.page == lines[k].page
                and any(_HEADING_WORD.fullmatch(w.text) for w in words_at(ln, x0, s.under_align_pt))
                for ln in (above, below)
            )
    return False


def _labels(text: str) -> bool:
    """A label cell: ends on ':' or '#', or names a field."""
    from .fields import is_label_cell

    return text.rstrip().endswith((":", "#")) or is_label_cell(text)


def _after_label(line: Any, first: Any) -> bool:
    """Is the identifier whose first word is ``first`` printed right after its label on
    its line ("Subscriber ID/Suffix BA6759")? Then no column's heading stands over it."""
    cells = list(getattr(line, "cells", None) or [])
    for k, cell in enumerate(cells):
        if first in cell.words:
            before = cell.text[: cell.text.find(first.text)].strip()
            if before:
                return _labels(before)
            return k > 0 and _labels(cells[k - 1].text)
    return False


def rest_below(
    lines: list[Any], i: int, value: str, s: ReadSettings = DEFAULT_SETTINGS
) -> tuple[str | None, str | None]:
    """(the rest, when it surely continues the identifier ``value`` of line ``i``; why
    it may continue there, when not sure)."""
    if not 0 <= i < len(lines):
        return None, None
    words = _value_words(lines[i], value)
    under = _under(lines, i, s.wrap_gap)
    if not words or under is None:
        return None, None
    align = s.under_align_pt
    x0, x1 = words[0].x0, words[-1].x1
    here = words_at(under, x0, align)
    if len(here) != 1 or not _REST.fullmatch(here[0].text):
        return None, None
    rest = here[0]
    if nz.find_dates(under.text) or _AMOUNT.search(under.text):
        return None, None  # a row of its own (a date or an amount): the next service's
    cell = next((c for c in under.cells if rest in c.words), None)
    suffix = _suffix(cell, rest)
    if cell is None or (cell.text.strip() != rest.text and suffix is None):
        return None, None  # words of a line of its own ("Claim number: E25-25702521")
    if any(c is not cell and _labels(c.text) for c in under.cells):
        # a row of its own: a label before the value ("Group No. YD7827") or after it,
        # where the notice prints its values first ("662923 grp no")
        return None, None
    # the words printed under the identifier's own width, on the line under it
    beside = [
        w for w in under.words if w is not rest and w != suffix and w.x0 < x1 + align and w.x1 > x0
    ]
    if (
        beside
        or word_type(rest) != word_type(words[-1])
        or rest.x1 > x1 + align
        or (not _after_label(lines[i], words[0]) and _stacked_heading(lines, i, x0, s))
    ):
        return None, MAY_GO_ON
    return (f"{rest.text} {suffix.text}" if suffix else rest.text), None


def _suffix(cell: Any, rest: Any) -> Any:
    """The member's suffix printed after the rest in its cell ("31595 01" under
    "BA6759"): one group of one to three digits, the cell's last word; or None."""
    if cell is None or len(cell.words) != 2 or cell.words[0] != rest:
        return None
    last = cell.words[1]
    return last if _SUFFIX.fullmatch(last.text) else None


def joined_id(
    lines: list[Any], line: int, value: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """``value`` with the rest of it printed under it, when it surely continues there;
    None when it does not."""
    rest, _ = rest_below(lines, line, value, settings)
    return value + rest if rest else None


def wrapped_id_part(lines: list[Any], j: int, table: Any, settings: ReadSettings) -> str | None:
    """The rest of the claim number of the table's last row that line ``j`` prints right
    under it, or None: line ``j`` holds no such part."""
    if not table.rows or table.rows[-1].is_total:
        return None
    row = table.rows[-1]
    number = (row.cells.get("claim_number") or "").strip()
    if not number or " " in number or not re.search(r"\d", number) or j != row.line_index + 1:
        return None
    return rest_below(lines, row.line_index, number, settings)[0]
