"""Amounts named by the words printed before them, as a claim's totals line prints them.

"Claim totals: Billed $340.00; We paid $217.60", "Charges $605.00 Allowed amount $0.00",
or one a line, "Billed ....... $670.00": each amount goes to the column its words name
(the column headings of ``data/rules/labels.yaml``), so every wording a table heading may
use is understood here.
"""

from __future__ import annotations

from decimal import Decimal

from ..patterns import compiled
from . import normalize as nz
from .table import match_column

# "Billed $340.00", "Covered amount 0.00", "Your cost: ($54.40)"
LABELLED_AMOUNT = compiled(
    r"(?P<label>[A-Za-z][A-Za-z'’ ./-]*?)\s*:?\s*\(?-?(?P<amount>\$?\s*\d[\d,]*\.\d\d)\)?"
)
TOTALS_KEYS = ("billed", "allowed", "paid", "patient_responsibility")
# a line of one: "Billed ...... $670.00", "Your plan paid: $569.50", "You may owe (USD) 0.00"
_LABELLED_LINE = compiled(
    r"^\s*(?P<label>[A-Za-z][A-Za-z'’ /&()-]*?)[\s.:…·_-]*"
    r"(?P<amount>\(?-?\$?\s?\d[\d,]*\.\d\d\)?)\s*$"
)
MAX_LABEL_WORDS = 6  # a longer run of words before an amount is a sentence
# a dash standing alone as a value: "Allowed —", "Your cost -- ", "Paid - " at a line's end
_DASH_VALUE = compiled(r"(?<=[A-Za-z:])\s*:?\s+(?:[\u2014\u2013]|-{1,2})(?=\s|$)(?!\s*\(?-?\$?\d)")
_WORDS_BEFORE = compiled(r"([A-Za-z][A-Za-z'’ ./]*)$")
DASH_LABEL_WORDS = 4  # an amount's own label before a dash is at most this many words


def dashes_as_zeros(text: str, names) -> str:
    """``text`` with a dash printed as the value of an amount named in ``names`` read as
    0.00: "Allowed —  Plan paid —" -> "Allowed 0.00  Plan paid 0.00" (a zero printed as a
    dash). A dash after other words (a separator, "S9443 - Lactation") is kept."""
    out, at = [], 0
    for m in _DASH_VALUE.finditer(text):
        words = _WORDS_BEFORE.search(text[at : m.start()])
        run = words.group(1).split()[-DASH_LABEL_WORDS:] if words else []
        if any(match_column(" ".join(run[-n:])) in names for n in range(len(run), 0, -1)):
            out += [text[at : m.start()], " 0.00"]
            at = m.end()
    return "".join(out) + text[at:] if out else text


def labelled_totals(text: str) -> dict[str, str]:
    """Amounts named by an amount heading's words: "Charges $605.00 Allowed amount $0.00"."""
    out: dict[str, str] = {}
    for m in LABELLED_AMOUNT.finditer(dashes_as_zeros(text, TOTALS_KEYS)):
        key = match_column(m.group("label").strip(" ;,"))
        if key in TOTALS_KEYS:
            out.setdefault(key, m.group("amount"))
    return out


SHARE_PARTS = ("deductible", "coinsurance", "copay")  # the parts of the patient's share


def share_part_line(text: str) -> bool:
    """Is the line only a part of the patient's share and its amount ("Deductible $0.00",
    "Copay ..... 25.00")? A claim's totals hold none of them."""
    m = _LABELLED_LINE.match(text)
    return m is not None and match_column(m.group("label").strip(" ./:-")) in SHARE_PARTS


def labelled_line(text: str) -> tuple[str, Decimal] | None:
    """(the amount a line's words name, its value) when the line is only those words and
    one amount: "Billed ....... $670.00" -> ("billed", 670.00)."""
    m = _LABELLED_LINE.match(text)
    if m is None:
        return None
    label = m.group("label").strip(" ./:-")
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    key = match_column(label)
    value = nz.parse_money(m.group("amount").strip("()"))
    if key not in TOTALS_KEYS or value is None:
        return None
    if m.group("amount").startswith("(") or "-" in m.group("amount"):
        value = -value
    return key, value
