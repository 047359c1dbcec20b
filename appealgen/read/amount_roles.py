"""Amount columns named together by row arithmetic, their headings counting as evidence.

A heading that is exactly a known synonym ("Billed amount", "Charge") names its
column for sure. Every other column whose cells are all amounts -- unnamed, a
repeated name ("billed_2"), a heading placed by its words ("Cost", "Amount we
recognise"), or a heading that names no amount over a column of amounts -- takes
the core amount (billed, allowed, paid, patient share) that best explains the
rows. Every row must keep billed >= allowed >= paid and billed >= share; a row
*adds up* when paid + share = allowed, or = billed (with any printed write-offs).
The reading kept is the one where most rows add up, then where most headings
agree; a heading's word is outweighed only when the rows' sums say otherwise.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ..records import record
from . import normalize as nz
from .table import AMOUNT_COLUMNS, Column, Row, Table, exact_column, is_amount, match_column

CORE_AMOUNTS = ("billed", "allowed", "paid", "patient_responsibility")
SHARE_PARTS = ("deductible", "coinsurance", "copay")
PLAN_WRITE_OFFS = ("discount", "adjustment")  # what the plan or provider writes off
WRITE_OFFS = ("not_covered", *PLAN_WRITE_OFFS)
MAX_SEARCHED = 6  # columns searched at once; wider tables keep their headings' names
SAMPLE = 24  # rows scored
SUM_WEIGHT = 3.0  # every row adding up outweighs this many headings' words
HEADING_WEIGHT = 1.0
UNHEADED_COST = 0.02  # more than the order tie-break, less than one row adding up
BILLED_BONUS = 0.05  # a column of the largest amounts is the billed one, though unheaded


SHARE_SUM = ("billed", "paid", *SHARE_PARTS, *WRITE_OFFS)  # the amounts share_of_parts reads


def share_of_parts(v: dict[str, Decimal | None]) -> Decimal | None:
    """The patient's share of a row that prints no column of its own for it: its
    deductible, coinsurance and copay, and the amount "not covered" too when the row
    prints the plan's write-off apart ("Network savings", "Contractual adjustment") and
    billed = paid + that write-off + the share adds up (the plan covers no part of it, and
    the provider did not write it off: the member owes it). None when it prints none."""
    parts = [v[k] for k in SHARE_PARTS if v.get(k) is not None]
    share = sum(parts, Decimal("0")) if parts else None
    rest = v.get("not_covered")
    off = next((v[k] for k in PLAN_WRITE_OFFS if v.get(k) is not None), None)
    billed, paid = v.get("billed"), v.get("paid")
    if rest and off is not None and billed is not None and paid is not None:
        if billed == paid + off + (share or 0) + rest:
            return (share or 0) + rest
    return share


@record
class _Col:
    column: Column
    prior: str | None  # the core amount its heading's words name, if any


def _amount(cell: str) -> Decimal | None:
    if nz.is_amount_cell(cell):
        return nz.parse_money(cell)
    found = nz.find_money(cell)
    if found:
        return found[0][2]
    cell = cell.strip()
    if cell.startswith(("$.", ".")) and cell.lstrip("$")[1:].isdigit():
        return Decimal("0" + cell.lstrip("$"))
    return None


def _all_amounts(table: Table, name: str) -> bool:
    cells = [(r.cells.get(name) or "").strip() for r in table.rows if not r.is_total]
    return bool(cells) and all(
        c
        and (nz.is_amount_cell(c) or (len(c.split()) == 1 and is_amount(c)))
        and _amount(c) is not None
        for c in cells
    )


def _role_of_label(col: Column) -> tuple[str | None, bool]:
    """The amount the heading names and whether it names it exactly."""
    exact = exact_column(col.label) if col.label else None
    if exact in AMOUNT_COLUMNS:
        return exact, True
    placed = match_column(col.label) if col.label else None
    return (placed if placed in AMOUNT_COLUMNS else None), False


def _split(table: Table) -> tuple[dict[str, Column], list[_Col]] | None:
    """Columns whose role is fixed by an exact heading, and the amount columns to search."""
    fixed: dict[str, Column] = {}
    searched: list[_Col] = []
    for col in sorted(table.columns, key=lambda c: c.x0):
        role, exact = _role_of_label(col)
        base = col.name if col.name in AMOUNT_COLUMNS else None
        if exact and role is not None and role not in fixed and col.name == role:
            fixed[role] = col
            continue
        if base is not None and base not in CORE_AMOUNTS and col.name == base:
            fixed[base] = col  # a deductible, copay or write-off column keeps its name
            continue
        if _all_amounts(table, col.name):
            searched.append(_Col(col, role if role in CORE_AMOUNTS else None))
    if not searched or len(searched) > MAX_SEARCHED:
        return None
    return fixed, searched


def _row_values(row: Row, names: dict[str, str]) -> dict[str, Decimal | None]:
    """The row's amounts by role; ``names`` maps a role to the column name holding it."""
    return {role: _amount(row.cells.get(name) or "") for role, name in names.items()}


def _keeps_bounds(v: dict[str, Decimal | None]) -> bool:
    b, a, p, s = (v.get(n) for n in CORE_AMOUNTS)
    present = [x for x in (b, a, p, s) if x is not None]
    if any(x < 0 for x in present):
        return True  # a credit or a reversal: the bounds say nothing
    if b is not None and any(x is not None and x > b for x in (a, p, s)):
        return False
    return not (a is not None and p is not None and p > a)


def _adds_up(v: dict[str, Decimal | None]) -> bool:
    b, a, p, s = (v.get(n) for n in CORE_AMOUNTS)
    if s is None:
        parts = [v.get(n) for n in SHARE_PARTS if v.get(n) is not None]
        s = sum(parts, Decimal("0")) if parts else None
    if p is None or s is None:
        return False
    if (a is not None and p + s == a) or (b is not None and p + s == b):
        return True
    offs = [v.get(n) for n in WRITE_OFFS if v.get(n) is not None]
    return bool(offs) and b is not None and p + s + sum(offs, Decimal("0")) == b


def _billed_is_most(row: Row, billed: str | None, amounts: list[str]) -> bool:
    """No amount a service row prints is more than what was billed for it (and a charge is
    never nothing while the row prints more): a column of larger amounts left unnamed
    says the column taken for the billed one is not."""
    if billed is None:
        return True
    b = _amount(row.cells.get(billed) or "")
    if b is None or b < 0:
        return True
    others = [_amount(row.cells.get(n) or "") for n in amounts if n != billed]
    others = [x for x in others if x is not None]
    if any(x < 0 for x in others):
        return True  # a credit or a reversal: the bounds say nothing
    return all(x <= b for x in others) and (b > 0 or not any(others))


def _billed_stands_out(rows: list[Row], billed: str | None, amounts: list[str]) -> bool:
    """The billed column holds the row's largest amount, above every other on some row
    (the bounds already hold it to no less than any)."""
    if billed is None:
        return False
    for row in rows:
        b = _amount(row.cells.get(billed) or "")
        others = [_amount(row.cells.get(n) or "") for n in amounts if n != billed]
        if b is not None and others and all(x is not None and x < b for x in others):
            return True
    return False


def _score(
    rows: list[Row], fixed: dict[str, Column], searched: list[_Col], roles: tuple[str | None, ...]
) -> float | None:
    names = {role: col.name for role, col in fixed.items()}
    names.update({r: sc.column.name for sc, r in zip(searched, roles, strict=True) if r})
    amounts = [sc.column.name for sc in searched] + [c.name for c in fixed.values()]
    added = 0
    for row in rows:
        v = _row_values(row, names)
        if not _keeps_bounds(v) or not _billed_is_most(row, names.get("billed"), amounts):
            return None
        added += _adds_up(v)
    score = SUM_WEIGHT * added / max(len(rows), 1)
    if _billed_stands_out(rows, names.get("billed"), amounts):
        score += BILLED_BONUS
    for sc, role in zip(searched, roles, strict=True):
        if sc.prior is not None:
            score += HEADING_WEIGHT if role == sc.prior else -HEADING_WEIGHT
        elif role is not None and role != sc.column.name:
            score -= UNHEADED_COST  # named by nothing but the sums: they must say so
    # the usual order, left to right: billed, allowed, paid, share (a tie-break only)
    placed = [CORE_AMOUNTS.index(r) for r in roles if r in CORE_AMOUNTS]
    score += 0.01 * sum(1 for x, y in itertools.pairwise(placed) if x < y)
    return score


def name_amount_columns(table: Table) -> bool:
    """Name the table's searched amount columns by the best reading; True when any changed."""
    split = _split(table)
    if split is None:
        return False
    fixed, searched = split
    free_roles = [r for r in CORE_AMOUNTS if r not in fixed]
    rows = [r for r in table.rows if not r.is_total][:SAMPLE]
    current = tuple(sc.column.name if sc.column.name in free_roles else None for sc in searched)
    best, best_score = current, _score(rows, fixed, searched, current)
    if best_score is not None:
        best_score += 0.001  # what the table already says wins a tie
    for roles in itertools.product([None, *free_roles], repeat=len(searched)):
        taken = [r for r in roles if r]
        if len(taken) != len(set(taken)):
            continue
        s = _score(rows, fixed, searched, roles)
        if s is not None and (best_score is None or s > best_score):
            best, best_score = roles, s
    if best == current:
        return False
    _apply(table, searched, best)
    return True


def _apply(table: Table, searched: list[_Col], roles: tuple[str | None, ...]) -> None:
    temp = []
    for n, sc in enumerate(searched):
        tmp = f"__amount_{n}"
        rename_column(table, sc.column, tmp)
        temp.append(sc.column)
    taken = {c.name for c in table.columns}
    for col, role in zip(temp, roles, strict=True):
        name = role
        if name is None:
            k = 1
            name = "unknown"
            while name in taken:
                k += 1
                name = f"unknown_{k}"
        taken.add(name)
        rename_column(table, col, name)


def rename_column(table: Table, col: Column, name: str) -> None:
    """Give ``col`` a new name, in the table's columns and in every row's cells."""
    old = col.name
    col.name = name
    for r in table.rows:
        if old in r.cells:
            r.cells[name] = r.cells.pop(old)


__all__ = ["name_amount_columns", "rename_column", "CORE_AMOUNTS"]
