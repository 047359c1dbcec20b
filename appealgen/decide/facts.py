"""The facts a decision rests on, gathered once from the parse result and the profile."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import CATEGORIES, FUNDING_KINDS, Claim, Denial, ParseResult

FUNDING_LABELS = {
    "fully_insured": "fully insured",
    "self_funded": "self-funded",
    "medicaid": "Medicaid",
    "governmental": "state or local government employer",
    "medicare": "Medicare",
    "church": "church",
    "fehb": "Federal Employees Health Benefits (FEHB)",
    "tricare": "TRICARE",
    "short_term": "short-term",
    "unknown": "unknown",
}

# Categories that are about claim handling, not about whether lactation care is covered.
PROCEDURAL_CATEGORIES = frozenset(
    {"timely_filing", "eligibility", "coordination_of_benefits", "duplicate"}
)

# The regulation a letter cites depends on who is bound: insurers and non-federal
# governmental plans answer to the HHS rule, self-funded employer plans to the DOL rule.
REGIMES_BY_FUNDING: dict[str, tuple[str, ...]] = {
    "fully_insured": ("hhs",),
    "governmental": ("hhs",),
    "medicaid": ("hhs",),
    "self_funded": ("erisa",),
    "unknown": ("hhs", "erisa"),
    "medicare": (),
    "church": ("treasury", "hhs"),
    "fehb": (),
    "tricare": (),
    "short_term": (),
}  # refined per plan type by decide/tracks.py from data/tracks.yaml

# Phrases that say the notice is the plan's last internal word. Conditional appeal-rights
# boilerplate ("after you receive a final adverse determination ...") must not count.
_FINAL_FIRM = [
    r"\bthis (?:letter |notice |decision )?is (?:a |the |our |your )?final\b",
    r"\bsecond[- ]level appeal decision\b",
    r"\bupheld (?:on|upon) appeal\b",
    r"\b(?:we|the plan|the committee) (?:has|have) (?:upheld|affirmed)\b",
    r"\bupheld (?:the|our|its) (?:original |initial |prior )?(?:denial|decision|determination)\b",
    r"\byou have exhausted\b",
    r"\bexhausted (?:all |your )?(?:internal |available )?appeals?\b",
    r"\bdecision on your (?:first[- ]level |second[- ]level |internal )?appeal\b",
]
_FINAL_SOFT = [r"\bfinal internal\b", r"\bfinal adverse\b"]
_CONDITIONAL = re.compile(
    r"\b(?:if|after|once|when|upon|receipt of|you may|you can|right to)\b", re.IGNORECASE
)
_GRANDFATHERED = re.compile(r"\bgrand-?fathered\b", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+")


@dataclass
class Facts:
    """Everything the choosers read; built by :func:`gather`."""

    funding: str
    funding_reason: str
    regimes: tuple[str, ...]
    state: str | None
    state_source: str | None
    categories: list[str]  # primary first, then the others in the order met
    primary: str | None
    denied: list[Claim]
    claim_numbers: list[str]
    final_denial: bool
    final_reason: str
    grandfathered: bool
    grandfathered_reason: str
    no_in_network: bool
    provider_out_of_network: bool
    diagnosis_codes: list[str]
    service_dates: list[date]
    notice_date: date | None
    notice_text: str
    payer_name: str | None
    legislator: bool
    profile: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    track: str = "unknown"  # data/tracks.yaml id, set by decide/tracks.py
    track_reason: str = ""
    plan_type: str | None = None  # plan.type from the notice

    @property
    def procedural_only(self) -> bool:
        return bool(self.categories) and all(c in PROCEDURAL_CATEGORIES for c in self.categories)


def profile_value(profile: Any, *paths: str) -> Any:
    """The first non-empty value among dotted attribute paths of a duck-typed profile."""
    for path in paths:
        obj = profile
        for part in path.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                break
        if obj not in (None, "", []):
            return obj
    return None


def ensure_categories(claim: Claim) -> None:
    """Fill a denied claim's categories through classify.classify when the parser left none.

    A denied claim that still has none is treated as "other" (the contract's catch-all).
    """
    if not claim.denied:
        return
    if claim.denial is None:
        claim.denial = Denial()
    denial = claim.denial
    if not denial.categories:
        try:
            from .classify import classify
        except ImportError:  # the classifier is optional for the decide stage
            classify = None
        if classify is not None:
            paid, share = claim.totals.paid, claim.totals.patient_responsibility
            cats, primary = classify(
                denial.reason_text,
                denial.carc,
                denial.rarc,
                procedure_codes=[
                    ln.procedure_code for ln in claim.service_lines if ln.procedure_code
                ],
                patient_share_only=bool(paid and paid > 0 and share and share > 0),
            )
            denial.categories, denial.primary_category = list(cats), primary
    denial.categories = [c for c in denial.categories if c in CATEGORIES] or ["other"]
    if denial.primary_category not in denial.categories:
        denial.primary_category = denial.categories[0]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(" ".join(text.split())) if s]


def detect_final(text: str) -> str | None:
    """The sentence that shows the notice is a final internal denial, or None."""
    for sentence in _sentences(text):
        low = sentence.lower()
        if any(re.search(p, low) for p in _FINAL_FIRM):
            return sentence
        if any(re.search(p, low) for p in _FINAL_SOFT) and not _CONDITIONAL.search(low):
            return sentence
    return None


def _ordered_categories(denied: list[Claim]) -> tuple[list[str], str | None]:
    primaries = [
        c.denial.primary_category for c in denied if c.denial and c.denial.primary_category
    ]
    rest = [cat for c in denied if c.denial for cat in c.denial.categories]
    ordered: list[str] = []
    for cat in [*primaries, *rest]:
        if cat in CATEGORIES and cat not in ordered:
            ordered.append(cat)
    return ordered, (ordered[0] if ordered else None)


def gather(result: ParseResult, profile: Any = None, *, legislator: bool = False) -> Facts:
    """Collect the facts of one case. ``result`` must already have categories filled."""
    denied = result.denied_claims
    funding = result.plan.funding if result.plan.funding in FUNDING_KINDS else "unknown"
    funding_reason = f"the notice shows a {FUNDING_LABELS[funding]} plan"
    if funding == "unknown":
        from_profile = profile_value(profile, "plan.funding", "funding")
        if from_profile in FUNDING_KINDS and from_profile != "unknown":
            funding = from_profile
            funding_reason = f"your profile says the plan is {FUNDING_LABELS[funding]}"
        else:
            funding_reason = "neither the notice nor your profile says how the plan is funded"

    state, state_source = None, None
    for source, value in (
        ("the member address on the notice", result.member.state),
        ("the plan's address on the notice", result.payer.state),
        ("your profile", profile_value(profile, "state", "member.state")),
    ):
        if value and isinstance(value, str) and len(value.strip()) == 2:
            state, state_source = value.strip().upper(), source
            break

    texts = [c.denial.reason_text for c in denied if c.denial and c.denial.reason_text]
    notice_text = " ".join([*(t for t in texts if t), getattr(result, "notice_text", None) or ""])

    final_flag = profile_value(profile, "final_internal_denial")
    final_sentence = detect_final(notice_text)
    if final_flag is True:
        final, final_reason = True, "your profile says this notice answers an appeal you filed"
    elif final_flag is False:
        final, final_reason = False, "your profile says this is not a final appeal decision"
    elif final_sentence:
        final, final_reason = True, f"the notice says: \u201c{final_sentence[:160]}\u201d"
    else:
        final, final_reason = False, "nothing in the notice says internal appeals are finished"

    gf_flag = profile_value(profile, "grandfathered")
    if gf_flag is True:
        grandfathered, gf_reason = True, "your profile says the plan is grandfathered"
    elif gf_flag is None and _GRANDFATHERED.search(notice_text):
        grandfathered, gf_reason = True, "the notice mentions grandfathered status"
    else:
        grandfathered, gf_reason = False, ""

    codes: list[str] = []
    dates: list[date] = []
    for c in denied:
        line_codes = [d for ln in c.service_lines for d in ln.diagnosis_codes]
        for code in [*c.diagnosis_codes, *line_codes]:
            code = code.strip().upper()
            if code and code not in codes:
                codes.append(code)
        dates += [ln.date_of_service for ln in c.service_lines if ln.date_of_service]

    categories, primary = _ordered_categories(denied)
    return Facts(
        funding=funding,
        funding_reason=funding_reason,
        regimes=REGIMES_BY_FUNDING[funding],
        state=state,
        state_source=state_source,
        categories=categories,
        primary=primary,
        denied=denied,
        claim_numbers=[c.claim_number for c in denied if c.claim_number],
        final_denial=final,
        final_reason=final_reason,
        grandfathered=grandfathered,
        grandfathered_reason=gf_reason,
        no_in_network=profile_value(profile, "no_in_network_available") is True,
        provider_out_of_network=any(c.provider.network == "out" for c in denied),
        diagnosis_codes=codes,
        service_dates=sorted(dates),
        notice_date=result.notice_date,
        notice_text=notice_text,
        payer_name=result.payer.name,
        legislator=legislator,
        profile=profile,
        plan_type=result.plan.type,
    )
