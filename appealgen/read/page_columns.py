"""A page set in columns is read one column after the other, not straight across.

``group_lines`` takes a page's words row by row over the whole width. On a page set
in columns (a statement in two columns, a letter with a panel beside its text) that
merges a line of the left column with whatever the right column prints at the same
height, and a claim's rows with another claim's. Here a *gutter* is found: a vertical
band that no word crosses over a run of lines, with words on both sides of it.

A table's cells are parted by such bands too, so a band alone proves nothing. What
tells them apart is the line pitch: a table's rows line up across the band (one row,
several cells), while each column of text keeps its own pitch, so some of its lines
sit part of a line off the lines beside them. Only a run where that happens is read as
columns: each column's words grouped into lines of their own, top to bottom, the left
column first. Everything above and below the run keeps its place.
"""

from __future__ import annotations

from .extract import Page, Word
from .layout import Line, group_lines, word_rows
from .settings import DEFAULT_SETTINGS, ReadSettings


def column_lines(page: Page, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Line]:
    """The page's lines in reading order: each column of a run set in columns in turn.

    Worked out once per page and settings: the readers' lines and a learned layout's
    fingerprint both start from them (each caller gets its own list of the same lines)."""
    kept = page.__dict__.setdefault("_column_lines", {})
    lines = kept.get(settings)
    if lines is None:
        lines = kept[settings] = _column_lines(page, settings)
    return list(lines)


def _column_lines(page: Page, settings: ReadSettings) -> list[Line]:
    lines = group_lines(page, settings)
    if len(lines) < 2 * settings.column_min_lines:
        return lines
    return _read(lines, page, settings, depth=0)


def _read(lines: list[Line], page: Page, settings: ReadSettings, depth: int) -> list[Line]:
    """``lines`` with the longest run set in columns (if any) read column by column."""
    found = _best_gutter(lines, settings) if depth < settings.column_max_depth else None
    if found is None:
        return lines
    start, end, x = found
    words = [w for ln in lines[start:end] for w in ln.words]
    left = _regroup([w for w in words if w.x1 <= x], page, settings)
    right = _regroup([w for w in words if w.x0 >= x], page, settings)
    return (
        _read(lines[:start], page, settings, depth + 1)
        + _read(left, page, settings, depth + 1)
        + _read(right, page, settings, depth + 1)
        + _read(lines[end:], page, settings, depth + 1)
    )


def gutter(
    lines: list[Line], settings: ReadSettings = DEFAULT_SETTINGS
) -> tuple[float, float, float] | None:
    """(top, bottom, x) of the longest run of ``lines`` set in columns parted at ``x``, or
    None: where a scan's columns are read again apart (ocr_columns)."""
    found = _best_gutter(lines, settings) if len(lines) >= 2 * settings.column_min_lines else None
    if found is None:
        return None
    start, end, x = found
    return min(ln.top for ln in lines[start:end]), max(ln.bottom for ln in lines[start:end]), x


def _regroup(words: list[Word], page: Page, settings: ReadSettings) -> list[Line]:
    return group_lines(Page(page.number, page.width, page.height, words), settings)


def _best_gutter(lines: list[Line], settings: ReadSettings) -> tuple[int, int, float] | None:
    """(first line, end, x) of the longest run of lines read as columns parted at ``x``."""
    best: tuple[int, int, float] | None = None
    for x in _candidates(lines, settings):
        for start, end in _free_runs(lines, x, settings):
            if best is not None and end - start <= best[1] - best[0]:
                continue
            if _is_columns(lines[start:end], x, settings):
                best = (start, end, x)
    return best


def _candidates(lines: list[Line], settings: ReadSettings) -> list[float]:
    """Middles of the gaps between words at least a gutter wide, one per gutter's width."""
    gaps: dict[int, float] = {}
    step = max(settings.column_gutter_pt, 1.0)
    for ln in lines:
        for a, b in zip(ln.words, ln.words[1:], strict=False):
            if b.x0 - a.x1 >= settings.column_gutter_pt:
                mid = (a.x1 + b.x0) / 2
                gaps.setdefault(round(mid / step), mid)
    return sorted(gaps.values())


def _free_runs(lines: list[Line], x: float, settings: ReadSettings) -> list[tuple[int, int]]:
    """Runs of consecutive lines no word of which comes within half a gutter of ``x``."""
    half = settings.column_gutter_pt / 2
    runs: list[tuple[int, int]] = []
    start = None
    for k, ln in enumerate(lines + [None]):  # type: ignore[list-item]
        free = ln is not None and all(w.x1 <= x - half or w.x0 >= x + half for w in ln.words)
        if free and start is None:
            start = k
        elif not free and start is not None:
            start, end = _trim(lines, start, k, x, settings)
            if end - start >= 2 * settings.column_min_lines:
                runs.append((start, end))
            start = None
    return runs


def _trim(lines: list[Line], start: int, end: int, x: float, s: ReadSettings) -> tuple[int, int]:
    """The run without the lines at its ends that belong to a line across the gutter
    stacked right against them (the first row of a table's heading over two rows)."""

    def joined(k: int, other: int) -> bool:
        if not 0 <= other < len(lines) or not _both_sides(lines[k], x):
            return False
        a, b = sorted((lines[k], lines[other]), key=lambda ln: ln.top)
        return b.top - a.bottom < s.column_join_gap * (a.bottom - a.top)

    while end > start and joined(end - 1, end):
        end -= 1
    while start < end and joined(start, start - 1):
        start += 1
    return start, end


def _both_sides(ln: Line, x: float) -> bool:
    return any(w.x1 <= x for w in ln.words) and any(w.x0 >= x for w in ln.words)


def _is_columns(run: list[Line], x: float, settings: ReadSettings) -> bool:
    """Both sides hold enough lines of their own, and on each side enough of them sit off
    the other side's lines: each keeps its own pitch. (A table whose descriptions wrap in
    smaller print has lines off its amounts' rows, but each of its dates lines up.)"""
    words = [w for ln in run for w in ln.words]
    left = _rows([w for w in words if w.x1 <= x], settings)
    right = _rows([w for w in words if w.x0 >= x], settings)
    if min(len(left), len(right)) < settings.column_min_lines:
        return False
    off = min(
        sum(_sits_off(r, left, settings) for r in right),
        sum(_sits_off(r, right, settings) for r in left),
    )
    need = settings.column_offset_share * min(len(left), len(right))
    return off >= settings.column_min_offset_lines and off >= need


def _rows(words: list[Word], settings: ReadSettings) -> list[tuple[float, float]]:
    """(top, bottom) of each line the words make, top to bottom."""
    return [
        (min(w.top for w in row), max(w.bottom for w in row)) for row in word_rows(words, settings)
    ]


def _sits_off(row: tuple[float, float], other: list[tuple[float, float]], s: ReadSettings) -> bool:
    """The line lines up with no line of the other side, yet overlaps one in height."""
    top, bottom = row
    centre, height = (top + bottom) / 2, max(bottom - top, 1.0)
    beside = [(t, b) for t, b in other if min(bottom, b) - max(top, t) > 0]
    return bool(beside) and not any(
        abs(centre - (t + b) / 2) <= s.column_offset * min(height, max(b - t, 1.0))
        for t, b in beside
    )
