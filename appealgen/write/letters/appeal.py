"""The appeal to the plan: the first written step for every denied claim."""

from __future__ import annotations

from typing import Any

from ...decide.triage import billing_defects
from .common import (
    CLAIMS_RULE_FUNDING,
    Shared,
    cite,
    claim_file_requests,
    co_amount,
    network_list_request,
    with_document_rule,
)
from .text import Phrase, fmt_money
from .venue import late_request


def decision_time(s: Shared) -> Any:
    """When the plan must decide the appeal, and what happens if it does not (commercial
    plans: the ERISA claims rule and, for plans that are not grandfathered, the ACA's)."""
    if s.people.funding not in CLAIMS_RULE_FUNDING or s.prospective:
        return ""
    out = Phrase(
        "Please decide this appeal within 60 days of receiving it (",
        cite(s, "erisa_appeal_decision_post_service"),
        "; a request made before care is decided within 30 days, ",
        cite(s, "erisa_appeal_decision_pre_service"),
        ", and an urgent one within 72 hours, ",
        cite(s, "erisa_appeal_decision_urgent"),
        ").",
    )
    if s.prof.grandfathered or getattr(s.dec, "grandfathered", False):
        return out
    return Phrase(
        *out.parts,
        " If the plan does not decide in time or does not follow these rules, the internal "
        "appeal is deemed exhausted and ",
        s.people.we,
        " may go directly to external review or to court (",
        cite(s, "deemed_exhaustion"),
        ").",
    )


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
            s.facts.claim_numbers or "above",
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
    if "medical_necessity" in s.facts.categories and not s.prospective:
        docs += [
            Phrase(
                "the medical-necessity criteria applied to this claim, and which of them the "
                "plan says the claim's diagnoses and the provider's notes do not meet",
            ),
            Phrase(
                "the clinical rationale for the decision (",
                cite(s, "erisa_clinical_judgment"),
                ")",
            ),
            Phrase(
                "the name, qualifications and credentials of each health care professional "
                "who reviewed the claim or was consulted on it (",
                cite(s, "erisa_reviewer_consult"),
                ")",
            ),
        ]
    co = co_amount(s)
    if co:
        requests.insert(
            2,
            Phrase(
                f"Confirm that the {fmt_money(co)} adjusted under group code CO is not the "
                "family's to pay: that group code means a contractual obligation the patient "
                "does not owe.",
            ),
        )
    enclosures = s.enclosures()
    return {
        "decision_time": decision_time(s),
        "reason_answer": reason_answer(s),
        "late_request": request,
        "good_cause": cause,
        "subject": Phrase(
            "Appeal of denied claim ", s.facts.claim_numbers or None, " \u2014 lactation care"
        ),
        "recipient": s.appeals_recipient("Attn: Appeals"),
        "documents_requested": docs,
        "sources": with_document_rule(s, docs),
        "requests": requests,
        "enclosures": enclosures,
    }
