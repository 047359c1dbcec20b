"""An amount cell's value, as a claim's rows and totals print it.

"$1,234.50", "1 234.56" (thousands grouped by a space), and a credit ("25.00 CR",
"(25.00)", "25.00-") as a negative amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..patterns import compiled
from . import normalize as nz
from .table import AMOUNT_COLUMNS, is_money_token

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


_BLANK = frozenset({"", "-", "--", "\u2014", "\u2013"})  # a cell printing no amount, or a dash


def _amount_column(name: str) -> bool:
    return name.rsplit("_", 1)[0] in AMOUNT_COLUMNS or name in AMOUNT_COLUMNS


def blanks_as_zeros(cells: dict[str, str], columns: list[str]) -> dict[str, str]:
    """A service row's cells with each amount column of ``columns`` that the row leaves
    blank or marks with a dash read as 0.00, when the row prints an amount in another
    amount column: a table's zero is often printed as nothing ("Copay" blank beside a
    billed amount). A row of no amounts is left as it is, and so is a row that prints an
    amount under another heading (its cells are not where its headings say); a count or
    a modifier there ("1", "25") is no amount."""
    amounts = [n for n in columns if _amount_column(n)]
    if not any(cell_money(cells.get(n)) is not None for n in amounts):
        return cells
    if any(nz.is_amount(v.strip()) for k, v in cells.items() if not _amount_column(k)):
        return cells
    out = dict(cells)
    for name in amounts:
        if (cells.get(name) or "").strip() in _BLANK:
            out[name] = "0.00"
    return out
