"""An amount printed into a codes column: a column of its own, named by the row arithmetic.

A heading lost on a scan or never printed over the last amount column ("Member owes"
missing) leaves that column's amounts under the next heading: "0.00 CO-119 N362" under
"Remarks". When every row's cell of a column that names no amount starts with one
amount and goes on with codes or nothing, the amounts are a column of their own,
printed under no heading: the row arithmetic (amount_roles.py) names it, or it stays
unnamed and unread. The codes stay in their column, each with its own row.
"""

from __future__ import annotations

from . import normalize as nz
from .table import AMOUNT_COLUMNS, Column, Row, Table

# columns that may hold codes beside an amount; a name, a date or a description never do
CODE_COLUMNS = ("remarks", "carc", "group", "unknown")


def _split(cell: str) -> tuple[str, str] | None:
    """(the amount, the rest) of a cell that starts with one amount and holds no other."""
    tokens = cell.split()
    if not tokens or not nz.is_amount(tokens[0]) or not nz.find_money(tokens[0]):
        return None
    if any(nz.is_money_token(t) for t in tokens[1:]):
        return None
    return tokens[0], " ".join(tokens[1:])


def _free_name(table: Table) -> str:
    taken = {c.name for c in table.columns}
    k = 2
    while f"unknown_{k}" in taken:
        k += 1
    return "unknown" if "unknown" not in taken else f"unknown_{k}"


def split_amounts_from_codes(table: Table) -> None:
    """Give the amounts of a codes column whose every row starts with one a column (in place)."""
    rows = [r for r in table.rows if not r.is_total]
    for col in list(table.columns):
        if col.name in AMOUNT_COLUMNS or not col.name.startswith(CODE_COLUMNS):
            continue
        cells = [(r.cells.get(col.name) or "").strip() for r in rows]
        parts = [_split(c) for c in cells]
        if not rows or any(p is None for p in parts):
            continue
        if not any(rest and (nz.find_carcs(rest) or nz.find_rarcs(rest)) for _a, rest in parts):
            continue  # a column of amounts alone: named by the other readers
        name = _free_name(table)
        for r in table.rows:
            _move(r, col.name, name)
        at = table.columns.index(col)
        table.columns.insert(at, Column(name, col.x0, col.x1, ""))  # no heading printed


def _move(row: Row, old: str, new: str) -> None:
    part = _split((row.cells.get(old) or "").strip())
    if part is None:
        return
    amount, rest = part
    row.cells[new] = amount
    if rest:
        row.cells[old] = rest
    else:
        del row.cells[old]
