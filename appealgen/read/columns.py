"""Table columns named by what their cells hold, where the headings did not name them.

A heading nobody listed ("Benefit amount", "Max payable", "Service dt") still names
a column when its cells are unambiguous: every cell a date is the date of service,
every cell a procedure code is the procedure code. An amount column is given the
one core amount the table lacks only when the row arithmetic agrees on every row
(allowed = paid + patient share, ...) and its place among the other amount
columns fits the usual order (billed, allowed, paid, patient share).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ..patterns import compiled
from . import normalize as nz
from .amount_roles import name_amount_columns, rename_column
from .dates import is_date_cell
from .mixed_cells import split_amounts_from_codes
from .table import AMOUNT_COLUMNS, Column, Row, Table, is_amount

CORE_AMOUNTS = ("billed", "allowed", "paid", "patient_responsibility")
# what a column's name says about what it holds: names that claim nothing
OPEN_NAMES = ("unknown", "description")


def _free(name: str) -> bool:
    """A column the headings did not really name: unknown, or a repeated name ("billed_2")."""
    return name.startswith(OPEN_NAMES) or (name.rsplit("_", 1)[-1].isdigit() and "_" in name)


def _cells(table: Table, name: str) -> list[str]:
    return [(r.cells.get(name) or "").strip() for r in table.rows if not r.is_total]


def _all(cells: list[str], test) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and len(filled) == len(cells) and all(test(c) for c in filled)


def _is_date(cell: str) -> bool:
    return is_date_cell(cell)


def _is_code(cell: str) -> bool:
    head = cell.split()[0].strip(",;")
    return (nz.is_cpt(head) or nz.is_hcpcs(head)) and len(cell.split()) <= 4


_DIAGNOSIS = compiled(r"[A-TV-Z]\d{2}\.\d{1,4}[A-Z]?")
_UNDOTTED = compiled(r"[A-TV-Z]\d{2}[0-9A-Z]{1,4}")


def _is_diagnosis(cell: str) -> bool:
    """Diagnosis codes, dotted ("Z39.1, O92.70") or not ("Z391") when the undotted shape is
    no procedure code (S9443) and no remark code (N130)."""
    tokens = [t.strip(",;") for t in re.split(r"[\s,;/]+", cell) if t.strip(",;")]
    return bool(tokens) and all(_DIAGNOSIS.fullmatch(t) or _undotted(t) for t in tokens)


def _undotted(token: str) -> bool:
    if not _UNDOTTED.fullmatch(token) or nz.is_hcpcs(token) or nz.is_cpt(token):
        return False
    return not nz.find_rarcs(token)


def _money(cell: str) -> Decimal | None:
    if nz.is_amount_cell(cell):
        return nz.parse_money(cell)
    found = nz.find_money(cell)
    return found[0][2] if found else None


def _is_amount_cell(cell: str) -> bool:
    """One amount, however spelled ("45.00 CR", "USD 45", "$(45.00)")."""
    return nz.is_amount_cell(cell) or (len(cell.split()) == 1 and is_amount(cell))


def name_columns_by_content(table: Table) -> None:
    """Rename the table's unnamed columns whose cells say what they are (in place)."""
    split_amounts_from_codes(table)
    names = {c.name for c in table.columns}
    for col in list(table.columns):
        # "Diag. code" taken for the procedure code: its cells are diagnoses
        cells = _cells(table, col.name)
        if col.name in ("procedure_code", *OPEN_NAMES) or _free(col.name):
            if "diagnosis_codes" not in names and _all(cells, _is_diagnosis):
                names.discard(col.name)
                rename_column(table, col, "diagnosis_codes")
                names.add("diagnosis_codes")
    for col in list(table.columns):
        # an amount heading over codes or dates ("Billed as" over 99402) is named by its cells
        if not (_free(col.name) or col.name.startswith("remarks") or col.name in AMOUNT_COLUMNS):
            continue
        cells = _cells(table, col.name)
        if "date_of_service" not in names and _all(cells, _is_date):
            rename_column(table, col, "date_of_service")
            names.add("date_of_service")
        elif "procedure_code" not in names and _all(cells, _is_code):
            rename_column(table, col, "procedure_code")
            names.add("procedure_code")
    _name_units(table, names)
    _name_adjustment_amounts(table)
    for col in list(table.columns):
        if _free(col.name) and _all(_cells(table, col.name), _is_amount_cell):
            role = _amount_role(table, col)
            if role is not None:
                rename_column(table, col, role)
    _name_amounts_together(table)
    name_amount_columns(table)


_ADJUSTMENT_CODE = compiled(r"(?:CO|PR|OA|PI|CR)[- ]?[A-Z]?\d{1,3}")


def _name_adjustment_amounts(table: Table) -> None:
    """An unnamed column of amounts right of a column of group and reason codes holds
    their amounts ("CO-45 | 50.00" under "GRP/RC-AMT"): what the plan adjusted, whoever
    the group code says bears it, never the patient's share worked out from the other
    amounts."""
    if "adjustment" in {c.name for c in table.columns}:
        return
    cols = sorted(table.columns, key=lambda c: c.x0)
    for left, col in zip(cols, cols[1:], strict=False):
        if not _free(col.name) or not _all(_cells(table, col.name), _is_amount_cell):
            continue
        codes = _cells(table, left.name)
        if all(bool(_ADJUSTMENT_CODE.fullmatch(c)) for c in codes) and all(codes):
            rename_column(table, col, "adjustment")
            return


def _name_units(table: Table, names: set[str]) -> None:
    """The one unnamed column of small counts is the units ("No." over 1, 1, 2).

    Counts running 1, 2, 3 down the rows are line numbers, not units.
    """
    if "units" in names:
        return
    counts = []
    for col in table.columns:
        cells = _cells(table, col.name)
        if _free(col.name) and _all(cells, lambda c: re.fullmatch(r"\d{1,2}", c) is not None):
            numbers = [int(c) for c in cells]
            if len(numbers) == 1 or numbers != list(range(1, len(numbers) + 1)):
                counts.append(col)
    if len(counts) == 1:
        rename_column(table, counts[0], "units")
        names.add("units")


def _name_amounts_together(table: Table) -> None:
    """Several unnamed amount columns named at once, when one reading alone adds up.

    Each way of giving the missing core amounts to the unnamed amount columns, left
    to right in the usual order, is tried on every row: billed >= allowed >= paid,
    and allowed = paid + patient share or the patient owes all the plan did not
    pay. Only a single reading that every row agrees with is taken.
    """
    names = {c.name for c in table.columns}
    missing = [n for n in CORE_AMOUNTS if n not in names]
    free = [
        c
        for c in sorted(table.columns, key=lambda c: c.x0)
        if _free(c.name) and _all(_cells(table, c.name), _is_amount_cell)
    ]
    if len(missing) < 2 or len(free) < 2:
        return
    rows = [r for r in table.rows if not r.is_total]
    for k in range(min(len(free), len(missing)), 1, -1):
        tries = [
            list(zip(cols, roles, strict=True))
            for cols in itertools.combinations(free, k)
            for roles in itertools.combinations(missing, k)
        ]
        fits = [
            pairs
            for pairs in tries
            if all(_in_place(table, c, n) for c, n in pairs) and _rows_agree(rows, pairs)
        ]
        if len(fits) == 1:
            for col, role in fits[0]:
                rename_column(table, col, role)
        if fits:
            return


def _rows_agree(rows: list[Row], pairs: list[tuple[Column, str]]) -> bool:
    """Every row keeps the bounds with these columns named so, and one row adds up."""
    summed = 0
    for r in rows:
        v = {n: _money(r.cells.get(n) or "") for n in CORE_AMOUNTS}
        for col, role in pairs:
            v[role] = _money(r.cells.get(col.name) or "")
        billed, allowed, paid, share = (v[n] for n in CORE_AMOUNTS)
        order = [a for a in (billed, allowed, paid) if a is not None]
        if any(a < b for a, b in itertools.pairwise(order)):
            return False
        if paid is None or share is None:
            continue
        if allowed is not None and allowed == paid + share:
            summed += 1
        elif billed is not None and billed == paid + share:
            summed += 1
        else:
            return False
    return summed > 0


def _amount_role(table: Table, col: Column) -> str | None:
    """The one missing core amount this column holds, by row arithmetic and place.

    The sums first (allowed = paid + patient share, or the patient owes all the plan
    did not pay); where no row can be summed, the bounds every row must keep (paid
    <= allowed <= billed), and only when one core amount is missing and no other
    unnamed amount column could hold it. A row that disagrees rules the role out.
    """
    names = {c.name for c in table.columns}
    missing = [n for n in CORE_AMOUNTS if n not in names]
    rows = [r for r in table.rows if not r.is_total]
    placed = [n for n in missing if _in_place(table, col, n)]
    fits = [n for n in placed if _checks(rows, col.name, n, _sums) == "agree"]
    if len(fits) == 1:
        return fits[0]
    rivals = [
        c
        for c in table.columns
        if c is not col
        and _free(c.name)
        and any(_in_place(table, c, n) for n in missing)
        and _all(_cells(table, c.name), _is_amount_cell)
    ]
    if len(missing) != 1 or not placed or rivals:
        return None
    role = missing[0]
    if _checks(rows, col.name, role, _sums) == "unknown":
        if _checks(rows, col.name, role, _bounds) == "agree":
            return role
    return None


def _in_place(table: Table, col: Column, role: str) -> bool:
    """The column sits where ``role`` goes among the core amount columns present."""
    order = {n: k for k, n in enumerate(CORE_AMOUNTS)}
    for other in table.columns:
        if other.name in order and other.name != role:
            before = order[other.name] < order[role]
            if before != (other.x0 < col.x0):
                return False
    return True


Amounts = dict[str, Decimal | None]


def _sums(x: Decimal, v: Amounts, role: str) -> bool | None:
    """Does the row's arithmetic agree with x as ``role``? None when it cannot tell."""
    billed, allowed, paid, share = (v[n] for n in CORE_AMOUNTS)
    # out of network the patient owes all the plan did not pay, whatever was allowed
    owes_rest = billed is not None and paid is not None and share is not None
    owes_rest = owes_rest and paid + share == billed
    if role == "paid" and share is not None and (allowed is not None or billed is not None):
        return (allowed is not None and x == allowed - share) or (
            billed is not None and x + share == billed
        )
    if role == "allowed" and paid is not None and share is not None:
        return x == paid + share or (owes_rest and paid <= x <= billed)
    if role == "patient_responsibility" and paid is not None:
        if allowed is None and billed is None:
            return None
        return (allowed is not None and x == allowed - paid) or (
            billed is not None and x == billed - paid
        )
    if role == "billed":
        known = [a for a in v.values() if a is not None]
        return all(x >= a for a in known) if known else None
    return None


def _bounds(x: Decimal, v: Amounts, role: str) -> bool | None:
    """The bounds every row keeps: paid <= allowed <= billed, a share <= billed."""
    billed, allowed, paid = v["billed"], v["allowed"], v["paid"]
    checks: list[bool] = []
    if role != "billed" and billed is not None:
        checks.append(x <= billed)
    if role == "allowed" and paid is not None:
        checks.append(x >= paid)
    if role == "paid" and allowed is not None:
        checks.append(x <= allowed)
    return all(checks) if checks else None


def _checks(rows: list[Row], name: str, role: str, check) -> str:
    """ "agree" (every row that can be checked agrees, one at least), "disagree" or "unknown"."""
    checked = 0
    for r in rows:
        x = _money(r.cells.get(name) or "")
        if x is None:
            return "disagree"
        ok = check(x, {n: _money(r.cells.get(n) or "") for n in CORE_AMOUNTS}, role)
        if ok is False:
            return "disagree"
        checked += ok is True
    return "agree" if checked else "unknown"


__all__ = ["name_columns_by_content", "AMOUNT_COLUMNS"]
