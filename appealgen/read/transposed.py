"""A table printed with its services as columns and its fields as rows, read as rows.

Some statements turn a claim's table: one column a service, one row a field
("Date of service | June 26, 2026 | July 3, 2026", "Charged | $295.00 | $340.00").
The table readers look for a heading row over rows of services, so here such a table
is turned back: its row labels become one heading line, each of its columns a line.

It is told from an ordinary table by what its rows and columns hold. An ordinary
table's column holds one kind of value (all dates, all amounts) and its row several;
a turned table's row holds one kind of value, and its column a service's dates, codes
and amounts. So a block of lines is turned only when each line starts with a label at
the same place, the values line up in columns, most rows hold one kind of value
only, one row holds dates and one amounts, and some column holds three kinds. The line
above naming the columns ("Service 1 | Service 2 | Claim") goes with the table; a
column with no date (the claim's totals) becomes a line of amounts alone.

The words keep the box they are printed in (``Word.printed``), so a value read from a
turned-back line is still shown where it is on the page.
"""

from __future__ import annotations

from ..records import record
from . import normalize as nz
from .code_spellings import is_code_token
from .extract import Word
from .layout import Cell, Line, line_of
from .settings import DEFAULT_SETTINGS, ReadSettings
from .value_shapes import is_date


@record
class _Block:
    start: int  # index of its first row in the page's lines
    rows: list[Line]
    slots: list[tuple[float, float]]  # the value columns, left to right
    title: Line | None = None  # the line above naming the columns ("Service 1 | … | Claim")


def untranspose(lines: list[Line], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Line]:
    """The lines with every turned table turned back (heading line, then a line a column)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        block = _block_at(lines, i, settings)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        if block.title is not None and out and out[-1] is block.title:
            out.pop()
        out.extend(_turn_back(block, settings))
        i = block.start + len(block.rows)
    return out


def _block_at(lines: list[Line], i: int, s: ReadSettings) -> _Block | None:
    """The turned table whose first row is ``lines[i]``, if it starts there."""
    rows = _rows_from(lines, i, s)
    if len(rows) < s.transposed_min_rows:
        return None
    slots = _slots([c for ln in rows for c in ln.cells[1:]])
    if len(slots) < 2 or any(_doubled(ln, slots) for ln in rows):
        return None
    if not _holds_services(rows, slots, s):
        return None
    title = lines[i - 1] if i > 0 and _names_slots(lines[i - 1], rows[0], slots) else None
    return _Block(i, rows, slots, title)


def _rows_from(lines: list[Line], i: int, s: ReadSettings) -> list[Line]:
    """Lines from ``i`` on that start with a label at the first one's place, no gap between."""
    rows: list[Line] = []
    for ln in lines[i:]:
        if len(ln.cells) < 2 or not _is_label(ln.cells[0].text):
            break
        if rows:
            prev = rows[-1]
            height = max(prev.bottom - prev.top, ln.bottom - ln.top, 1.0)
            if (
                ln.page != prev.page
                or abs(ln.cells[0].x0 - rows[0].cells[0].x0) > s.box_align_pt
                or ln.top - prev.bottom > s.transposed_row_gap * height
                or ln.top < prev.top
            ):
                break
        rows.append(ln)
    return rows


def _is_label(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 3 and _shape(text) == "text"


def _shape(text: str) -> str:
    """What a cell holds: "date", "money", "code" or "text"."""
    text = text.strip()
    if nz.is_amount(text):
        return "money"
    if is_date(text) and len(text) <= 24:
        return "date"
    tokens = text.upper().replace(",", " ").split()
    if tokens and all(_code_part(t) for t in tokens) and any(not t.isalpha() for t in tokens):
        return "code"
    return "text"


def _code_part(token: str) -> bool:
    """A procedure, diagnosis or adjustment code, or a short word naming its system."""
    return (
        nz.is_cpt(token)
        or nz.is_hcpcs(token)
        or nz.is_icd10(token)
        or is_code_token(token)
        or (token.isalpha() and len(token) <= 5)
    )


def _slots(cells: list[Cell]) -> list[tuple[float, float]]:
    """The columns the cells stand in: runs of cells that overlap from left to right."""
    slots: list[list[float]] = []
    for c in sorted(cells, key=lambda c: c.x0):
        if slots and c.x0 <= slots[-1][1]:
            slots[-1][1] = max(slots[-1][1], c.x1)
        else:
            slots.append([c.x0, c.x1])
    return [(a, b) for a, b in slots]


def _slot_of(cell: Cell, slots: list[tuple[float, float]]) -> int:
    return next((k for k, (a, b) in enumerate(slots) if cell.x0 <= b and cell.x1 >= a), -1)


def _doubled(ln: Line, slots: list[tuple[float, float]]) -> bool:
    """Two of the line's values in one column, or one across two: not a grid."""
    seen = [_slot_of(c, slots) for c in ln.cells[1:]]
    return len(set(seen)) != len(seen) or -1 in seen


def _holds_services(rows: list[Line], slots: list[tuple[float, float]], s: ReadSettings) -> bool:
    """Rows of one kind each (dates in one, amounts in another), a column of many kinds."""
    uniform = 0
    kinds: set[str] = set()
    by_slot: dict[int, set[str]] = {}
    for ln in rows:
        shapes = [_shape(c.text) for c in ln.cells[1:]]
        for c, shape in zip(ln.cells[1:], shapes, strict=True):
            by_slot.setdefault(_slot_of(c, slots), set()).add(shape)
        if len(shapes) >= 2 and len(set(shapes)) == 1:
            uniform += 1
            kinds.add(shapes[0])
    return (
        uniform >= s.transposed_uniform_share * len(rows)
        and {"date", "money"} <= kinds
        and any(len(k - {"text"}) >= 3 for k in by_slot.values())
    )


def _names_slots(ln: Line, first: Line, slots: list[tuple[float, float]]) -> bool:
    """The line above the rows names their columns: each of its cells over one, none over
    the labels."""
    if ln.page != first.page or not ln.cells:
        return False
    seen = [_slot_of(c, slots) for c in ln.cells]
    return -1 not in seen and len(set(seen)) == len(seen)


def _turn_back(block: _Block, s: ReadSettings) -> list[Line]:
    """The heading line (the row labels), then one line a column, laid out as a table."""
    rows = block.rows
    grid: list[list[Cell | None]] = [[None] * len(block.slots) for _ in rows]
    for r, ln in enumerate(rows):
        for c in ln.cells[1:]:
            grid[r][_slot_of(c, block.slots)] = c
    lines_cells: list[list[Cell | None]] = [[ln.cells[0] for ln in rows]]
    for k in range(len(block.slots)):
        column = [grid[r][k] for r in range(len(rows))]
        if not any(column):
            continue
        lines_cells.append(column)
    return _lay_out(lines_cells, rows, s)


def _lay_out(table: list[list[Cell | None]], rows: list[Line], s: ReadSettings) -> list[Line]:
    """Lines placing field ``r`` of every line at the same place, left to right."""
    words = [w for ln in rows for w in ln.words]
    char_w = sum(w.x1 - w.x0 for w in words) / max(sum(len(w.text) for w in words), 1)
    gap = max(s.transposed_gap_chars * char_w, 2 * s.min_cell_gap_pt)
    widths = [
        max((c.x1 - c.x0 for line in table if (c := line[r])), default=0.0)
        for r in range(len(rows))
    ]
    starts, x = [], rows[0].cells[0].x0
    for w in widths:
        starts.append(x)
        x += w + gap
    top, bottom = rows[0].top, rows[-1].bottom
    pitch = min((bottom - top) / len(table), rows[1].top - rows[0].top)
    out = []
    for n, line in enumerate(table):
        placed = [
            _moved(w, starts[r] + (w.x0 - c.x0), top + n * pitch)
            for r, c in enumerate(line)
            if c is not None
            for w in c.words
        ]
        if placed:
            out.append(_line(rows[0], placed, max(x, rows[0].page_width), s))
    return out


def _moved(w: Word, x0: float, top: float) -> Word:
    box = w.printed or (w.x0, w.top, w.x1, w.bottom)
    height = w.bottom - w.top
    return Word(w.text, x0, x0 + (w.x1 - w.x0), top, top + height, w.size, w.bold, w.conf, box)


def _line(first: Line, words: list[Word], width: float, s: ReadSettings) -> Line:
    return line_of(words, first.page, first.page_height, width, s)
