"""The rest of a claim number a narrow column wraps onto the line under its row.

A claim-number column too narrow for its numbers prints "B3870341" in the row and
"800943" right under it, starting where the number starts; the line under the row holds
nothing else but what is printed under a row anyway (its adjustment codes). The part
under the row is read on with the row's number: the claim is B3870341800943.
"""

from __future__ import annotations

import re

from . import normalize as nz
from .layout import Line
from .settings import ReadSettings
from .table import Table, is_money_token, line_has_money

# a part of an identifier: capitals and digits, a dash or a dot between them, a digit in it
_ID_PART = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9.-]*[A-Z0-9]$")


def wrapped_id_part(lines: list[Line], j: int, table: Table, settings: ReadSettings) -> str | None:
    """The rest of the claim number of the table's last row that line ``j`` prints under
    it, or None: line ``j`` holds no such part."""
    if not table.rows or table.rows[-1].is_total:
        return None
    row = table.rows[-1]
    number = (row.cells.get("claim_number") or "").strip()
    if not number or " " in number or not re.search(r"\d", number):
        return None
    above, ln = lines[row.line_index], lines[j]
    height = max(above.bottom - above.top, 1.0)
    if ln.page != above.page or ln.top - above.bottom > settings.continuation_gap * height:
        return None
    if line_has_money(ln) or nz.find_dates(ln.text):
        return None  # a row of its own
    start = next((w for w in above.words if w.text == number), None)
    if start is None:
        return None
    under = [w for w in ln.words if abs(w.x0 - start.x0) <= settings.kv_align_pt]
    if len(under) != 1:
        return None
    part = under[0].text
    if not _ID_PART.match(part) or is_money_token(part):
        return None
    return part
