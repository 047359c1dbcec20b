"""Where a value is printed: the words on the page that spell it, and their box.

Each finder takes a line and returns the character spans of its text that spell the
value (a date in any format, an amount with or without "$", a code, a name). The
words covering a span give the page, the box and the printed text of the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..patterns import compiled
from . import normalize as nz
from .extract import Word
from .layout import Line

Finder = Callable[[str], list[tuple[int, int]]]


@dataclass
class Spot:
    """Printed words that spell a value."""

    line: int  # index in the document's line list
    page: int
    bbox: list[float]  # [x0, top, x1, bottom] in PDF points
    text: str
    word_conf: float | None  # the lowest OCR word confidence among them, None for a text layer


def spot(lines: list[Line], i: int, start: int, end: int) -> Spot | None:
    """The words of line ``i`` that cover characters ``start:end`` of its text."""
    ln = lines[i]
    pos = 0
    words = []
    for w in ln.words:
        w_end = pos + len(w.text)
        if w_end > start and pos < end:
            words.append(w)
        pos = w_end + 1
    if not words:
        return None
    confs = [w.conf for w in words if w.conf is not None]
    return Spot(
        line=i,
        page=ln.page,
        bbox=_printed_box(words),
        text=" ".join(w.text for w in words),
        word_conf=min(confs) if confs else None,
    )


def find(
    lines: list[Line],
    finder: Finder,
    where: Iterable[int],
    *,
    x_range: tuple[float, float] | None = None,
) -> Spot | None:
    """The first place among lines ``where`` that ``finder`` matches (inside ``x_range``)."""
    for i in where:
        if not 0 <= i < len(lines):
            continue
        for start, end in finder(lines[i].text):
            s = spot(lines, i, start, end)
            if s is None:
                continue
            if x_range is not None and not _overlaps(s.bbox, x_range):
                continue
            return s
    return None


def _overlaps(bbox: list[float], x_range: tuple[float, float]) -> bool:
    lo, hi = x_range
    return min(bbox[2], hi + 4) - max(bbox[0], lo - 4) > 0


# --------------------------------------------------------------------------
# Finders


def text_finder(value: str) -> Finder:
    """The value's words, case and spacing aside ("Ann  Lee" finds "ANN LEE"), or its
    last word first before a comma, as a name is printed surname first ("LEE, ANN")."""
    words = [re.escape(w) for w in value.split()]
    if not words:
        return lambda _t: []
    forms = [r"\s+".join(words)]
    if len(words) > 1:
        forms.append(words[-1] + r",\s*" + r"\s+".join(words[:-1]))
    rx = re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")(?![\w])", re.I)
    return lambda t: [(m.start(), m.end()) for m in rx.finditer(t)]


def code_finder(value: str) -> Finder:
    """A code as a token of its own; an ICD-10 code also without its dot ("Z391")."""
    forms = {value}
    if "." in value:
        forms.add(value.replace(".", ""))
    rx = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w]|\.\d)", re.I
    )
    return lambda t: [(m.start(), m.end()) for m in rx.finditer(t)]


def date_finder(value: date) -> Finder:
    return lambda t: [(s, e) for s, e, d in nz.find_dates(t) if d == value]


_MONEY_WORD = compiled(r"\(?-?(?:USD)?\$?-?(\d[\d,]*(?:\.\d\d)?|\.\d\d)\)?(?:-|CR)?")


def money_finder(value: Decimal) -> Finder:
    """An amount however it is printed: "$250.00", "250.00", "$250", ".00", "(25.00)"."""

    def run(t: str) -> list[tuple[int, int]]:
        out = []
        for m in _MONEY_WORD.finditer(t):
            if m.start() > 0 and (t[m.start() - 1].isalnum() or t[m.start() - 1] in ".,/"):
                continue
            if m.end() < len(t) and (t[m.end()].isalnum() or t[m.end()] in "/"):
                continue
            raw = m.group(1)
            try:
                amount = Decimal(("0" + raw) if raw.startswith(".") else raw.replace(",", ""))
            except ArithmeticError:
                continue
            if "." not in raw and "$" not in m.group(0) and amount != value:
                continue
            if amount == abs(value):
                out.append((m.start(), m.end()))
        return out

    return run


def carc_finder(group: str | None, code: str) -> Finder:
    """An adjustment reason code with its group ("CO-242", "CO 242", "242 (CO)") if given."""
    if group:
        rx = re.compile(
            rf"(?<![\w-]){group}\s?[-–—:*/]?\s?0*{re.escape(code)}(?![\w])"
            rf"|(?<![\w.$-])0*{re.escape(code)}\s*\({group}\)",
            re.I,
        )
    else:
        rx = re.compile(rf"(?<![\w.$/-])0*{re.escape(code)}(?![\w]|[.,/]\d)")
    return lambda t: [(m.start(), m.end()) for m in rx.finditer(t)]


def _printed_box(words: list[Word]) -> list[float]:
    """[x0, top, x1, bottom] on the page of the words (a turned word's box as printed)."""
    boxes = [w.printed or (w.x0, w.top, w.x1, w.bottom) for w in words]
    return [
        round(min(b[0] for b in boxes), 1),
        round(min(b[1] for b in boxes), 1),
        round(max(b[2] for b in boxes), 1),
        round(max(b[3] for b in boxes), 1),
    ]
