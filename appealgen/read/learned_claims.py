"""A learned layout's reading checked claim by claim against the claims' printed totals.

A layout read through OCR may lose one service row of one claim (a row OCR merged into
the next, an amount it misread): that claim's lines then miss its printed total. Only
that claim gives way, to the readers' reading of the same claim (by its number, or by its
place when both readings hold as many claims) when theirs meets its total, and either the
layout read that total or the readers read more of the claim's lines (a total the layout
did not read is the readers' own, and lines of the layout that miss it may be the right
ones); every other claim keeps the layout's reading. Of the claim that gives way, a field the layout and the
readers read differently (its number, patient, provider) stays the better supported one:

* the layout's, when the layout read it surely and the readers did not (or read nothing);
* the readers', when they read it surely and the layout did not;
* when both were sure of different values, neither is: the readers' value stands (theirs
  is the reading that meets the claim's total), unsure, its evidence naming the layout's.

``learned.apply`` then drops the layout's whole reading only when most of its claims
still miss their printed totals, more of them than of the readers' reading
(``ReadSettings.layout_drop_share``).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from ..models import Claim, Evidence, ParseResult

# a claim's own fields, besides its services, totals and denial (paths under the claim)
CLAIM_OWN = ("claim_number", "patient_name", "provider.name", "provider.npi")


def misses_total(claim: Claim) -> bool:
    """The claim prints a billed total that its lines' billed amounts do not make (a line
    missing, an amount not read or read wrong); a claim without a total misses nothing."""
    total = claim.totals.billed if claim.totals else None
    billed = [sl.billed for sl in claim.service_lines]
    return total is not None and (not billed or None in billed or sum(billed) != total)


def meets_total(claim: Claim) -> bool:
    """The claim prints a billed total and its lines' billed amounts make it."""
    return claim.totals is not None and claim.totals.billed is not None and not misses_total(claim)


def _squeeze(text: Any) -> str:
    return "".join(ch for ch in str(text or "").upper() if ch.isalnum())


def readers_claim(readers: ParseResult, learned_claims: list[Claim], n: int) -> int | None:
    """The index of the readers' claim that is the layout's claim ``n``: the one of its
    number, else the one at its place when both readings hold as many claims."""
    number = _squeeze(learned_claims[n].claim_number)
    if number:
        for k, claim in enumerate(readers.claims):
            if _squeeze(claim.claim_number) == number:
                return k
    if len(readers.claims) == len(learned_claims):
        return n
    return None


def mend(result: ParseResult, readers: ParseResult, layout: str) -> list[int]:
    """Each claim of ``result`` (the layout's reading) whose lines miss its printed total
    and whose readers' claim meets it becomes the readers' claim (in place); the indices of
    those claims."""
    out = []
    for n, claim in enumerate(result.claims):
        if not misses_total(claim):
            continue
        k = readers_claim(readers, result.claims, n)
        if k is None or not meets_total(readers.claims[k]):
            continue
        theirs = readers.claims[k]
        if not _read_total(result, n) and len(theirs.service_lines) <= len(claim.service_lines):
            continue  # the total is the readers' own, and the layout lost none of their lines
        _take(result, readers, n, k, layout)
        out.append(n)
        result.warnings.append(
            f"learned layout {layout}: claim {n + 1}'s lines missed its printed total;"
            " the notice's own reading of that claim is used"
        )
    return out


def _read_total(result: ParseResult, n: int) -> bool:
    """The layout read claim ``n``'s billed total (not the readers' total left in place)."""
    ev = result.evidence.get(f"claims.{n}.totals.billed")
    return ev is not None and ev.reader == "learned"


def _take(result: ParseResult, readers: ParseResult, n: int, k: int, layout: str) -> None:
    """Claim ``n`` of ``result`` becomes the readers' claim ``k``, with their evidence and
    not-printed paths; of its own fields, the better supported value (module doc)."""
    mine, head = f"claims.{n}.", f"claims.{k}."
    learned = result.claims[n]
    claim = copy.deepcopy(readers.claims[k])
    learned_ev = {p[len(mine) :]: e for p, e in result.evidence.items() if p.startswith(mine)}
    evidence = {p: e for p, e in result.evidence.items() if not p.startswith(mine)}
    for path, e in readers.evidence.items():
        if path.startswith(head):
            evidence[mine + path[len(head) :]] = e
    for suffix in CLAIM_OWN:
        ours, theirs = _get(learned, suffix), _get(claim, suffix)
        l_ev, r_ev = learned_ev.get(suffix), evidence.get(mine + suffix)
        chosen = choose(ours, l_ev, theirs, r_ev, layout)
        if chosen is None:
            continue
        value, ev = chosen
        _set(claim, suffix, value)
        if ev is None:
            evidence.pop(mine + suffix, None)
        else:
            evidence[mine + suffix] = ev
    result.claims[n] = claim
    result.evidence = evidence
    kept = [p for p in result.not_printed if not p.startswith(mine)]
    kept += [mine + p[len(head) :] for p in readers.not_printed if p.startswith(head)]
    result.not_printed = sorted(set(kept))


def choose(
    ours: Any, our_ev: Evidence | None, theirs: Any, their_ev: Evidence | None, layout: str
) -> tuple[Any, Evidence | None] | None:
    """The value of one field of a claim that gives way, and its evidence: None keeps the
    readers' as it is. ``ours`` is the layout's value, ``theirs`` the readers'."""
    if ours in (None, "", []) or ours == theirs:
        return None if ours in (None, "", []) else (ours, our_ev or their_ev)
    if our_ev is None or not our_ev.sure:
        return None  # the readers' stands, as sure as they read it
    if their_ev is None or not their_ev.sure or theirs in (None, "", []):
        return ours, our_ev
    note = f"learned layout {layout} read {str(ours)[:40]!r}; neither reading is sure"
    unsure = replace(their_ev, sure=False, confidence=min(their_ev.confidence, 0.5), reason=note)
    return theirs, unsure


def _get(claim: Claim, suffix: str) -> Any:
    obj: Any = claim
    for part in suffix.split("."):
        obj = getattr(obj, part, None) if obj is not None else None
    return obj


def _set(claim: Claim, suffix: str, value: Any) -> None:
    parts = suffix.split(".")
    obj: Any = claim
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)
