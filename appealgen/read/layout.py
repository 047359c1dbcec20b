"""Pure geometry: positioned words -> lines -> cells; repeated headers and footers dropped.

A *line* is the words that share a baseline, left to right. A *cell* is a run of
words inside a line separated from the next run by a gap wider than a few
character widths: table columns and "Label: value" pairs fall apart into cells
without knowing the layout in advance.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..patterns import compiled
from ..records import record
from .extract import Page, Word
from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from .running_heads import RunningMarks


@dataclass(slots=True)  # thousands a long notice: no dict of its own each
class Cell:
    text: str
    x0: float
    x1: float
    words: list[Word] = field(default_factory=list)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@record
class Line:
    page: int
    top: float
    bottom: float
    words: list[Word]
    cells: list[Cell]
    page_height: float = 792.0
    page_width: float = 612.0
    # the text joined for the words it was joined from: (words, how many, text); kept as
    # an attribute, not through ``__dict__``, which would give every line a dict of its own
    _text = None

    @property
    def text(self) -> str:
        # asked for thousands of times while a notice is read: joined once, again only
        # when the line is given other words
        words = self.words
        kept = self._text
        if kept is not None and kept[0] is words and kept[1] == len(words):
            return kept[2]
        text = " ".join(w.text for w in words)
        self._text = (words, len(words), text)
        return text

    @property
    def size(self) -> float:
        return max((w.size for w in self.words), default=0.0)

    @property
    def x0(self) -> float:
        return self.words[0].x0 if self.words else 0.0

    @property
    def bold(self) -> bool:
        return bool(self.words) and all(w.bold for w in self.words)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line(p{self.page} y={self.top:.0f} {' | '.join(c.text for c in self.cells)!r})"


def group_lines(page: Page, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Line]:
    """Words -> lines sorted top to bottom, each split into cells."""
    return [
        line_of(row, page.number, page.height, page.width, settings)
        for row in word_rows(page.words, settings)
    ]


def word_rows(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> list[list[Word]]:
    """The words of each printed line, lines top to bottom and words left to right:
    ``group_lines`` without cutting the lines into cells."""
    words = sorted(without_leaders(words), key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    rows: list[list[Word]] = []
    centers: list[float] = []
    for w in words:
        c = (w.top + w.bottom) / 2
        h = max(w.bottom - w.top, 1.0)
        if rows and abs(c - centers[-1]) <= settings.line_tolerance * h:
            rows[-1].append(w)
            n = len(rows[-1])
            centers[-1] = centers[-1] + (c - centers[-1]) / n
        else:
            rows.append([w])
            centers.append(c)
    out = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        out.append(_join_currency(row))
    return out


def line_of(
    words: list[Word], page: int, height: float, width: float, settings: ReadSettings
) -> Line:
    """One printed line of these words (left to right), cut into its cells."""
    return Line(
        page=page,
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        words=words,
        cells=split_cells(words, settings),
        page_height=height,
        page_width=width,
    )


# dot or underscore leaders between a label and its value ("Member ID ....... W123")
_LEADER = compiled(r"[.·…_]{3,}")


def without_leaders(words: list[Word]) -> list[Word]:
    """Words without printed leaders: a run of dots is a gap between two cells, not a word."""
    out: list[Word] = []
    for w in words:
        if _LEADER.search(w.text) is None:
            out.append(w)
            continue
        per_char = (w.x1 - w.x0) / max(len(w.text), 1)
        at = 0
        for m in [*_LEADER.finditer(w.text), None]:
            end = m.start() if m else len(w.text)
            if w.text[at:end].strip():
                x0 = w.x0 + at * per_char
                out.append(replace(w, text=w.text[at:end], x0=x0, x1=w.x0 + end * per_char))
            at = m.end() if m else at
    return out


_CURRENCY = frozenset({"$", "USD", "US$"})
_AMOUNT = compiled(r"^-?\d[\d,]*(\.\d{1,2})?-?$")


def _join_currency(row: list[Word]) -> list[Word]:
    """ "$ 120" and "USD 180.00" printed as two words become one money word."""
    out: list[Word] = []
    for w in row:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text.upper() in _CURRENCY
            and _AMOUNT.match(w.text)
            and w.x0 - prev.x1 < 3 * max(prev.x1 - prev.x0, 4.0)
        ):
            joined = ("$" if prev.text == "$" else prev.text.upper()) + w.text
            out[-1] = Word(
                joined,
                prev.x0,
                w.x1,
                min(prev.top, w.top),
                max(prev.bottom, w.bottom),
                w.size,
                w.bold,
                min((c for c in (prev.conf, w.conf) if c is not None), default=None),
                printed_union(prev.printed, w.printed),
            )
        else:
            out.append(w)
    return out


def printed_union(
    a: tuple[float, float, float, float] | None, b: tuple[float, float, float, float] | None
) -> tuple[float, float, float, float] | None:
    """The box two turned words joined into one were printed in (None for level words)."""
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def split_cells(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Cell]:
    if not words:
        return []
    chars = sum(len(w.text) for w in words) or 1
    char_w = sum(w.x1 - w.x0 for w in words) / chars
    gap_limit = max(settings.cell_gap * char_w, settings.min_cell_gap_pt)
    cells: list[Cell] = []
    current = [words[0]]
    for prev, w in zip(words, words[1:], strict=False):
        if w.x0 - prev.x1 > gap_limit:
            cells.append(_cell(current))
            current = [w]
        else:
            current.append(w)
    cells.append(_cell(current))
    return cells


def _cell(words: list[Word]) -> Cell:
    return Cell(
        text=" ".join(w.text for w in words), x0=words[0].x0, x1=words[-1].x1, words=list(words)
    )


def document_lines(
    pages: list[Page], settings: ReadSettings = DEFAULT_SETTINGS, marks: RunningMarks | None = None
) -> list[Line]:
    """All lines of a document in reading order, minus running headers and footers.

    A line in the top or bottom band of a page that recurs (digits ignored) on
    other pages, nearer the page's edge than any line of its own, is kept on its first
    page only; "Page 2 of 3" lines are dropped. A
    service row (an amount beside a date or a code) is never taken for a running
    header, however like another page's row it looks (read/running_heads.py). ``marks``
    (``running_heads.running_marks``), worked out over the whole document, lets a run of
    its pages drop them as the whole document would.
    """
    from .running_heads import band_keys, edge_lines, kept_line, repeated_keys

    per_page = [page_lines(p, settings) for p in pages]
    if marks is None:
        repeated = repeated_keys([band_keys(lines, settings) for lines in per_page], len(pages))
        kept: set[tuple[str, bool]] = set()
    else:
        repeated = marks.repeated
        kept = set(marks.kept_before.get(pages[0].number, ())) if pages else set()
    out: list[Line] = []
    for lines in per_page:
        edge = edge_lines(lines, settings, repeated)
        for k, ln in enumerate(lines):
            kept_ln = kept_line(ln, settings, repeated, kept, k in edge)
            if kept_ln is not None:
                out.append(kept_ln)
    return out


def page_lines(page: Page, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Line]:
    """The page's level lines, then each block of text printed turned, read as it was set
    (on a page saved turned as a whole, all its text is one turned block)."""
    # both build on group_lines and Line, so they are imported here
    from .page_columns import column_lines
    from .transposed import untranspose

    blocks = [page] + [Page(page.number, t.width, t.height, t.words) for t in page.turned]
    return [ln for b in blocks for ln in untranspose(column_lines(b, settings), settings)]


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def aligned_text(
    line: Line, x0: float, x1: float, stop: float | None = None, start: float | None = None
) -> str | None:
    """The value under a label at ``x0``-``x1``. Where two values ran into one cell ("…
    Health Plan PPO JUL 29 2026"), ``stop`` (where the next label of the row starts) ends
    this one's, and ``start`` (where the previous label ends) sets its start at ``x0``."""
    best, best_ov = None, 0.0
    for c in line.cells:
        ov = overlap(c.x0, c.x1, x0 - 2, x1 + 2)
        if ov > best_ov:
            best, best_ov = c, ov
    if best is None:
        # a left-aligned label over a value that starts at the same x
        for c in line.cells:
            if abs(c.x0 - x0) < 6:
                return c.text
        return None
    lo = x0 - 2 if start is not None and best.x0 < start else best.x0
    hi = stop - 2 if stop is not None and best.x0 < stop - 2 < best.x1 else best.x1 + 1
    mine = [w.text for w in best.words if lo <= w.x0 < hi]
    return " ".join(mine) if mine else best.text
