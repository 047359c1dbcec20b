"""The denial reasons a corrected notice teaches: the reason the readers read for each
denied claim, with the categories the person gave that claim."""

from __future__ import annotations

import re
from typing import Any

from ..models import CATEGORIES, ParseResult
from ..read.learned_reasons import reason_key

_ID = re.compile(r"[^A-Z0-9]")


def taught_reasons(read: ParseResult, corrected: dict[str, Any]) -> dict[str, list[str]]:
    """``{reason words: categories}`` for each claim of ``read`` (the readers' reading of
    the notice) that prints a reason and whose corrected claim names its categories. A
    reason given two different sets of categories on the same notice teaches nothing."""
    out: dict[str, list[str]] = {}
    clash: set[str] = set()
    for claim, fixed in _pairs(read, corrected.get("claims") or []):
        denial = claim.denial
        key = reason_key(denial.reason_text if denial else None)
        cats = _categories(fixed)
        if key is None or not cats:
            continue
        if out.get(key, cats) != cats:
            clash.add(key)
        out[key] = cats
    return {k: v for k, v in out.items() if k not in clash}


def _categories(claim: Any) -> list[str]:
    """The corrected claim's categories, its primary one first ([] if it names none)."""
    denial = claim.get("denial") if isinstance(claim, dict) else None
    if not isinstance(denial, dict):
        return []
    cats = [str(c) for c in denial.get("categories") or [] if c in CATEGORIES]
    primary = denial.get("primary_category")
    if primary in CATEGORIES:
        cats = [primary] + [c for c in cats if c != primary]
    return cats


def _pairs(read: ParseResult, fixed: list[Any]) -> list[tuple[Any, Any]]:
    """The readers' claims with their corrected ones: by claim number, else in order when
    the person kept as many claims as were read."""
    by_number = {
        _ID.sub("", str(c.get("claim_number") or "").upper()): c
        for c in fixed
        if isinstance(c, dict) and c.get("claim_number")
    }
    pairs = []
    for claim in read.claims:
        number = _ID.sub("", (claim.claim_number or "").upper())
        if number and number in by_number:
            pairs.append((claim, by_number[number]))
    if not pairs and len(fixed) == len(read.claims):
        pairs = list(zip(read.claims, fixed, strict=True))
    return pairs
