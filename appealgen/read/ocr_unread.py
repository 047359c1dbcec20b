"""Rows tesseract left out, read again from their ink.

tesseract reads a page as one block of rows (``--psm 6``); where a row does not share its
baseline with its neighbours it sometimes leaves the row out altogether: a shaded column
heading of a table turned a little ("Claim Patient Provider Svc date ..." on a continued
page), a service row of a two-column page whose other column prints its rows at other
heights ("Service 02/26/2026 HCPCS S9443"). The page image still holds the row's ink.
After a page is read, the ink outside every word's box (and ``ocr_unread_margin`` of its
height around it) is found: rows of pixels holding ink make bands one line high
(``ocr_unread_min_height`` to ``ocr_unread_max_height`` of the page's usual word height),
each band's ink parts into strips where a gap wider than ``ocr_unread_gap`` heights
parts it; a strip that holds at least ``ocr_unread_min_ink`` of its box in ink and is at
least ``ocr_unread_min_width`` heights wide is cut out. All of a page's strips are read
on one sheet (``ocr_sheet``) and a word read at least ``ocr_unread_confidence`` surely,
with a letter or a digit, that is not already on the page, is added. A page with more
than ``ocr_unread_most`` strips (speckled paper, a picture) is left as read.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .extract import Word
from .ocr_ink import usual_word_height
from .ocr_sheet import read_pieces
from .settings import DEFAULT_SETTINGS, ReadSettings

Box = tuple[int, int, int, int]  # left, top, right, bottom in page-image pixels


def _uncovered(img: Any, words: list[Word], scale: float, margin: float) -> Any:
    """``img``'s ink (255) outside every word's box and ``margin`` of its height around it."""
    from PIL import ImageDraw

    from .scan_image import ink_threshold

    level = ink_threshold(img)
    ink = img.point(lambda v: 255 if v <= level else 0)
    draw = ImageDraw.Draw(ink)
    for w in words:
        pad = margin * (w.bottom - w.top)
        draw.rectangle(
            (
                int((w.x0 - pad) / scale),
                int((w.top - pad) / scale),
                int((w.x1 + pad) / scale) + 1,
                int((w.bottom + pad) / scale) + 1,
            ),
            fill=0,
        )
    return ink


def _runs(profile: bytes | list[int], least: float, gap: float) -> list[tuple[int, int]]:
    """The runs of ``profile``'s places holding at least ``least`` ink, runs at most ``gap``
    places apart joined: (first, past the last)."""
    out: list[tuple[int, int]] = []
    for i, v in enumerate(profile):
        if v < least:
            continue
        if out and i - out[-1][1] <= gap:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def strips(
    img: Any, words: list[Word], scale: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Box]:
    """The boxes of ink one line high outside the words of ``words`` in ``img`` (the page
    image as read, ``scale`` points a pixel): the rows tesseract left out."""
    from PIL import Image

    usual = usual_word_height(words) / scale
    if usual <= 0:
        return []
    ink = _uncovered(img, words, scale, settings.ocr_unread_margin)
    width, height = ink.size
    # a row holds ink when a tenth of a letter's height is inked in it (specks stay out)
    rows = ink.resize((1, height), Image.BOX).tobytes()
    least = 255 * 0.1 * usual / width
    found: list[Box] = []
    for top, bottom in _runs(rows, least, 0.2 * usual):
        tall = bottom - top
        if (
            not settings.ocr_unread_min_height * usual
            <= tall
            <= settings.ocr_unread_max_height * usual
        ):
            continue
        band = ink.crop((0, top, width, bottom)).resize((width, 1), Image.BOX).tobytes()
        for left, right in _runs(band, 1, settings.ocr_unread_gap * usual):
            if right - left < settings.ocr_unread_min_width * usual:
                continue
            box = (left, top, right, bottom)
            piece = ink.crop(box).resize((1, 1), Image.BOX).getpixel((0, 0))
            if piece >= 255 * settings.ocr_unread_min_ink:
                found.append(box)
    return found


def reread(
    img: Any,
    words: list[Word],
    scale: float,
    folder: Path,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> int:
    """Read the rows tesseract left out of ``words`` (``strips``) from ``img`` and add the
    words read surely to ``words`` (in place); ``folder``: a private temporary folder for
    the sheet. Returns how many words were added."""
    if not settings.ocr_unread_reread:
        return 0
    found = strips(img, words, scale, settings)
    if not found or len(found) > settings.ocr_unread_most:
        return 0
    from .ocr_fix import fix_line
    from .ocr_words import fix_token

    usual = usual_word_height(words) / scale
    pad = int(settings.ocr_unread_pad * usual)
    boxes = [
        (
            max(0, b[0] - pad),
            max(0, b[1] - pad),
            min(img.width, b[2] + pad),
            min(img.height, b[3] + pad),
        )
        for b in found
    ]
    added: list[Word] = []
    for box, read in zip(
        boxes,
        read_pieces([img.crop(b) for b in boxes], folder / "unread.pgm", settings),
        strict=True,
    ):
        kept = [
            t
            for t in read
            if t.conf >= settings.ocr_unread_confidence and any(c.isalnum() for c in t.text)
        ]
        if not kept:
            continue
        texts = fix_line([fix_token(t.text) for t in kept], settings)
        for t, text in zip(kept, texts, strict=True):
            left, top = box[0] + t.left, box[1] + t.top
            w = Word(
                text=text,
                x0=left * scale,
                x1=(left + t.width) * scale,
                top=top * scale,
                bottom=(top + t.height) * scale,
                size=round(t.height * scale, 1),
                conf=t.conf,
            )
            if not any(_holds(v, w, settings.ocr_unread_near) for v in words):
                added.append(w)
    words.extend(added)
    return len(added)


def _holds(v: Word, w: Word, near: float) -> bool:
    """``w`` was on the page already as ``v``: its middle lies in ``v``'s box, or ``v``
    spells it alike (``ocr_unread_alike``) across the same width within ``near`` of the
    taller one's height (a box tesseract drew beside its ink)."""
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    if v.x0 <= cx <= v.x1 and v.top <= cy <= v.bottom:
        return True
    narrower = min(v.x1 - v.x0, w.x1 - w.x0)
    if min(v.x1, w.x1) - max(v.x0, w.x0) < 0.5 * narrower:
        return False
    tall = max(v.bottom - v.top, w.bottom - w.top)
    if abs((v.top + v.bottom) / 2 - cy) > near * tall:
        return False
    return SequenceMatcher(None, v.text.lower(), w.text.lower()).ratio() >= 0.7
