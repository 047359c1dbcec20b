"""A claim's totals printed as labelled amounts, one a line, in the claim's own block.

"Billed ........ $670.00", "Your plan paid: $569.50", "You may owe   $0.00": a line that
holds only the words of an amount heading (the table headings' vocabulary of
rules/labels.yaml, placed by their words as a heading is) and one amount, with dot leaders
or a colon between them or not. Two or more such lines, each naming another amount, in the
block of a claim whose services were read, are the claim's totals when the services add up
to them: every total whose service amounts were all read must be their sum (a notice's
grand total or another claim's totals is not), and at least one is checked so. A claim of
one service adds up to any of its amounts: there, lines its service was read from are that
service's amounts, not the claim's totals.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..models import ServiceLine, Totals
from ..patterns import compiled
from . import normalize as nz
from .context import ZERO, ParseContext
from .labelled_amounts import TOTALS_KEYS, labelled_line, labelled_totals

MIN_TOTALS = 2  # fewer is a stray label beside an amount, not the claim's totals
# one service's amounts add up to themselves: a claim of one service has labelled totals
# only on lines its service was not read from
MIN_SERVICES = 2


def agrees(found: dict[str, Decimal], lines: list[ServiceLine]) -> bool:
    """Every total whose service amounts were all read is their sum, and one at least."""
    checked = 0
    for key, total in found.items():
        values = [getattr(sl, key) for sl in lines]
        if not values or any(v is None for v in values):
            continue
        if sum(values, ZERO) != total:
            return False
        checked += 1
    return checked > 0


def labelled_totals_lines(
    ctx: ParseContext,
    spans: list[tuple[int, int]],
    lines: list[ServiceLine],
    service_lines: Iterable[int] = (),
) -> tuple[Totals, dict[str, int]]:
    """The claim's totals printed one labelled amount a line in ``spans``, and the line of
    each; nothing when fewer than two are printed or the services do not add up to them.
    ``service_lines``: the lines the services were read from (one service's own labelled
    amounts are not the claim's totals)."""
    if not lines:
        return Totals(), {}
    found: dict[str, Decimal] = {}
    at: dict[str, int] = {}
    for s, e in spans:
        for k in range(s, e):
            if k in ctx.glossary_lines:
                continue
            named = labelled_line(ctx.lines[k].text)
            if named is None:
                continue
            key, value = named
            if key in found:  # a second "Billed" line: a service's or another claim's
                return Totals(), {}
            found[key], at[key] = value, k
    if len(found) < MIN_TOTALS or not agrees(found, lines):
        return Totals(), {}
    if len(lines) < MIN_SERVICES and set(at.values()) & set(service_lines):
        return Totals(), {}  # one service's own amounts, read from these very lines
    return Totals(**{key: found.get(key) for key in TOTALS_KEYS}), at


_TOTAL_WORD = compiled(r"(?i)\btotals?\b")


def totals_on_one_line(
    ctx: ParseContext,
    spans: list[tuple[int, int]],
    lines: list[ServiceLine],
    service_lines: Iterable[int] = (),
) -> tuple[Totals, dict[str, int]]:
    """The claim's totals printed as labelled amounts on one line that says "total"
    ("Total billed: 425.00   Total paid: 297.50   Patient resp: 0.00"), or that names
    every one of them and no service was read from ("Insurance billed $300.00 Allowed
    $0.00 Paid $0.00 Patient responsibility $300.00"), when the claim's services add up
    to them; and the line they were read on."""
    if not lines:
        return Totals(), {}
    own = set(service_lines)
    for s, e in spans:
        for k in range(s, e):
            text = ctx.lines[k].text
            if k in ctx.glossary_lines:
                continue
            named = labelled_totals(text)
            if not _TOTAL_WORD.search(text) and (k in own or len(named) < len(TOTALS_KEYS)):
                continue
            found = {key: nz.parse_money(v) for key, v in named.items()}
            if len(found) < MIN_TOTALS or None in found.values() or not agrees(found, lines):
                continue
            return Totals(**{key: found.get(key) for key in TOTALS_KEYS}), dict.fromkeys(found, k)
    return Totals(), {}


__all__ = ["agrees", "labelled_totals_lines", "totals_on_one_line"]
