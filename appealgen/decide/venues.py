"""Where a complaint goes: the state regulator, EBSA, CMS, a Medicaid fair hearing, or unknown."""

from __future__ import annotations

from .. import knowledge
from ..models import Venue
from .facts import Facts

# Funding -> federal.yaml entry for the venues that are not a state regulator.
FEDERAL_VENUE_FOR = {
    "self_funded": "us_dol_ebsa",
    "governmental": "cms",
    "medicaid": "medicaid_fair_hearing",
    "medicare": "medicare",
    "unknown": "unknown",
}
TWO_REGULATOR_STATES = {"CA"}  # DMHC for HMOs and most plans, CDI for insurance policies


def choose_venue(facts: Facts) -> tuple[Venue, list[str]]:
    """The venue for this plan's funding, with its reason; plus warnings about it."""
    warnings: list[str] = []
    if facts.funding == "fully_insured":
        return _state_regulator(facts, warnings), warnings
    entry = knowledge.federal_venues()[FEDERAL_VENUE_FOR[facts.funding]]
    reasons = {
        "self_funded": "A self-funded employer plan is overseen by the U.S. Department of "
        "Labor, not the state insurance department",
        "governmental": "A state or local government employer's plan is not overseen by the "
        "Labor Department; federal rules let you complain to CMS",
        "medicaid": "Medicaid decisions are reviewed in a state fair hearing",
        "medicare": "Medicare has its own appeal process; the ACA preventive-care rule does "
        "not reach it",
        "unknown": "The plan's funding decides who oversees it, and it is not known yet",
    }
    venue = Venue(
        kind=entry["kind"],
        name=entry["name"],
        url=entry["url"],
        phone=entry["phone"],
        reason=f"{reasons[facts.funding]} ({facts.funding_reason}).",
        guidance=entry["guidance"],
    )
    return venue, warnings


def _state_regulator(facts: Facts, warnings: list[str]) -> Venue:
    state = facts.state
    table = knowledge.regulators()
    if state not in table:
        warnings.append(
            "Your state could not be found on the notice. Add `state` to your profile so the "
            "complaint goes to the right state insurance department."
        )
        return Venue(
            kind="state_regulator",
            name="Your state's insurance department",
            reason="A fully insured plan is overseen by the insurance regulator of the state "
            "it was issued in; the state is not known yet.",
        )
    row = table[state]
    if state in TWO_REGULATOR_STATES:
        warnings.append(
            "California has two health-insurance regulators: the Department of Managed Health "
            "Care (HMOs and most health plans, 1-888-466-2219) and the Department of Insurance "
            "(PPO and indemnity insurance policies, 1-800-927-4357). Check which one your "
            "insurance card names before you send the complaint."
        )
    return Venue(
        kind="state_regulator",
        name=row["regulator_name"],
        url=row["complaint_url"],
        phone=row["phone"],
        state=state,
        reason=f"A fully insured plan is overseen by the state insurance regulator "
        f"({facts.funding_reason}; the state, {row['state_name']}, comes from "
        f"{facts.state_source}).",
    )


def external_review_venue() -> dict:
    return knowledge.federal_venues()["external_review"]
