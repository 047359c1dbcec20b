"""Small pieces of a page image read again by one tesseract call: each word's piece is cut
out of the page (``crop``), the pieces are stacked on one white sheet, and each tesseract
word goes to the piece whose rows hold its middle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import ocr_call
from .extract import Word
from .ocr_tsv import TsvWord, tsv_words
from .settings import ReadSettings

GAP = 24  # white pixels around each piece of the sheet


def crop_box(
    size: tuple[int, int], w: Word, scale: float, margin: float, side: float | None = None
) -> tuple[int, int, int, int]:
    """The pixels of ``w``'s box (in points, ``scale`` points a pixel) with ``margin`` of
    its height above and below it and ``side`` of it (``margin`` if None) left and right,
    within a page image of ``size`` (width, height)."""
    pad = margin * (w.bottom - w.top) / scale
    wide = pad if side is None else side * (w.bottom - w.top) / scale
    left = min(size[0], max(0, int(w.x0 / scale - wide)))
    top = min(size[1], max(0, int(w.top / scale - pad)))
    right = max(left, min(size[0], int(w.x1 / scale + wide) + 1))
    return left, top, right, max(top, min(size[1], int(w.bottom / scale + pad) + 1))


def crop(img: Any, w: Word, scale: float, margin: float, side: float | None = None) -> Any:
    """``w``'s piece of the page image ``img`` (``crop_box``)."""
    return img.crop(crop_box(img.size, w, scale, margin, side))


def stack(pieces: list[Any]) -> tuple[Any, list[tuple[int, int]]]:
    """The pieces (PIL images) stacked on one white sheet; each piece's rows."""
    from PIL import Image

    sheet = Image.new("L", (max(p.width for p in pieces) + 2 * GAP, 1), 255)
    sheet = sheet.resize((sheet.width, sum(p.height + GAP for p in pieces) + GAP))
    rows, y = [], GAP
    for piece in pieces:
        sheet.paste(piece, (GAP, y))
        rows.append((y, y + piece.height))
        y += piece.height + GAP
    return sheet, rows


def read_pieces(pieces: list[Any], path: Path, settings: ReadSettings) -> list[list[TsvWord]]:
    """Each piece's words, as tesseract reads the sheet of ``pieces`` (saved at ``path``,
    a file in a private temporary folder, removed again) with ``settings``; each word's
    box in the pixels of its piece."""
    sheet, rows = stack(pieces)
    sheet.save(path)
    try:
        tsv = ocr_call.tesseract_tsv(path, settings)
    finally:
        path.unlink(missing_ok=True)
    read: list[list[TsvWord]] = [[] for _ in rows]
    for t in tsv_words(tsv):
        middle = t.top + t.height / 2
        for i, (top, bottom) in enumerate(rows):
            if top <= middle <= bottom:
                read[i].append(t._replace(left=t.left - GAP, top=t.top - top))
    return read
