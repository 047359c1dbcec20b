"""Claims the reader cannot tell were denied: written as denied, and asked about first.

A notice that may deny a claim must not end with "nothing was denied" on a guess, and a
parent must not lose an appeal because the notice said it unclearly. When no claim reads
as denied and the reader is unsure of some, those claims are decided as denied; their
evidence stays unsure (so "was this claim denied?" is the first check before sending),
and a person's ``claims.N.denied=false`` undoes it. When other claims of the notice are
surely denied, a claim read as denied without sureness is left out of the letters (its
facts may be another claim's) and asked about instead.
"""

from __future__ import annotations

from dataclasses import replace

from ..corrections import ASSUMED_DENIED, denied_question, is_sure, unclear_denied
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


def set_aside(result: ParseResult) -> tuple[frozenset[int], str | None]:
    """The claims read as denied without sureness on a notice where other claims are surely
    denied: the letters leave them out; the warning that asks about them."""
    denied = [i for i, c in enumerate(result.claims) if c.denied]
    sure = [i for i in denied if is_sure(result, f"claims.{i}.denied")]
    aside = [i for i in denied if i not in sure]
    if not sure or not aside:
        return frozenset(), None
    names = ", ".join(
        f"claim {result.claims[i].claim_number}"
        if result.claims[i].claim_number
        else f"claim {i + 1}"
        for i in aside
    )
    sets = " ".join(f"--set claims.{i}.denied=true" for i in aside)
    return frozenset(aside), (
        f"appealgen could not tell whether {names} was denied too: the notice does not say it "
        "clearly, so the letters leave it out. If it was denied or you were charged for it, "
        f"say so ({sets}, or the review form) and the letters will include it."
    )
