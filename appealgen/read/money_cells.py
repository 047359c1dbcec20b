"""An amount cell's value, as a claim's rows and totals print it.

"$1,234.50", "1 234.56" (thousands grouped by a space), and a credit ("25.00 CR",
"(25.00)", "25.00-") as a negative amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..patterns import compiled
from . import normalize as nz
from .table import is_money_token

# "1 234.56", "$1 234.56": a cell's amount with its thousands grouped by a space
_SPACED_THOUSANDS = compiled(
    r"\(?-?\$?\s?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+\.\d{2}\)?(?:-|\s?CR)?", re.I
)


def cell_money(cell: str | None) -> Decimal | None:
    """The first amount in a cell; a credit ("25.00 CR", "(25.00)", "25.00-") is negative."""
    if not cell:
        return None
    if m := _SPACED_THOUSANDS.match(cell.strip()):
        return nz.parse_money(m.group(0))
    toks = cell.split()
    for i, tok in enumerate(toks):
        if is_money_token(tok):
            if i + 1 < len(toks) and toks[i + 1].upper() == "CR" and not tok.upper().endswith("CR"):
                tok += "CR"  # "25.00 CR": a credit
            return nz.parse_money(tok)
    whole = nz.parse_money(cell)  # "USD (45.00)", "–45.00", "$1,234.5 DR": the cell is one amount
    if whole is not None:
        return whole
    found = nz.find_money(cell)
    return found[0][2] if found else None
