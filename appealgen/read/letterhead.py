"""The sender printed over its return address at the very top of page 1.

A notice that names its sender with no word of an insurer ("Pinecrest Provider
Payments") still prints it as a letterhead: the first line of the page, right above
a P.O. box or a "City, ST ZIP" line. The member's address block is a house number
and a street, lower down, and is never read here.
"""

from __future__ import annotations

import re

from ..knowledge import reader_rules
from ..patterns import compiled
from . import normalize as nz
from .context import ParseContext
from .fields import labels
from .places import ADDRESS, PHONE, state_code

_PO_BOX = compiled(r"\bP\.?\s?O\.?\s+Box\b", re.I)
_NAME = compiled(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the)){1,6}")


def _return_address(text: str) -> bool:
    m = ADDRESS.search(text)
    return bool(_PO_BOX.search(text)) or bool(m and state_code(m.group(2)))


def _without_title(text: str) -> str:
    """The sender's name without the document's title printed after it on its line
    ("SAGEBRUSH HEALTH PLANS PROVIDER PAYMENT VOUCHER")."""
    low = text.lower()
    starts = [low.rfind(t) for t in labels().titles if low.endswith(t) and low.rfind(t) > 0]
    return text[: min(starts)].strip(" -|") if starts else text


def letterhead_name(ctx: ParseContext) -> tuple[int, str] | None:
    """(line, name) of the sender above a return address on the first lines of page 1."""
    lines = [ln for ln in ctx.lines[:3] if ln.page == ctx.lines[0].page] if ctx.lines else []
    if len(lines) < 2 or not lines[0].cells:
        return None
    first = lines[0].cells[0].text.strip()
    below = lines[1].cells[0].text if lines[1].cells else ""
    if not _return_address(below) or abs(lines[1].cells[0].x0 - lines[0].cells[0].x0) > 12:
        return None
    first = _without_title(first)
    low = first.lower()
    if (
        not _NAME.fullmatch(first)
        or any(t in low for t in labels().titles)
        or reader_rules().not_payer.search(first)
        or nz.find_dates(first)
        or PHONE.search(first)
        or ":" in first
    ):
        return None
    return 0, re.sub(r"\s+", " ", first)


_NPI_FIRST = compiled(r"^\s*npi\b", re.I)


def over_npi(ctx: ParseContext, i: int) -> bool:
    """Line ``i`` heads a provider's own paper: the next line starts with its NPI ("Nursing
    Nook Lactation LLC" over "NPI 1674332667  Billing questions …"); no insurer prints one."""
    nxt = i + 1
    return nxt < len(ctx.lines) and bool(_NPI_FIRST.match(ctx.lines[nxt].text))


def provider_letterhead(ctx: ParseContext) -> str | None:
    """The provider who sent the document (an itemised statement): the name heading page 1
    over its NPI line, or None."""
    if len(ctx.lines) < 2 or not ctx.lines[0].cells or not over_npi(ctx, 0):
        return None
    name = re.sub(r"\s+", " ", _without_title(ctx.lines[0].cells[0].text.strip()))
    if not _NAME.fullmatch(name) or ":" in name or nz.find_dates(name):
        return None
    return name
