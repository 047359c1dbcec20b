"""A code OCR read weakly that the words of its own row name.

Tesseract may misread a code by a character ("99402" for 99403, "E0603" for E0604), and
a code misread may well spell another listed code, so a code read with low word
confidence is not sure by its shape. The row that prints it often names the service in
words too ("Lactation class  S9443", "Preventive counseling, 30 min  99402", "Breast
pump, electric  E0603"). Those words are a second reading, independent of the code's
characters: when they name the code read (the head of its description in the code data,
the words before its first comma, or the minutes it states: "about 30 minutes") and name
no other listed code of its kind as well, the code is borne out. Words that name several
codes alike ("Preventive counseling" for 99401-99404, "Breast pump" for E0602-E0604)
leave it in doubt.
"""

from __future__ import annotations

from functools import cache

from .. import knowledge
from ..patterns import compiled
from .settings import DEFAULT_SETTINGS, ReadSettings

_WORD = compiled(r"[a-z]+")
# "30 min", "30-minute", "about 30 minutes", "30min": a time a code's description states
_MINUTES = compiled(r"\b(\d{1,3})\s*-?\s*min(?:ute)?s?\b")
_TOKEN_EDGE = ".,;:()[]{}*"


def _stem(word: str) -> str:
    """A word without its plural ending: "classes" -> "class", "visits" -> "visit"."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


def naming_words(text: str, settings: ReadSettings = DEFAULT_SETTINGS) -> set[str]:
    """The words of ``text`` that can name a service: words of
    ``settings.named_min_letters`` letters or more, stemmed, and each time in minutes as
    "30min"."""
    low = text.casefold()
    words = {_stem(w) for w in _WORD.findall(low) if len(w) >= settings.named_min_letters}
    return words | {f"{m}min" for m in _MINUTES.findall(low)}


def _alike(a: str, b: str, settings: ReadSettings) -> bool:
    """Two stemmed words the same, or opening alike for ``settings.named_min_prefix``
    letters ("electric" / "electrical", "lactation" / "lactating")."""
    if a == b:
        return True
    n = settings.named_min_prefix
    return len(a) >= n and len(b) >= n and a[:n] == b[:n]


@cache
def _heads() -> dict[str, tuple[str, str]]:
    """Each listed code -> (its kind, "procedure" or "diagnosis"; the words that name it:
    its description's head and the minutes it states)."""

    out = {}
    for code, info in knowledge.lactation_codes().items():
        kind = "diagnosis" if info.system == "icd10" else "procedure"
        head = info.description.split(",", 1)[0]
        minutes = " ".join(f"{m} min" for m in _MINUTES.findall(info.description.casefold()))
        out[code] = (kind, f"{head} {minutes}")
    return out


def _score(words: set[str], name: str, settings: ReadSettings) -> int:
    return sum(
        1 for w in naming_words(name, settings) if any(_alike(w, o, settings) for o in words)
    )


def code_read(text: str) -> str | None:
    """The one listed code printed as a word of its own in ``text`` (the words a value
    was read from: "S9443.", "Z391"), or None. A code with a modifier glued to it
    ("99402-33") is no such word: the row's words may bear out the code, never the
    modifier read weakly with it."""
    found = set()
    for raw in text.split():
        part = raw.strip(_TOKEN_EDGE).upper()
        for code in _heads():
            if part in (code, code.replace(".", "")):
                found.add(code)
    return found.pop() if len(found) == 1 else None


def named_on_row(row: str, code: str, settings: ReadSettings = DEFAULT_SETTINGS) -> bool:
    """Do the words of ``row`` (the line printing ``code``) name the listed ``code``, and
    no other listed code of its kind as well or better?"""
    heads = _heads()
    if code not in heads:
        return False
    kind, name = heads[code]
    words = naming_words(row, settings)
    own = _score(words, name, settings)
    if own == 0:
        return False
    return all(
        _score(words, other, settings) < own
        for c, (k, other) in heads.items()
        if k == kind and c != code
    )


def named_code(
    lines: list, line: int, text: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> bool:
    """Is the code printed as ``text`` on line ``line`` named by that line's own words?"""
    code = code_read(text)
    if code is None or not 0 <= line < len(lines):
        return False
    return named_on_row(lines[line].text, code, settings)
