"""Accented letters read again: the words whose print shows a mark, read by a model that knows it.

tesseract's English model has no "á", "í" or "ñ": it reads "Guzmán" as "Guzman" and
"Lucía" as "Lucia", sure of it, and a name the reader prints in a letter must be
spelled as the notice spells it. ``ocr_marks`` finds the words whose ink shows a mark
their reading has no letter for, and the words the English model read with an accent
it guessed; only those are read again, all of a page's at once: each word's box is
cut out of the page image (with room above and below it for the mark, little beside it:
a space away, the next word's first stroke would be read as a bar of its own, and the
reading then refused) and the pieces are stacked on one sheet, which tesseract
reads with ``settings.ocr_accent_language`` (Spanish by default: the accents of the
names on US notices). A second reading is taken only when it is the first one's
letters with accents added or changed ("Guzman" -> "Guzmán", never "Guzmen"), and the
word stays unsure. Without that language installed, or with the setting empty, words
are left as the English model read them.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from .extract import Word
from .ocr_marks import raised_capitals, unread_marks
from .ocr_sheet import crop, read_pieces
from .settings import DEFAULT_SETTINGS, ReadSettings

_EDGE = ".,;:'\"()"


@functools.cache
def installed(language: str) -> bool:
    """tesseract can read ``language`` (its traineddata is installed)."""
    if not language or shutil.which("tesseract") is None:
        return False
    try:
        proc = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    names = proc.stdout.decode("utf-8", "replace").split()
    return all(part in names for part in language.split("+"))


def plain(text: str) -> str:
    """``text`` without its accents: "Guzmán" -> "Guzman"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _name_like(text: str) -> bool:
    core = text.strip(_EDGE)
    return len(core) >= 2 and all(ch.isalpha() or ch in "-'" for ch in core)


def candidates(
    img: Any, words: list[Word], scale: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Word]:
    """The words of letters that may hold an accent the English model did not read: one
    it read with an accent, or whose print shows a mark over a small letter or above its
    capitals (``ocr_marks``)."""
    out = []
    for w in words:
        if w.conf is None or not _name_like(w.text):
            continue
        if not w.text.isascii():
            out.append(w)
            continue
        box = (w.x0 / scale, w.top / scale, w.x1 / scale, w.bottom / scale)
        if unread_marks(img, box, w.text, settings):
            out.append(w)
    seen = {id(w) for w in out}
    ascii_words = [w for w in words if w.conf is not None and _name_like(w.text)]
    out += [w for w in raised_capitals(ascii_words, settings) if id(w) not in seen]
    return out


def reread(
    img: Any,
    words: list[Word],
    scale: float,
    folder: Path,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> dict[str, str]:
    """Read again, with the accent language, each word of ``words`` that may hold an
    accent; take the new reading where it only adds or changes accents. ``folder``: a
    private temporary folder for the sheet image. Returns each word's spelling so
    found, by the word without its accents."""
    language = settings.ocr_accent_language
    if not language or not installed(language):
        return {}
    found = candidates(img, words, scale, settings)[: settings.ocr_accent_most]
    if not found:
        return {}
    accents = replace(settings, ocr_language=language, ocr_psm=6)
    margin, side = settings.ocr_accent_margin, settings.ocr_accent_side_margin
    pieces = [crop(img, w, scale, margin, side) for w in found]
    read = [[t.text for t in ts] for ts in read_pieces(pieces, folder / "accents.pgm", accents)]
    spelled: dict[str, str] = {}
    for w, texts in zip(found, read, strict=True):
        again = "".join(texts).strip(_EDGE + "¡¿|!")
        core = w.text.strip(_EDGE)
        if len(texts) != 1 or again == core or not again or again.isascii():
            continue
        if plain(again) != plain(core):
            continue
        spelled[plain(core)] = again
        _respell(w, core, again, settings)
    return spelled


def _respell(w: Word, core: str, again: str, settings: ReadSettings) -> None:
    w.text = w.text.replace(core, again, 1)
    if w.conf is not None:
        w.conf = min(w.conf, settings.ocr_repaired_confidence)


def spread(
    pages: list[list[Word]], spelled: dict[str, str], settings: ReadSettings = DEFAULT_SETTINGS
) -> None:
    """A name read again with its accent ("Guzmán") spelled so wherever else the notice
    prints it and the English model read it without ("Guzman" in a smaller font): the
    print shows a name one way."""
    if not spelled:
        return
    for words in pages:
        for w in words:
            core = w.text.strip(_EDGE)
            again = spelled.get(core) if core.isascii() else None
            if again:
                _respell(w, core, again, settings)
