"""The corrected parse document: every value a person confirmed, with its generic
path and its place (claim, line); what it says is not printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import LayoutError
from ..read.layouts import CLAIM_FIELDS, CLAIM_NOT_PRINTED, FIELD_TYPES, HEADER_FIELDS, LINE_FIELDS
from ..read.score import get_dotted

_LINE_KEYS = {
    "date_of_service": "claims.lines.date_of_service",
    "procedure_code": "claims.lines.procedure_code",
    "units": "claims.lines.units",
    "diagnosis_codes": "claims.lines.diagnosis_codes",
    "billed": "claims.lines.billed",
    "allowed": "claims.lines.allowed",
    "paid": "claims.lines.paid",
    "patient_responsibility": "claims.lines.patient_responsibility",
}


@dataclass(frozen=True)
class Instance:
    """One corrected value: its generic path, its place (claim, line) and its value."""

    path: str
    claim: int | None
    line: int | None
    value: Any


def _money(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)).quantize(Decimal("0.01")) if v not in (None, "") else None
    except InvalidOperation:
        raise LayoutError(f"corrected JSON: {v!r} is not an amount") from None


def _date(v: Any) -> date | None:
    if v in (None, ""):
        return None
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise LayoutError(f"corrected JSON: {v!r} is not a date (YYYY-MM-DD)") from None


def _typed(path: str, v: Any) -> Any:
    kind = FIELD_TYPES[path]
    if kind == "money":
        return _money(v)
    if kind == "date":
        return _date(v)
    if kind == "dx":
        return [str(x) for x in v] if isinstance(v, list) and v else None
    if kind == "int":
        return int(v) if isinstance(v, int) and not isinstance(v, bool) else None
    return str(v).strip() if isinstance(v, str) and v.strip() else None


def text(v: Any) -> str:
    return v.strip() if isinstance(v, str) else ""


def corrected_values(corrected: Any) -> list[Instance]:
    """Every value the corrected document states, typed; LayoutError if it is not one."""
    if not isinstance(corrected, dict) or not isinstance(corrected.get("claims"), list):
        raise LayoutError('corrected JSON is not a parse document (no "claims" list)')
    out = []
    for path in HEADER_FIELDS:
        v = _typed(path, get_dotted(corrected, path))
        if v is not None:
            out.append(Instance(path, None, None, v))
    for n, claim in enumerate(corrected["claims"]):
        if not isinstance(claim, dict):
            raise LayoutError(f"corrected JSON: claims[{n}] is not an object")
        for path in CLAIM_FIELDS:
            v = _typed(path, get_dotted(claim, path[len("claims.") :]))
            if v is not None:
                out.append(Instance(path, n, None, v))
        for j, line in enumerate(claim.get("service_lines") or []):
            if not isinstance(line, dict):
                raise LayoutError(
                    f"corrected JSON: claims[{n}].service_lines[{j}] is not an object"
                )
            for key, path in _LINE_KEYS.items():
                v = _typed(path, line.get(key))
                if v is not None:
                    out.append(Instance(path, n, j, v))
            denied = bool((claim.get("denial") or {}).get("categories"))
            out.append(Instance("claims.lines.codes", n, j, (*_codes_of(line), denied)))
    if not out:
        raise LayoutError("corrected JSON holds no value to learn from")
    return out


def categories(corrected: dict[str, Any]) -> dict[int, list[str]]:
    out = {}
    for n, claim in enumerate(corrected["claims"]):
        cats = (claim.get("denial") or {}).get("categories") or []
        out[n] = [str(c) for c in cats]
    return out


def _codes_of(line: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    adj = tuple(
        (str(a.get("group") or "CO"), str(a.get("code")))
        for a in line.get("adjustments") or []
        if isinstance(a, dict) and a.get("code")
    )
    return adj, tuple(str(r) for r in line.get("remark_codes") or [])


def not_printed(corrected: dict[str, Any], instances: list[Instance]) -> list[str]:
    have = {i.path for i in instances}
    out = [p for p in HEADER_FIELDS if p not in have]
    if corrected["claims"]:
        out += [p for p in CLAIM_FIELDS if p not in have]
        for p in CLAIM_NOT_PRINTED:  # fields no layout reads, null on every corrected claim
            if all(get_dotted(c, p[len("claims.") :]) is None for c in corrected["claims"]):
                out.append(p)
        if any(c.get("service_lines") for c in corrected["claims"]):
            out += [p for p in LINE_FIELDS if p not in have and p != "claims.lines.codes"]
    return out
