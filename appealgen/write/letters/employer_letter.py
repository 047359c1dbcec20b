"""The letter to the employer's benefits office, which decides a self-funded plan's benefits."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .text import Phrase


def context(s: Shared) -> dict[str, Any]:
    prof = s.prof
    if s.provider_voice:
        member_plain = prof.member.name or s.pr.member.name or ""
        opening = Phrase(
            "are the lactation practice caring for ",
            *(
                (
                    s.people.patient_text,
                    ", whose family is covered through ",
                    s.people.member_name,
                    " by",
                )
                if s.people.patient_text and s.people.patient_text != member_plain
                else (s.people.member_name, ", who is covered by")
            ),
            " the company health plan that ",
            s.people.payer_name,
            " administers. The plan denied our claim for lactation care, and we write to ask the "
            "company to fix this for the member and for other families.",
        )
    else:
        opening = Phrase(
            "am covered by the company health plan that ",
            s.people.payer_name,
            " administers. After my baby was born, the plan denied coverage for the lactation "
            "care I "
            "needed, and I write to ask the company to fix this for me and for other families.",
        )
    return {
        "subject": Phrase("Coverage of lactation care (IBCLC) in the company health plan"),
        "recipient": {
            "name": prof.employer.contact
            or (f"{prof.employer.name} Benefits Office" if prof.employer.name else None)
            or s.plan_recipient()
            or s.need(None, "your employer's benefits (HR) office"),
            "lines": s.need(list(prof.employer.address), "your employer's HR address"),
            "fax": "",
            "url": "",
            "salutation": prof.employer.contact or "Benefits Team",
        },
        # the employer letter argues in the employer's terms and lists no legal sources
        "sources": [],
        "employer_opening": opening,
        "employer_requests": [
            Phrase(
                "Ask ",
                s.people.payer_name,
                " to pay claim ",
                s.facts.claim_numbers or "the denied claim",
                " in full, as a preventive service.",
            ),
            "Cover lactation care by IBCLCs, home visits included, with no cost sharing, for as "
            "long as "
            "a parent is breastfeeding.",
            "Tell the plan administrator to cover an out-of-network IBCLC at the in-network level "
            "when the "
            "network has none who can see a family in time.",
        ],
        "enclosures": s.enclosures(),
    }
