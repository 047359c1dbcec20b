"""The plan type's track (data/tracks.yaml): which law reaches the plan, where it goes next."""

from __future__ import annotations

import re
from typing import Any

from .. import knowledge
from .facts import FUNDING_LABELS, Facts, profile_value


def _has(words: list[str], text: str) -> str | None:
    """The first of ``words`` found in ``text`` as whole words, or None."""
    low = " ".join(text.lower().split())
    for w in words:
        if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low):
            return w
    return None


def track_of(facts: Facts) -> dict[str, Any]:
    """The validated track entry of a case (its funding's default until chosen)."""
    table = knowledge.tracks()
    if facts.track in table and table[facts.track]["funding"] == facts.funding:
        return table[facts.track]
    return next(t for t in table.values() if t["funding"] == facts.funding and t["default"])


def choose_track(facts: Facts, plan_name: str | None = None) -> None:
    """Set ``facts.track`` (and, for an unknown funding the notice's words settle, the
    funding and its regimes), each with its reason."""
    table = knowledge.tracks()
    if facts.funding == "unknown":
        hay = " ".join(filter(None, [plan_name, facts.payer_name, facts.notice_text]))
        for t in table.values():
            word = _has(t["detect"], hay) if t["default"] else None
            if word:
                facts.funding = t["funding"]
                facts.funding_reason = (
                    f"the notice shows a {FUNDING_LABELS[t['funding']]} plan "
                    f"(it says \u201c{word}\u201d)"
                )
                break
    candidates = [t for t in table.values() if t["funding"] == facts.funding]
    chosen = next(t for t in candidates if t["default"])
    reason = f"{chosen['label']}: {facts.funding_reason}"
    sources = (
        ("your profile", profile_value(facts.profile, "plan.type")),
        ("the notice's plan type", facts.plan_type),
        ("the plan's name", plan_name),
        ("the notice", facts.notice_text),
    )
    found = False
    for source, text in sources:
        if not text or not isinstance(text, str):
            continue
        for t in candidates:
            word = None if t["default"] else _has(t["plan_types"], text)
            if word:
                chosen, found = t, True
                reason = f"{t['label']}: {source} says \u201c{word}\u201d"
                break
        if found:
            break
    facts.track = chosen["id"]
    facts.track_reason = reason
    facts.regimes = chosen["regimes"]


def external_review_open(facts: Facts) -> bool:
    """True when an external-review request is worth writing now.

    Only after the plan's final internal denial (not on a first denial, not after an
    external review or a hearing has decided), only where PHS Act §2719 reaches the plan, and
    never for a grandfathered plan (45 CFR 147.136(a)(1): the rule covers plans that are
    not grandfathered).
    """
    final = getattr(facts, "stage", None) == "final_internal_denial"  # not after a review
    return final and track_of(facts)["external_review"] and not facts.grandfathered


def gap_exception_categories(facts: Facts) -> list[str]:
    """The denial categories for which this plan type can grant a gap exception."""
    return list(track_of(facts)["gap_exception"])


def complaint_document(facts: Facts) -> str | None:
    """The complaint letter this plan type takes (state_complaint, ebsa_request, …)."""
    return track_of(facts)["complaint"]
