"""Amounts named by the words printed before them, as a claim's totals line prints them.

"Claim totals: Billed $340.00; We paid $217.60", "Charges $605.00 Allowed amount $0.00":
each amount goes to the column its words name (the column headings of
``data/rules/labels.yaml``), so every wording a table heading may use is understood here.
"""

from __future__ import annotations

from ..patterns import compiled
from .layout import Line
from .table import _match_column

# "Billed $340.00", "Covered amount 0.00", "Your cost: ($54.40)"
_LABELLED_AMOUNT = compiled(
    r"(?P<label>[A-Za-z][A-Za-z'’ ./-]*?)\s*:?\s*\(?-?(?P<amount>\$?\s*\d[\d,]*\.\d\d)\)?"
)
TOTALS_KEYS = ("billed", "allowed", "paid", "patient_responsibility")


def labelled_totals(text: str) -> dict[str, str]:
    """Amounts named by an amount heading's words: "Charges $605.00 Allowed amount $0.00"."""
    out: dict[str, str] = {}
    for m in _LABELLED_AMOUNT.finditer(text):
        key = _match_column(m.group("label").strip(" ;,"))
        if key in TOTALS_KEYS:
            out.setdefault(key, m.group("amount"))
    return out


# "Claim totals" (or "Totals") in a cell of its own over a band of "Billed $60.00" cells
_BAND_HEADING = compiled(r"(?i)(?:claim\s+)?totals?:?")
BAND_ROWS = 6  # lines under the heading the band may run over


def totals_band(lines: list[Line], indices: list[int]) -> tuple[dict[str, str], int | None]:
    """A claim's totals printed as a band of labelled amounts under a "Claim totals"
    cell, beside the claim's other lines; and the line of its heading."""
    for n, i in enumerate(indices):
        head = next((c for c in lines[i].cells if _BAND_HEADING.fullmatch(c.text.strip())), None)
        if head is None:
            continue
        out: dict[str, str] = {}
        for k in indices[n + 1 : n + 1 + BAND_ROWS]:
            beside = " ".join(c.text for c in lines[k].cells if c.x0 >= head.x0 - 12)
            got = labelled_totals(beside)
            if not got and out:
                break  # the band has ended
            for key, amount in got.items():
                out.setdefault(key, amount)
        if len(out) >= 2:
            return out, i
    return {}, None
