"""A name OCR read without its capitals, put right where the notice prints it elsewhere.

In a small font (a 5-point patient column) tesseract reads capitals whose small
letter has the same shape, and then the rest of the word, in lower case: "whitney
abbott" for "Whitney Abbott". A reader takes a lower-case run for words, never a
name. Two or more neighbouring words read all in lower case are given their capitals
when the same words, in the same order, are printed capitalised elsewhere on the
notice (its address block, a "Patient:" label): a name repeats, the print shows how
it is spelled. Only the case changes, and the words count as repaired (unsure).
"""

from __future__ import annotations

from .extract import Word
from .ocr_boxes import rows_by_middle
from .settings import DEFAULT_SETTINGS, ReadSettings

_TRAIL = ",.;:"


def _core(text: str) -> str:
    return text.rstrip(_TRAIL)


def _capitalised(text: str) -> bool:
    core = _core(text)
    return len(core) > 1 and core[0].isupper() and core[1:].islower() and core.isalpha()


def _lower(text: str) -> bool:
    core = _core(text)
    return len(core) > 1 and core.isalpha() and core.islower()


def _rows(pages: list[list[Word]]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for words in pages:
        rows += [sorted(row, key=lambda w: w.x0) for row in rows_by_middle(words, 0.45)]
    return rows


def restore_case(pages: list[list[Word]], settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """Each run of two or more lower-case words of ``pages`` (each page's words) whose
    neighbouring pairs the notice also prints capitalised takes those capitals."""
    rows = _rows(pages)
    printed: dict[tuple[str, str], tuple[str, str]] = {}
    for row in rows:
        for a, b in zip(row, row[1:], strict=False):
            if _capitalised(a.text) and _capitalised(b.text):
                printed[(_core(a.text).lower(), _core(b.text).lower())] = (
                    _core(a.text),
                    _core(b.text),
                )
    if not printed:
        return
    cased: dict[int, tuple[Word, str]] = {}
    for row in rows:
        for a, b in zip(row, row[1:], strict=False):
            if _lower(a.text) and _lower(b.text):
                spelled = printed.get((_core(a.text), _core(b.text)))
                if spelled is not None:
                    cased[id(a)], cased[id(b)] = (a, spelled[0]), (b, spelled[1])
    for w, core in cased.values():
        w.text = core + w.text[len(_core(w.text)) :]
        if w.conf is not None:
            w.conf = min(w.conf, settings.ocr_repaired_confidence)
