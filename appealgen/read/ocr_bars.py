"""Bars OCR read in a line: a cell border's bits dropped, a printed separator kept.

A table's cell border reads as "|", "!" or "l": taller than the line's words (a short
border spans the row) or a hairline, where a 1 read as a bar is as tall as a digit and a
stroke wide. A bar printed between two words as a separator ("Makena Jessup | Member ID
RPT930589302 | Group ...") is read surely, close to a word on each side, on a line that
is no service row; it spans the words' ascenders and descenders, so it may stand a little
taller than their usual box without being a border (``ocr_separator_height``).
"""

from __future__ import annotations

from ..patterns import compiled
from .extract import Word
from .ocr_boxes import usual_height
from .settings import ReadSettings

BARS = frozenset({"|", "!", "]", "[", "l", "I", "i"})
_AMOUNT_WORD = compiled(r"^\(?-?\$?\d[\d,]*\.\d{2}\)?[,;]?$")


def without_border_bits(line: list[Word], settings: ReadSettings) -> list[Word]:
    """The line without the bits of a cell border read as a bar (``BARS``): taller than
    ``ocr_border_height`` of the line's usual word, or narrower than ``ocr_hairline`` of
    it; a separator (``separators``) no taller than ``ocr_separator_height`` of it stays."""
    heights = sorted(w.bottom - w.top for w in line if len(w.text) > 1)
    if not heights:
        return line
    usual = heights[len(heights) // 2]
    kept = separators(line, [w.text for w in line], settings)
    return [
        w
        for i, w in enumerate(line)
        if not (
            w.text in BARS
            and (
                w.bottom - w.top > settings.ocr_border_height * usual
                or w.x1 - w.x0 < settings.ocr_hairline * usual
            )
            and not (i in kept and w.bottom - w.top <= settings.ocr_separator_height * usual)
        )
    ]


def separators(line: list[Word], texts: list[str], settings: ReadSettings) -> set[int]:
    """The places in ``line`` of the bars printed between two words as a separator
    ("Makena Jessup | Member ID RPT930589302 | Group ..."): a lone "|" read at least
    ``ocr_separator_confidence`` surely, a word of letters or digits either side, each
    closer than ``ocr_separator_gap`` of the line's height, on a line that is no service
    row (two amounts: a bar there is a 1 or a cell's border)."""
    if sum(bool(_AMOUNT_WORD.match(t)) for t in texts) >= 2:
        return set()
    reach = settings.ocr_separator_gap * usual_height(line)
    out = set()
    for i in range(1, len(line) - 1):
        a, bar, b = line[i - 1], line[i], line[i + 1]
        if texts[i] != "|" or bar.conf is None or bar.conf < settings.ocr_separator_confidence:
            continue
        words = all(any(ch.isalnum() for ch in texts[k]) for k in (i - 1, i + 1))
        if words and 0 <= bar.x0 - a.x1 < reach and 0 <= b.x0 - bar.x1 < reach:
            out.add(i)
    return out
