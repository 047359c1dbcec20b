"""A learned table's columns where the notice prints them: cut a row into cells by the
x-ranges one corrected notice showed, not by the heading words alone.

A learned column may carry, beside its heading words, where that heading was printed
(``heading_at``), where its values were printed (``values_at``, both ``x0-x1`` in
points) and how its values line up under it (``align``: ``left`` or ``right``). On a
new notice the learned headings found give the shift of the whole table (a scan is
rarely placed where the taught file was), and its scale when the table is printed at
another width; a learned heading OCR garbled ("Sve date",
"Plan said") takes its learned place, shifted; and a row's words go to the column
whose range holds them: a left-aligned column begins where its values begin, a
right-aligned one ends where its values end, so a long name or a prefixed code
("HCPCS S9443") stays in its own column even past its heading.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

from ..patterns import compiled
from .anchors import NEAREST_COLUMN, Column, column_of
from .layout import Line

EDGE_PAD = 2.0  # points a value may start before a left-aligned column's values
ALIGN_SPREAD = 3.0  # points the values' edge may wander and still be aligned
_RANGE = compiled(r"^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$")
ALIGNS = ("left", "right")


def parse_range(text: str | None) -> tuple[float, float] | None:
    """``(x0, x1)`` from ``"356-404"``; None when absent or not a range."""
    m = _RANGE.match(text or "")
    return (float(m.group(1)), float(m.group(2))) if m else None


def format_range(x0: float, x1: float) -> str:
    return f"{round(x0)}-{round(x1)}"


def alignment(spans: list[tuple[float, float]], heading: tuple[float, float] | None) -> str:
    """``left``, ``right`` or ``""``: how the values printed at ``spans`` line up."""
    if not spans:
        return ""
    left = max(s[0] for s in spans) - min(s[0] for s in spans) <= ALIGN_SPREAD
    right = max(s[1] for s in spans) - min(s[1] for s in spans) <= ALIGN_SPREAD
    if left and right and heading is not None:  # one width: the heading's nearer edge
        x0, x1 = min(s[0] for s in spans), max(s[1] for s in spans)
        return "left" if abs(x0 - heading[0]) <= abs(x1 - heading[1]) else "right"
    return "left" if left and not right else "right" if right and not left else ""


@dataclass
class Placed:
    """A column of the table on this notice: its heading's place, its values', alignment."""

    text: str
    x0: float
    x1: float
    v0: float
    v1: float
    align: str = ""


def has_geometry(columns: dict[str, dict[str, str]]) -> bool:
    return any(parse_range(a.get("heading_at")) for a in columns.values())


def place(columns: dict[str, dict[str, str]], cols: list[Column], found: set[str]) -> list[Placed]:
    """The table's columns on this notice, learned places shifted by the headings found."""
    learned: dict[str, dict[str, str]] = {}
    for anchor in columns.values():
        if parse_range(anchor.get("heading_at")):
            learned.setdefault(anchor["column"], anchor)
    at = {c.text: c for c in cols}
    pairs = [
        (parse_range(a["heading_at"])[0], at[t].x0)
        for t, a in learned.items()
        if t in found and t in at
    ]
    move = _fit(pairs)
    out: list[Placed] = []
    for anchor in columns.values():  # learned without places: where the heading is
        text = anchor["column"]
        if text not in learned and text in found and text in at:
            learned[text] = {"column": text, "heading_at": format_range(at[text].x0, at[text].x1)}
    for text, anchor in learned.items():
        h0, h1 = parse_range(anchor["heading_at"])
        v0, v1 = parse_range(anchor.get("values_at")) or (h0, h1)
        if text in found and text in at:
            x0, x1 = at[text].x0, at[text].x1
        else:
            x0, x1 = move(h0), move(h1)
        out.append(Placed(text, x0, x1, move(v0), move(v1), anchor.get("align", "")))
    taken = [(p.x0, p.x1) for p in out]
    other: list[Placed] = []
    for c in sorted(cols, key=lambda c: c.x0):  # heading words of no learned column
        if c.text in learned or any(min(c.x1, b) - max(c.x0, a) > 0 for a, b in taken):
            continue
        last = other[-1] if other else None
        if last is not None and min(c.x1, last.x1) - max(c.x0, last.x0) > 0:
            # the words of one heading printed on two lines ("Care" over "recipient")
            last.text, last.x0, last.x1 = (
                f"{last.text} {c.text}",
                min(last.x0, c.x0),
                max(last.x1, c.x1),
            )
            last.v0, last.v1 = last.x0, last.x1
        else:
            other.append(Placed(c.text, c.x0, c.x1, c.x0, c.x1))
    return sorted(out + other, key=lambda p: p.x0)


MIN_SCALE, MAX_SCALE = 0.8, 1.25  # a notice printed smaller or larger than the taught one


def _fit(pairs: list[tuple[float, float]]) -> Callable[[float], float]:
    """The move from the taught notice's x to this one's, from the learned headings found
    here (learned x0, x0 here): the median shift, or a scale and a shift fitted to them
    when three headings or more show the table printed at another width (a scan)."""
    if not pairs:
        return lambda x: x
    shift = statistics.median(b - a for a, b in pairs)
    xs = [a for a, _ in pairs]
    if len(pairs) >= 3 and max(xs) > min(xs):
        scale, offset = statistics.linear_regression(xs, [b for _, b in pairs])
        fitted = max(abs(a * scale + offset - b) for a, b in pairs)
        shifted = max(abs(a + shift - b) for a, b in pairs)
        if MIN_SCALE <= scale <= MAX_SCALE and fitted < shifted:
            return lambda x: x * scale + offset
    return lambda x: x + shift


def _boundary(a: Placed, b: Placed) -> float:
    """Where column ``a`` ends and column ``b`` (to its right) begins."""
    if b.align == "left":
        return min(b.x0, b.v0) - EDGE_PAD
    if a.align == "right":
        return max(a.x1, a.v1) + EDGE_PAD
    end, start = max(a.x1, a.v1), min(b.x0, b.v0)
    if end < start:
        return (end + start) / 2
    return (a.x1 + b.x0) / 2


def cut_row(line: Line, placed: list[Placed]) -> dict[str, str]:
    """A table row's text by column heading, each word in the column whose range holds it."""
    if not placed:
        return {}
    bounds = [_boundary(a, b) for a, b in zip(placed, placed[1:], strict=False)]
    lo = min(placed[0].x0, placed[0].v0) - NEAREST_COLUMN
    hi = max(placed[-1].x1, placed[-1].v1) + NEAREST_COLUMN
    out: dict[str, list[str]] = {}
    for w in line.words:
        mid = (w.x0 + w.x1) / 2
        if not lo <= mid <= hi:
            continue
        n = sum(mid >= b for b in bounds)
        out.setdefault(placed[n].text, []).append(w.text)
    return {k: " ".join(v) for k, v in out.items()}


def row_text(line: Line, cols: list[Column], placed: list[Placed] | None) -> dict[str, str]:
    """``cut_row`` when the layout learned its columns' places, else by the headings."""
    if placed:
        return cut_row(line, placed)
    out: dict[str, list[str]] = {}
    for w in line.words:
        col = column_of(cols, w.x0, w.x1)
        if col is not None:
            out.setdefault(col.text, []).append(w.text)
    return {k: " ".join(v) for k, v in out.items()}
