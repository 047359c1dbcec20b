"""Word boxes cut down to their letters' ink.

tesseract sometimes boxes a word together with ink a few pixels above or below it that
is no part of it: the dashes a shaded heading band's painted-out rules leave at its
edges, the top of the next row of a two-row column heading, a border's stub. Such a box
is far taller than the page's words; its middle falls between two rows, and the layout
then merges a two-row column heading into one row ("Submit adjust Fee Approved amount").
The rows of the box that hold ink (in the page image tesseract read) fall into runs
parted by white rows: the run with the most ink is the word's letters, joined by any
run closer to it than ``ocr_trim_gap`` of the page's usual word height (the dot of an
i, an accent over a capital). A box taller than ``ocr_trim_tall`` times the page's
usual word height is cut to those runs (tesseract also boxes some words far taller than
their ink with nothing else in the box: "service" of a heading's second row 1.6 times
its neighbours' height, so the row's type boxes came out too tall); any other box stays
as read.
"""

from __future__ import annotations

from typing import Any

from .extract import Word
from .ocr_sheet import crop_box
from .settings import DEFAULT_SETTINGS, ReadSettings


def usual_word_height(words: list[Word]) -> float:
    """The middle height of the boxes of the words with a letter or a digit (0: none)."""
    heights = sorted(w.bottom - w.top for w in words if any(ch.isalnum() for ch in w.text))
    return heights[len(heights) // 2] if heights else 0.0


def ink_rows(img: Any, box: tuple[int, int, int, int]) -> list[int]:
    """For each pixel row of ``box`` (left, top, right, bottom) in ``img`` (mode L), how
    much of it is ink (0-255), ink being darker than Otsu's level for the box."""
    from PIL import Image

    from .scan_image import ink_threshold

    left, top, right, bottom = box
    if right <= left or bottom <= top:
        return []
    piece = img.crop(box)
    level = ink_threshold(piece)
    ink = piece.point(lambda v: 255 if v <= level else 0)
    return list(ink.resize((1, bottom - top), Image.BOX).tobytes())


def runs(profile: list[int]) -> list[tuple[int, int, int]]:
    """The runs of rows holding ink in ``profile``: (first, past the last, ink)."""
    out: list[tuple[int, int, int]] = []
    start, ink = -1, 0
    for i, v in enumerate([*profile, 0]):
        if v > 0:
            if start < 0:
                start, ink = i, 0
            ink += v
        elif start >= 0:
            out.append((start, i, ink))
            start = -1
    return out


def letters(profile: list[int], gap: float) -> tuple[int, int] | None:
    """The rows of the word's letters in ``profile``: the run with the most ink, widened
    by the runs at most ``gap`` rows from it; None without ink."""
    found = runs(profile)
    if not found:
        return None
    best = max(range(len(found)), key=lambda i: found[i][2])
    lo = hi = best
    while lo > 0 and found[lo][0] - found[lo - 1][1] <= gap:
        lo -= 1
    while hi + 1 < len(found) and found[hi + 1][0] - found[hi][1] <= gap:
        hi += 1
    return found[lo][0], found[hi][1]


def trim_boxes(
    img: Any, words: list[Word], scale: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> int:
    """Cut each box of ``words`` taller than ``ocr_trim_tall`` times the page's usual word
    height to its letters' ink in ``img`` (the page image as read, ``scale`` points a
    pixel); ``words`` are changed in place. Returns how many boxes were cut."""
    usual = usual_word_height(words)
    if not settings.ocr_trim_tall or usual <= 0:
        return 0
    cut = 0
    for w in words:
        if w.bottom - w.top <= settings.ocr_trim_tall * usual:
            continue
        box = crop_box(img.size, w, scale, 0.0)
        rows = letters(ink_rows(img, box), settings.ocr_trim_gap * usual / scale)
        if rows is None:
            continue
        top, bottom = (box[1] + rows[0]) * scale, (box[1] + rows[1]) * scale
        if top > w.top or bottom < w.bottom:
            w.top, w.bottom = max(w.top, top), min(w.bottom, bottom)
            cut += 1
    return cut
