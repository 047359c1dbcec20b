"""The appeal to the plan: the first written step for every denied claim."""

from __future__ import annotations

from typing import Any

from ...decide.triage import billing_defects
from .common import (
    Shared,
    claim_file_requests,
    late_request,
    network_list_request,
    with_document_rule,
)
from .text import Phrase


def reason_answer(s: Shared) -> str:
    """How the appeal answers the notice's reason: a billing defect among the codes is
    being corrected (never "does not hold up"); the rest is answered below."""
    if any(billing_defects(c) for c in s.claims):
        return (
            "Where the notice names a billing error, the provider is correcting the claim and "
            "sending it again; the rest of the decision should be reversed, for the reasons "
            "below."
        )
    return "That reason does not hold up, for the reasons below."


def context(s: Shared) -> dict[str, Any]:
    request, cause = late_request(s, "internal_appeal")
    docs = claim_file_requests(s)
    if s.gap:
        docs.append(network_list_request(s))
    if s.prof.grandfathered:
        docs.append(
            "the plan's notice of grandfathered status and the plan terms in "
            "effect on March 23, 2010"
        )
    requests: list[Any] = [
        Phrase(
            "Reverse the denial and reprocess claim ",
            s.claim_numbers or "above",
            " as a covered preventive service.",
        ),
        "Pay it with no deductible, copay or coinsurance, and refund anything already collected "
        "for it.",
    ]
    if s.gap:
        requests.append(
            "Treat the lactation consultant as in-network for this care (a network gap "
            "exception), because no in-network provider could provide it."
        )
    requests.append(
        "Confirm in writing that further lactation visits during breastfeeding will be "
        "covered the same way."
    )
    enclosures = s.enclosures()
    return {
        "reason_answer": reason_answer(s),
        "late_request": request,
        "good_cause": cause,
        "subject": Phrase(
            "Appeal of denied claim ", s.claim_numbers or None, " \u2014 lactation care"
        ),
        "recipient": s.appeals_recipient("Attn: Appeals"),
        "documents_requested": docs,
        "sources": with_document_rule(s, docs),
        "requests": requests,
        "enclosures": enclosures,
    }
