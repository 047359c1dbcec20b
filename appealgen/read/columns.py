"""Table columns named by what their cells hold, where the headings did not name them.

A heading nobody listed ("Benefit amount", "Max payable", "Service dt") still names
a column when its cells are unambiguous: every cell a date is the date of service,
every cell a procedure code is the procedure code. An amount column is given the
one core amount the table lacks only when the row arithmetic agrees on every row
(allowed = paid + patient share, ...) and its place among the other amount
columns fits the usual order (billed, allowed, paid, patient share).
"""

from __future__ import annotations

from decimal import Decimal

from . import normalize as nz
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
    found = nz.find_dates(cell)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] >= len(cell.rstrip(".,;")) - 1


def _is_code(cell: str) -> bool:
    head = cell.split()[0].strip(",;")
    return (nz.is_cpt(head) or nz.is_hcpcs(head)) and len(cell.split()) <= 4


def _money(cell: str) -> Decimal | None:
    found = nz.find_money(cell)
    return found[0][2] if found else None


def _is_amount_cell(cell: str) -> bool:
    return all(is_amount(t) for t in cell.split()) and len(cell.split()) == 1


def name_columns_by_content(table: Table) -> None:
    """Rename the table's unnamed columns whose cells say what they are (in place)."""
    names = {c.name for c in table.columns}
    for col in list(table.columns):
        if not _free(col.name):
            continue
        cells = _cells(table, col.name)
        if "date_of_service" not in names and _all(cells, _is_date):
            _rename(table, col, "date_of_service")
            names.add("date_of_service")
        elif "procedure_code" not in names and _all(cells, _is_code):
            _rename(table, col, "procedure_code")
            names.add("procedure_code")
    for col in list(table.columns):
        if _free(col.name) and _all(_cells(table, col.name), _is_amount_cell):
            role = _amount_role(table, col)
            if role is not None:
                _rename(table, col, role)


def _amount_role(table: Table, col: Column) -> str | None:
    """The one missing core amount this column holds, by row arithmetic and place."""
    names = {c.name for c in table.columns}
    missing = [n for n in CORE_AMOUNTS if n not in names]
    rows = [r for r in table.rows if not r.is_total]
    fits = [n for n in missing if _in_place(table, col, n) and _adds_up(rows, col.name, n)]
    return fits[0] if len(fits) == 1 else None


def _in_place(table: Table, col: Column, role: str) -> bool:
    """The column sits where ``role`` goes among the core amount columns present."""
    order = {n: k for k, n in enumerate(CORE_AMOUNTS)}
    for other in table.columns:
        if other.name in order and other.name != role:
            before = order[other.name] < order[role]
            if before != (other.x0 < col.x0):
                return False
    return True


def _adds_up(rows: list[Row], name: str, role: str) -> bool:
    """Every row where the check can be made agrees; at least one row can be checked."""
    checked = 0
    for r in rows:
        x = _money(r.cells.get(name) or "")
        v = {n: _money(r.cells.get(n) or "") for n in CORE_AMOUNTS}
        if x is None:
            return False
        if role == "paid" and v["allowed"] is not None and v["patient_responsibility"] is not None:
            ok = x == v["allowed"] - v["patient_responsibility"]
        elif (
            role == "allowed" and v["paid"] is not None and v["patient_responsibility"] is not None
        ):
            ok = x == v["paid"] + v["patient_responsibility"]
        elif (
            role == "patient_responsibility" and v["allowed"] is not None and v["paid"] is not None
        ):
            ok = x == v["allowed"] - v["paid"]
        elif role == "billed":
            known = [a for a in v.values() if a is not None]
            ok = bool(known) and all(x >= a for a in known)
        else:
            continue
        if not ok:
            return False
        checked += 1
    return checked > 0


def _rename(table: Table, col: Column, name: str) -> None:
    old = col.name
    col.name = name
    for r in table.rows:
        if old in r.cells:
            r.cells[name] = r.cells.pop(old)


__all__ = ["name_columns_by_content", "AMOUNT_COLUMNS"]
