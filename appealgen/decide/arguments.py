"""Choose the appeal's arguments, in order, each with its citations and the reason for it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import knowledge
from ..models import ArgumentChoice, Claim
from .facts import Facts

REGIME_NOTE = {
    ("hhs",): "It cites the HHS rule (45 CFR), which binds insurers and state or local "
    "government plans.",
    ("erisa",): "It cites the Labor Department rule (29 CFR), which binds self-funded "
    "employer plans.",
    ("hhs", "erisa"): "The plan's funding is unknown, so it cites both the HHS rule (for "
    "insurers and government plans) and the Labor Department rule (for "
    "self-funded employer plans).",
}

# The phone script's fixed points, before and after the argument-specific ones.
OPENING_CALL_POINTS = (
    "Have the notice, the claim number and the date of service in front of you.",
    "Ask: \u201cWhat exactly was the reason for this denial, and which plan rule was used?\u201d",
)
CLOSING_CALL_POINTS = (
    "If the representative cannot help, ask for a supervisor or a patient advocate "
    "(some plans call it a health concierge).",
    "Write down the date, the representative's name and the call reference number.",
    "Say that you are sending a written appeal, and ask where to send it.",
)


def resolve_citations(ids: list[str], regimes: tuple[str, ...]) -> tuple[list[str], list[Any]]:
    """Citation texts (and URLs) for ids, picking the parallel regulation for the regimes."""
    table = knowledge.citations()
    texts: list[str] = []
    urls: list[Any] = []
    for cid in ids:
        variants = table[cid]["variants"]
        if "any" in variants:
            keys = ["any"]
        else:  # a rule with no parallel for a regime (treasury) is cited in the others
            keys = [r for r in regimes if r in variants] or ["hhs"]
        for key in keys:
            v = variants[key]
            if v["text"] not in texts:
                texts.append(v["text"])
                urls.append(v["url"])
    return texts, urls


def applies(arg: dict[str, Any], facts: Facts) -> bool:
    """True when every filter of the argument's applies_when holds for this case."""
    aw = arg["applies_when"]
    if facts.funding not in aw["funding"]:
        return False
    if "tracks" in aw and facts.track not in aw["tracks"]:
        return False
    if "states" in aw and facts.state not in aw["states"]:
        return False
    if "final_denial" in aw and aw["final_denial"] != facts.final_denial:
        return False
    if "grandfathered" in aw and aw["grandfathered"] != facts.grandfathered:
        return False
    if "codes" in aw and not matching_codes(aw["codes"], facts.diagnosis_codes):
        return False
    return True


def matching_codes(prefixes: list[str], codes: list[str]) -> list[str]:
    return [
        c for c in codes if any(c.replace(".", "").startswith(p.replace(".", "")) for p in prefixes)
    ]


def _trigger_categories(facts: Facts) -> list[tuple[str, str]]:
    """(category, why) in the order the appeal answers them."""
    out: list[tuple[str, str]] = []
    for i, cat in enumerate(facts.categories):
        label = cat.replace("_", " ")
        why = (
            f"it answers the main reason for the denial ({label})"
            if i == 0
            else f"it answers another reason given for the denial ({label})"
        )
        out.append((cat, why))
    if facts.reason_unsure and "other" not in facts.categories:
        # the reason is not sure: only what answers any denial of lactation care (the
        # catch-all category's arguments); the answer to the reason waits for the person
        out.append(
            (
                "other",
                "the reason for the denial is not sure yet, and this holds for any denial "
                "of lactation care",
            )
        )
    if "out_of_network" not in facts.categories and facts.funding != "medicare":
        if facts.no_in_network:
            out.append(
                ("out_of_network", "you said no in-network lactation consultant was available")
            )
        elif facts.provider_out_of_network:
            out.append(
                (
                    "out_of_network",
                    "the provider was out of network, and the plan may "
                    "charge for that only if it had an in-network one",
                )
            )
    return out


def _supporting_reason(arg: dict[str, Any], facts: Facts) -> str:
    aw = arg["applies_when"]
    if aw.get("final_denial"):
        return f"the notice is the plan's final internal decision ({facts.final_reason})"
    if aw.get("grandfathered"):
        return f"{facts.grandfathered_reason}; that status must be shown, not assumed"
    if "codes" in aw:
        codes = ", ".join(matching_codes(aw["codes"], facts.diagnosis_codes))
        return (
            f"the claim lists diagnosis code(s) {codes}, which can make the visit look "
            "diagnostic rather than preventive"
        )
    if arg["id"] == "full_and_fair_review":
        return "you have a right to the claim file and the rule used, which every appeal asks for"
    return "it is the legal ground for coverage that the other points rest on"


def _choice(arg: dict[str, Any], facts: Facts, why: str) -> ArgumentChoice:
    texts, urls = resolve_citations(arg["citations"], facts.regimes)
    regime_note = ""
    if any("hhs" in knowledge.citations()[c]["variants"] for c in arg["citations"]):
        regime_note = " " + REGIME_NOTE.get(facts.regimes, "")
    return ArgumentChoice(
        id=arg["id"],
        answers=list(arg["answers"]),
        citations=texts,
        citation_urls=urls,
        reason=f"Chosen because {why}.{regime_note}".rstrip(),
        title=arg["title"],
        text=arg["text"],
    )


def choose_arguments(facts: Facts) -> list[ArgumentChoice]:
    """The arguments in the order the appeal makes them: the primary category's answer first.

    Medicare gets none: the ACA preventive-care rule does not reach it.
    """
    if not facts.denied:
        return []
    table = knowledge.arguments()
    usable = sorted(
        (a for a in table.values() if applies(a, facts)), key=lambda a: (a["order"], a["id"])
    )
    chosen: dict[str, ArgumentChoice] = {}
    # An argument that must come first (the demand for proof of grandfathered status,
    # before any point that assumes the ACA reaches the plan) leads the appeal.
    for arg in usable:
        if arg["leads"]:
            chosen[arg["id"]] = _choice(arg, facts, _supporting_reason(arg, facts))
    for cat, why in _trigger_categories(facts):
        for arg in usable:
            if cat in arg["answers"] and arg["id"] not in chosen:
                chosen[arg["id"]] = _choice(arg, facts, why)
    for arg in usable:
        if not arg["supporting"] or arg["id"] in chosen:
            continue
        if facts.procedural_only and arg["answers"] and "codes" not in arg["applies_when"]:
            continue  # a coverage argument is noise against a duplicate or late-filing denial
        chosen[arg["id"]] = _choice(arg, facts, _supporting_reason(arg, facts))
    return list(chosen.values())


def waiting_arguments(
    facts: Facts, chosen: list[ArgumentChoice], claims: list[Claim]
) -> dict[int, list[str]]:
    """For each claim whose reason is not sure (by its position in ``claims``, the parse
    document's), the ids of the arguments its reason, as read, would add: they wait for the
    person to confirm it."""
    have = {a.id for a in chosen}
    out: dict[int, list[str]] = {}
    for claim in facts.reason_unsure:
        read = [c for c in (claim.denial.categories if claim.denial else []) if c]
        if claim.denial and claim.denial.primary_category in read:
            read.remove(claim.denial.primary_category)
            read.insert(0, claim.denial.primary_category)
        as_read = replace(
            facts,
            categories=[*facts.categories, *(c for c in read if c not in facts.categories)],
            reason_unsure=[u for u in facts.reason_unsure if u is not claim],
        )
        position = next(i for i, c in enumerate(claims) if c is claim)
        out[position] = [a.id for a in choose_arguments(as_read) if a.id not in have]
    return out


MEDICARE_CALL_POINT = {
    "member": "Ask: \u201cHow do I appeal this under Medicare, and by when?\u201d",
    "provider": "Ask: \u201cHow does the member appeal this under Medicare, and by when?\u201d",
}


def call_points(facts: Facts, chosen: list[ArgumentChoice], voice: str = "member") -> list[str]:
    """The phone script: what to ask and what to answer to common pushback.

    ``voice="provider"`` reads each point's practice wording (``ask_provider``,
    ``if_they_say_provider``, ``answer_provider``) where the argument data has one.
    """
    table = knowledge.arguments()
    suffix = "_provider" if voice == "provider" else ""
    points: list[str] = list(OPENING_CALL_POINTS)
    for choice in chosen:
        for cp in table[choice.id]["call_points"]:
            said = {
                k: cp.get(f"{k}{suffix}") or cp.get(k) for k in ("ask", "if_they_say", "answer")
            }
            if said["ask"]:
                line = f"Ask: \u201c{said['ask']}\u201d"
            else:
                line = (
                    f"If they say \u201c{said['if_they_say']}\u201d, answer: "
                    f"\u201c{said['answer']}\u201d"
                )
            if line not in points:
                points.append(line)
    if facts.funding == "medicare":
        points.append(MEDICARE_CALL_POINT[voice])
    points.extend(CLOSING_CALL_POINTS)
    return points
