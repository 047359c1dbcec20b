"""Where a complaint goes: the state regulator, EBSA, CMS, a Medicaid fair hearing, or unknown."""

from __future__ import annotations

from .. import knowledge
from ..models import Venue
from .facts import Facts
from .tracks import track_of

TWO_REGULATOR_STATES = {"CA"}  # DMHC for HMOs and most plans, CDI for insurance policies
# Why each funding's venue is the one chosen (the track's venue comes from data/tracks.yaml)
VENUE_REASONS = {
    "self_funded": "A self-funded employer plan is overseen by the U.S. Department of "
    "Labor, not the state insurance department",
    "governmental": "A state or local government employer's plan is not overseen by the "
    "Labor Department; federal rules let you complain to CMS, and the state insurance "
    "department oversees any insurer the plan buys from",
    "medicaid": "Medicaid decisions are reviewed in a state fair hearing",
    "medicare": "Medicare has its own appeal process; the ACA preventive-care rule does "
    "not reach it",
    "church": "A church plan is outside ERISA, so the Labor Department does not oversee "
    "it; the state insurance department oversees any insurer it buys from",
    "fehb": "A Federal Employees Health Benefits plan is overseen by the U.S. Office of "
    "Personnel Management",
    "tricare": "TRICARE has its own appeal steps, run by its contractors and the Defense "
    "Health Agency",
    "unknown": "The plan's funding decides who oversees it, and it is not known yet",
}
# Said wherever a state insurance department is named: the policy's state governs.
STATE_OF_ISSUE = (
    "An insured group plan is regulated by the state where the policy was issued, which "
    "can differ from the state you live in (for example when the employer is based in "
    "another state). Your plan documents or certificate of coverage name that state; "
    "send the complaint to its insurance department."
)


def choose_venue(facts: Facts) -> tuple[Venue, list[str]]:
    """The venue for this plan's track, with its reason; plus warnings about it."""
    warnings: list[str] = []
    track = track_of(facts)
    if track["venue"] == "state_regulator":
        return _state_regulator(facts, warnings), warnings
    entry = knowledge.federal_venues()[track["venue"]]
    reason = VENUE_REASONS.get(facts.funding, f"This is {track['label']}")
    guidance = entry["guidance"]
    if facts.funding in ("governmental", "church"):
        guidance = f"{guidance} {STATE_OF_ISSUE}"
    venue = Venue(
        kind=entry["kind"],
        name=entry["name"],
        url=entry["url"],
        phone=entry["phone"],
        reason=f"{reason} ({facts.funding_reason}).",
        guidance=guidance,
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
            guidance=STATE_OF_ISSUE,
        )
    row = table[state]
    if state in TWO_REGULATOR_STATES:
        warnings.append(
            "California has two health-insurance regulators: the Department of Managed Health "
            "Care (HMOs and most health plans, 1-888-466-2219) and the Department of Insurance "
            "(PPO and indemnity insurance policies, 1-800-927-4357). Check which one your "
            "insurance card names before you send the complaint."
        )
    what = "A short-term health plan" if facts.funding == "short_term" else "A fully insured plan"
    return Venue(
        kind="state_regulator",
        name=row["regulator_name"],
        url=row["complaint_url"],
        phone=row["phone"],
        state=state,
        reason=f"{what} is overseen by the state insurance regulator "
        f"({facts.funding_reason}; the state, {row['state_name']}, comes from "
        f"{facts.state_source}).",
        guidance=f"The state is {row['state_name']} because it is {facts.state_source}. "
        + STATE_OF_ISSUE,
    )


def external_review_venue() -> dict:
    return knowledge.federal_venues()["external_review"]
