"""Dates and amounts as a printout prints them: a date as digits only ("121925" for
December 19, 2025; ``settings.layout_date_forms``) and an amount under a dollar without
its zero (".00", ".50").

No reader takes six digits for a date on its own: they may be an account, a check or a
ZIP code. A layout learns the date form a corrected notice printed its dates in (the
anchor's ``form``, a ``strftime`` format), and reads dates in that form only in the
places it learned. A charge printed in brackets as a credit ("($415.00)") where the
person's correction gave it positive is learned so (``sign: drop``), and read without
its sign in that place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..patterns import compiled
from . import normalize as nz
from .settings import DEFAULT_SETTINGS, ReadSettings

_BARE_CENTS = compiled(r"(?<![\w.,$])\.(\d\d)(?![\w.,])")
_CENTS_AT_START = compiled(r"^[\s:#\-–—=(|]*\.(\d\d)(?![\w.,])")
_CREDIT_AT_START = compiled(r"^[\s:#|]*(\()")
_DIGIT_RUN = compiled(r"(?<![\w.,/-])\d{6,8}(?![\w.,/-])")
_LEAD = compiled(r"^[\s:#.\-–—=(|]*")


def cents_spans(value: Decimal, text: str) -> list[tuple[int, int]]:
    """Where ``value`` (under a dollar) is printed as bare cents (".00") in ``text``."""
    if not isinstance(value, Decimal) or not Decimal(0) <= value < 1:
        return []
    return [m.span() for m in _BARE_CENTS.finditer(text) if Decimal(f"0.{m.group(1)}") == value]


def bracketed_spans(value: Decimal, text: str) -> list[tuple[int, int]]:
    """Where ``value`` (above zero) is printed in brackets as a credit ("($415.00)") in
    ``text``: a notice that prints its charges so, the person's correction positive."""
    if not isinstance(value, Decimal) or value <= 0:
        return []
    return [(s, e) for s, e, v in nz.find_money(text) if v == -value and "(" in text[s:e]]


def credit_at_start(text: str) -> tuple[Decimal, int] | None:
    """An amount printed in brackets at the start of ``text`` ("($415.00)"), negative as
    printed, and where it ends: a layout's checks refuse it unless it learned the sign."""
    m = _CREDIT_AT_START.match(text)
    if not m:
        return None
    hits = nz.find_money(text[m.start(1) :])
    if not hits or hits[0][0] != 0 or hits[0][2] >= 0:
        return None
    return hits[0][2], m.start(1) + hits[0][1]


def unsigned(value: Any) -> Any:
    """An amount a layout reads without the sign its brackets gave it (``sign: drop``)."""
    return -value if isinstance(value, Decimal) and value < 0 else value


def cents_at_start(text: str) -> tuple[Decimal, int] | None:
    """Bare cents (".00") printed at the start of ``text``, and where they end."""
    m = _CENTS_AT_START.match(text)
    return (Decimal(f"0.{m.group(1)}"), m.end()) if m else None


def form_spans(value: date, text: str, form: str) -> list[tuple[int, int]]:
    """Where ``value`` is printed in the compact ``form`` in ``text``."""
    want = value.strftime(form)
    return [m.span() for m in _DIGIT_RUN.finditer(text) if m.group(0) == want]


def compact_spans(
    value: date, text: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> list[tuple[int, int]]:
    """Where ``value`` is printed in any of the compact forms a layout may learn."""
    for form in settings.layout_date_forms:
        if spans := form_spans(value, text, form):
            return spans
    return []


def printed_form(
    values: Iterable[date], texts: list[str], settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """The compact form the corrected dates ``values`` are printed in on a notice whose
    lines are ``texts``; None when they are printed as dates the readers know (or not at
    all), or in more than one form."""
    votes: Counter[str | None] = Counter()
    for value in values:
        if not isinstance(value, date):
            continue
        if any(d == value for t in texts for _, _, d in nz.find_dates(t)):
            votes[None] += 1
            continue
        forms = [
            f for f in settings.layout_date_forms if any(form_spans(value, t, f) for t in texts)
        ]
        if len(forms) == 1:
            votes[forms[0]] += 1
    if not votes:
        return None
    (best, n), *rest = votes.most_common()
    return best if not rest or rest[0][1] < n else None


def in_form(text: str, form: str, at_start: bool = False) -> tuple[date, int] | None:
    """The first date printed in ``form`` in ``text`` (``at_start``: only right at its
    start, past separators), and where it ends."""
    start = _LEAD.match(text).end() if at_start else 0
    for m in _DIGIT_RUN.finditer(text, start):
        if at_start and m.start() != start:
            return None
        try:
            return datetime.strptime(m.group(0), form).date(), m.end()
        except ValueError:
            if at_start:
                return None
    return None
