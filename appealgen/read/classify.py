"""Denial classification: reason text and CARC/RARC codes -> the contract's categories.

Three sources count: the meanings of the X12 codes (codes/carc.csv, codes/rarc.csv), the
phrase rules (rules/phrases.yaml) applied to the printed reason, and the same rules applied
to the printed explanations of a payer's own codes. The primary category is the one the
appeal must answer first, by the priorities of categories.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import knowledge

GENERIC = "other"
COST_SHARING = "cost_sharing"
NOT_COVERED = "not_covered"
_GROUP_PREFIX = re.compile(r"^\s*(?:CO|CR|OA|PI|PR)\s*[-–:]?\s*", re.IGNORECASE)


def phrase_categories(text: str | None) -> list[str]:
    """Categories named by the phrase rules in ``text``, most specific rule first.

    A match lying inside the text of a match of a more specific rule is dropped, so
    "home visits are not covered" is place_of_service only.
    """
    if not text or not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    found: list[str] = []
    for rule in knowledge.phrase_rules():
        hit = False
        for rx in rule.patterns:
            for m in rx.finditer(text):
                if any(s <= m.start() and m.end() <= e for s, e in spans):
                    continue
                spans.append((m.start(), m.end()))
                hit = True
        if hit and rule.category not in found:
            found.append(rule.category)
    return found


def phrase_hits(text: str | None) -> dict[str, int]:
    """How many separate phrases in ``text`` name each category (nested matches dropped)."""
    if not text or not text.strip():
        return {}
    spans: list[tuple[int, int]] = []
    hits: dict[str, int] = {}
    for rule in knowledge.phrase_rules():
        for rx in rule.patterns:
            for m in rx.finditer(text):
                if any(s <= m.start() and m.end() <= e for s, e in spans):
                    continue
                spans.append((m.start(), m.end()))
                hits[rule.category] = hits.get(rule.category, 0) + 1
    return hits


def code_categories(carc: Iterable[str], rarc: Iterable[str] = ()) -> tuple[set[str], set[str]]:
    """The categories the adjustment reason codes name, and those the remark codes name."""
    return (
        set(_code_categories(carc, knowledge.carc_codes())),
        set(_code_categories(rarc, knowledge.rarc_codes())),
    )


def _bare_code(entry: str) -> str:
    return _GROUP_PREFIX.sub("", entry.strip()).upper().lstrip("0") or "0"


def _code_categories(entries: Iterable[str], table: dict[str, knowledge.CodeInfo]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        info = table.get(_bare_code(entry)) if entry else None
        if info:
            out.extend(c for c in info.categories if c not in out)
    return out


def classify(
    reason_text: str | None,
    carc: Iterable[str],
    rarc: Iterable[str],
    *,
    codes_explained: Iterable[str] = (),
    procedure_codes: Iterable[str] = (),
    patient_share_only: bool = False,
) -> tuple[list[str], str | None]:
    """The categories of one denial and its primary category.

    ``carc`` holds "GROUP-CODE" or bare codes, ``rarc`` bare remark codes, and
    ``codes_explained`` the printed explanations of a payer's own codes ("this provider
    is not in your network"). ``patient_share_only`` says the plan paid and only a
    deductible, coinsurance or copay was left to the patient: that claim is cost_sharing
    first. ``procedure_codes`` are accepted so that callers pass what they know; the
    current rules do not need them.

    Categories come back ordered by priority with the primary one first and "other"
    only when nothing more specific applies. With no reason, codes or explanations at all
    the answer is ``([], None)``.
    """
    del procedure_codes  # part of the signature for callers; no rule uses it yet
    carc = [c for c in carc if c and c.strip()]
    rarc = [r for r in rarc if r and r.strip()]
    explained = [t for t in codes_explained if t and t.strip()]
    has_input = bool((reason_text and reason_text.strip()) or carc or rarc or explained)

    # Strong evidence: the adjustment reason codes and the printed words. Remark codes
    # only refine ("N130: consult plan documents" is not a reason of its own), so they
    # count only when nothing stronger names a category.
    found = _code_categories(carc, knowledge.carc_codes())
    from_codes = set(found)
    for text in (reason_text, *explained):
        for cat in phrase_categories(text):
            if cat not in found:
                found.append(cat)
    if not [c for c in found if c != GENERIC]:
        for cat in _code_categories(rarc, knowledge.rarc_codes()):
            from_codes.add(cat)
            if cat not in found:
                found.append(cat)
    # "non-covered" in a sentence that names a specific reason is not a second reason
    if NOT_COVERED in found and NOT_COVERED not in from_codes and len(found) > 1:
        found.remove(NOT_COVERED)
    if patient_share_only and COST_SHARING not in found:
        found.append(COST_SHARING)

    priority = {cid: info.priority for cid, info in knowledge.categories().items()}
    cats = sorted((c for c in found if c in priority), key=priority.__getitem__)
    if len(cats) > 1 and GENERIC in cats:
        cats.remove(GENERIC)
    if not cats:
        return ([GENERIC], GENERIC) if has_input else ([], None)
    if patient_share_only:
        cats.remove(COST_SHARING)
        cats.insert(0, COST_SHARING)
    return cats, cats[0]
