"""The row-shapes reader: service rows known by the shapes of their cells, not their headings.

A line whose cells hold a date and a procedure code (and maybe diagnosis codes,
modifiers, a count, amounts, codes) is a service row, whatever words head it, even
when it prints no amount at all ("03-26-2026  CPT 99404  1  O92.79  NOT CERTIFIED"
under "DATE CODE UNITS DX DETERMINATION"). A cell goes to a field by the heading
printed over it when one is recognised (a count under "Units" is the units). An
amount is given to a field by the heading over it, else by the arithmetic that must
hold (billed - write-offs = allowed = paid + patient share) when only one reading of
the row's amounts in print order holds; an amount nothing places stays unread.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ..models import ServiceLine
from . import normalize as nz
from .codes import carcs_with_groups, diagnoses, fill_from_claim_text, line_adjustments, procedure
from .context import ParseContext, ServiceTrace
from .layout import Line, overlap
from .readers import Candidate, ClaimArea
from .table import AMOUNT_COLUMNS, heading_like, match_column

CORE = ("billed", "allowed", "paid", "patient_responsibility")
HEADING_REACH = 3  # a heading is at most this many lines above the first row


MIN_CELLS = 3  # a row prints its values apart: a sentence is one run of words
MAX_PROSE_WORDS = 3  # a row holds at most this many lower-case words of three letters


def _is_row(ln: Line) -> bool:
    """A date and a procedure code, each a cell's own word, and not a totals line or a
    sentence ("… on May 13, 2026 (procedure 98960, charge $445.00). We cannot pay it")."""
    text = ln.text
    if len(text) > 200 or "total" in text.lower() or len(ln.cells) < MIN_CELLS:
        return False
    if sum(1 for w in ln.words if w.text.isalpha() and w.text.islower() and len(w.text) > 2) > (
        MAX_PROSE_WORDS
    ):
        return False
    words = [w.text.strip(",;()") for w in ln.words]
    dated = any(len(d := nz.find_dates(w)) == 1 and d[0][1] >= len(w) - 1 for w in words)
    dated = dated or bool(nz.find_dates(text)) and any(w[:1].isalpha() for w in words)
    coded = any(nz.is_cpt(w) or nz.is_hcpcs(w) for w in words)
    return dated and coded and bool(procedure(text, strict_modifiers=True)[0])


Heading = list[tuple[str | None, float, float]]  # (column name or None, x0, x1), left to right


def _heading(ctx: ParseContext, first: int, lo: int) -> Heading:
    """The parts of a heading line right above the rows, named when a column synonym."""
    for k in range(first - 1, max(lo, first - HEADING_REACH) - 1, -1):
        ln = ctx.lines[k]
        if not heading_like(ln):
            continue
        best: Heading = []
        for parts in (ln.cells, ln.words):  # a heading set close reads word by word
            named = [(match_column(p.text), p.x0, p.x1) for p in parts]
            if sum(1 for n, _a, _b in named if n) > sum(1 for n, _a, _b in best if n):
                best = named
        if sum(1 for n, _a, _b in best if n) >= 2:
            return best
    return []


def _under(heading: Heading, x0: float, x1: float) -> str | None:
    """The heading a word stands under: the one it overlaps most, else the nearest."""
    if not heading:
        return None
    over = max(heading, key=lambda h: overlap(x0, x1, h[1], h[2]))
    if overlap(x0, x1, over[1], over[2]) > 0:
        return over[0]
    return min(heading, key=lambda h: abs((h[1] + h[2]) / 2 - (x0 + x1) / 2))[0]


def _by_arithmetic(amounts: list[Decimal]) -> dict[str, Decimal]:
    """The only reading of amounts in print order as billed, allowed, paid, share that adds up."""
    fits = []
    for roles in itertools.combinations(CORE, len(amounts)):
        v = dict(zip(roles, amounts, strict=True))
        b, a, p, s = (v.get(r) for r in CORE)
        if None in (p, s) or (a is None and b is None):
            continue
        if (a is not None and p + s != a) or (a is None and p + s != b):
            continue
        if b is not None and a is not None and a > b:
            continue
        fits.append(v)
    return fits[0] if len(fits) == 1 else {}


def _row(ln: Line, heading: Heading) -> tuple[ServiceLine, dict[str, str]]:
    text = ln.text
    code, mods = procedure(text, strict_modifiers=True)
    dates = nz.find_dates(text)
    sl = ServiceLine(date_of_service=dates[0][2] if dates else None, procedure_code=code)
    sl.modifiers = mods
    sl.diagnosis_codes = diagnoses(text)
    cells: dict[str, str] = {}
    for w in ln.words:
        name = _under(heading, w.x0, w.x1)
        if name:
            cells[name] = f"{cells[name]} {w.text}" if name in cells else w.text
    units = (cells.get("units") or "").strip()
    if units.isdigit() and len(units) <= 2:
        sl.units = int(units)
    named = {n: nz.find_money(v) for n, v in cells.items() if n in AMOUNT_COLUMNS}
    for name in CORE:
        if named.get(name):
            setattr(sl, name, named[name][0][2])
    money = [v for _s, _e, v in nz.find_money(text) if nz.is_amount(text[_s:_e])]
    if money and not named:
        for name, value in _by_arithmetic(money).items():
            setattr(sl, name, value)
    return sl, cells


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    """One service line per row of the claim's lines that a date and a procedure code make."""
    cand = Candidate("row_shapes")
    used: set[int] = set()
    for s, e in area.spans:
        heading: Heading = []
        for k in range(s, e):
            ln = ctx.lines[k]
            if k in ctx.glossary_lines or not _is_row(ln):
                heading = heading if k - 1 in used else []
                continue
            if k - 1 not in used:
                heading = _heading(ctx, k, s)
            sl, cells = _row(ln, heading)
            carcs = carcs_with_groups(ln.text)
            rarcs = nz.find_rarcs(ln.text)
            sl.remark_codes = list(dict.fromkeys(rarcs))
            sl.adjustments = line_adjustments(carcs, sl, ln.text)
            cand.lines.append(sl)
            cand.codes.append((carcs, sl.remark_codes, []))
            columns = {n: (a, b) for n, a, b in heading if n in cells}
            cand.services.append(ServiceTrace("row_shapes", [k], cells, columns))
            used.add(k)
    if not cand.lines:
        return None
    cand.outside = area.text_outside(ctx, used)
    fill_from_claim_text(ctx, cand.lines, cand.codes, cand.outside)
    return cand
