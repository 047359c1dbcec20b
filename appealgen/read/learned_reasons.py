"""The denial reasons a learned layout was taught, and the categories a person gave them.

A payer prints the same few reasons in the same words notice after notice ("The
services of a lactation consultant are not a benefit of this plan."). When a person
corrects a notice's denial category and teaches its layout (``appealgen learn``), the
reason the readers read for that claim is kept in the layout's ``reasons`` with the
categories the person gave it. A later notice of the layout whose claim prints the very
same reason (the same words, whatever its numbers, case and punctuation) is given those
categories, sure when the layout was confirmed by a person: the reader does not guess
the category of a reason a person has already named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Evidence, ParseResult
from .layouts import LearnedLayout

# a reason shorter than this many words ("Denied", "Not covered") says too little to be
# one payer's reason for one thing: it is not kept
MIN_REASON_WORDS = 4
SURE = 0.95  # confidence of a category a person gave this very reason
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*")
_NOT_WORD = re.compile(r"[^a-z#]+")


def reason_key(text: str | None) -> str | None:
    """The words of a printed reason as a layout keeps them: lower case, each number
    ``#``, punctuation dropped; None when it is too short to be kept."""
    if not text:
        return None
    words = _NOT_WORD.sub(" ", _NUMBER.sub("#", text.lower())).split()
    if sum(w != "#" for w in words) < MIN_REASON_WORDS:
        return None
    return " ".join(words)


def apply_reasons(result: ParseResult, lay: LearnedLayout) -> list[int]:
    """Give each denied claim of ``result`` whose reason ``lay`` was taught the categories a
    person gave it (in place); returns the claims' indexes."""
    taught: list[int] = []
    for n, claim in enumerate(result.claims):
        denial = claim.denial
        if not claim.denied or denial is None:
            continue
        cats = lay.reasons.get(reason_key(denial.reason_text) or "")
        if not cats:
            continue
        denial.categories = list(cats)
        denial.primary_category = cats[0]
        for path in (f"claims.{n}.denial.primary_category", f"claims.{n}.denial.categories"):
            result.evidence[path] = _taught(result.evidence.get(path), denial.reason_text, lay)
        taught.append(n)
    return taught


def _taught(before: Evidence | None, reason: str | None, lay: LearnedLayout) -> Evidence:
    sure = lay.confirmed
    why = None if sure else "learned layout not confirmed by a person"
    base = before or Evidence()
    return replace(
        base,
        confidence=SURE if sure else min(base.confidence, 0.7) or 0.7,
        sure=sure,
        source="notice",
        reader="learned",
        text=base.text or (reason or "")[:200],
        reason=why,
    )
