"""The one-line-items reader: services listed one per line (date, code, amount) in a letter."""

from __future__ import annotations

import re

from ..models import (
    ServiceLine,
)
from . import normalize as nz
from .codes import (
    _adjustments,
    _carcs,
    _diagnoses,
    _fill_from_claim_text,
    _procedure,
)
from .context import (
    ParseContext,
    ServiceTrace,
)
from .readers import Candidate, ClaimArea


def _item_lines(
    ctx: ParseContext, spans: list[tuple[int, int]]
) -> list[tuple[ServiceLine, tuple, int]]:
    """Services listed one per line in a letter ("• 02/11/2026 – Lactation (S9443) – $250.00")."""
    out: list[tuple[ServiceLine, tuple, int]] = []
    for s0, e0 in spans:
        for k in range(s0, e0):
            ln = ctx.lines[k]
            text = ln.text
            if k in ctx.glossary_lines or len(text) > 160:
                continue
            dates = nz.find_dates(text)
            code, mods = _procedure(text, strict_modifiers=True)
            money = nz.find_money(text)
            if not (dates and code and money) or re.search(r"(?i)\btotal", text):
                continue
            sl = ServiceLine(date_of_service=dates[0][2], procedure_code=code, modifiers=mods)
            sl.billed = money[0][2]
            sl.diagnosis_codes = _diagnoses(text)
            carcs, rarcs = _carcs(text), nz.find_rarcs(text)
            sl.remark_codes = rarcs
            sl.adjustments = _adjustments(carcs, sl, text)
            out.append((sl, (carcs, rarcs, []), k))
    return out


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    cand = Candidate("one_line_items")
    for sl, codes, k in _item_lines(ctx, area.spans):
        cand.lines.append(sl)
        cand.codes.append(codes)
        cand.services.append(ServiceTrace("one_line_items", [k]))
    if not cand.lines:
        return None
    _fill_from_claim_text(ctx, cand.lines, cand.codes, area.text)
    return cand
