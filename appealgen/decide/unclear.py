"""Claims the reader cannot tell were denied: written as denied, and asked about first.

A notice that may deny a claim must not end with "nothing was denied" on a guess, and a
parent must not lose an appeal because the notice said it unclearly. When no claim reads
as denied lactation care (none is denied, or every denied one is other care, which no
letter argues) and the reader is unsure of some, those claims are decided as denied;
their evidence stays unsure (so "was this claim denied?" is the first check before
sending), and a person's ``claims.N.denied=false`` undoes it. When several claims are so
taken, the letter would list every one's number, patient, dates and codes, a paid claim's
among them: those facts are asked, not stated, until the person says which was denied.
When other claims of the notice are surely denied lactation care, a claim read as denied
without sureness is left out of the letters (its facts may be another claim's) and asked
about instead; a claim surely denied that is not lactation care does not push it out,
since no letter argues it.

A denied claim whose reason (``denial.primary_category``) the reader is not sure of is
argued only with what holds for any denial of lactation care: the answer to its reason
waits for the person (``reasons_to_confirm``), so a letter never answers a guessed reason.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..corrections import ASSUMED_DENIED, denied_question, is_sure, shown, unclear_denied
from ..models import Evidence, ParseResult
from .triage import NO, lactation_care


def _argued(result: ParseResult, i: int) -> bool:
    """Is claim ``i`` read as denied care a letter would argue (not other care)?"""
    claim = result.claims[i]
    return claim.denied and lactation_care(claim)[0] != NO


def assume_denied(result: ParseResult) -> str | None:
    """Mark the claims of ``result`` the reader cannot tell about as denied (in place), when
    no claim reads as denied lactation care; the warning that says so, or None when
    nothing changed."""
    if any(_argued(result, i) for i in range(len(result.claims))):
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
        if len(unclear) > 1:
            _doubt_own_facts(result, i)
    return denied_question(result)


# What tells one claim from another in a letter (its number, patient, dates and codes)
OWN_FACTS = (".claim_number", ".patient_name", ".date_of_service", ".procedure_code")
WHICH_DENIED = "the notice does not say which of its claims was denied; this may be a paid claim's"


def _doubt_own_facts(result: ParseResult, i: int) -> None:
    """Make claim ``i``'s own facts unsure (in place): it is one of several claims taken
    as denied only because the reader could not tell, so a letter listing them all would
    state a paid claim's number, dates and codes as the denied one's."""
    base = f"claims.{i}."
    for path, ev in list(result.evidence.items()):
        if path.startswith(base) and path.endswith(OWN_FACTS) and ev.source == "notice":
            result.evidence[path] = replace(ev, sure=False, reason=ev.reason or WHICH_DENIED)


def set_aside(result: ParseResult) -> tuple[frozenset[int], str | None]:
    """The claims read as denied without sureness on a notice where other claims are surely
    denied lactation care: the letters leave them out; the warning that asks about them.
    A claim surely denied that is not lactation care pushes none out: no letter argues it."""
    denied = [i for i, c in enumerate(result.claims) if c.denied]
    sure = [i for i in denied if is_sure(result, f"claims.{i}.denied") and _argued(result, i)]
    aside = [i for i in denied if not is_sure(result, f"claims.{i}.denied")]
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


def unsure_reasons(result: ParseResult, leave_out: frozenset[int] = frozenset()) -> frozenset[int]:
    """The denied claims (not among ``leave_out``) whose reason for the denial the reader is
    not sure of: their category does not choose the arguments until the person confirms it."""
    return frozenset(
        i
        for i, c in enumerate(result.claims)
        if c.denied
        and i not in leave_out
        and c.denial is not None
        and c.denial.primary_category
        and not is_sure(result, f"claims.{i}.denial.primary_category")
    )


def reason_entries(
    result: ParseResult, positions: frozenset[int], waiting: dict[int, list[str]]
) -> list[dict[str, Any]]:
    """``decision.reasons_to_confirm``: for each claim whose reason is not sure, what the
    reader took it for, the notice's words, and the arguments that wait for the answer."""
    out: list[dict[str, Any]] = []
    for i in sorted(positions):
        claim = result.claims[i]
        denial = claim.denial
        out.append(
            {
                "claim": i,
                "claim_number": claim.claim_number,
                "path": f"claims.{i}.denial.primary_category",
                "read_as": denial.primary_category if denial else None,
                "words": shown(denial.reason_text) if denial and denial.reason_text else "",
                "arguments": list(waiting.get(i, [])),
            }
        )
    return out


def reason_warning(result: ParseResult, entries: list[dict[str, Any]]) -> str | None:
    """The warning that says which reasons wait for the person, and how to give them."""
    if not entries:
        return None
    names = ", ".join(
        f"claim {e['claim_number']}" if e["claim_number"] else f"claim {e['claim'] + 1}"
        for e in entries
    )
    sets = " ".join(f"--set {e['path']}={e['read_as'] or 'other'}" for e in entries)
    return (
        f"appealgen is not sure why the plan denied {names}, so the letters argue only what "
        "holds for any denial of lactation care and leave a highlighted place for the answer "
        f"to the plan's reason. Say what the reason is ({sets} if appealgen read it right, "
        "another category if not, or the review form) and the letters will answer it."
    )
