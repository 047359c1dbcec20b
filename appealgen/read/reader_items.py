"""The one-line-items reader: services listed one per line (date, code, amounts) in a letter.

"• 02/11/2026 – Lactation (S9443) – $250.00", or a line that names each amount
beside it ("98960 03/06/2026 Charges 250.00 Plan allowance 0.00 Amount you may owe
0.00 Code T2"). An amount is named by the words printed right before it, read
with the same heading vocabulary as a table's columns; a line of codes right
under the item ("Code (1) (2) Claim status: Denied") belongs to it. A service may
also be printed on two stacked lines: its date and code ("Nov 30, 2025  S9443
Lactation classes  Dx O92.13"), and under it the amounts, each named ("Billed 325.00
Allowed 0.00 Paid 0.00 Your share 0.00").
"""

from __future__ import annotations

import re

from ..models import (
    ServiceLine,
)
from ..patterns import compiled
from . import normalize as nz
from .codes import (
    carcs_with_groups,
    diagnoses,
    fill_from_claim_text,
    footnote_codes,
    line_adjustments,
    own_codes,
    own_remarks,
    patient_share_parts,
    procedure,
)
from .context import (
    ParseContext,
    ServiceTrace,
)
from .labelled_amounts import dashes_as_zeros
from .prose_services import of_this_claim
from .readers import Candidate, ClaimArea
from .table import AMOUNT_COLUMNS, match_column
from .table_rows import is_code_line

MAX_LABEL_WORDS = 4  # an amount's own label is at most this many words before it
MAX_ITEM_CHARS = 220
MAX_ITEM_LINES = 3  # an item wraps onto at most this many lines under it
MIN_STACKED_AMOUNTS = 2  # a stacked service's amount line names at least this many amounts


def amount_cells(text: str) -> dict[str, str]:
    """Each amount on a line named by the words printed right before it (or after it).

    "Charges 375.00 Approved amount 300.00 We paid 300.00 Your share 0.00" ->
    {"billed": "375.00", "allowed": "300.00", "paid": "300.00",
    "patient_responsibility": "0.00"}; "$250.00 billed, $0.00 paid" reads the words
    after each amount when they name more of them. An amount without a known label
    is left out. A dash printed where a named amount stands ("Allowed —  Plan paid —") is
    a zero.
    """
    text = dashes_as_zeros(text, AMOUNT_COLUMNS)
    money = nz.find_money(text)
    bounds = [0, *(e for _s, e, _v in money)]
    ends = [s for s, _e, _v in money] + [len(text)]
    before = [_label_words(text[bounds[k] : s]) for k, (s, _e, _v) in enumerate(money)]
    after = [_label_words(text[e : ends[k + 1]], first=True) for k, (_s, e, _v) in enumerate(money)]
    best: dict[str, str] = {}
    for labels in (before, after):
        cells: dict[str, str] = {}
        for (start, end, _v), words in zip(money, labels, strict=True):
            name = _amount_label(words, first=labels is after)
            if name is not None and name not in cells:
                cells[name] = text[start:end].strip()
        if len(cells) > len(best):
            best = cells
    return best


def _label_words(text: str, *, first: bool = False) -> list[str]:
    """The words between two values, dates and codes left out: the last few, or the first."""
    for s, e, _d in reversed(nz.find_dates(text)):
        text = text[:s] + " | " + text[e:]
    runs: list[list[str]] = [[]]
    for tok in _SPACES.split(text):
        t = tok.strip("()[]:;,.–—-•/")
        if t == "|" or (t and (nz.is_cpt(t) or nz.is_hcpcs(t))):
            runs.append([])  # a value ends the label before it
        elif t:
            runs[-1].append(t)
    if first:
        return runs[0][:MAX_LABEL_WORDS]
    return runs[-1][-MAX_LABEL_WORDS:]


def _amount_label(words: list[str], *, first: bool = False) -> str | None:
    """The amount column the longest run of the words names ("We paid" -> paid)."""
    for n in range(len(words), 0, -1):
        name = match_column(" ".join(words[:n] if first else words[-n:]))
        if name in AMOUNT_COLUMNS:
            return name
    return None


def _is_item(text: str) -> bool:
    """A service on one line: a date, a procedure code and an amount, not a total."""
    return bool(
        nz.find_dates(text)
        and procedure(text, strict_modifiers=True)[0]
        and nz.find_money(text)
        and not re.search(r"(?i)\btotal", text)
    )


def _is_head(text: str) -> bool:
    """The first of a service's stacked lines: a date and a procedure code, no amount."""
    return bool(
        nz.find_dates(text)
        and procedure(text, strict_modifiers=True)[0]
        and not nz.find_money(text)
        and not re.search(r"(?i)\btotal", text)
    )


def _stacked_amounts(ctx: ParseContext, k: int) -> bool:
    """Line ``k`` holds the amounts of the service printed on the line above it.

    Its amounts are each named ("Billed 325.00 Allowed 0.00 Paid 0.00"), and it names
    no date or service of its own.
    """
    if k >= len(ctx.lines) or k in ctx.glossary_lines:
        return False
    text = ctx.lines[k].text
    if nz.find_dates(text) or procedure(text, strict_modifiers=True)[0]:
        return False
    if any(f.line == k and f.field == "claim_number" for f in ctx.found):
        return False
    return len(amount_cells(text)) >= MIN_STACKED_AMOUNTS


def _item(text: str) -> tuple[ServiceLine, dict[str, str]]:
    """The service an item's text prints (its first line and the lines it wraps onto)."""
    code, mods = procedure(text, strict_modifiers=True)
    sl = ServiceLine(date_of_service=nz.find_dates(text)[0][2], procedure_code=code, modifiers=mods)
    cells = amount_cells(text)
    if not cells:
        money = nz.find_money(text)[0]
        cells["billed"] = text[money[0] : money[1]]  # "Lactation (S9443) – $250.00"
    for name in ("billed", "allowed", "paid", "patient_responsibility"):
        found = nz.find_money(cells.get(name, ""))
        setattr(sl, name, found[0][2] if found else None)
    if sl.patient_responsibility is None:
        sl.patient_responsibility = patient_share_parts(cells)
    sl.diagnosis_codes = diagnoses(text)
    if m := _UNITS.search(text):
        sl.units = int(m.group(1) or m.group(2))
    return sl, cells


_SPACES = compiled(r"\s+")
# a count named as units beside it: "1 un", "2 units", "Qty 1", "Units: 3"
_UNITS = compiled(
    r"(?i)(?<![\d.,/-])(\d{1,2})\s+(?:units?|un)\b(?![.,/-]\d)|\b(?:units?|qty|quantity)\s*:?\s*(\d{1,2})\b(?![.,/-]\d)"
)


# a code named and explained on a line of its own: "Adj reason 204: This service …",
# "Remark N130: Consult plan benefit documents …", "Reason code CO-97: …"
# or a standard code after a short label of any words, explained ("Why: PR-242 Services not …",
# "REMARK N54 Claim information …", "ADJUSTMENT CO-45 30.00 Charge exceeds …")
_CODE_NOTE = compiled(
    r"^\s*(?:(?i:(?:adj(?:ustment)?|reason|remark|rarc|carc|denial|message)s?(?:\s+(?:reason|code)s?)?"
    r"\s+(?:(?:CO|PR|OA|PI|CR)[- ]?)?[A-Z]{0,2}\d{1,4}\s*[:–—-]\s+[A-Za-z])"
    r"|(?:(?i:adj(?:ustment)?|reason|remark|rarc|carc|denial|message|msg|note)s?"
    r"(?:\s+(?i:reason|code)s?)?\s+|[A-Za-z][A-Za-z ]{0,20}:\s*)?"
    r"(?:(?:CO|PR|OA|PI|CR)[- ]?[A-Z]?\d{1,3}|[MN]A?\d{1,3})"
    r"\s*[:–—-]?\s+(?:\$?\d[\d,]*\.\d\d\s+)?[A-Z][a-z])"
)


def _starts_service(ctx: ParseContext, k: int) -> bool:
    """Line ``k`` prints a service, or the first of its stacked lines, or a claim's number."""
    text = ctx.lines[k].text
    if _is_item(text) or (_is_head(text) and _stacked_amounts(ctx, k + 1)):
        return True
    return any(f.line == k and f.field == "claim_number" for f in ctx.found)


def code_notes(ctx: ParseContext) -> frozenset[int]:
    """Code notes printed between a notice's services, each belonging to the service above.

    A run of notes right under a service is the service's when at least one such run is
    followed by the next service or claim: the notice explains codes service by service.
    Notes printed only after the last service are its code key, and nobody's alone.
    """
    if ctx.code_notes is not None:
        return ctx.code_notes
    runs: list[list[int]] = []
    between = False
    n = len(ctx.lines)
    k = 0
    while k < n:
        if not _CODE_NOTE.match(ctx.lines[k].text) or k == 0:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < n and _CODE_NOTE.match(ctx.lines[run[-1] + 1].text):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        above = ctx.lines[run[0] - 1].text
        if _is_item(above) or _stacked_amounts(ctx, run[0] - 1):
            runs.append(run)
            between = between or (k < n and _starts_service(ctx, k))
    ctx.code_notes = frozenset(i for run in runs for i in run) if between else frozenset()
    return ctx.code_notes


def _goes_on(ctx: ParseContext, k: int, text: str) -> bool:
    """Line ``k`` continues the item above: its codes, or the rest of a wrapped line.

    "Code (1) (2) Claim status: Denied", or "owes $0.00 Code (3)" where the line
    above ends "… Plan paid $0.00 Member". Never another item, a claim's own label
    line or the code key.
    """
    ln = ctx.lines[k]
    if k in code_notes(ctx):
        return True
    if k in ctx.glossary_lines or _is_item(ln.text) or nz.find_dates(ln.text):
        return False
    if any(f.line == k and f.field == "claim_number" for f in ctx.found):
        return False
    if is_code_line(ln):
        return True
    # "We paid $260.25 on your other claim ...": a sentence about another claim names
    # no amount of this item
    joined = of_this_claim(f"{text} {ln.text}")
    return len(amount_cells(joined)) > len(amount_cells(of_this_claim(text)))


def over_page_edge(ctx: ParseContext, k: int) -> int:
    """The line after line ``k``, past the foot of its page when the page ends there: a
    service's amounts printed at the top of the next page go on from its date and code
    at the bottom of this one, whatever the page prints at its foot (a link, a number)."""
    page, band = ctx.lines[k].page, ctx.settings.edge_band
    j = k + 1
    while (
        j < len(ctx.lines)
        and ctx.lines[j].page == page
        and ctx.lines[j].top > (1 - band) * ctx.lines[j].page_height
    ):
        j += 1
    return j if j < len(ctx.lines) and ctx.lines[j].page != page else k + 1


def _item_lines(
    ctx: ParseContext, spans: list[tuple[int, int]]
) -> list[tuple[ServiceLine, tuple, ServiceTrace]]:
    """Services listed one per line, each with the lines it wraps onto and its code lines."""
    out: list[tuple[ServiceLine, tuple, ServiceTrace]] = []
    for s0, e0 in spans:
        k = s0
        while k < e0:
            text = ctx.lines[k].text
            if k in ctx.glossary_lines or len(text) > MAX_ITEM_CHARS:
                k += 1
                continue
            used = [k]
            if not _is_item(text):
                nxt = over_page_edge(ctx, k)
                if not (_is_head(text) and nxt < e0 and _stacked_amounts(ctx, nxt)):
                    k += 1
                    continue
                text = f"{text} {ctx.lines[nxt].text}"
                used.append(nxt)
            k = used[-1] + 1
            while k < e0 and len(used) <= MAX_ITEM_LINES and _goes_on(ctx, k, text):
                text = f"{text} {ctx.lines[k].text}"
                used.append(k)
                k += 1
            sl, cells = _item(text)
            out.append((sl, _codes(ctx, sl, text), ServiceTrace("one_line_items", used, cells)))
    return out


def _codes(ctx: ParseContext, sl: ServiceLine, text: str) -> tuple:
    """The item's CARCs, RARCs and the payer's own keys, with footnotes looked up."""
    for s, e, _d in reversed(nz.find_dates(text)):
        text = f"{text[:s]} {text[e:]}"  # "3/4/2026" holds no keys "3" and "4"
    carcs, rarcs = carcs_with_groups(text), nz.find_rarcs(text)
    rarcs, own_rarcs = own_remarks(ctx, rarcs)
    own = own_rarcs + own_codes(ctx, text, carcs, rarcs + own_rarcs)
    more_carcs, more_rarcs, own = footnote_codes(ctx, own)
    carcs.extend(c for c in more_carcs if c not in carcs)
    rarcs.extend(r for r in more_rarcs if r not in rarcs)
    sl.remark_codes = list(dict.fromkeys(rarcs))
    sl.adjustments = line_adjustments(carcs, sl, text)
    return carcs, sl.remark_codes, own


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    cand = Candidate("one_line_items")
    for sl, codes, trace in _item_lines(ctx, area.spans):
        cand.lines.append(sl)
        cand.codes.append(codes)
        cand.services.append(trace)
    if not cand.lines:
        return None
    fill_from_claim_text(ctx, cand.lines, cand.codes, area.text)
    return cand
