"""The date of the notice: every date the notice prints as its own, ranked by what dates
it, the first read, and which others disagree with it.

A notice dates itself by a label naming the document ("Statement date", "Date of this
letter"), by a bare "Date" or a date on a line of its own heading the letter, or by a
label naming a claim's handling ("Processed", "Decision date": rules/reader_words.yaml
claim_event_dates), which a letter may print once for each claim. The document's own
date comes first, the claims' handling after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..knowledge import reader_words
from ..patterns import compiled
from . import normalize as nz
from .context import ParseContext
from .dates import date_cell
from .fields import Found

# the ranks, best first
DOCUMENT, HEADING, EVENT, BARE, CELL = range(5)

# "BENEFIT STATEMENT of Jan 15, 2026", "Explanation of Benefits dated 03/02/2026": the
# document's title, dated
_DATED_TITLE = compiled(
    r"(?i)^(?:[\w-]+ ){0,3}(?:statement|notice|summary|advice|voucher|explanation of "
    r"(?:benefits|payment)|eob)(?: date)? (?:of|dated|as of|issued)$"
)
_OWN_LINE = compiled(
    r"(?i)(date|dated|issued|mailed|sent)( this| on)?|(mon|tues|wednes|thurs|fri|satur|sun)day"
)
_DEAR = re.compile(r"\s*dear\s+\S", re.I)
# the text before a label ends on a whole "LABEL: value" pair
_PAIR_ENDS = re.compile(r"[A-Za-z][\w#.]*\s*[:#]\s*\S+\s*$")


@dataclass(frozen=True)
class Dated:
    """A date the notice prints as its own: what, how it ranks, on which line, and the
    label (or the line's words) it was read beside."""

    when: date
    rank: int
    line: int
    said: str
    found: Found | None = None


def read_notice_date(ctx: ParseContext, numbers: tuple[str, ...] = ()) -> date | None:
    """The notice's date: the best ranked of its dates, the first printed of those."""
    dated = notice_dates(ctx, numbers)
    return dated[0].when if dated else None


def notice_dates(ctx: ParseContext, numbers: tuple[str, ...] = ()) -> tuple[Dated, ...]:
    """Every date the notice prints as its own, best ranked first (``numbers``: the claims'
    numbers, where a letter telling its claims in sentences starts them). Worked out once
    for the claims' numbers: the parse reads the date, the evidence rates the same dates."""
    if ctx.notice_dated is not None and ctx.notice_dated[0] == numbers:
        return ctx.notice_dated[1]
    first = _first_claim_line(ctx, numbers)
    out = [d for f in ctx.found if f.field == "notice_date" if (d := _labelled(ctx, f, first))]
    if (own := _own_line(ctx, first)) is not None:
        out.append(own)
    if not out and (cell := _top_cell(ctx)) is not None:
        out.append(cell)
    dated = tuple(sorted(out, key=lambda d: (d.rank, d.line)))
    ctx.notice_dated = (numbers, dated)
    return dated


def disagreeing(dated: tuple[Dated, ...]) -> list[Dated]:
    """The dates ranked as well as the first that print another day: nothing general
    tells the notice's own among them."""
    if not dated:
        return []
    first = dated[0]
    return [d for d in dated[1:] if d.rank == first.rank and d.when != first.when]


def _labelled(ctx: ParseContext, f: Found, first: int | None) -> Dated | None:
    from .label_words import words

    d = nz.parse_date(f.value) or date_cell(f.value)  # "REMIT DATE 022126"
    if d is None:
        return None
    if f.label == "date":
        rank = HEADING if heads_the_letter(ctx, first, f.line, f.value) else BARE
    elif set(words(f.label)) & reader_words().claim_event_dates:
        rank = EVENT
    else:
        # "Printed 09/26/2026 from the member website" under the claims: a copy's date
        rank = DOCUMENT if first is None or f.line < first else BARE
    return Dated(d, rank, f.line, f.label, f)


def _own_line(ctx: ParseContext, first: int | None) -> Dated | None:
    """A letter starts with its date on a line of its own ("March 3, 2026", "Mailed Jan
    24, 2026", "Statement of 01/15/2026"): above its first claim it heads the letter;
    below, it is read only when nothing else dates the notice."""
    for k, ln in enumerate(ctx.lines[:25]):
        t = ln.text.strip()
        dates = nz.find_dates(t)
        if len(dates) == 1:
            s, e, d = dates[0]
            rest = (t[:s] + t[e:]).strip(" ,.:")
            if not rest or _OWN_LINE.fullmatch(rest) or _DATED_TITLE.search(rest):
                return Dated(d, HEADING if first is None or k < first else CELL, k, t)
    return None


def _top_cell(ctx: ParseContext) -> Dated | None:
    """A date in a cell of its own at the top of the first page, beside the insurer's name."""
    for k, ln in enumerate(ctx.lines[:12]):
        if ln.page != ctx.lines[0].page or ln.top > ln.page_height * 0.25:
            continue
        for c in ln.cells:
            dates = nz.find_dates(c.text)
            if len(dates) == 1 and not (c.text[: dates[0][0]] + c.text[dates[0][1] :]).strip(
                " ,.:"
            ):
                return Dated(dates[0][2], CELL, k, c.text)
    return None


def _first_claim_line(ctx: ParseContext, numbers: tuple[str, ...]) -> int | None:
    """The line where the notice's claims start: their first service row or claim label,
    else, in a letter telling its claims in sentences, where it first numbers one, else
    where it greets its reader ("Dear Ann Lee,")."""
    starts = [k for t in ctx.traces.values() for st in t.services for k in st.lines]
    starts += [
        f.line
        for f in ctx.found
        if f.field in ("claim_number", "date_of_service") and f.label != "date"
    ]
    if not starts:
        starts = [k for k, ln in enumerate(ctx.lines) if any(n in ln.text for n in numbers if n)]
        starts = starts or [k for k, ln in enumerate(ctx.lines) if _DEAR.match(ln.text)]
    return min(starts) if starts else None


def heads_the_letter(ctx: ParseContext, first: int | None, line: int, value: str = "") -> bool:
    """Does a bare "Date" label stand in the notice's heading, above every claim label and
    service row (the claims start on line ``first``), as the first label of its cell, with
    no word before it that names another date? There it dates the notice ("Date
    04-18-2026", "Voucher date: …", "Fecha / Date: …"), not a visit; "Received date" or
    "Visit date" never do, nor a "Date" printed after another value in its cell ("Member
    ID: X Date 01/15/2026")."""
    if first is None or not 0 <= line < first:
        return False
    cells = getattr(ctx.lines[line], "cells", None) or [ctx.lines[line]]
    # the cell that prints the value after its label, else the first one with a "Date"
    cells = sorted(cells, key=lambda c: not (value and value in c.text))
    for cell in cells:
        text = cell.text
        at = text.find(value) if value else -1
        marks = list(re.finditer(r"\bdate\b", text[: at if at >= 0 else len(text)], re.I))
        if marks:
            before = text[: marks[-1].start()]
            if _names_another_date(before):
                return False
            # "PAYEE: … EFT: EFT425472775  DATE: 10/20/26": a label of its own, after pairs
            own = text[marks[-1].end() :].lstrip().startswith(":") and _PAIR_ENDS.search(before)
            return not re.search(r"\d", before) or bool(own)
    return False


def _names_another_date(before: str) -> bool:
    """Do the (up to two) words printed before a bare "Date" label rule the notice's
    date out or name the visit's ("Received", "Service")? (rules/label_words.yaml)"""
    from .label_words import label_words, words

    near = set(words(before)[-2:])
    rules = label_words().rules["fields"]
    notice, visit = rules["notice_date"], rules["date_of_service"]
    return bool(near & (notice.rules_out | visit.needs))
