"""Codes OCR misread, put right by the code lists: a lactation procedure or diagnosis
code one look-alike off ("89443" -> S9443, "239.1" -> Z39.1) or with its first character
read twice ("5S9443"), and a procedure code's modifier one look-alike off ("99404-US" ->
99404-U5). Only a code that exactly one listed code fits is changed."""

from __future__ import annotations

from functools import lru_cache

from .. import knowledge
from ..patterns import compiled
from .codes import KNOWN_MODIFIERS
from .lookalikes import AS_DIGIT, AS_LETTER

# a note's mark printed without its space before the adjustment code it keys: "ACO-96:",
# "aCO" before "29:" (the mark is no doubled letter of the group: "CcO-170" is CO read twice)
_MARK_GROUP = compiled(r"^([A-Za-z0-9])((?:CO|PR|OA|PI|CR)(?:[-–]?([A-Z]?\d{1,3}))?[.,;:]?)$")
_REASON_AFTER = compiled(r"^([A-Z]?\d{1,3})[.,;:]?$")
# a procedure code and its modifier after a dash: "99404-US" (U5), "S9443-G0" (GO)
CODE_MODIFIER = compiled(r"^(\d{5}-|[A-Z]\d{4}-)([A-Z0-9]{2})$")


def modifier(read: str) -> str | None:
    """The one listed modifier ``read`` misreads by a look-alike ("US" -> "U5"), if the
    read one is not listed itself."""

    if read in KNOWN_MODIFIERS:
        return None
    options = [(ch, AS_DIGIT.get(ch, ch), AS_LETTER.get(ch, ch)) for ch in read]
    fits = {a + b for a in options[0] for b in options[1]} & KNOWN_MODIFIERS
    return fits.pop() if len(fits) == 1 else None


def listed(code: str) -> bool:
    """``code`` is a lactation code of the code list as printed."""
    return code in _codes_by_length().get(len(code), ())


@lru_cache(maxsize=1)
def _codes_by_length() -> dict[int, tuple[str, ...]]:

    out: dict[int, list[str]] = {}
    for code in knowledge.lactation_codes():
        out.setdefault(len(code), []).append(code)
    return {n: tuple(codes) for n, codes in out.items()}


def _same_char(got: str, want: str) -> bool:
    if got == want:
        return True
    if want.isdigit():
        return AS_DIGIT.get(got) == want
    if want.isalpha():
        return got.upper() == want or AS_LETTER.get(got) == want
    return False


def known_code(core: str) -> str | None:
    """The listed lactation code ``core`` is a misreading of, if exactly one fits."""
    codes = _codes_by_length()
    if core in codes.get(len(core), ()) or not any(ch.isdigit() for ch in core):
        return None
    fits = [
        code
        for code in codes.get(len(core), ())
        if all(_same_char(g, w) for g, w in zip(core, code, strict=True))
    ]
    return fits[0] if len(fits) == 1 else None


def doubled_code(core: str) -> str | None:
    """The listed lactation code ``core`` prints with its first character read twice, as
    itself and as a look-alike ("5S9443" -> S9443), if one is."""
    if len(core) < 5 or _letter(core[0]) != _letter(core[1]):
        return None
    rest = core[1:]
    return rest if listed(rest) else known_code(rest)


def _letter(ch: str) -> str:
    return AS_LETTER.get(ch, ch).upper()


def split_mark(word: str, after: str = "") -> list[str]:
    """ "ACO-96:" -> ["A", "CO-96:"], "aCO" before "29:" -> ["a", "CO"]: a note's mark and
    the adjustment code it keys read as one word, when the code's reason (in the word or
    the word ``after`` it) is a listed CARC; any other word as it is."""

    m = _MARK_GROUP.match(word)
    if not m or m.group(1).upper() == m.group(2)[0]:
        return [word]
    reason = m.group(3)
    if reason is None:
        r = _REASON_AFTER.match(after)
        reason = r.group(1) if r else None
    if reason is None or reason not in knowledge.carc_codes():
        return [word]
    return [m.group(1), m.group(2)]
