"""Evidence: who says a value is right, and corrections applied with it
(``source="person"``, sure).
"""

from __future__ import annotations

import copy
from typing import Any

from ..models import Evidence, ParseResult
from .document import check_positions, set_value
from .paths import CASE_FACTS, SOURCES, Correction, pattern_of
from .values import convert


def evidence_of(result: ParseResult, path: str) -> Evidence | None:
    return result.evidence.get(path)


def is_sure(result: ParseResult, path: str) -> bool:
    """May a letter state the value at ``path``? Yes when its evidence is sure or it came
    from the profile or the person; a value with no evidence entry is not sure."""
    ev = result.evidence.get(path)
    return ev is not None and (ev.sure or ev.source in ("profile", "person"))


def source_of(result: ParseResult, path: str) -> str:
    """Where a value comes from, in words: "notice", "notice (not sure)", "profile", "person",
    or "not printed"."""
    ev = result.evidence.get(path)
    if ev is None:
        return "not printed" if path in result.not_printed else "notice (not sure)"
    if ev.source in ("profile", "person"):
        return ev.source
    return "notice" if ev.sure else "notice (not sure)"


def record(result: ParseResult, path: str, source: str) -> None:
    old = result.evidence.get(path)
    result.evidence[path] = Evidence(
        confidence=1.0,
        sure=True,
        source=source,
        reader=source,
        page=old.page if old else None,
        bbox=list(old.bbox) if old and old.bbox else None,
        text=old.text if old else None,
        reason=None,
    )
    if path in result.not_printed:
        result.not_printed = [p for p in result.not_printed if p != path]


def check(result: ParseResult, path: str, raw: str) -> Correction:
    """One ``PATH=VALUE`` checked against the document and the vocabularies (InputError)."""
    if pattern_of(path) in CASE_FACTS:
        return Correction(path, convert(path, raw), raw)
    value = convert(path, raw)
    check_positions(result, path)
    return Correction(path, value, raw)


def apply(
    result: ParseResult,
    assignments: dict[str, str] | list[tuple[str, str]],
    *,
    source: str = "person",
) -> ParseResult:
    """A copy of ``result`` with each ``PATH=VALUE`` set and recorded as ``source``'s.

    Paths of CASE_FACTS (``stage``, ``plan.grandfathered``) are not in the parse document:
    take them with ``case_facts``. Raises InputError (one line) on the first bad one.
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}")
    items = list(assignments.items()) if isinstance(assignments, dict) else list(assignments)
    out = copy.deepcopy(result)
    for path, raw in items:
        corr = check(out, path, raw)
        if pattern_of(path) in CASE_FACTS:
            continue
        set_value(out, path, corr.value)
        record(out, path, source)
    return out


def case_facts(assignments: dict[str, str] | list[tuple[str, str]]) -> dict[str, Any]:
    """The profile values the CASE_FACTS assignments mean: ``grandfathered`` (bool) and
    ``stage`` (one of models.STAGES); checked, InputError on a bad value."""
    items = list(assignments.items()) if isinstance(assignments, dict) else list(assignments)
    flags: dict[str, Any] = {}
    for path, raw in items:
        pattern = pattern_of(path)
        if pattern == "plan.grandfathered":
            flags["grandfathered"] = bool(convert(path, raw))
        elif pattern == "stage":
            flags["stage"] = convert(path, raw)
    return flags
