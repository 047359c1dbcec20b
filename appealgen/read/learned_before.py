"""Values printed before their label ("EHY568905438   mbr no", "195.00 chg") or under it.

Some notices print a value first and name it after ("W123 member no.", a column of
values with their labels to the right, a service line "8/19/26 svc dt 99403 proc").
A learned layout keeps such a field as ``{label: ..., value: before}``; the value is
read back from the end of the text before the label (in the same cell, else the cell
before it), no further back than the end of another of the layout's labels.
"""

from __future__ import annotations

import re
from typing import Any

from .anchors import Spot, clean_name, find_label, just_below, read_value
from .layout import Line
from .layouts import FIELD_TYPES

MAX_VALUE_WORDS = 4  # a date may be printed as three words ("Mar 4, 2026")
_TRAIL = " ,;:|-–"


def text_before(cells: list[Any], k: int, start: int) -> tuple[str, int]:
    """The text a value printed before a label at ``cells[k].text[start]`` is in, and
    its cell: the same cell up to the label, else the whole cell before it."""
    text = cells[k].text[:start]
    if not text.strip(_TRAIL + ".#") and k > 0:
        return cells[k - 1].text, k - 1
    return text, k


def after_other_labels(text: str, labels: list[str]) -> int:
    """Where ``text`` starts to be free of the layout's other labels (0: none in it)."""
    at = 0
    for label in labels:
        for _s, e in find_label(text, label):
            at = max(at, e)
    return at


def read_value_before(kind: str, text: str) -> tuple[Any, int, int] | None:
    """The value of ``kind`` that ends ``text`` (punctuation aside): value, start, end."""
    end = len(text.rstrip(_TRAIL + " "))
    body = text[:end]
    if not body.strip():
        return None
    if kind in ("name", "codes"):
        return _words_before(kind, body)
    starts = [m.start() for m in re.finditer(r"\S+", body)][-MAX_VALUE_WORDS:]
    for s in reversed(starts):
        got = read_value(kind, body[s:])
        if got is not None and not body[s + got[1] :].strip(_TRAIL):
            return got[0], s, end
    return None


def _words_before(kind: str, body: str) -> tuple[Any, int, int] | None:
    """A name: the words without digits that end ``body``; codes: all of ``body``."""
    tokens = list(re.finditer(r"\S+", body))
    if kind == "name":
        run = []
        for m in reversed(tokens):
            if re.search(r"\d", m.group(0)):
                break
            run.append(m)
        tokens = run[::-1]
    if not tokens:
        return None
    s = tokens[0].start()
    value = body[s:].strip(_TRAIL)
    return (value, s, len(body)) if value else None


def value_below(lines: list[Line], i: int, k: int, path: str, labels: list[str]) -> Any:
    """The value printed in the cell right under the label cell ``lines[i].cells[k]``
    (a stacked form: "Card no." over "GUK909949901"), as an ``Occ``; None if none is."""
    from .learned_read import Occ

    if i + 1 >= len(lines) or not just_below(lines[i], lines[i + 1]):
        return None
    label = lines[i].cells[k]
    under = [
        (min(c.x1, label.x1) - max(c.x0, label.x0), n) for n, c in enumerate(lines[i + 1].cells)
    ]
    overlap, n = max(under, default=(0.0, 0))
    if overlap <= 0:
        return None
    kind = FIELD_TYPES[path]
    text = lines[i + 1].cells[n].text
    got = read_value(kind, text)
    if got is None:
        return None
    value = got[0]
    if kind == "name":
        value = clean_name(value, labels)
        if value is None:
            return None
    return Occ(path, value, Spot(i + 1, n, 0, got[1]), lines[i + 1])
