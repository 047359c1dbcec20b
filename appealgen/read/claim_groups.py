"""A table's claim groups: the rows under a claim's first row, up to the row closing them.

A table of several claims prints a claim's key cells (claim number, patient, provider)
on its first row only; the rows under it belong to it until the next claim's first row
or a subtotal row ("Claim 123 subtotal", "Total for claim 123") that closes it. A
closing row that names the claim names the group it closes, not a claim of its own:
it is where the group's claim number is read when its first row prints none, and else
the group keeps the number its first row prints.
"""

from __future__ import annotations

from .fields import Found
from .table import Row, Table

# how a claim number is told to the evidence when its group's two printings differ
READ_TWO_WAYS = "read two ways"


def group_starts(rows: list[tuple[Table, Row]]) -> dict[int, int]:
    """Each closing row's line -> the line of the first row of the group it closes.

    Rows are taken in print order over every table of the document, so a group
    continued on the next page under a repeated heading stays one group.
    """
    out: dict[int, int] = {}
    start: int | None = None
    for r in sorted((r for _t, r in rows), key=lambda r: r.line_index):
        if not r.is_total:
            start = r.line_index if start is None else start
            continue
        if start is not None:
            out[r.line_index] = start
        start = None
    return out


def closing_anchors(
    anchors: list[Found], rows: list[tuple[Table, Row]]
) -> tuple[list[Found], set[str]]:
    """The claim anchors with each one printed in a closing row moved to its group, and
    the claim numbers the group's two printings read differently.

    "Claim MX7 subtotal" under rows whose first prints MX7 adds nothing; under rows that
    print no claim number it names them. A first row read "MX 7" (a scan's gap) takes
    the closing row's "MX7"; read "MXS7", it keeps its number, which is then unsure.
    """
    starts = group_starts(rows)
    out: list[Found] = []
    differ: set[str] = set()
    closing: dict[int, Found] = {}
    for a in anchors:
        start = starts.get(a.line)
        if start is None:
            out.append(a)
        elif not any(start <= b.line < a.line for b in anchors):
            out.append(Found(a.field, a.value, start, a.label))
        else:
            closing[start] = a
    for k, a in enumerate(out):
        other = closing.get(a.line)
        if other is None or other.value.replace(" ", "") == a.value:
            continue  # the same number, or a scan's gap inside the closing row's
        if other.value == a.value.replace(" ", ""):
            out[k] = Found(a.field, other.value, a.line, a.label)
        else:
            differ.add(a.value)
    return sorted(out, key=lambda a: a.line), differ
