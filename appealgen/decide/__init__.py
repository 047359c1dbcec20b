"""Decide stage: ParseResult -> Decision (documents, arguments, venue, deadlines), with reasons.

    case = decide(result, profile=None, legislator=False)

One job a module: ``facts`` gathers what the choice rests on, ``arguments`` picks and
orders the arguments, ``venues`` the regulator, ``documents`` the letters, ``deadlines``
the dates, ``weaknesses`` the warnings; ``explain`` prints it for a person. The
categories come from ``classify`` when the parser left a denial without them.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from .. import clock
from ..corrections import apply_profile
from ..models import Case, Decision, ParseResult
from .arguments import call_points, choose_arguments, waiting_arguments
from .deadlines import compute_deadlines, stated_deadline
from .documents import choose_documents
from .facts import ensure_categories, gather
from .lateness import Lateness, compare_with_today
from .tracks import choose_track
from .unclear import assume_denied, reason_entries, reason_warning, set_aside, unsure_reasons
from .venues import choose_venue
from .weaknesses import find_weaknesses

__all__ = ["decide", "stated_deadline"]

LEGISLATOR_CATEGORIES = ("provider_type", "not_covered")


def decide(
    result: ParseResult,
    profile: Any = None,
    *,
    legislator: bool = False,
    today: date | None = None,
) -> Case:
    """Take the decision for one parse result and return the case (the input is not changed).

    ``profile`` is read duck-typed (``no_in_network_available``, ``grandfathered``,
    ``stage``, ``final_internal_denial``, ``member.state``, ``plan.funding``, ``baby.birth_date``);
    its plan and member facts replace what was read (see ``corrections.apply_profile``).
    ``legislator=True`` adds the letter to the member's state legislators. ``today`` is
    the day the deadlines are compared with (default: ``clock.today()``).
    """
    # the profile's plan and member facts beat what was read (evidence source "profile")
    result = apply_profile(copy.deepcopy(result), profile)
    # a claim the reader cannot tell was denied gets its letters, asked about first
    unclear = assume_denied(result)
    for claim in result.claims:
        ensure_categories(claim)
    # a claim only maybe denied, beside claims surely denied, is asked about, not argued
    aside, aside_warning = set_aside(result)
    # a reason the reader is not sure of chooses no argument until the person confirms it
    unsure = unsure_reasons(result, aside)
    facts = gather(result, profile, legislator=legislator, leave_out=aside, unsure_reason=unsure)
    choose_track(facts, result.plan.name)

    venue, venue_warnings = choose_venue(facts)
    arguments = choose_arguments(facts)
    to_confirm = reason_entries(
        result,
        frozenset(i for i in unsure if any(result.claims[i] is c for c in facts.reason_unsure)),
        waiting_arguments(facts, arguments, result.claims),
    )
    reason_question = reason_warning(result, to_confirm)
    deadlines, deadline_warnings = compute_deadlines(facts)
    documents = choose_documents(facts, venue)
    late = (
        compare_with_today(
            deadlines,
            today or clock.today(),
            notice_date=facts.notice_date,
            service_dates=facts.service_dates,
        )
        if facts.denied
        else Lateness(today=today or clock.today())
    )

    suggestions: list[str] = []
    if facts.denied and venue.guidance:
        suggestions.append(venue.guidance)
    if (
        facts.funding == "medicaid"
        and not legislator
        and any(c in facts.categories for c in LEGISLATOR_CATEGORIES)
    ):
        suggestions.append(
            "If the Medicaid plan does not cover IBCLCs at all, an appeal cannot change that "
            "rule; a letter to your state legislators can. Run again with --legislator to add it."
        )

    decision = Decision(
        documents=documents,
        arguments=arguments,
        venue=venue,
        deadlines=deadlines,
        # an unclear denial, then a passed deadline, are said first
        warnings=[
            *([unclear] if unclear else []),
            *([aside_warning] if aside_warning else []),
            *([reason_question] if reason_question else []),
            *late.warnings,
            *find_weaknesses(facts),
            *venue_warnings,
            *deadline_warnings,
        ],
        call_points=call_points(facts, arguments) if facts.denied else [],
        call_points_provider=call_points(facts, arguments, "provider") if facts.denied else [],
        suggestions=suggestions,
        funding=facts.funding,
        final_internal_denial=facts.final_denial,
        track=facts.track,
        stage=facts.stage,
        stage_reason=facts.stage_reason,
        today=late.today,
        overdue=late.overdue,
        appeal_late=late.appeal_late,
        grandfathered=facts.grandfathered,
        not_lactation_care=[
            {
                "claim": result.claims.index(t.claim),
                "claim_number": t.claim.claim_number,
                "reason": t.lactation_reason,
            }
            for t in facts.not_lactation
        ],
        reasons_to_confirm=to_confirm,
        billing_defects=[
            {
                "claim": result.claims.index(t.claim),
                "claim_number": t.claim.claim_number,
                "codes": [d.code for d in t.defects],
                "only_reason": t.defect_only,
            }
            for t in facts.defects
        ],
    )
    return Case(parse=result, decision=decision)
