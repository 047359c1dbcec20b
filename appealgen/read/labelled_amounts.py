"""Amounts named by the words printed before them, as a claim's totals line prints them.

"Claim totals: Billed $340.00; We paid $217.60", "Charges $605.00 Allowed amount $0.00":
each amount goes to the column its words name (the column headings of
``data/rules/labels.yaml``), so every wording a table heading may use is understood here.
"""

from __future__ import annotations

from ..patterns import compiled
from .table import match_column

# "Billed $340.00", "Covered amount 0.00", "Your cost: ($54.40)"
_LABELLED_AMOUNT = compiled(
    r"(?P<label>[A-Za-z][A-Za-z'’ ./-]*?)\s*:?\s*\(?-?(?P<amount>\$?\s*\d[\d,]*\.\d\d)\)?"
)
TOTALS_KEYS = ("billed", "allowed", "paid", "patient_responsibility")


def labelled_totals(text: str) -> dict[str, str]:
    """Amounts named by an amount heading's words: "Charges $605.00 Allowed amount $0.00"."""
    out: dict[str, str] = {}
    for m in _LABELLED_AMOUNT.finditer(text):
        key = match_column(m.group("label").strip(" ;,"))
        if key in TOTALS_KEYS:
            out.setdefault(key, m.group("amount"))
    return out
