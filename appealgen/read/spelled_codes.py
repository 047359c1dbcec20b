"""A standard adjustment reason code named in words: "Claim adjustment reason code fifty",
"reason code one ninety-seven", "reason code two hundred forty-two". Letters read aloud and
notices in sentences name the code so; the number, spelled as people say it, is the CARC's
(codes/carc.csv) and names its categories as the printed code would."""

from __future__ import annotations

from .. import knowledge
from ..patterns import compiled

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER = "|".join((*_UNITS, *_TEENS, *_TENS))
# "reason code", "claim adjustment reason code", "adjustment reason code number"
_SPELLED = compiled(
    rf"(?i)\b(?:claim )?(?:adjustment )?reason code(?: number)?\s*[:#]?\s*"
    rf"((?:{_NUMBER})(?:[\s-]+(?:{_NUMBER}|hundred|and))*)\b"
    # the number ends where the words go on or the sentence does: a line's text cut after
    # "reason code one" (a narrow column's first line) may go on "ninety-seven"
    r"(?=\s*[.:;,)–—-]|\s+(?:applies|apply|means|is|was|for|on|and|to)\b)"
)


def spelled_number(words: str) -> int | None:
    """The number ``words`` spell as people say a code ("one ninety-seven" 197, "two
    hundred forty-two" 242, "fifty" 50), or None when they spell none."""
    tokens = [w for w in words.lower().replace("-", " ").split() if w != "and"]
    hundreds = 0
    if "hundred" in tokens:
        k = tokens.index("hundred")
        if k != 1 or tokens[0] not in _UNITS:
            return None
        hundreds, tokens = _UNITS.index(tokens[0]) + 1, tokens[2:]
    elif len(tokens) >= 2 and tokens[0] in _UNITS and tokens[1] in (*_TEENS, *_TENS):
        hundreds, tokens = _UNITS.index(tokens[0]) + 1, tokens[1:]  # "one ninety-seven"
    rest = _below_hundred(tokens)
    if rest is None or (hundreds == 0 and not tokens):
        return None
    return hundreds * 100 + rest


def _below_hundred(tokens: list[str]) -> int | None:
    if not tokens:
        return 0
    if len(tokens) == 1 and tokens[0] in _UNITS:
        return _UNITS.index(tokens[0]) + 1
    if len(tokens) == 1 and tokens[0] in _TEENS:
        return _TEENS.index(tokens[0]) + 10
    if tokens[0] in _TENS and len(tokens) <= 2:
        unit = tokens[1:] and tokens[1]
        if unit and unit not in _UNITS:
            return None
        return (_TENS.index(tokens[0]) + 2) * 10 + (_UNITS.index(unit) + 1 if unit else 0)
    return None


def spelled_code_spans(text: str) -> list[tuple[str, int, int]]:
    """(category, start, end) of each adjustment reason code ``text`` names in words, for
    each category the code's meaning names (none for a code that names none)."""
    out: list[tuple[str, int, int]] = []
    for m in _SPELLED.finditer(text):
        number = spelled_number(m.group(1))
        info = knowledge.carc_codes().get(str(number)) if number is not None else None
        if info is not None:
            out += [(c, m.start(), m.end()) for c in info.categories if c != "other"]
    return out
