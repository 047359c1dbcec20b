"""A scanned page set in two columns, read again one column at a time.

tesseract reads a page as one block of rows (``--psm 6``). Where a page prints two columns
whose rows sit at other heights (a statement's claims beside its member's address, a key
beside the last claim), it fits one row's baseline across both and misreads the letters
of the column that sits off it ("Coder" for "Codes", "N est &N ourish"). The words read
first show where the columns are: ``page_columns.gutter`` finds the run of lines that a
white gutter parts and whose sides keep their own pitch. That run is cut out at the
gutter and each side read on its own; the words of the run are replaced by the two
readings when these read at least as many words surely (``ocr_low_word_confidence``) as
the first reading did there. Everything above and below the run keeps its first reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .extract import Page, Word
from .layout import group_lines
from .ocr_words import tesseract_words
from .page_columns import gutter
from .settings import DEFAULT_SETTINGS, ReadSettings


def _middle_in(w: Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return x0 <= cx < x1 and top <= cy < bottom


def _sure(words: list[Word], settings: ReadSettings) -> int:
    least = settings.ocr_low_word_confidence
    return sum(1 for w in words if w.conf is not None and w.conf >= least)


def _read_part(
    img: Any, box: tuple[float, float, float, float], scale: float, folder: Path, settings
) -> list[Word]:
    """The words of the part ``box`` (in points) of the page image ``img``, in points on
    the page."""
    x0, top, x1, bottom = box
    pixels = (
        max(0, int(x0 / scale)),
        max(0, int(top / scale)),
        min(img.width, int(x1 / scale) + 1),
        min(img.height, int(bottom / scale) + 1),
    )
    path = folder / "column.pgm"
    img.crop(pixels).save(path)
    try:
        words = tesseract_words(path, scale, settings)
    finally:
        path.unlink(missing_ok=True)
    dx, dy = pixels[0] * scale, pixels[1] * scale
    for w in words:
        w.x0, w.x1, w.top, w.bottom = w.x0 + dx, w.x1 + dx, w.top + dy, w.bottom + dy
    return words


def reread(
    img: Any,
    words: list[Word],
    scale: float,
    folder: Path,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> bool:
    """Read the run of ``words`` set in columns (if any) again column by column, in place;
    ``folder``: a private temporary folder. Returns whether the words were replaced."""
    if not words:
        return False
    width, height = img.width * scale, img.height * scale
    found = gutter(group_lines(Page(0, width, height, list(words)), settings), settings)
    if found is None:
        return False
    top, bottom, x = found
    band = (0.0, top, width, bottom)
    first = [w for w in words if _middle_in(w, band)]
    pad = max((w.bottom - w.top for w in first), default=0.0)
    again: list[Word] = []
    for part in ((0.0, top, x, bottom), (x, top, width, bottom)):
        crop = (part[0], part[1] - pad / 2, part[2], part[3] + pad / 2)
        again += [w for w in _read_part(img, crop, scale, folder, settings) if _middle_in(w, part)]
    if _sure(again, settings) < _sure(first, settings):
        return False
    kept = [w for w in words if not _middle_in(w, band)]
    words[:] = sorted(kept + again, key=lambda w: (w.top, w.x0))
    return True
