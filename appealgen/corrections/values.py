"""A correction's text -> the value of its path, checked against the contract's
vocabularies (categories, funding kinds, dates, money, codes, ...).
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import InputError
from ..models import CATEGORIES, FUNDING_KINDS, SOURCE_KINDS, STAGES
from .paths import (
    BOOL_WORDS,
    CASE_FACTS,
    FIELDS,
    MAX_VALUE_CHARS,
    NETWORK_VALUES,
    US_STATES,
    pattern_of,
    valid_paths_hint,
)

_NPI = re.compile(r"\d{10}")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,9}")
_CARC = re.compile(r"(CO|CR|OA|PI|PR)-[A-Z0-9]{1,3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONEY = re.compile(r"-?\$?\s*\d{1,3}(?:,?\d{3})*(?:\.\d{1,2})?")


def _fail(path: str, raw: str, what: str) -> InputError:
    return InputError(f"{path}={raw!r}: {what}")


def _list(raw: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\s]+", raw) if p.strip()]


def _choice(path: str, raw: str, choices: tuple[str, ...] | frozenset[str], what: str) -> str:
    value = raw.strip().lower().replace(" ", "_").replace("-", "_")
    if value in choices:
        return value
    close = difflib.get_close_matches(value, list(choices), n=1)
    hint = f" — did you mean {close[0]!r}?" if close else ""
    raise _fail(path, raw, f"not a {what}{hint} (valid: {', '.join(choices)})")


def convert(path: str, raw: str) -> Any:
    """The value ``raw`` means at ``path``, as the document holds it; InputError naming the
    valid values when it is outside the path's vocabulary. An empty text means "unknown"."""
    pattern = pattern_of(path)
    kind = FIELDS.get(pattern) or CASE_FACTS.get(pattern)
    if kind is None:
        raise InputError(f"unknown path {path!r}{valid_paths_hint(path)}")
    raw = raw.strip()
    if len(raw) > MAX_VALUE_CHARS:
        raise _fail(path, raw[:40] + "…", f"too long (at most {MAX_VALUE_CHARS} characters)")
    if kind in ("codes", "categories", "carcs"):
        items = _list(raw)
        if kind == "categories":
            return [_choice(path, i, CATEGORIES, "denial category") for i in items]
        items = [i.upper() for i in items]
        rx = _CARC if kind == "carcs" else _CODE
        bad = [i for i in items if not rx.fullmatch(i)]
        if bad:
            want = "GROUP-CODE codes such as CO-242, PR-1" if kind == "carcs" else "codes"
            raise _fail(path, raw, f"{bad[0]!r} is not one of the {want}")
        return items
    if kind == "bool":
        if raw.lower() not in BOOL_WORDS:
            raise _fail(path, raw, "write true or false")
        return BOOL_WORDS[raw.lower()]
    if kind == "stage":
        return _choice(path, raw, STAGES, "stage")
    if not raw:
        return "unknown" if kind == "funding" else None
    if kind == "text":
        return " ".join(raw.split())
    if kind == "funding":
        return _choice(path, raw, FUNDING_KINDS, "plan funding")
    if kind == "category":
        return _choice(path, raw, CATEGORIES, "denial category")
    if kind == "source_kind":
        return _choice(path, raw, SOURCE_KINDS, "notice kind")
    if kind == "network":
        return _choice(path, raw, NETWORK_VALUES, "network value")
    if kind == "state":
        state = raw.upper()
        if state not in US_STATES:
            raise _fail(path, raw, "not a two-letter US state code (e.g. MA, NY, DC)")
        return state
    if kind == "date":
        if not _ISO_DATE.fullmatch(raw):
            raise _fail(path, raw, "write the date as YYYY-MM-DD")
        try:
            return date.fromisoformat(raw)
        except ValueError as e:
            raise _fail(path, raw, "not a date on the calendar (YYYY-MM-DD)") from e
    if kind == "money":
        if not _MONEY.fullmatch(raw):
            raise _fail(path, raw, "write the amount as a number such as 250.00")
        try:
            return Decimal(raw.replace("$", "").replace(",", "").replace(" ", "")).quantize(
                Decimal("0.01")
            )
        except InvalidOperation as e:
            raise _fail(path, raw, "write the amount as a number such as 250.00") from e
    if kind == "int":
        if not raw.isdigit():
            raise _fail(path, raw, "write a whole number")
        return int(raw)
    if kind == "npi":
        if not _NPI.fullmatch(raw):
            raise _fail(path, raw, "an NPI is 10 digits")
        return raw
    if kind == "code":
        code = raw.upper()
        if not _CODE.fullmatch(code):
            raise _fail(path, raw, "not a procedure code (e.g. S9443, 99403)")
        return code
    raise InputError(f"unknown path {path!r}{valid_paths_hint(path)}")  # pragma: no cover
