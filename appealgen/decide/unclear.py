"""Claims the reader cannot tell were denied: written as denied, and asked about first.

A notice that may deny a claim must not end with "nothing was denied" on a guess, and a
parent must not lose an appeal because the notice said it unclearly. When no claim reads
as denied and the reader is unsure of some, those claims are decided as denied; their
evidence stays unsure (so "was this claim denied?" is the first check before sending),
and a person's ``claims.N.denied=false`` undoes it.
"""

from __future__ import annotations

from dataclasses import replace

from ..corrections import ASSUMED_DENIED, denied_question, unclear_denied
from ..models import Evidence, ParseResult


def assume_denied(result: ParseResult) -> str | None:
    """Mark the claims of ``result`` the reader cannot tell about as denied (in place), when
    no claim reads as denied; the warning that says so, or None when nothing changed."""
    if result.denied_claims:
        return None
    unclear = unclear_denied(result)
    if not unclear:
        return None
    for i in unclear:
        path = f"claims.{i}.denied"
        old = result.evidence.get(path) or Evidence(confidence=0.5, sure=False)
        result.evidence[path] = replace(old, sure=False, reason=ASSUMED_DENIED)
        result.claims[i].denied = True
        if result.claims[i].denial is None:  # no reason was read: none of it is sure
            stale = [p for p in result.evidence if p.startswith(f"claims.{i}.denial.")]
            for p in stale:
                del result.evidence[p]
    return denied_question(result)
