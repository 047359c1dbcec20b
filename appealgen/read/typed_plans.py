"""A plan's name printed with its type as its last word: "Highgate Choice PPO",
"Ridgeline Silver 2000 PPO" (the types: rules/reader_words.yaml plan_types)."""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled

_WORD = r"[A-Z][\w&'’.-]*"  # a capitalised word of the name
_NUMBER = r"\d{1,5}"  # a number in it ("2000")


def typed_part(lead_number: bool = False) -> re.Pattern[str]:
    """A plan's name (group 1) and its type (group 2) ending it, two to six words: a
    capitalised word first (or, with ``lead_number``, a number), then up to four
    capitalised words or numbers."""
    first = rf"(?:{_WORD}|{_NUMBER})" if lead_number else _WORD
    return compiled(
        rf"({first}\s+(?:(?:{_WORD}|{_NUMBER})\s+){{0,4}})"
        rf"({reader_words().plan_type_alternation})"
    )


def typed_name(text: str) -> bool:
    """Is ``text`` two to six words, each capitalised or a number, the last a plan's type
    ("Ridgeline Silver 2000 PPO")?"""
    words = text.split()
    return 2 <= len(words) <= 6 and typed_part(True).fullmatch(" ".join(words)) is not None
