"""The date of the notice: under its label, else where a letter or a statement prints it."""

from __future__ import annotations

import re
from datetime import date

from ..patterns import compiled
from . import normalize as nz
from .context import ParseContext
from .dates import date_cell

# "BENEFIT STATEMENT of Jan 15, 2026", "Explanation of Benefits dated 03/02/2026": the
# document's title, dated
_DATED_TITLE = compiled(
    r"(?i)^(?:[\w-]+ ){0,3}(?:statement|notice|summary|advice|voucher|explanation of "
    r"(?:benefits|payment)|eob)(?: date)? (?:of|dated|as of|issued)$"
)


def read_notice_date(ctx: ParseContext) -> date | None:
    prefer = [f for f in ctx.found if f.field == "notice_date"]
    # specific labels first, the bare "Date:" last
    prefer.sort(key=lambda f: (f.label == "date", f.line))
    for f in prefer:
        d = nz.parse_date(f.value) or date_cell(f.value)  # "REMIT DATE 022126"
        if d:
            return d
    # a letter starts with its date on a line of its own
    for ln in ctx.lines[:25]:
        t = ln.text.strip()
        dates = nz.find_dates(t)
        if len(dates) == 1:
            s, e, d = dates[0]
            rest = (t[:s] + t[e:]).strip(" ,.:")
            if (
                not rest
                or re.fullmatch(
                    r"(date|dated|issued|mailed|sent)( this| on)?|(mon|tues|wednes|thurs|fri|satur|sun)day",
                    rest,
                    re.I,
                )
                or _DATED_TITLE.search(rest)
            ):
                return d
    # or in a cell of its own at the top of the first page, beside the insurer's name
    for ln in ctx.lines[:12]:
        if ln.page != ctx.lines[0].page or ln.top > ln.page_height * 0.25:
            continue
        for c in ln.cells:
            dates = nz.find_dates(c.text)
            if len(dates) == 1 and not (c.text[: dates[0][0]] + c.text[dates[0][1] :]).strip(
                " ,.:"
            ):
                return dates[0][2]
    return None
