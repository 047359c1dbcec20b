"""A code key's code whose digit OCR read as a letter, spelled as the notice prints it.

A payer's key explains its own codes ("M5  This service was not medically necessary.")
and its service rows print them ("... $0.00 M5"). tesseract may read the key's "M5" as
"MS" or "P1" as "Pl", and a key entry of two letters is no code the key reader takes (it
could be any word), so the rows' code goes unexplained and is read as a standard remark
code. A word that opens a row and is followed by a word of an explanation, letters only,
is given its digits back when the notice prints it as letters then digits (each read as
a look-alike letter of that digit) at least ``MIN_USES`` times and more often than as
read: the notice's other readings of the same code agree on it.
"""

from __future__ import annotations

from .extract import Word
from .lookalikes import AS_DIGIT
from .ocr_boxes import rows_by_middle

MIN_USES = 2  # the code as letters then digits printed elsewhere at least this many times
_EDGES = "()[]*.:#"


def _core(text: str) -> str:
    return text.strip(_EDGES)


def with_digits(code: str) -> set[str]:
    """ "MS" -> {"M5"}, "Pl" -> {"P1"}: the code as its first letters, then digits where
    it reads look-alike letters of digits after them."""
    out = set()
    for cut in range(1, len(code)):
        head, tail = code[:cut], code[cut:]
        if not head.isalpha():
            break
        digits = "".join(ch if ch.isdigit() else AS_DIGIT.get(ch, "?") for ch in tail)
        if digits.isdigit() and digits != tail:
            out.add(head.upper() + digits)
    return out


def _opens_entry(row: list[Word]) -> bool:
    """The row opens with a short word of letters and goes on with an explanation's word."""
    code = _core(row[0].text)
    after = row[1].text if len(row) > 1 else ""
    return (
        2 <= len(code) <= 3
        and code.isalpha()
        and code[0].isupper()
        and len(after) > 1
        and after[0].isupper()
        and after[1:].isalpha()
        and after[1:].islower()
    )


def respell_key_codes(pages: list[list[Word]]) -> None:
    """Each key entry's code of ``pages`` (each page's words) read as letters where the
    notice prints it with digits, spelled with them."""
    uses: dict[str, int] = {}
    for words in pages:
        for w in words:
            core = _core(w.text)
            uses[core] = uses.get(core, 0) + 1
    for words in pages:
        for row in rows_by_middle(words, 0.45):
            row.sort(key=lambda w: w.x0)
            if not _opens_entry(row):
                continue
            read = _core(row[0].text)
            fits = [d for d in with_digits(read) if uses.get(d, 0) >= max(MIN_USES, uses[read] + 1)]
            if len(fits) == 1:
                row[0].text = row[0].text.replace(read, fits[0], 1)
