"""Where the case goes and by when: the venue, the deadlines, the plan's track, what a
regulator is told and asked, and the request to accept a letter sent late."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models import Decision, Venue
from ..profile import Profile
from .text import Phrase, fmt_date

if TYPE_CHECKING:
    from .common import Shared


def venue_values(
    dec: Decision, prof: Profile
) -> tuple[Venue, dict[str, str], dict[str, str], bool]:
    """The venue, its template values, the deadlines as dates, and whether the plan has
    made its final internal decision."""
    venue = dec.venue
    venue_ctx = {
        "kind": venue.kind,
        "name": venue.name or "",
        "url": venue.url or "",
        "phone": venue.phone or "",
        "short": "office" if venue.kind != "state_regulator" else "department",
    }
    deadlines = {
        "internal_appeal": fmt_date(dec.deadlines.internal_appeal),
        "external_review": fmt_date(dec.deadlines.external_review),
        "fair_hearing": fmt_date(getattr(dec.deadlines, "fair_hearing", None)),
    }
    final_denial = bool(getattr(dec, "final_internal_denial", False) or prof.final_internal_denial)
    return venue, venue_ctx, deadlines, final_denial


def plan_track(s: Shared) -> dict[str, Any]:
    """The decision's plan-type track (data/tracks.yaml): which rules reach the plan."""
    from ... import knowledge

    table = knowledge.tracks()
    return table.get(getattr(s.case.decision, "track", None) or "") or next(
        t for t in table.values() if t["funding"] == s.people.funding and t["default"]
    )


def timeline(s: Shared) -> list[Any]:
    """What happened, for a regulator: the visit, the denial, the amount, the appeal."""
    notice_when = Phrase(" (notice dated ", s.facts.notice_date, ")") if s.facts.notice_date else ""
    out: list[Any] = [
        Phrase(
            "On ",
            s.facts.dates_text or s.need(None, "the date of the visit"),
            ", ",
            s.people.ibclc_full,
            ", provided lactation support to ",
            s.people.patient_phrase,
            ".",
        ),
        Phrase(
            s.people.payer_name,
            " denied claim ",
            s.facts.claim_numbers or s.need(None, "the claim number"),
            notice_when,
            ", giving this reason: \u201c",
            s.facts.denial_reason,
            "\u201d.",
        ),
    ]
    if s.facts.amount:
        out.append(
            Phrase(
                "The amount the plan left to the family: "
                if s.facts.family_owes
                else "Left unpaid: ",
                s.facts.amount,
                ".",
            )
        )
    out.append(
        "The plan has decided the internal appeal against us; its decision is final."
        if s.final_denial
        else Phrase(
            s.people.we_cap, " have also appealed to the plan; a copy of the appeal is enclosed."
        )
    )
    return out


def regulator_requests(s: Shared) -> list[Any]:
    """What a regulator is asked to do."""
    return [
        "Review whether the plan followed the federal preventive-services rules in denying this "
        "claim.",
        Phrase(
            "Ask the plan to reprocess claim ",
            s.facts.claim_numbers or "above",
            " and pay it without cost sharing.",
        ),
        "Ask the plan to cover lactation care by IBCLCs, including home visits, for other "
        "members too.",
        Phrase("Tell ", s.people.us, " what you find."),
    ]


# --------------------------------------------------------------------------
# A request sent after its deadline

# The step each deadline belongs to, and what the letter calls it
LATE_STEPS = {
    "internal_appeal": "appeal",
    "external_review": "request for external review",
    "fair_hearing": "request for a fair hearing",
}
# Plans the ERISA claims rule reaches (directly, or through 45 CFR 147.136(b)(2)(i))
_NOTICE_RULE_FUNDING = ("fully_insured", "self_funded", "governmental", "unknown")


def late_request(s: Shared, deadline: str) -> tuple[Any, list[Any]]:
    """For a letter whose deadline (``internal_appeal``, ``external_review``,
    ``fair_hearing``) has passed: the request to accept it for good cause, said first, and
    the good cause (the family's situation, the newborn, the plan's own notice). ``("",
    [])`` when the letter is on time. The appeal also asks when no date could be worked out
    and long has passed (``appeal_late == "maybe"``), then only *if* the plan counts it late.
    """
    dec = s.dec
    step = LATE_STEPS[deadline]
    passed = deadline in (getattr(dec, "overdue", None) or [])
    maybe = deadline == "internal_appeal" and getattr(dec, "appeal_late", None) == "maybe"
    if not (passed or maybe) or s.prospective:
        return "", []
    when = getattr(dec.deadlines, deadline, None)
    if passed and when is not None:
        request: Any = Phrase(
            f"This {step} is sent after {fmt_date(when)}, the last day allowed for it. ",
            s.people.we_cap,
            " ask you to accept it for good cause and to decide it on its merits.",
        )
    else:
        request = Phrase(
            f"If you count this {step} as late, ",
            s.people.we,
            " ask you to accept it for good cause and to decide it on its merits.",
        )
    baby = s.prof.baby.name
    family = "the family" if s.provider_voice else s.people.us
    cause: list[Any] = [
        Phrase(
            "The denial came in the first months after the birth of ",
            baby or ("the baby" if s.provider_voice else "my baby"),
            ", while ",
            "the parent was" if s.provider_voice else "I was",
            " recovering from the birth and caring for a newborn day and night.",
        ),
        s.prof.good_cause or s.need(None, "why the appeal could not be sent sooner"),
    ]
    if s.people.funding in _NOTICE_RULE_FUNDING:
        cause.append(
            Phrase(
                "A denial notice must describe the plan's review procedures and their time "
                "limits (29 CFR 2560.503-1(g)(1)(iv)). Please consider whether your notice "
                "told ",
                family,
                " plainly how long there was to ",
                "appeal" if deadline == "internal_appeal" else "ask for the next review",
                " and how; a time limit the notice did not make clear should not be held against ",
                family,
                ".",
            )
        )
    verb = " are" if s.provider_voice else " am"
    cause.append(
        Phrase(s.people.we_cap, verb, " sending it now, with everything needed to decide it.")
    )
    return request, cause
