"""A layout's fingerprint: its payer and the printed words that give it structure.

Two notices of one payer layout share their labels ("Claim ID:", "Visit date"),
table headings and titles, whatever the values, row counts and file names. The
fingerprint is the payer's name and the set of those *structure words*: short
text cells without digits that are labels (end in ":" or "#", or stand beside a
value) or headings. Values a reader took from the notice (names, plan names)
are left out, so a person's name does not look like structure.

``similarity`` compares two fingerprints (0..1); ``digest`` is a short stable
id for ``layout.fingerprint`` in the parse document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..patterns import compiled
from ..records import record
from .layout import Line

MAX_LABEL_WORDS = 5  # a longer run of words is a sentence, not a label
MAX_LINES = 400  # structure shows in the first pages; a 100-page file need not be read whole
DIGEST_LENGTH = 16

_LABEL = compiled(r"^(?P<label>[^\W\d_][^\d:#]{0,48}?)\s*[:#]")
_WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HAS_DIGIT = compiled(r"\d")


def norm_words(text: str) -> str:
    """Lower-case words only, one space between: the form labels are compared in."""
    return " ".join(w.casefold() for w in _WORD.findall(text))


@record(frozen=True)
class Fingerprint:
    payer: str  # normalised payer name, "" when unknown
    words: frozenset[str]  # structure words (normalised labels and headings)

    @property
    def digest(self) -> str:
        text = self.payer + "\n" + "\n".join(sorted(self.words))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def structure_words(lines: list[Line], values: Iterable[str] = ()) -> frozenset[str]:
    """The labels and headings printed in ``lines``, minus the given ``values``."""
    skip = {norm_words(v) for v in values if v and len(v.split()) <= MAX_LABEL_WORDS + 1}
    value_words = {w for v in skip for w in v.split()}
    out: set[str] = set()
    for ln in lines[:MAX_LINES]:
        cells = ln.cells
        line_has_digits = any(_HAS_DIGIT.search(c.text) for c in cells)
        for k, cell in enumerate(cells):
            text = cell.text.strip()
            m = _LABEL.match(text)
            if m:
                label = norm_words(m.group("label"))
            elif _HAS_DIGIT.search(text):
                continue
            elif len(cells) > 1 and (not line_has_digits or k + 1 < len(cells)):
                label = norm_words(text)  # a heading, or a label beside its value
            else:
                continue
            words = label.split()
            if not m and words and all(w in value_words for w in words):
                continue  # a value (a name in a table row), not a label
            while len(words) > 1 and words[-1] in value_words and not m:
                words.pop()  # "Plan name   Lakeview Select" printed as one cell
            label = " ".join(words)
            if label and len(words) <= MAX_LABEL_WORDS and label not in skip:
                out.add(label)
    return frozenset(out)


def fingerprint(lines: list[Line], payer: str | None, values: Iterable[str] = ()) -> Fingerprint:
    """The fingerprint of a notice whose payer is ``payer`` (values read from it left out)."""
    return Fingerprint(norm_words(payer or ""), structure_words(lines, values))


def same_payer(a: str, b: str) -> bool:
    """Both unknown, or one name inside the other ("Bayou Mutual" / "Bayou Mutual Health")."""
    if not a or not b:
        return not a and not b
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def within_one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one letter changed, added or dropped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


LOOSE_MIN_LETTERS = 8  # shorter words must match exactly: "paid" is not "pain"


def _matches(a: str, b: str) -> bool:
    # "your plan" and "your plan lakeview plus": a label with its value printed in one cell
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    # a scan of the same layout: "group planno" for "group plan no", "mernber id"
    x, y = ocr_form(a), ocr_form(b)
    return min(len(x), len(y)) >= LOOSE_MIN_LETTERS and within_one_edit(x, y)


def ocr_form(text: str) -> str:
    """Letters without spaces, with the letter pairs OCR reads for one letter made one."""
    return text.replace(" ", "").replace("rn", "m").replace("vv", "w")


def printed_name(lines: list[Line], name: str) -> bool:
    """``name`` (normalised words) is printed on one of ``lines``."""
    if not name:
        return False
    return any(f" {name} " in f" {norm_words(ln.text)} " for ln in lines[:MAX_LINES])


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """0..1: the share of structure words found in the other fingerprint, 0 across payers."""
    if not same_payer(a.payer, b.payer) or not a.words or not b.words:
        return 0.0
    in_b = sum(any(_matches(x, y) for y in b.words) for x in a.words)
    in_a = sum(any(_matches(y, x) for x in a.words) for y in b.words)
    return (in_a + in_b) / (len(a.words) + len(b.words))
