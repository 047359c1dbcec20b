"""The key/value reader: services printed as 'Key | value' lists or headings over values, no table."""

from __future__ import annotations

import re
from typing import Any

from ..models import (
    ServiceLine,
    Totals,
)
from .codes import (
    _money,
)
from .context import (
    ParseContext,
    ServiceTrace,
)
from .layout import Line
from .reader_table import (
    _service_line,
)
from .readers import Candidate, ClaimArea
from .table import AMOUNT_COLUMNS, Row, Table

_KV_KEYS = {
    "date_of_service",
    "procedure_code",
    "description",
    "diagnosis_codes",
    "modifiers",
    "units",
    *AMOUNT_COLUMNS,
    "remarks",
    "carc",
    "group",
}


def _kv_service_lines(
    ctx: ParseContext, spans: list[tuple[int, int]]
) -> tuple[list[tuple[ServiceLine, tuple, dict[str, str], list[int]]], Totals | None]:
    """Services printed as "Key | value" lists, one block per service, no table.

    A block starts where a key repeats (the second "Date of service"); "Claim total
    billed | $455.00" lines are the claim's totals.
    """
    from .table import _match_column

    blocks: list[dict[str, str]] = []
    at: list[list[int]] = []
    totals: dict[str, str] = {}
    k = 0

    def put(key: str, value: str) -> None:
        if not blocks or (
            key in blocks[-1] and key in ("date_of_service", "procedure_code", "billed")
        ):
            blocks.append({})
            at.append([])
        cur = blocks[-1].get(key)
        blocks[-1][key] = f"{cur} {value}" if cur else value
        at[-1].append(k)

    for s0, e0 in spans:
        k = s0
        while k < e0:
            cells = ctx.lines[k].cells
            if k in ctx.glossary_lines:
                k += 1
                continue
            keys = [_match_column(c.text) for c in cells]
            below = ctx.lines[k + 1] if k + 1 < e0 else None
            if (
                len(cells) >= 2
                and all(key in _KV_KEYS for key in keys)
                and below is not None
                and len(below.cells) >= 2
                and not any(_match_column(c.text) for c in below.cells)
            ):
                # a row of headings with their values right below ("BILLED | ALLOWED …")
                for c, key in zip(cells, keys, strict=False):
                    value = _aligned_cell(below, c, cells)
                    if value:
                        put(key, value)
                k += 2
                continue
            if len(cells) == 2 and keys[0] in _KV_KEYS:
                if re.match(r"(?i)(claim )?totals?\b", cells[0].text.strip()):
                    totals[keys[0]] = cells[1].text
                else:
                    put(keys[0], cells[1].text)
            k += 1
    lines: list[tuple[ServiceLine, tuple, dict[str, str], list[int]]] = []
    for b, where in zip(blocks, at, strict=True):
        if not any(key in b for key in ("billed", "paid", "patient_responsibility")):
            continue
        row = Row(line_index=-1, cells=b, text=" ".join(b.values()))
        sl, carcs, rarcs, own = _service_line(ctx, Table(header_index=0, columns=[]), row)
        if sl is not None:
            lines.append((sl, (carcs, rarcs, own), dict(b), sorted(set(where))))
    t = None
    if totals:
        t = Totals(
            billed=_money(totals.get("billed")),
            allowed=_money(totals.get("allowed")),
            paid=_money(totals.get("paid")),
            patient_responsibility=_money(totals.get("patient_responsibility")),
        )
    return lines, t


def _aligned_cell(below: Line, head: Any, heads: list[Any]) -> str | None:
    """The value under a heading: same position when the counts match, else by overlap."""
    if len(below.cells) == len(heads):
        return below.cells[heads.index(head)].text
    best, best_ov = None, 0.0
    for c in below.cells:
        ov = min(c.x1, head.x1) - max(c.x0, head.x0)
        if ov > best_ov:
            best, best_ov = c, ov
    return best.text if best else None


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    kv_lines, kv_totals = _kv_service_lines(ctx, area.spans)
    if not kv_lines:
        return None
    cand = Candidate("key_value", totals=kv_totals, totals_via="key_value" if kv_totals else None)
    for sl, codes, cells, at in kv_lines:
        cand.lines.append(sl)
        cand.codes.append(codes)
        cand.services.append(ServiceTrace("key_value", at, cells))
    return cand
