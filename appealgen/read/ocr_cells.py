"""Weak words read again, each cut out of the page on its own.

tesseract reads a page as rows; it misreads a word its neighbours crowd or a shaded row
greys: a lone "1" in a narrow units column comes out as "z", "af" or "iu", "217.50" as
"2157450", a label "You owe" as "ZOWOME", a name "Abernathy" as "Abecnadliy", each read
less than surely. The same ink cut out with a margin of white, made black and white at
its own level, is read right and surely (measured on scanned remittances: 21 of 21 such
values). So after a page is read, its weak words (under ``ocr_low_word_confidence``) are
read again, all of a page's at once: the pieces are stacked on one sheet and tesseract
reads it once. The words in a column of values (amounts, counts, dates, codes,
identifiers) go first, then the other words read hardly at all (under
``ocr_cell_word_confidence``: "ZOWOME" was read 0 sure), at most ``ocr_cell_most`` a
page. A new reading is taken only when each of its words is read surely, or, in a
column of values, when it is one value read at least ``ocr_cell_value_confidence``
surely (a units cell's "ay" read again "1" 78% sure); the word stays unsure, as a
repaired one (``ocr_repaired_confidence``): two readings disagreed. The tolerances are
ReadSettings' ``ocr_cell_*`` fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..patterns import compiled
from .extract import Word
from .ocr_sheet import crop, read_pieces
from .settings import DEFAULT_SETTINGS, ReadSettings

# a value a table's cell holds: an amount, a count, a date, or a code or identifier
# whose characters are mostly digits ("S9443", "Z39.1", "CO-45", "2624523567782")
_AMOUNT = compiled(r"^\(?-?\$?\d{1,3}(?:,?\d{3})*\.\d{2}\)?$")
_COUNT = compiled(r"^\d{1,3}$")
_DATE = compiled(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$")
_CODE = compiled(r"^[A-Z0-9][A-Z0-9.\-/]*\d[A-Z0-9.\-/]*$")
_EDGE = ",;:"
# an identifier's run of digits, a few capitals before it: "169746819047:", "F947757615211"
_DIGIT_RUN = compiled(r"^[A-Z]{0,3}\d{6,}[.,;:)]?$")


def value_like(text: str) -> bool:
    """``text`` is a value a table's cell prints, as its shape says."""
    core = text.strip(_EDGE)
    if _AMOUNT.match(core) or _COUNT.match(core) or _DATE.match(core):
        return True
    if not _CODE.match(core):
        return False
    digits = sum(ch.isdigit() for ch in core)
    return digits >= 2 and digits >= sum(ch.isalpha() for ch in core)


def _overlap(a: Word, b: Word) -> bool:
    """``a`` and ``b`` share at least half the narrower one's width, and their middles
    are no further apart than half the narrower one's width and half a line's height:
    a column's cells, not a word of a sentence or a heading that reaches across the
    column from elsewhere."""
    narrower = min(a.x1 - a.x0, b.x1 - b.x0)
    if min(a.x1, b.x1) - max(a.x0, b.x0) <= 0.5 * narrower:
        return False
    apart = abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2
    return apart <= 0.5 * (narrower + min(a.bottom - a.top, b.bottom - b.top))


def numeric(text: str) -> bool:
    """``text`` is an amount, a count or a date: a value printed in digits only."""
    core = text.strip(_EDGE)
    return bool(_AMOUNT.match(core) or _COUNT.match(core) or _DATE.match(core))


def in_value_column(w: Word, strong: list[Word], settings: ReadSettings) -> bool:
    """``w`` sits in a column of values: of the sure words ``strong`` above and below it
    (within ``ocr_cell_reach`` of its heights) that share its width, at least
    ``ocr_cell_min_values`` and ``ocr_cell_value_share`` of them are values."""
    reach = settings.ocr_cell_reach * (w.bottom - w.top)
    middle = (w.top + w.bottom) / 2
    column = [v for v in strong if abs((v.top + v.bottom) / 2 - middle) <= reach and _overlap(v, w)]
    values = sum(value_like(v.text) for v in column)
    return values >= settings.ocr_cell_min_values and values >= (
        settings.ocr_cell_value_share * len(column)
    )


def candidates(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Word]:
    """The weak words read by OCR with a letter or a digit, at most ``ocr_cell_most``:
    those in a column of values read less surely than ``ocr_low_word_confidence``
    first, then any read less surely than ``ocr_cell_word_confidence``, the weakest
    first."""
    sure = settings.ocr_low_word_confidence
    strong = [w for w in words if w.conf is not None and w.conf >= sure]
    ranked = []
    for w in words:
        if w.conf is None or w.conf >= sure or not any(ch.isalnum() for ch in w.text):
            continue
        if in_value_column(w, strong, settings):
            ranked.append((0, w.conf, w))
        elif w.conf < settings.ocr_cell_word_confidence:
            ranked.append((1, w.conf, w))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [w for _, _, w in ranked[: settings.ocr_cell_most]]


def _piece(img: Any, w: Word, scale: float, settings: ReadSettings) -> Any:
    """``w``'s ink (its box and ``ocr_cell_margin`` of its height around it), black and
    white at its own level, on white paper half its height wide on every side."""
    from PIL import Image

    from .scan_image import ink_threshold

    height = (w.bottom - w.top) / scale
    ink = crop(img, w, scale, settings.ocr_cell_margin)
    level = ink_threshold(ink)
    ink = ink.point(lambda v: 0 if v <= level else 255)
    pad = max(4, int(height / 2))
    piece = Image.new("L", (ink.width + 2 * pad, ink.height + 2 * pad), 255)
    piece.paste(ink, (pad, pad))
    return piece


def reread(
    img: Any,
    words: list[Word],
    scale: float,
    folder: Path,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> int:
    """Read again the weak words of ``words`` (``candidates``), each cut out of ``img``
    (the page image as read, ``scale`` points a pixel), and take a new reading whose
    words are all read surely; ``words`` is changed in place. ``folder``: a private
    temporary folder for the sheet. Returns how many words changed."""
    if not settings.ocr_cell_reread:
        return 0
    found = candidates(words, settings)
    if not found:
        return 0
    from .ocr_fix import fix_line
    from .ocr_words import fix_token

    pieces = [_piece(img, w, scale, settings) for w in found]
    read = [
        [(t.text, t.conf) for t in ts] for ts in read_pieces(pieces, folder / "cells.pgm", settings)
    ]
    again: dict[int, list[Word]] = {}
    in_column = _in_value_columns(found, words, settings)
    for w, texts in zip(found, read, strict=True):
        if not texts:
            continue
        before, after = beside(w, words)
        parts = fix_line([before, *[fix_token(text) for text, _ in texts], after], settings)[1:-1]
        least = min(conf for _, conf in texts)
        if least < settings.ocr_low_word_confidence and not (
            id(w) in in_column
            and least >= settings.ocr_cell_value_confidence
            and len(parts) == 1
            and value_like(parts[0])
        ):
            continue
        if "".join(parts).lower() == w.text.lower() or not all(
            any(c.isalnum() for c in p) for p in parts
        ):
            continue  # the same letters (a space or another case is no better reading), or specks
        if cut_run(w.text, parts):
            continue
        again[id(w)] = _split(w, parts, settings.ocr_repaired_confidence)
    again |= _in_digits(img, found, words, again, scale, folder, settings)
    if again:
        words[:] = [part for w in words for part in again.get(id(w), [w])]
    return len(again)


def cut_run(read: str, parts: list[str]) -> bool:
    """``read`` is one identifier's run of digits and ``parts`` cut it in pieces of digits
    ("169746819047:" read again "697468" "19047:"): an identifier is printed in one piece,
    and a space put in it, on a piece cut out of the page, is a slip of the second reading
    (its first or last digit lost at the piece's edge), not a better one."""
    return (
        len(parts) > 1
        and bool(_DIGIT_RUN.match(read))
        and all(any(ch.isdigit() for ch in p) for p in parts)
    )


def beside(w: Word, words: list[Word]) -> tuple[str, str]:
    """The texts of the words printed right before and right after ``w`` on its line (its
    middle within half the other's height), "" where none is: a word read again is put
    right by its neighbours as it was in its line ("May" "2t," "2026": a day)."""
    middle = (w.top + w.bottom) / 2
    left: Word | None = None
    right: Word | None = None
    for v in words:
        if v is w or abs((v.top + v.bottom) / 2 - middle) > (v.bottom - v.top) / 2:
            continue
        if v.x1 <= w.x0 + 1 and (left is None or v.x1 > left.x1):
            left = v
        elif v.x0 >= w.x1 - 1 and (right is None or v.x0 < right.x0):
            right = v
    return (left.text if left else ""), (right.text if right else "")


def _in_value_columns(found: list[Word], words: list[Word], settings: ReadSettings) -> set[int]:
    """The ids of the words of ``found`` in a column of values (``in_value_column``)."""
    sure = settings.ocr_low_word_confidence
    strong = [w for w in words if w.conf is not None and w.conf >= sure]
    return {id(w) for w in found if in_value_column(w, strong, settings)}


def _split(w: Word, parts: list[str], conf: float) -> list[Word]:
    """``w`` read again as ``parts``, each with its share of the box (a space's width
    between two), read ``conf`` surely."""
    per = (w.x1 - w.x0) / (sum(len(p) for p in parts) + len(parts) - 1)
    out, at = [], w.x0
    for part in parts:
        out.append(Word(part, at, at + per * len(part), w.top, w.bottom, w.size, w.bold, conf))
        at += per * (len(part) + 1)
    return out


def in_service_row(w: Word, words: list[Word], settings: ReadSettings) -> bool:
    """``w`` is a short weak word with no digit and not in capitals ("ay", "x", "iE": a
    count's "1" misread) on a row that prints at least ``ocr_cell_min_values`` - 1 sure
    amounts: a service row's cell, where a count or a line's number is printed."""
    core = w.text.strip(_EDGE)
    if not core or len(core) > 3 or any(ch.isdigit() for ch in core) or core.isupper():
        return False
    middle, half = (w.top + w.bottom) / 2, (w.bottom - w.top) / 2
    amounts = [
        v
        for v in words
        if abs((v.top + v.bottom) / 2 - middle) <= half
        and v.conf is not None
        and v.conf >= settings.ocr_low_word_confidence
        and _AMOUNT.match(v.text.strip(_EDGE))
    ]
    return len(amounts) >= settings.ocr_cell_min_values - 1


def _in_digits(
    img: Any,
    found: list[Word],
    words: list[Word],
    again: dict[int, list[Word]],
    scale: float,
    folder: Path,
    settings: ReadSettings,
) -> dict[int, list[Word]]:
    """The words of ``found`` a service row prints where a count belongs
    (``in_service_row``) that no reading made a number, read once more with tesseract
    allowed only ``ocr_cell_digits``: a units cell's "1" read "ay" twice. A reading of one
    count at least ``ocr_cell_value_confidence`` sure is taken, unsure (a repair)."""
    if not settings.ocr_cell_digits:
        return {}
    odd = [
        w
        for w in found
        if not any(numeric(p.text) for p in again.get(id(w), []))
        and in_service_row(w, words, settings)
    ]
    if not odd:
        return {}
    from dataclasses import replace

    only = replace(settings, ocr_whitelist=settings.ocr_cell_digits)
    pieces = [_piece(img, w, scale, settings) for w in odd]
    out = {}
    for w, read in zip(odd, read_pieces(pieces, folder / "digits.pgm", only), strict=True):
        text = read[0].text.strip(_EDGE) if len(read) == 1 else ""
        if _COUNT.match(text) and read[0].conf >= settings.ocr_cell_value_confidence:
            out[id(w)] = _split(w, [text], settings.ocr_repaired_confidence)
    return out
