"""Lines printed under a claim's last row that name a row of it go to that row.

"Adjustment (4) 37.00" under rows keyed "(4)", "Line 2 message: CO 11" under two rows:
a table's reader prints them after the claim's rows, and each belongs to one row.
"""

from __future__ import annotations

from ..patterns import compiled
from .table import Row, Table

_KEY_REF = compiled(r"[(\[](\d{1,2}|[A-Z]{1,2}\d{0,2})[)\]]")
# "Line 2 message: …", "Ln 1 -", "Service line 3:", "Svc 2": a note naming its row by number
_LINE_REF = compiled(
    r"(?i)^\s*(?:service\s+line|svc\.?\s+line|line|ln\.?|svc\.?)\s*#?\s*(\d{1,2})\b"
)


def spread_keyed_lines(table: Table) -> None:
    """Lines printed after a claim's last row that name a row go to that row.

    "Adjustment (4) 37.00", "Adjustment (5) 148.00", "Adjustment (4) 69.00" under rows
    keyed "(4) (5)" and "(4) (6)": in print order, each line to the first row still
    missing that key. "Line 1 message: CO 11", "Line 2 message: CO 11" under two rows:
    each to the row of that number.
    """
    run: list[Row] = []
    for r in [*table.rows, None]:
        if r is not None and not r.is_total:
            run.append(r)
            continue
        if len(run) > 1 and all(not x.extra for x in run[:-1]):
            if not _spread_numbered(run):
                _spread(run)
        run = []


def _spread_numbered(run: list[Row]) -> bool:
    """Each line under the last row that starts "Line N" goes to row N of the run.

    Only when every such line names a row of the run; a line without a number stays
    with the row before it. Returns whether the lines were moved.
    """
    last = run[-1]
    refs = [_LINE_REF.match(text) for text in last.extra]
    if not any(refs) or not refs[0]:
        return False
    numbers = [int(m.group(1)) if m else None for m in refs]
    if any(n is not None and not 1 <= n <= len(run) for n in numbers):
        return False
    texts, nums = list(last.extra), list(last.extra_lines)
    last.extra, last.extra_lines = [], []
    row = last
    for text, k, n in zip(texts, nums, numbers, strict=True):
        row = run[n - 1] if n is not None else row
        row.extra.append(text)
        row.extra_lines.append(k)
    return True


def _spread(run: list[Row]) -> None:
    last = run[-1]
    keys = [_KEY_REF.findall(r.text) for r in run]
    taken: list[set[str]] = [set() for _ in run]
    moves: list[tuple[int, int]] = []  # (extra position, row)
    at = 0
    for n, text in enumerate(last.extra):
        refs = _KEY_REF.findall(text)
        if len(refs) != 1:
            return
        row = next(
            (k for k in range(at, len(run)) if refs[0] in keys[k] and refs[0] not in taken[k]),
            None,
        )
        if row is None:
            return
        taken[row].add(refs[0])
        moves.append((n, row))
        at = row
    texts, nums = list(last.extra), list(last.extra_lines)
    for r in run:
        r.extra, r.extra_lines = [], []
    for n, row in moves:
        run[row].extra.append(texts[n])
        run[row].extra_lines.append(nums[n])
