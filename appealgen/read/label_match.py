"""A learned label found as scans and narrow columns print it.

``find_label`` (anchors.py) finds a label's words exactly. Two scans of one
layout do not print it exactly alike: OCR glues words ("Group planno."), splits
them ("Mem ber"), or misreads a letter ("Mernber"); and a label near the right
margin wraps, its last words starting the next line ("... Member" / "owes
$0.00"). ``label_spans`` tries the exact words first, then the label's letters
with the spaces dropped and at most ``MAX_EDITS`` letters wrong in a label of
``LOOSE_MIN_LETTERS`` letters or more; ``wrapped_label`` finds a label begun at
the end of a line and ended on the next. ``split_id`` joins an ID that OCR cut in
two ("VF J563759556") back to the length the correction taught.
"""

from __future__ import annotations

import re

from ..patterns import compiled
from .anchors import find_label, just_below, words_of
from .fingerprint import LOOSE_MIN_LETTERS, ocr_form, within_one_edit
from .layout import Line

MAX_EDITS = 1


def loose_spans(text: str, label: str) -> list[tuple[int, int]]:
    """Spans of ``label`` in ``text`` with its spaces dropped and one letter of slack."""
    want = ocr_form(label)
    if len(want) < LOOSE_MIN_LETTERS:
        return []
    words = words_of(text)
    out = []
    for i in range(len(words)):
        joined = ""
        for j in range(i, len(words)):
            joined = ocr_form(joined + words[j][0])
            if len(joined) > len(want) + MAX_EDITS:
                break
            if len(joined) >= len(want) - MAX_EDITS and within_one_edit(joined, want):
                out.append((words[i][1], words[j][2]))
                break
    return out


def label_spans(text: str, label: str) -> list[tuple[int, int]]:
    """Where ``label`` is printed in ``text``: exactly, else as OCR may print it."""
    return find_label(text, label) or loose_spans(text, label)


def wrapped_label(lines: list[Line], i: int, label: str) -> int | None:
    """Where the value starts in the next line's first cell, when ``label`` begins at the
    end of line ``i`` and ends at the start of line ``i + 1`` (None: it does not)."""
    if i + 1 >= len(lines) or not lines[i].cells or not just_below(lines[i], lines[i + 1]):
        return None
    head = lines[i].cells[-1].text
    tail = lines[i + 1].cells[0].text
    joined = head + " " + tail
    for s, e in find_label(joined, label):
        if s < len(head) < e:
            return e - len(head) - 1
    return None


_ID_PART = compiled(r"[A-Z0-9-]+", re.I)
_ID_SHAPE = compiled(r"[A-Z0-9][A-Z0-9-]*[A-Z0-9]", re.I)
MAX_ID_PARTS = 3


def split_id(text: str, chars: int) -> tuple[str, int] | None:
    """An ID of ``chars`` letters and digits printed at the start of ``text`` in up to
    ``MAX_ID_PARTS`` pieces one space apart (a scan's), and where it ends."""
    lead = len(text) - len(text.lstrip(" :#.-–(=|"))
    joined, end, at = "", lead, lead
    for _ in range(MAX_ID_PARTS):
        m = _ID_PART.match(text, at)
        if m is None:
            return None
        joined, end = joined + m.group(0), m.end()
        size = sum(ch.isalnum() for ch in joined)
        if size == chars and _ID_SHAPE.fullmatch(joined) and re.search(r"\d", joined):
            return joined.upper(), end
        if size > chars or text[end : end + 1] != " ":
            return None
        at = end + 1
    return None
