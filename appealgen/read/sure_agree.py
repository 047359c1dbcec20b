"""Two printings of a value that agree: what one printing leaves in doubt, the other settles.

A value OCR read weakly in one place and well in another.

Tesseract reads each printing of a value on its own. A name or an identifier read with
low word confidence where the reader took it ("Gabriela Lindqvist" at 40/100 on the
claim's line) is not a guess when the notice prints the same words again elsewhere (the
address block, the member panel) and OCR read every word of that printing well: a
misread that spells, letter for letter, another printing read surely is unlikely for a
value of many letters. Only values with no small vocabulary qualify (names, identifiers,
a plan's name): a code or a date misread may well spell another code or date the page
prints, so theirs is no agreement.

A name that ends its line where the line may wrap ("Prepared for Sunniva Abernethy-Cole"
over "… ID # HKW 693522514") is whole when the notice prints it elsewhere ending its
cell, another cell after it ("Patient: Sunniva Abernethy-Cole   Provider: …").
"""

from __future__ import annotations

from typing import Any

from . import locate as lc
from .settings import DEFAULT_SETTINGS, ReadSettings

# the fields whose values are many letters of no small vocabulary
AGREEING_PATHS = ("member.name", "patient_name", "member.id", "claim_number", "plan.name")

# a service's codes, which the words of its row may name (sure_named.py)
CODE_PATHS = ("procedure_code", "modifiers", "diagnosis_codes")

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
    """Is the value of ``path``, read weakly at ``where``, printed and read well elsewhere,
    or (a code) named by the words of its own row?"""
    if path.endswith(CODE_PATHS):
        from .sure_named import named_code

        return named_code(lines, where.line, where.text, settings)
    return path.endswith(AGREEING_PATHS) and read_well_elsewhere(lines, where, settings) is not None


def printed_whole_elsewhere(lines: list[Any], line: int, value: str) -> bool:
    """Is ``value`` printed on another line than ``line`` as the whole of what ends its
    cell, another cell after it on that line ("Patient: Sunniva Abernethy-Cole" then
    "Provider: …")? There nothing of it can run on to the next line: a name that seems to
    wrap where it ends ``line`` is whole."""
    from .evidence_checks import name_trouble

    finder = lc.text_finder(value)
    for k, ln in enumerate(lines):
        cells = getattr(ln, "cells", None) or []
        if k == line or len(cells) < 2:
            continue
        for cell in cells[:-1]:
            text = cell.text.rstrip()
            if any(end == len(text) for _, end in finder(text)):
                return name_trouble(lines, k, value, elsewhere=False) is None
    return False
