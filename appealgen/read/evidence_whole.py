"""Is what was read of a claim the whole of it? A letter lists a claim's dates of service
and codes billed as the claim's; when a service of the claim was not read (or read
without its date), the list would be incomplete, so none of it is stated as sure."""

from __future__ import annotations

from ..models import Claim
from .context import ZERO
from .evidence import Recorder

LISTED = ("date_of_service", "procedure_code", "modifiers", "diagnosis_codes")
TOTAL_ABOVE = "is more than its services read add up to"


def whole_claim(rec: Recorder, base: str, claim: Claim) -> None:
    """Take sureness from the dates and codes of a claim whose services read are not all
    it prints."""
    why = lines_missed(claim)
    charges = [
        rec.out.get(f"{base}.service_lines.{m}.billed") for m in range(len(claim.service_lines))
    ]
    if why and TOTAL_ABOVE in why and not all(ev is not None and ev.sure for ev in charges):
        why = None  # a charge misread, not a service missed: the amounts say so themselves
    if why:
        for m in range(len(claim.service_lines)):
            for field in LISTED:
                rec.cap(f"{base}.service_lines.{m}.{field}", why)
        rec.cap(f"{base}.diagnosis_codes", why)


def lines_missed(claim: Claim) -> str | None:
    """Why the claim's service lines read may not be all it prints: one of them has no
    date while others have theirs (its date was not read), or the claim's billed total is
    more than its lines' charges add up to (a service was not read). The dates and codes a
    letter lists would then be incomplete."""
    lines = claim.service_lines
    dated = [sl.date_of_service is not None for sl in lines]
    if any(dated) and not all(dated):
        return "a service of this claim has no date read: the dates listed are not all of them"
    billed = [sl.billed for sl in lines]
    total = claim.totals.billed
    if lines and total is not None and all(b is not None for b in billed):
        if total > sum((b for b in billed if b is not None), ZERO):
            return (
                f"the claim's billed total {total} {TOTAL_ABOVE}: a service may not have been read"
            )
    return None
