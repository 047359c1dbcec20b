"""A service printed in two rows of a table: its words and code first, its amounts under them.

"Preventive counseling, 60 min   99404-25" over "Aug 01, 2026   $240.00   $204.00 …", or
"03/04/2026  Lactation consult  S9443" over its amounts alone: the first line prints no
amount and the second no code, so the first leads the row of the second (its
description, where the code and a date it prints are read), rather than ending the table.
"""

from __future__ import annotations

import re

from . import normalize as nz
from .layout import Line
from .settings import DEFAULT_SETTINGS, ReadSettings
from .table import Row, line_has_money


def _codes(text: str) -> list[str]:
    tokens = [t.strip(",;()[]") for t in re.split(r"[\s/|]+", text) if t]
    return [t for t in tokens if nz.is_cpt(t.split("-")[0]) or nz.is_hcpcs(t.split("-")[0])]


def leads_row(
    lines: list[Line],
    j: int,
    row_start,
    close: float,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> bool:
    """Line ``j`` is the first of a service's two rows: words and a procedure code (or its
    date and code), no amount, no label, right over a line of its amounts that prints no
    code of its own, within ``close`` points; the first line holds at most
    ``settings.row_lead_max_chars`` characters (a longer one is a sentence). The amounts'
    line is a row of its own (``row_start``: it prints the date), or prints no date when
    the first line does."""
    if j + 1 >= len(lines):
        return False
    ln, nxt = lines[j], lines[j + 1]
    text = ln.text
    if (
        nxt.page != ln.page
        or nxt.top - ln.bottom > close
        or len(text) > settings.row_lead_max_chars
    ):
        return False
    if line_has_money(ln) or ":" in text or not _codes(text):
        return False
    if not re.search(r"[A-Za-z]{3,}", text) or _codes(nxt.text) or not line_has_money(nxt):
        return False
    if nz.find_dates(text):
        return not nz.find_dates(nxt.text)
    return row_start(nxt)


def led_row(lead: Line, k: int, cells: dict[str, str], text: str, group: str | None) -> Row:
    """The row of line ``k`` (its ``cells`` and ``text``) with the line leading it: the
    service's words are its description."""
    cells = dict(cells)
    cells["description"] = " ".join(filter(None, [lead.text.strip(), cells.get("description")]))
    return Row(k, cells, f"{lead.text} {text}", group=group)
