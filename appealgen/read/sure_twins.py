"""A name OCR read twice and spelled two ways: one of the printings is misread.

A scanned notice prints the payer's or plan's words more than once ("Plan: Suramit Ridge
Open Access POS" and "Billed to: Summit Ridge Health Plan"). When a word of a name read
from the page differs by a letter or two from a word printed elsewhere beside the same
neighbour ("Suramit Ridge" / "Summit Ridge"), OCR misread one of them, and the name as
read is not sure.
"""

from __future__ import annotations

from typing import Any

from ..patterns import compiled

# a word long enough that one or two letters off is a misreading, not another word
_MIN_LETTERS = 4
_MAX_EDITS = 2
_WORD = compiled(r"[A-Za-z][A-Za-z'’-]*")


def edits(a: str, b: str, most: int = _MAX_EDITS) -> int:
    """The edit distance of ``a`` and ``b`` (letters inserted, dropped or changed), or
    ``most + 1`` when it is more than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return most + 1
    return row[-1]


def misread_twin(name: str, lines: list[Any]) -> str | None:
    """A word printed beside a neighbour it has in ``name`` that spells one of the
    name's words a letter or two apart ("Summit" beside "Ridge" for "Suramit Ridge"),
    or None."""
    mine = [w.casefold() for w in _WORD.findall(name)]
    for ln in lines:
        words = _WORD.findall(ln.text)
        low = [w.casefold() for w in words]
        for j, word in enumerate(low):
            for i, own in enumerate(mine):
                if len(own) < _MIN_LETTERS or word == own or word in mine:
                    continue
                if not 0 < edits(word, own) <= _MAX_EDITS:
                    continue
                before = i > 0 and j > 0 and low[j - 1] == mine[i - 1]
                after = i + 1 < len(mine) and j + 1 < len(low) and low[j + 1] == mine[i + 1]
                if before or after:
                    return words[j]
    return None
