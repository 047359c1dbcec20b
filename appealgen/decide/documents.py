"""Which documents to make for a case, who each goes to, and why."""

from __future__ import annotations

from collections.abc import Callable

from ..letters import BY_KIND, CHOSEN_KINDS
from ..models import DocumentPlan, Venue
from .facts import Facts, profile_value
from .tracks import (
    complaint_document,
    external_review_open,
    gap_exception_categories,
    track_of,
)
from .venues import external_review_venue

GAP_CATEGORIES = ("out_of_network", "provider_type")
GAP_LABELS = {
    "out_of_network": "the provider being out of network",
    "provider_type": "the type of provider",
}


def _plan(kind: str, facts: Facts, recipient: str, reason: str) -> DocumentPlan:
    return DocumentPlan(
        kind=kind,
        file=BY_KIND[kind].template,
        claim_numbers=list(facts.claim_numbers),
        recipient=recipient,
        reason=reason,
    )


def wants_gap_exception(facts: Facts) -> str | None:
    """Why a gap-exception request is needed, or None."""
    allowed = gap_exception_categories(facts)  # by plan type: data/tracks.yaml
    if not allowed:
        return None
    hit = [c for c in GAP_CATEGORIES if c in facts.categories and c in allowed]
    if hit:
        return (
            f"the denial is about {' and '.join(GAP_LABELS[h] for h in hit)}; a gap "
            "exception asks the plan to treat your out-of-network lactation consultant as "
            "in-network because it has none who could see you"
        )
    if facts.no_in_network and "out_of_network" in allowed:
        return (
            "you said no in-network lactation consultant was available; a gap exception "
            "asks the plan to pay your provider as in-network"
        )
    return None


def _appeal(facts: Facts, venue: Venue) -> DocumentPlan | None:
    reason = (
        "Every denied claim gets a written appeal to the plan; it is the first step "
        "and starts the record for every later one."
    )
    if not track_of(facts)["plan_appeal"]:  # fee-for-service Medicaid: the state decided
        reason = (
            "There is no plan appeal here: the state Medicaid agency decided the claim "
            "itself. This letter states your case to the agency; send it with the request "
            "for a fair hearing, which is the first step."
        )
    if facts.stage == "final_internal_denial":
        reason += (
            " This notice looks like the plan's final internal decision: send the "
            "appeal only if the plan offers another level, and use it as the "
            "statement of your case for the external review."
        )
    elif facts.stage in ("external_review_decision", "fair_hearing_decision"):
        reason += (
            " This notice is the decision of a review outside the plan: keep the appeal as "
            "the statement of your case for a complaint or for legal help."
        )
    if facts.funding == "governmental":
        reason += (
            " It also tells you how to complain to CMS, which oversees state and "
            "local government employer plans."
        )
    if facts.funding == "unknown":
        reason += (
            " It includes how to find out whether the plan is fully insured or "
            "self-funded, which decides where a complaint goes."
        )
    if facts.funding == "medicare":
        reason += " It makes no ACA argument: the ACA preventive-care rule does not reach Medicare."
    return _plan("appeal", facts, f"{_payer(facts)} Appeals", reason)


def _gap_exception(facts: Facts, venue: Venue) -> DocumentPlan | None:
    gap = wants_gap_exception(facts)
    if not gap:
        return None
    return _plan("gap_exception", facts, f"{_payer(facts)} Member Services", f"Made because {gap}.")


def _state_complaint(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if complaint_document(facts) != "state_complaint":
        return None
    return _plan(
        "state_complaint",
        facts,
        venue.name or "Your state's insurance department",
        "An insured plan is overseen by the state insurance regulator; a "
        "complaint there often moves a plan that ignores an appeal. Send it with or "
        "after the appeal.",
    )


def _ebsa_request(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if facts.funding != "self_funded":
        return None
    return _plan(
        "ebsa_request",
        facts,
        venue.name or "U.S. Department of Labor (EBSA)",
        "A self-funded employer plan answers to the U.S. Department of Labor; EBSA's "
        "benefits advisors can contact the plan for you.",
    )


def _employer_letter(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if facts.funding != "self_funded":
        return None
    employer = profile_value(facts.profile, "employer.name")
    return _plan(
        "employer_letter",
        facts,
        f"{employer} benefits (HR) office" if employer else "Your employer's benefits (HR) office",
        "In a self-funded plan your employer decides the benefits and pays the "
        "claims, so HR can tell the plan's administrator to pay and can add "
        "lactation care to the plan.",
    )


def _medicaid_fair_hearing(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if facts.funding != "medicaid" or facts.stage == "fair_hearing_decision":
        return None
    reason = (
        "Medicaid denials are reviewed in a state fair hearing; with a managed-care plan, "
        "ask for it after the plan's appeal decision. Prepared now so it is ready."
    )
    if not track_of(facts)["plan_appeal"]:
        reason = (
            "Fee-for-service Medicaid has no plan appeal: ask the state Medicaid agency for "
            "a fair hearing now, within the time the notice gives (at most 90 days from its "
            "mailing)."
        )
    return _plan(
        "medicaid_fair_hearing",
        facts,
        "Your state Medicaid agency (fair hearing office)",
        reason,
    )


def _external_review(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if not external_review_open(facts):  # never for a grandfathered plan
        return None
    return _plan(
        "external_review",
        facts,
        external_review_venue()["name"],
        f"The plan has made its final internal decision ({facts.final_reason}), so an "
        "independent reviewer can now decide.",
    )


def _legislator_letter(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if not facts.legislator:
        return None
    return _plan(
        "legislator_letter",
        facts,
        "Your state legislators",
        "You asked for a letter to your legislators.",
    )


def _call_script(facts: Facts, venue: Venue) -> DocumentPlan | None:
    return _plan(
        "call_script",
        facts,
        f"{_payer(facts)} Member Services",
        "Always made: a call often settles what a letter would, and the script lists what to "
        "ask and what to answer.",
    )


def _corrected_claim_request(facts: Facts, venue: Venue) -> DocumentPlan | None:
    if not facts.defects:
        return None
    provider = next((t.claim.provider.name for t in facts.defects if t.claim.provider.name), None)
    codes = []
    for t in facts.defects:
        codes += [d.code for d in t.defects if d.code not in codes]
    plan = _plan(
        "corrected_claim_request",
        facts,
        f"{provider} billing office" if provider else "Your provider's billing office",
        f"The notice names a billing defect ({', '.join(codes)}): the provider corrects the "
        "claim and sends it again, which settles it faster than an appeal could.",
    )
    plan.claim_numbers = [t.claim.claim_number for t in facts.defects if t.claim.claim_number]
    return plan


def _payer(facts: Facts) -> str:
    return facts.payer_name or "Your health plan"


# When each letter the decision may choose is made, and why; one function a kind, run in
# the letter registry's order (appealgen/letters.py), so the call script comes last.
CHOOSERS: dict[str, Callable[[Facts, Venue], DocumentPlan | None]] = {
    "appeal": _appeal,
    "corrected_claim_request": _corrected_claim_request,
    "gap_exception": _gap_exception,
    "state_complaint": _state_complaint,
    "ebsa_request": _ebsa_request,
    "employer_letter": _employer_letter,
    "medicaid_fair_hearing": _medicaid_fair_hearing,
    "external_review": _external_review,
    "legislator_letter": _legislator_letter,
    "call_script": _call_script,
}


# The letters written when no denied claim has a reason an appeal can contest
WITHOUT_A_CONTESTABLE_REASON = ("corrected_claim_request", "call_script")


def choose_documents(facts: Facts, venue: Venue) -> list[DocumentPlan]:
    """The documents for the case, each with its recipient and reason, in the registry's
    order (call script last)."""
    if not facts.denied:
        return []
    kinds = CHOSEN_KINDS
    if not facts.contestable:
        # only billing defects: the corrected claim and the call, no appeal or complaint
        kinds = tuple(k for k in kinds if k in WITHOUT_A_CONTESTABLE_REASON)
    docs = [CHOOSERS[kind](facts, venue) for kind in kinds]
    out = [doc for doc in docs if doc is not None]
    contested = [c.claim_number for c in facts.contestable if c.claim_number]
    for doc in out:
        # the appeal and the letters after it argue only the claims an appeal can contest
        if doc.kind not in WITHOUT_A_CONTESTABLE_REASON and contested:
            doc.claim_numbers = contested
    return out
