"""Marks OCR did not read: ink above a small letter that the word it read has no place for.

tesseract's English model reads "Siobhán" as "Siobhan" and "Guzmán" as "Guzman", and
is sure of it: the accent is dropped, not doubted. The page still shows it. Over a
small letter (a, c, e, m, n, o, r, s, u, v, w, x, z) nothing is printed above the
x-height; a word that also holds a capital or a tall letter (b, d, f, h, k, l) has its
box's top at the cap height, so the band just under the top holds ink only over the
tall letters. Ink there over a small letter is a mark the reading has no letter for
(an accent, a tilde, a diaeresis): the word is then treated like any repaired word
(``settings.ocr_repaired_confidence``), so a name built on it is never sure.

Each letter's place in its word is estimated from its width in a sans-serif font
(Helvetica's metrics, which pdfminer ships); only the middle of a small letter's
place is looked at, and a small letter after one that overhangs it ("To", "Wa", "fe")
is skipped.
"""

from __future__ import annotations

import functools
from typing import Any

from .settings import DEFAULT_SETTINGS, ReadSettings

TALL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhkl")  # reach the cap height ("t" does not)
SMALL = frozenset("acemnorsuvwxz")  # nothing printed above the x-height
DESCENDING = frozenset("gjpqy,;")  # the box then reaches below the baseline
OVERHANGING = frozenset("TVWYFPf7")  # their top reaches over the next letter
# Helvetica's cap height and descender, in thousandths of the font size
CAP_HEIGHT = 718.0
DESCENT = 207.0
DEFAULT_WIDTH = 556


@functools.cache
def _widths() -> dict[str, int]:
    from pdfminer.fontmetrics import FONT_METRICS

    return dict(FONT_METRICS["Helvetica"][1])


def unread_marks(
    img: Any, box: tuple[float, float, float, float], text: str, settings: ReadSettings
) -> list[int]:
    """The positions in ``text`` of small letters printed with ink above them.

    ``img``: the page image tesseract read (mode L); ``box``: the word's (x0, top, x1,
    bottom) in that image's pixels."""
    chars = set(text)
    if not chars & SMALL or not chars & TALL:
        return []  # without a tall letter the box's top is no cap height to measure from
    x0, top, x1, bottom = box
    height = bottom - top
    cap = height * CAP_HEIGHT / (CAP_HEIGHT + DESCENT) if chars & DESCENDING else height
    band = max(1, round(cap * settings.ocr_mark_band))
    widths = [_widths().get(ch, DEFAULT_WIDTH) for ch in text]
    per = (x1 - x0) / sum(widths)
    px = img.load()
    w, h = img.size
    rows = range(max(0, int(top)), min(h, int(top) + band))
    found, at = [], x0
    for i, ch in enumerate(text):
        span = widths[i] * per
        if ch in SMALL and not (i and text[i - 1] in OVERHANGING):
            cols = range(max(0, int(at + span * 0.3)), min(w, int(at + span * 0.7) + 1))
            dark = sum(1 for c in cols for r in rows if px[c, r] < settings.ocr_mark_ink)
            if dark >= 2:
                found.append(i)
        at += span
    return found


def doubt_unread_marks(
    img: Any, words: list[Any], scale: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> None:
    """Lower the confidence of each word whose print shows a mark it was read without.
    ``words`` are in PDF points, ``scale`` points per pixel of ``img``."""
    for word in words:
        if word.conf is None or word.conf < settings.ocr_repaired_confidence:
            continue
        text = word.text
        if sum(ch.isalpha() for ch in text) < 2 or not text.isascii():
            continue  # an accented letter read is already counted as a repair
        box = (word.x0 / scale, word.top / scale, word.x1 / scale, word.bottom / scale)
        if unread_marks(img, box, text, settings):
            word.conf = settings.ocr_repaired_confidence
