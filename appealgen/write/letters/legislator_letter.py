"""The letter to the member's state legislators: a change of policy where an appeal alone
cannot help."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .text import Phrase


def context(s: Shared) -> dict[str, Any]:
    prof = s.prof
    legislators = [
        {
            "name": leg.name or s.need(None, "your state legislator's name"),
            "lines": s.need(list(leg.address), "your legislator's office address"),
        }
        for leg in prof.legislators
    ] or [
        {
            "name": s.need(None, "your state legislators' names"),
            "lines": s.need([], "their office addresses"),
        }
    ]
    leg_names = [leg.name for leg in prof.legislators if leg.name]
    place = s.people.state_name or "our state"
    opening = Phrase(
        (
            f"We are a lactation practice serving families in {place}, including families in "
            "your district. We write"
            if s.provider_voice
            else f"I am a parent in {place} and a constituent in your district. I am writing"
        ),
        " about families who cannot get care from lactation consultants covered by their "
        "health plans.",
    )
    story = Phrase(
        ("A family we care for" if s.provider_voice else "My family"),
        " is covered by ",
        s.people.payer_name,
        ". ",
        (
            "The plan, a Medicaid plan, does not cover care by International Board Certified "
            "Lactation Consultants."
            if s.people.funding == "medicaid"
            else Phrase(
                "The plan denied coverage of the lactation care ",
                "our patient" if s.provider_voice else "I",
                " received",
                Phrase(" on ", s.facts.dates_text) if s.facts.dates_text else "",
                ".",
            )
        ),
        " Appeals help one family at a time; a change in the rules would help every family.",
    )
    return {
        "subject": Phrase(
            "Coverage of lactation care by IBCLCs",
            f" in {s.people.state_name}" if s.people.state_name else "",
        ),
        "legislators": legislators,
        "legislator_salutation": " and ".join(leg_names)
        or s.placeholder("your state legislators' names"),
        "legislator_opening": opening,
        "legislator_story": story,
        "legislator_requests": [
            "Support licensing of lactation consultants (IBCLCs) in our state, so that health "
            "plans and "
            "Medicaid can recognize them as providers.",
            "Support coverage of IBCLC care, home visits included, in Medicaid and in the health "
            "plans the "
            "state regulates.",
            "Ask the state Medicaid agency and the insurance regulator how families in our state "
            "get lactation care covered today, and where they are turned away.",
        ],
    }
