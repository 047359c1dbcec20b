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
from .fingerprint import edits_within
from .settings import DEFAULT_SETTINGS, ReadSettings

_WORD = compiled(r"[A-Za-z][A-Za-z'’-]*")


def misread_twin(
    name: str, lines: list[Any], settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """A word printed beside a neighbour it has in ``name`` that spells one of the
    name's words a letter or two apart ("Summit" beside "Ridge" for "Suramit Ridge"),
    or None."""
    shortest, most = settings.twin_min_letters, settings.twin_max_edits
    mine = [w.casefold() for w in _WORD.findall(name)]
    for ln in lines:
        words = _WORD.findall(ln.text)
        low = [w.casefold() for w in words]
        for j, word in enumerate(low):
            for i, own in enumerate(mine):
                if len(own) < shortest or word == own or word in mine:
                    continue
                if not edits_within(word, own, most):
                    continue
                before = i > 0 and j > 0 and low[j - 1] == mine[i - 1]
                after = i + 1 < len(mine) and j + 1 < len(low) and low[j + 1] == mine[i + 1]
                if before or after:
                    return words[j]
    return None
