"""A value OCR read weakly in one place and well in another: two readings agree.

Tesseract reads each printing of a value on its own. A name or an identifier read with
low word confidence where the reader took it ("Gabriela Lindqvist" at 40/100 on the
claim's line) is not a guess when the notice prints the same words again elsewhere (the
address block, the member panel) and OCR read every word of that printing well: a
misread that spells, letter for letter, another printing read surely is unlikely for a
value of many letters. Only values with no small vocabulary qualify (names, identifiers,
a plan's name): a code or a date misread may well spell another code or date the page
prints, so theirs is no agreement.
"""

from __future__ import annotations

from typing import Any

from . import locate as lc
from .settings import DEFAULT_SETTINGS, ReadSettings

# the fields whose values are many letters of no small vocabulary
AGREEING_PATHS = ("member.name", "patient_name", "member.id", "claim_number", "plan.name")

_EDGE = " \t.,;:()[]{}'\"“”‘’"


def read_well_elsewhere(
    lines: list[Any], where: lc.Spot, settings: ReadSettings = DEFAULT_SETTINGS
) -> lc.Spot | None:
    """Another printing of the words at ``where``, on another line, every word of it read
    at least ``settings.ocr_low_word_confidence`` surely (or from a text layer), or None.
    The words must hold ``settings.agree_min_chars`` letters and digits at least."""
    text = where.text.strip(_EDGE)
    if sum(ch.isalnum() for ch in text) < settings.agree_min_chars:
        return None
    finder = lc.text_finder(text)
    for k, ln in enumerate(lines):
        if k == where.line:
            continue
        for start, end in finder(ln.text):
            other = lc.spot(lines, k, start, end)
            if other is None or other.bbox == where.bbox:
                continue
            if other.word_conf is None or other.word_conf >= settings.ocr_low_word_confidence:
                return other
    return None


def agrees(
    path: str, lines: list[Any], where: lc.Spot, settings: ReadSettings = DEFAULT_SETTINGS
) -> bool:
    """Is the value of ``path``, read weakly at ``where``, printed and read well elsewhere?"""
    return path.endswith(AGREEING_PATHS) and read_well_elsewhere(lines, where, settings) is not None
