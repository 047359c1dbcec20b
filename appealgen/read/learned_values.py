"""A corrected value as a notice may print it: other spellings, and OCR's slips.

A person corrects a parse document in the JSON's normal form ("W123456789",
"Maya Hollis", "99213"); the notice prints "W123 456 789", "HOLLIS, MAYA",
"99213-25", and a scan of it may read "W12345678O" or "Mava Hollis". To learn
where a value is printed, and to check that a learned place reads it back, a
value is compared in a loose form: letters and digits only, upper case, with the
characters OCR takes for one another made one (``ocr_key``), at most one
character wrong in a long value, a name's words in either order.

A learned ID also keeps its *shape* (which of its characters are letters, which
digits): an ID read through the layout from a scan is set right character by
character where OCR read a letter for a digit or the reverse ("W12345678O" is
"W123456780" when the shape is a letter and nine digits).
"""

from __future__ import annotations

import re
from typing import Any

from ..patterns import compiled
from .fingerprint import within_one_edit
from .lookalikes import LETTER_DIGITS, TO_LETTER

LOOSE_MIN_CHARS = 8  # a shorter value must match exactly (in its loose form)
MAX_ID_PIECES = 3  # "W123 456 789": an ID printed in groups

# what ``ocr_key`` makes one: OCR's look-alike letters for digits but "T" and "A" (read
# right far more often than misread), and the symbols OCR reads for "1" and "5"
_AS_ONE = str.maketrans(
    {**{c: d for c, d in LETTER_DIGITS.items() if c not in "TA"}, "|": "1", "$": "5"}
)
_NOT_ALNUM = compiled(r"[^0-9A-Za-z|$]")
_NAME_WORD = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def ocr_key(text: str) -> str:
    """Letters and digits only, upper case, with OCR's look-alike characters made one."""
    return _NOT_ALNUM.sub("", text).upper().translate(_AS_ONE)


def _close(a: str, b: str) -> bool:
    """Equal in loose form, or one letter apart when both are long (names only: two IDs
    one digit apart are two claims, not one misread)."""
    return a == b or (
        min(len(a), len(b)) >= LOOSE_MIN_CHARS and within_one_edit(a, b) and _letters(a, b)
    )


def _letters(a: str, b: str) -> bool:
    """Where ``a`` and ``b`` differ, neither has a digit."""
    diff = [x + y for x, y in zip(a, b, strict=False) if x != y] or [a[len(b) :] + b[len(a) :]]
    return not any(ch.isdigit() for ch in diff[0])


def name_words(text: str) -> list[str]:
    return [w.casefold() for w in _NAME_WORD.findall(text)]


def same_name(want: str, got: str) -> bool:
    """The same name: its words in order or as "Last, First"; one letter of OCR slack."""
    a, b = name_words(want), name_words(got)
    if not a or not b:
        return False
    if a == b:
        return True
    return len(a) == len(b) and _close(ocr_key("".join(a)), ocr_key("".join(b)))


def last_first(text: str) -> str | None:
    """ "HOLLIS, MAYA" as "MAYA HOLLIS" (None: not printed surname first)."""
    head, sep, tail = text.partition(",")
    if not sep or "," in tail or not name_words(head) or not name_words(tail):
        return None
    return f"{tail.strip()} {head.strip()}"


def printed_last_first(want: str, got: str) -> bool:
    """The name ``want`` printed surname first, a comma after it."""
    turned = last_first(got)
    return turned is not None and same_name(want, turned)


def same_value(kind: str, want: Any, got: Any) -> bool:
    """``got`` (read from the notice) is ``want`` (the person's value) as printed."""
    if want == got:
        return True
    if kind == "name" and isinstance(want, str) and isinstance(got, str):
        return same_name(want, got) or printed_last_first(want, got)
    if kind in ("id", "npi", "procedure") and isinstance(want, str) and isinstance(got, str):
        return _close(ocr_key(want), ocr_key(got))
    if kind == "dx" and isinstance(want, list) and isinstance(got, list):
        return len(want) == len(got) and all(
            ocr_key(str(w)) == ocr_key(str(g)) for w, g in zip(want, got, strict=True)
        )
    return False


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def loose_spans(kind: str, value: Any, text: str) -> list[tuple[int, int]]:
    """Where ``value`` is printed in ``text`` in another spelling or with an OCR slip:
    an ID in groups or with a look-alike character, a name in capitals, as "Last, First"
    or with a letter misread. Dates and amounts are found by their normalisers."""
    if kind in ("id", "npi", "procedure"):
        return _id_spans(str(value), text)
    if kind == "name":
        return _name_spans(str(value), text)
    return []


def _id_spans(value: str, text: str) -> list[tuple[int, int]]:
    want = ocr_key(value)
    if len(want) < 4:
        return []
    words = _words(text)
    out = []
    for i in range(len(words)):
        joined = ""
        for j in range(i, min(i + MAX_ID_PIECES, len(words))):
            joined += ocr_key(text[words[j][0] : words[j][1]].strip(".,;:()#"))
            if len(joined) > len(want) + 1:
                break
            if _close(want, joined):
                out.append((words[i][0], words[j][1]))
                break
    return out


def _name_spans(value: str, text: str) -> list[tuple[int, int]]:
    n = len(name_words(value))
    if not n:
        return []
    words = [(s, e) for s, e in _words(text) if _NAME_WORD.search(text[s:e])]
    out = []
    for i in range(len(words) - n + 1):
        s, e = words[i][0], words[i + n - 1][1]
        printed = text[s:e].rstrip(".;:")
        if same_name(value, printed) or printed_last_first(value, printed):
            out.append((s, e))
    return out


def id_shape(values: list[str]) -> str | None:
    """The shape the IDs share: ``A`` a letter, ``9`` a digit, other characters as printed
    (None when they differ, or show no digit)."""
    shapes = {re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "A", v.upper())) for v in values}
    if len(shapes) != 1:
        return None
    shape = shapes.pop()
    return shape if "9" in shape else None


def fit_shape(value: str, shape: str) -> str:
    """``value`` with letters where ``shape`` has letters and digits where it has digits,
    when OCR read one for the other; unchanged when the lengths differ or a character
    has no look-alike."""
    if len(value) != len(shape):
        return value
    out = []
    for ch, want in zip(value.upper(), shape, strict=True):
        if want == "9" and not ch.isdigit():
            ch = LETTER_DIGITS.get(ch, "")
        elif want == "A" and not ch.isalpha():
            ch = TO_LETTER.get(ch, "")
        if not ch:
            return value
        out.append(ch)
    return "".join(out)


def spaced_like(value: str, shape: str) -> str:
    """``value`` with the spaces its learned ``shape`` prints ("UEC806-28" as "UEC 806-28"
    when the shape is "AAA 999-99"): an ID read in pieces keeps its own spaces."""
    bare = shape.replace(" ", "")
    if " " not in shape or " " in value or len(value) != len(bare):
        return value
    out, at = [], 0
    for ch in shape:
        if ch == " ":
            out.append(" ")
        else:
            out.append(value[at])
            at += 1
    return "".join(out)
