"""The tables of a learned layout: rows cut into the learned columns, each value with
the row it was read from.

A layout may print more than one table ("a claim summary" over "the services of each
claim"): a column learned under another table's heading carries ``table`` (the order,
from 1, in which the taught notice printed that table's heading). Each table is found
by its own headings, so a table of three columns is found beside one of six, and a
heading line opens the table whose learned headings it prints the largest share of.
A layout without ``table`` keys holds one table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..patterns import compiled
from . import normalize as nz
from .anchors import Spot, is_heading_line, is_total_text, read_value, table_columns
from .label_match import split_id
from .layout import Line
from .layouts import FIELD_TYPES, LearnedLayout
from .learned_columns import Placed, has_geometry, place, row_text
from .learned_forms import in_form
from .learned_values import fit_shape, spaced_like

if TYPE_CHECKING:
    from .learned_read import Occ

MIN_HEADINGS = 2  # a table is found when this many of its learned headings are printed
HEADING_SHARE = 0.6  # ... and this share of them
BETWEEN_LINES = 2  # lines a table may print between two of its rows (a remark on its own)
MAX_MODIFIERS = 4  # modifiers a service prints after its code
CARRY_SKIP = 3  # lines a page may print above the rows it carries on (its running header)
MIN_ROW_VALUES = 2  # a service row of a table of three columns or more fills this many

Columns = dict[str, dict[str, str]]


def table_groups(fields: Columns) -> list[Columns]:
    """The layout's column anchors, one mapping of field path -> anchor per table."""
    groups: dict[str, Columns] = {}
    for path, anchor in fields.items():
        if "column" in anchor:
            groups.setdefault(anchor.get("table", "1"), {})[path] = anchor
    return [groups[k] for k in sorted(groups, key=lambda t: (len(t), t))]


def _need(columns: Columns) -> int:
    wanted = {a["column"] for a in columns.values()}
    return max(min(MIN_HEADINGS, len(wanted)), round(HEADING_SHARE * len(wanted)))


def _opens(groups: list[Columns], lines: list[Line], i: int) -> tuple[Columns, list, set, int]:
    """The table whose heading line ``i`` is (the largest share of its headings printed
    there, enough of them), with the columns, the headings found and the heading's last
    line; an empty mapping when line ``i`` heads none of them."""
    best: tuple[Columns, list, set, int] = ({}, [], set(), i)
    best_share = 0.0
    for columns in groups:
        wanted = {a["column"] for a in columns.values()}
        cols, found, last = table_columns(lines, i, wanted)
        share = len(found) / len(wanted)
        if len(found) >= _need(columns) and share > best_share:
            best, best_share = (columns, cols, found, last), share
    return best


def tables(lay: LearnedLayout, lines: list[Line]) -> list[Occ]:
    """The values of every learned table's rows in ``lines``."""
    groups = table_groups(lay.fields)
    if not groups:
        return []
    out: list[Occ] = []
    i = 0
    while i < len(lines):
        if not is_heading_line(lines[i]):
            i += 1
            continue
        columns, cols, found, last = _opens(groups, lines, i)
        if not columns:
            i += 1
            continue
        occs, i = _rows(columns, lines, last, cols, found)
        out.extend(occs)
    return out


def _rows(
    columns: Columns, lines: list[Line], last: int, cols: list, found: set[str]
) -> tuple[list[Occ], int]:
    """The rows of the table whose heading ends on line ``last``; the line after them."""
    placed = place(columns, cols, found) if has_geometry(columns) else None
    out: list[Occ] = []
    i = last + 1
    while i < len(lines):
        # a table that runs on to the next page without its heading: rows cut by the
        # same columns at the top of the page carry it on
        carry = lines[i].page != lines[i - 1].page
        if carry:
            at = _carried(columns, lines, i, cols, placed) if i - 1 > last else None
            if at is None:
                break
            i = at
        row = _row(columns, lines, i, cols, placed, carry)
        if row is None and (skip := _between(columns, lines, i, cols, placed)):
            i += skip  # lines between rows (a wrapped name, a remark, specks on a scan)
            continue
        if row is None:
            nxt = _next_page(lines, i)
            if nxt is None or not placed:
                break
            i = nxt  # a page's footer ("Page 1 of 2") ends it: the rows may carry on
            continue
        out.extend(row)
        i += 1
    return out, i


def _half(columns: Columns) -> int:
    """Half the table's row columns (a row that fills this many is one of its rows)."""
    return max(1, (_row_columns(columns) + 1) // 2)


def _between(
    columns: Columns, lines: list[Line], i: int, cols: list, placed: list[Placed] | None
) -> int:
    """How many lines from ``i`` (no row of the table) a table prints between two of its
    rows; 0 when its rows do not go on after them. A line of words is passed when any
    row follows it ("Maya" wrapped, specks on a scan); a line with figures ("Remark N95:
    ...", "Reason CO-170: ...") only when a row filling half the columns follows within
    ``BETWEEN_LINES``, on the same page, with no heading or totals line before it."""
    if not placed:
        return 0
    if not any(ch.isdigit() for ch in lines[i].text) and _row(columns, lines, i + 1, cols, placed):
        return 1
    for j in range(i + 1, min(i + 1 + BETWEEN_LINES, len(lines))):
        if lines[j].page != lines[i].page or is_heading_line(lines[j]):
            return 0
        row = _row(columns, lines, j, cols, placed)
        if row is not None:
            full = len(row) >= _half(columns) and not _total_line(lines[j], cols, placed)
            return j - i if full else 0
    return 0


def _total_line(ln: Line, cols: list, placed: list[Placed]) -> bool:
    """A totals line ("Claim totals: ... $555.00"): the table's rows have ended."""
    return any(is_total_text(t) for t in row_text(ln, cols, placed).values())


def _next_page(lines: list[Line], i: int) -> int | None:
    """The first line of the next page, when it begins within ``CARRY_SKIP`` lines of
    line ``i`` (the lines between are a page's footer)."""
    for j in range(i + 1, min(i + CARRY_SKIP + 1, len(lines))):
        if lines[j].page != lines[i].page:
            return j
    return None


def _carried(
    columns: Columns,
    lines: list[Line],
    i: int,
    cols: list,
    placed: list[Placed] | None,
) -> int | None:
    """The first row at the top of page ``lines[i].page`` that carries the table on (cut
    by the learned columns, half of them filled or more), past a running header."""
    if not placed:
        return None
    want = _half(columns)
    for j in range(i, min(i + CARRY_SKIP + 1, len(lines))):
        if lines[j].page != lines[i].page:
            return None
        if is_heading_line(lines[j]) and _repeats_heading(columns, lines, j):
            return None  # the heading printed again: the table's next part is found by it
        row = _row(columns, lines, j, cols, placed, carry=True)
        if row is not None and len(row) >= want:
            return j
    return None


def _repeats_heading(columns: Columns, lines: list[Line], j: int) -> bool:
    wanted = {a["column"] for a in columns.values()}
    return len(table_columns(lines, j, wanted)[1]) >= min(MIN_HEADINGS, len(wanted))


def _row(
    columns: Columns,
    lines: list[Line],
    i: int,
    cols: list,
    placed: list[Placed] | None = None,
    carry: bool = False,
) -> list[Occ] | None:
    """The values of table row ``i``; None when line ``i`` is no longer a row of the table
    (``carry``: the row begins a page, the table carried on from the page before)."""
    from .learned_read import Occ  # the reading's value type; it imports this module

    if i >= len(lines) or (not carry and i > 0 and lines[i].page != lines[i - 1].page):
        return None
    ln = lines[i]
    if is_heading_line(ln):
        return None
    cells = row_text(ln, cols, placed)
    is_total = any(is_total_text(t) for t in cells.values())
    if not is_total and not any(nz.find_money(t) or nz.find_dates(t) for t in cells.values()):
        return None
    if is_total and _running_sum(columns, cells):
        return []  # "TOTALS CARRIED FORWARD  BILLED 2045.00": a page's sum, no claim's
    occs = []
    for path, anchor in columns.items():
        if ("row" in anchor) != is_total:
            continue
        text = cells.get(anchor["column"])
        if not text:
            continue
        kind = FIELD_TYPES[path]
        got = _in_cell(kind, text)
        if got is None and kind == "date" and "form" in anchor:
            got = in_form(text, anchor["form"])  # "121925": the form the layout learned
        if got is None and kind == "date" and _scanned(ln):
            got = _in_cell(kind, _GLUED_YEAR.sub(r"\1 \2", text))  # "MAY 242026"
        if "chars" in anchor and (got is None or _shorter(got[0], anchor["chars"])):
            got = split_id(text, int(anchor["chars"])) or got  # a scan cut the ID in two
        if got is not None:
            occs.append(Occ(path, _as_learned(got[0], anchor, ln), Spot(i, 0, 0, 0), ln, row=i))
            if kind == "procedure" and (mods := _modifiers(text)):
                path = "claims.lines.modifiers"  # "99404-U5": the code's modifiers with it
                occs.append(Occ(path, mods, Spot(i, 0, 0, 0), ln, row=i))
    if not is_total and len(occs) < min(MIN_ROW_VALUES, _row_columns(columns) - 1):
        return None  # "Printed 09/07/2026 from the website" under the table: no service
    return occs


def _row_columns(columns: Columns) -> int:
    return sum("row" not in a for a in columns.values())


def _running_sum(columns: Columns, cells: dict[str, str]) -> bool:
    """A totals line that prints words in an amount column (a credit's "CR" aside): its
    own labels between its amounts, not the table's totals row."""
    for path, anchor in columns.items():
        text = cells.get(anchor["column"], "") if FIELD_TYPES[path] == "money" else ""
        if any(w.isalpha() and w.upper() not in ("CR", "DR") for w in text.split()):
            return True
    return False


# a day glued to its year by a scan ("MAY 242026"), after a month's name
_GLUED_YEAR = compiled(r"(?i)(\b[a-z]{3,9}\.?\s+\d{1,2})((?:19|20)\d\d)\b")


def _scanned(ln: Line) -> bool:
    return bool(ln.words) and ln.words[0].conf is not None


def _modifiers(text: str) -> list[str]:
    """The modifiers printed with the first procedure code of a column's text, glued to it
    ("99404-U5") or after it ("99401 U5", a modifier its own column did not hold)."""
    tokens = [t.strip(".,;:()") for t in text.split()]
    for k, token in enumerate(tokens):
        code, mods = nz.split_procedure(token)
        if not code:
            continue
        for n in range(MAX_MODIFIERS, 0, -1):
            code, more = nz.split_procedure(" ".join(tokens[k : k + 1 + n]))
            if code and more:
                return more
        return mods
    return []


def _as_learned(value: Any, anchor: dict[str, str], ln: Line) -> Any:
    """An ID with the spaces its learned shape prints ("2151 42487 515"), and on a scan
    OCR's look-alike characters set right by it."""
    if "shape" not in anchor or not isinstance(value, str):
        return value
    value = spaced_like(value, anchor["shape"])
    return fit_shape(value, anchor["shape"]) if _scanned(ln) else value


def _shorter(value: Any, chars: str) -> bool:
    return sum(ch.isalnum() for ch in str(value)) < int(chars)


def _in_cell(kind: str, text: str) -> Any:
    """The value of ``kind`` in a column's text, past words a neighbour spilt into it."""
    words = text.split()
    for k in range(len(words) if kind != "codes" else 1):
        got = read_value(kind, " ".join(words[k:]))
        if got is not None:
            return got
    return None
