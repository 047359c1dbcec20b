"""The gap-exception request: cover an out-of-network lactation consultant at the
in-network level because the network has none who could see the family."""

from __future__ import annotations

from typing import Any

from .common import Shared, claim_file_requests, network_list_request, with_document_rule
from .text import Phrase, fmt_date

ACCESS_NEEDS = (
    "Lactation problems cannot wait: help is needed within days of birth, close to home "
    "or at home while the parent recovers, from a clinician trained in lactation care. "
    "A provider who is far away, not taking patients, not a lactation specialist or "
    "available only weeks later does not give real access to this care."
)


def _home_visit(s: Shared) -> bool:
    """The denial or the billed codes are about a home visit."""
    from ... import knowledge

    if "place_of_service" in s.facts.categories:
        return True
    table = knowledge.lactation_codes()
    return any(
        (row := table.get((ln.procedure_code or "").upper())) is not None
        and row.role == "home_visit"
        for c in s.claims
        for ln in c.service_lines
    )


def context(s: Shared) -> dict[str, Any]:
    docs = [*claim_file_requests(s), network_list_request(s)]
    gap_requests: list[Any] = [
        Phrase(
            "Approve coverage of lactation care from ",
            s.people.ibclc_name,
            " at the in-network level, with no cost sharing.",
        ),
        Phrase(
            "If you believe an in-network provider can give this care, send the name, address and "
            "phone number of an in-network lactation consultant (IBCLC) near ",
            "our patient" if s.provider_voice else "us",
            " who takes new patients, can see ",
            "the family" if s.provider_voice else "us",
            " within a few days, and makes home visits when needed.",
        ),
        Phrase(
            "Pay ",
            s.people.ibclc_name,
            " under a single-case agreement or at billed charges, so that ",
            "the family owes" if s.provider_voice else "I owe",
            " nothing beyond in-network cost sharing (none, for this preventive care).",
        ),
        "Authorize the rest of the course of lactation visits the lactation consultant "
        "recommends, not only this one, on the same terms.",
        "Treat the record of the in-network providers contacted (above, and enclosed) as "
        "evidence that the network could not provide this care in time.",
        "Send your answer in writing, with the reference number for this request.",
    ]
    if _home_visit(s):
        gap_requests.insert(
            -1,
            Phrase(
                "Take into account why the visit had to be at home: ",
                s.need(None, "why the visit had to be at home"),
                ".",
            ),
        )
    if not s.prospective and s.facts.claim_numbers:
        gap_requests.insert(
            1,
            Phrase("Reprocess claim ", s.facts.claim_numbers, " on that basis and pay it in full."),
        )
    tried = [
        {
            "name": t.name or s.need(None, "provider name"),
            "date": fmt_date(t.date) or "date not noted",
            "result": t.result or "no appointment available",
        }
        for t in s.prof.in_network_tried
    ]
    return {
        "subject": Phrase(
            "Request for a network gap exception \u2014 lactation care",
            " (before the visit)" if s.prospective else "",
        ),
        "recipient": s.appeals_recipient(
            "Attn: Network exceptions / Utilization management", salutation="Sir or Madam"
        ),
        "documents_requested": docs,
        "sources": with_document_rule(s, docs),
        "gap_requests": gap_requests,
        "in_network_tried": tried,
        "tried_placeholder": s.placeholder(
            "the in-network providers you contacted, when, and what they said"
        ),
        "access_needs": ACCESS_NEEDS,
        "enclosures": s.enclosures(),
    }
