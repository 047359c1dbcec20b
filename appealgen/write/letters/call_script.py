"""The phone script: what to say, what to ask, answers to pushback, when to escalate, and a
log of every call; written for every case."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .text import Phrase, fmt_date
from .venue import plan_track

CALL_LOG_MIN_ROWS = 6


def context(s: Shared) -> dict[str, Any]:
    state = s.people.state
    if s.provider_voice:
        call_opening = Phrase(
            "Hello, I am calling from ",
            s.people.practice_name,
            *(
                (
                    " about our patient ",
                    s.people.patient_text,
                    ", on the plan of ",
                    s.people.member_name,
                )
                if s.people.patient_text
                and s.people.patient_text != (s.prof.member.name or s.pr.member.name or "")
                else (" on behalf of our patient ", s.people.member_name)
            ),
            ", member ID ",
            s.people.member_id,
            ", as the member's authorized representative.",
            Phrase(" I am calling about claim ", s.facts.claim_numbers, ".")
            if s.facts.claim_numbers
            else "",
        )
    else:
        call_opening = Phrase(
            "Hello, my name is ",
            s.people.member_name,
            ". I am calling about lactation care for my baby and me. My member ID is ",
            s.people.member_id,
            ".",
            Phrase(" I am calling about claim ", s.facts.claim_numbers, ".")
            if s.facts.claim_numbers
            else "",
        )
    call_purpose = (
        Phrase(
            "Before the visit: find out what ",
            s.people.payer_name,
            " covers, and ask for a gap exception if no in-network IBCLC can see you.",
        )
        if s.prospective
        else Phrase(
            "About the denied claim ",
            s.facts.claim_numbers or "",
            Phrase(" (", s.facts.dates_text, ")") if s.facts.dates_text else "",
            ": what to ask, what to answer, and a log of every call.",
        )
    )
    call_have_ready = [Phrase("Member ID: ", s.people.member_id)]
    if s.facts.claim_numbers:
        call_have_ready.append(
            Phrase(
                "Claim number: ",
                s.facts.claim_numbers,
                Phrase(" (date of service ", s.facts.dates_text, ")") if s.facts.dates_text else "",
            )
        )
    call_have_ready += [
        Phrase("Lactation consultant: ", s.people.ibclc_full, ", NPI ", s.people.ibclc_npi),
        Phrase("Codes billed: ", s.facts.codes)
        if s.claims and s.facts.codes
        else Phrase("Codes to ask about: ", s.facts.call_codes),
        "The in-network providers you already tried, with dates and what they said",
    ]
    reason_q = (
        [
            Phrase(
                "Why exactly was claim ",
                s.facts.claim_numbers,
                " denied, and which plan rule was used? "
                "Can it be reprocessed as preventive care with no cost sharing?",
            )
        ]
        if s.facts.claim_numbers
        else []
    )
    mine, me = ("the member's", "the member") if s.provider_voice else ("my", "me")
    call_questions = [
        f"Is lactation (breastfeeding) support by an IBCLC covered under {mine} plan, as "
        f"preventive care "
        "with no cost sharing? Are home visits covered?",
        Phrase(
            f"Is there an in-network IBCLC near {me}",
            f" in {state}" if state else "",
            " who takes new patients, can see ",
            "them" if s.provider_voice else "us",
            " within a few days and makes home visits? Please give ",
            "us" if s.provider_voice else "me",
            " names and phone numbers.",
        ),
        Phrase(
            "If there is none, will you grant a network gap exception so that ",
            s.people.ibclc_name,
            " is covered at the in-network level with no cost sharing? How do ",
            "we" if s.provider_voice else "I",
            " ask for it?",
        ),
        Phrase(
            "Are ",
            s.facts.call_codes,
            " covered in full, with no deductible, copay or coinsurance?",
        ),
        *reason_q,
        f"Is there a health concierge, nurse navigator or case manager who can help {me} with "
        f"this?",
        f"Can you note today's answers on {mine} account and send them to {me} in writing?",
    ]
    # the caller is the member, or the practice's staff speaking for the member's family
    family = "the family" if s.provider_voice else "us"
    near = "the member" if s.provider_voice else "me"
    send_to = "us" if s.provider_voice else "me"
    if s.prospective:
        approval_next = "and treat this call as a request for approval or a gap exception."
        code_next = (
            "We will bill with it. Please note it on the member's account."
            if s.provider_voice
            else "I will ask the practice to bill with it. Please note it on my account."
        )
    else:
        approval_next = "and reprocess the claim or treat this as a gap exception."
        code_next = (
            "We will correct and resubmit the claim if needed. Please note the code you want "
            "on the member's account."
            if s.provider_voice
            else "I will ask the practice to correct and resubmit the claim if needed. Please "
            "note the code you want on my account."
        )
    pushback = [
        {
            "says": "\u201cOnly your OB or pediatrician can provide lactation care.\u201d",
            "answer": (
                "An OB or a pediatrician is not a feeding specialist. "
                if s.provider_voice
                else "My OB and pediatrician are not feeding specialists. "
            )
            + "The federal women's preventive services guidelines name lactation consultants, "
            "including IBCLCs, among the clinicians who provide this care. Please cover the "
            f"IBCLC, or name an in-network IBCLC who can see {family} now.",
        },
        {
            "says": "\u201cYou needed prior approval.\u201d"
            if not s.prospective
            else "\u201cYou need prior approval.\u201d",
            "answer": (
                "Lactation support is preventive care that the Affordable Care Act "
                "requires the plan to cover without cost sharing. "
                if plan_track(s)["aca_preventive"]
                else ""
            )
            + f"Which written plan rule requires approval? Please send it to {send_to}, "
            f"{approval_next}",
        },
        {
            "says": "\u201cHome visits are not covered.\u201d",
            "answer": "The guidelines cover lactation support after birth without limiting it "
            "to an office, and many parents cannot travel in the first weeks. Which written "
            f"plan rule excludes home visits? Please send it to {send_to}, and tell {send_to} how "
            "to ask for an exception.",
        },
        {
            "says": "\u201cThat is the wrong code.\u201d"
            if s.prospective
            else "\u201cIt was the wrong code.\u201d",
            "answer": Phrase(
                "Which code should be used? Are ",
                s.facts.call_codes,
                " covered in full? ",
                code_next,
            ),
        },
        {
            "says": "\u201cThere is an in-network provider.\u201d",
            "answer": f"Please give {'us' if s.provider_voice else 'me'} the name, phone number and "
            "first available appointment of "
            f"an in-network IBCLC near {near} who takes new patients. If none can see {family} "
            f"in time, {'we ask' if s.provider_voice else 'I ask'} for a gap exception.",
        },
    ]
    regulator_named: Any = s.venue.name or (
        "the U.S. Department of Labor (EBSA)"
        if s.people.funding == "self_funded"
        else "the state insurance department"
    )
    if regulator_named.startswith("Your "):  # "Your state Medicaid agency": mid-sentence here
        regulator_named = "your " + regulator_named[5:]
    account = "the member's account" if s.provider_voice else "your account"
    not_received = (
        "the family did not receive" if s.provider_voice else "you did not receive or use"
    )
    escalation = [
        "Ask for a supervisor or a patient advocate, and ask your questions again.",
        "Ask them to record a gap-exception request today, and to tell you in writing how and "
        "by when it will be decided."
        if s.prospective
        else "Ask them to reprocess the claim as preventive care with no cost sharing, and to "
        f"reverse any claims on {account} for services {not_received}.",
        "Get the reference number for the call, and write the date and the representative's "
        "name in the log.",
        Phrase(
            "Say that if the plan cannot name an in-network IBCLC who can see the family in "
            "time and will not grant the exception, you will send a written request and, if "
            "needed, a complaint to "
            if s.prospective
            else "Say that if it is not fixed, you will file a written appeal and a complaint "
            "with ",
            regulator_named,
            f" ({s.venue.url})" if s.venue.url else "",
            ".",
        ),
    ]
    if "internal_appeal" in (getattr(s.dec, "overdue", None) or []):
        # a passed deadline is said first
        escalation.insert(
            0,
            f"The appeal deadline ({s.deadlines['internal_appeal']}) has passed. Say so, send "
            "the written appeal now, and ask how to have it accepted late for good cause.",
        )
    elif s.deadlines["internal_appeal"]:
        escalation.append(
            f"Keep to the deadline: send the written appeal by {s.deadlines['internal_appeal']}."
        )
    call_log = [
        {"date": fmt_date(c.date), "rep": c.rep, "reference": c.reference, "notes": c.notes}
        for c in s.prof.calls
    ]
    call_log += [{"date": "", "rep": "", "reference": "", "notes": ""}] * max(
        0, CALL_LOG_MIN_ROWS - len(call_log)
    )
    dec = s.dec
    return {
        "call_points": list(
            (getattr(dec, "call_points_provider", None) or dec.call_points)
            if s.provider_voice
            else dec.call_points
        ),
        "call_purpose": call_purpose,
        "call_opening": call_opening,
        "call_have_ready": call_have_ready,
        "call_questions": call_questions,
        "pushback": pushback,
        "escalation": escalation,
        "call_log": call_log,
    }
