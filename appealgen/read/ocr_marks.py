"""Marks OCR did not read: ink above a small letter that the word it read has no place for.

tesseract's English model reads "Siobhán" as "Siobhan" and "Guzmán" as "Guzman", and
is sure of it: the accent is dropped, not doubted. The page still shows it. Over a
small letter (a, c, e, m, n, o, r, s, u, v, w, x, z) nothing is printed above the
x-height; a word that also holds a capital or a tall letter (b, d, f, h, k, l) has its
box's top at the cap height, so the band just under the top holds ink only over the
tall letters. Ink there over a small letter is a mark the reading has no letter for
(an accent, a tilde, a diaeresis): the word is then treated like any repaired word
(``settings.ocr_repaired_confidence``), so a name built on it is never sure.

A word of capitals has no small letter to look over, but a mark above a capital
("SIOBHÁN") raises the word's box above the cap height of the words beside it on the
same baseline: such a word, taller than its neighbours by ``settings.ocr_mark_band``
of their height, is doubted too.

An i has a dot above its x-height, so ink there is no mark by itself; an accent printed
in place of the dot ("Lucía" read "Lucia") is wider than the dot, which is one stroke
wide (``settings.ocr_i_mark_width``).

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
    return sorted(found + _accented_i(img, box, text, cap, settings))


def _between_small(text: str, i: int) -> bool:
    """Nothing but small letters (or the word's ends) beside ``text[i]``: no ascender
    of a neighbour reaches over the room above its x-height."""
    return all(k < 0 or k >= len(text) or text[k] in SMALL for k in (i - 1, i + 1))


def _accented_i(
    img: Any, box: tuple[float, float, float, float], text: str, cap: float, settings: ReadSettings
) -> list[int]:
    """The positions in ``text`` of an i printed with an accent in place of its dot
    ("Lucía" read "Lucia"): the ink over it, above its x-height, wider than
    ``ocr_i_mark_width`` of the word's strokes (a dot is one stroke wide, an acute or a
    diaeresis two or more). Only an i between small letters is looked at; ink is what is
    darker than halfway between the word's ink and its paper."""
    places = [i for i, ch in enumerate(text) if ch == "i" and _between_small(text, i)]
    if not places or settings.ocr_i_mark_width <= 0:
        return []
    x0, top, x1, _ = box
    px, (w, h) = img.load(), img.size
    left, right = max(0, int(x0)), min(w, int(x1) + 1)
    levels = sorted(
        px[c, r]
        for c in range(left, right)
        for r in range(max(0, int(top)), min(h, int(top + cap)))
    )
    if not levels:
        return []
    ink = (levels[len(levels) // 50] + levels[len(levels) * 9 // 10]) / 2
    base = top + cap
    stroke = _stroke(
        px, range(left, right), range(int(base - cap * 0.45), int(base - cap * 0.2)), ink
    )
    if not stroke:
        return []
    widths = [_widths().get(ch, DEFAULT_WIDTH) for ch in text]
    per = (x1 - x0) / sum(widths)
    above = range(max(0, int(top) - 2), min(h, int(base - cap * 0.8)))
    found = []
    for i in places:
        at = x0 + sum(widths[:i]) * per
        span = widths[i] * per
        cols = range(max(0, int(at - 0.3 * span)), min(w, int(at + 1.6 * span) + 1))
        inked = [c for c in cols if any(px[c, r] < ink for r in above)]
        if inked and max(inked) - min(inked) + 1 > settings.ocr_i_mark_width * stroke:
            found.append(i)
    return found


def _stroke(px: Any, cols: range, rows: range, ink: float) -> int:
    """The usual width of a stroke: the middle length of the runs of ink along ``rows``."""
    runs = []
    for r in rows:
        run = 0
        for c in cols:
            if px[c, r] < ink:
                run += 1
            elif run:
                runs.append(run)
                run = 0
        if run:
            runs.append(run)
    runs.sort()
    return runs[len(runs) // 2] if runs else 0


# what reaches below the baseline or above the cap height
_NOT_CAP_HIGH = frozenset("gjpqyQ,;()[]{}|/$")


def _capitals(text: str) -> bool:
    core = text.strip(".,:;'-")
    return len(core) >= 2 and core.isascii() and core.isalpha() and core.isupper()


def _cap_high(word: Any) -> bool:
    """A word whose box runs from the baseline to the cap height: a capital, an ascender
    or a digit, nothing below the baseline or above the caps."""
    return (
        len(word.text) > 1
        and bool(set(word.text) & (TALL | set("0123456789")))
        and not set(word.text) & _NOT_CAP_HIGH
    )


def raised_capitals(words: list[Any], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Any]:
    """Words of capitals taller than the cap height of the words on their baseline: a mark
    above a capital that the reading has no letter for ("SIOBHAN" read from "SIOBHÁN")."""
    out = []
    for w in words:
        if not _capitals(w.text) or set(w.text) & _NOT_CAP_HIGH:
            continue
        height = w.bottom - w.top
        near = sorted(
            w.bottom - x.top
            for x in words
            if x is not w
            and _cap_high(x)
            and abs(x.bottom - w.bottom) < 0.15 * (x.bottom - x.top)
            and abs(x.x0 - w.x0) < 40 * height
        )
        if near and height - near[len(near) // 2] > settings.ocr_mark_band * near[len(near) // 2]:
            out.append(w)
    return out


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
    for word in raised_capitals([w for w in words if w.conf is not None], settings):
        word.conf = min(word.conf, settings.ocr_repaired_confidence)
