"""The facts a decision rests on, gathered once from the parse result and the profile."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .. import knowledge
from ..corrections import claim_paths, is_sure, unsure_paths
from ..models import CATEGORIES, FUNDING_KINDS, STAGES, Claim, Denial, ParseResult
from .triage import NO, UNKNOWN, Triage, triage

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

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+")


@dataclass
class Facts:
    """Everything the choosers read; built by :func:`gather`."""

    funding: str
    funding_reason: str
    regimes: tuple[str, ...]
    state: str | None
    state_source: str | None
    categories: list[str]  # primary first, then the others in the order met (sure reasons only)
    primary: str | None
    denied: list[Claim]  # the denied claims that are lactation care (or may be)
    claim_numbers: list[str]
    stage: str  # what the notice decides: one of models.STAGES
    stage_reason: str
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
    # denied claims that are not lactation care: no letter argues them (triage.py)
    not_lactation: list[Triage] = field(default_factory=list)
    # lactation claims whose denial names a billing defect (a corrected claim fixes it)
    defects: list[Triage] = field(default_factory=list)
    # lactation claims with a reason an appeal can contest (not only a billing defect)
    contestable: list[Claim] = field(default_factory=list)
    track: str = "unknown"  # data/tracks.yaml id, set by decide/tracks.py
    track_reason: str = ""
    plan_type: str | None = None  # plan.type from the notice
    # denied claims whose reason the reader is not sure of: their categories choose no
    # argument until the person confirms them (decide/unclear.py)
    reason_unsure: list[Claim] = field(default_factory=list)

    @property
    def final_denial(self) -> bool:
        """Internal appeals are finished (the notice decides an appeal or a later review)."""
        return self.stage != "first_denial"

    @property
    def final_reason(self) -> str:
        return self.stage_reason

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


# Clause boundaries: a conditional word in an earlier clause does not govern a later one
_CLAUSE = re.compile(r"[,;:()\u2014]|\s-\s")


def _conditional(sentence: str, match: re.Match[str], rules: knowledge.StageRules) -> bool:
    """Whether a match is about a later right ("after you have exhausted ...") rather than
    what this notice decides."""
    before = _CLAUSE.split(sentence[: match.start()])[-1].split()[-rules.window :]
    if any(rx.search(" ".join(before)) for rx in rules.conditional):
        return True
    after = " ".join(sentence[match.end() :].split()[: rules.window])
    return any(rx.search(after) for rx in rules.conditional_after)


def read_stage(text: str) -> tuple[str, str | None]:
    """What the notice decides (a stage of models.STAGES) and the sentence that shows it.

    Rules (data/rules/stages.yaml) are tried from the latest stage down; a match inside
    appeal-rights boilerplate about later steps does not count. Nothing found: a first
    denial, and no sentence.
    """
    rules = knowledge.stage_rules()
    sentences = _sentences(text)
    for stage, patterns in rules.rules:
        for sentence in sentences:
            for rx in patterns:
                if any(not _conditional(sentence, m, rules) for m in rx.finditer(sentence)):
                    return stage, sentence
    return STAGES[0], None


def detect_final(text: str) -> str | None:
    """The sentence that shows internal appeals are finished, or None (a first denial)."""
    stage, sentence = read_stage(text)
    return sentence if stage != STAGES[0] else None


_STAGE_SAYS = {
    "first_denial": "a first denial (an internal appeal to the plan comes next)",
    "final_internal_denial": "the plan's final internal decision",
    "external_review_decision": "an external reviewer's decision",
    "fair_hearing_decision": "a fair hearing decision",
}


def choose_stage(notice_text: str, profile: Any) -> tuple[str, str]:
    """The stage of the case and why: the profile's ``stage`` (or its older
    ``final_internal_denial`` flag), else what the notice's words decide."""
    said = profile_value(profile, "stage")
    if said in STAGES:
        return said, f"your profile or correction says this notice is {_STAGE_SAYS[said]}"
    flag = profile_value(profile, "final_internal_denial")
    if flag is True:
        return STAGES[1], "your profile says this notice answers an appeal you filed"
    if flag is False:
        return STAGES[0], "your profile says this is not a final appeal decision"
    stage, sentence = read_stage(notice_text)
    if sentence:
        return stage, f"the notice says: \u201c{sentence[:160]}\u201d"
    return stage, "nothing in the notice says it decides an appeal or a review"


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


_SAYS = {
    "notice": "the notice shows",
    "profile": "your profile says it is",
    "person": "you said it is",
}


def _who(result: ParseResult, path: str) -> str:
    """Who gave the value at ``path``: "notice", "profile" or "person"."""
    ev = result.evidence.get(path)
    return ev.source if ev is not None and ev.source in _SAYS else "notice"


# What the sorting of a denied claim rests on: its codes and its provider (triage.py)
_TRIAGE_FIELDS = (
    "line.procedure_code",
    "line.diagnosis_codes",
    "diagnosis_codes",
    "provider.name",
)
# and what makes its denial a billing defect only: its codes and its reason
_DEFECT_FIELDS = ("denial.carc", "denial.rarc", "denial.primary_category")


def _unsure_fields(result: ParseResult, claim: Claim, fields: tuple[str, ...]) -> list[str]:
    """The paths of ``claim``'s ``fields`` whose value the reader is not sure of."""
    return unsure_paths(result, claim_paths(result, [claim], *fields))


def _doubt(result: ParseResult, t: Triage) -> Triage:
    """A sorting that rests on a reading the reader is not sure of is no sorting: a claim
    called other care because of codes or a provider read without sureness may be the
    lactation care the notice denied (kept, "unknown"), and a denial called a billing
    defect only because of codes or a reason read without sureness still gets its appeal
    (the corrected-claim request is made too)."""
    if t.lactation == NO and _unsure_fields(result, t.claim, _TRIAGE_FIELDS):
        t = replace(
            t,
            lactation=UNKNOWN,
            lactation_reason="its codes or provider were not read with certainty, so it is "
            "kept in case it is the lactation care the notice denied",
        )
    if t.defects and t.defect_only and _unsure_fields(result, t.claim, _DEFECT_FIELDS):
        t = replace(t, defects_sure=False)
    return t


def gather(
    result: ParseResult,
    profile: Any = None,
    *,
    legislator: bool = False,
    leave_out: frozenset[int] = frozenset(),
    unsure_reason: frozenset[int] = frozenset(),
) -> Facts:
    """Collect the facts of one case. ``result`` must already have categories filled;
    the claims at positions ``leave_out`` are not argued, and the categories of those at
    ``unsure_reason`` choose no argument (decide/unclear.py)."""
    sorted_claims = [
        _doubt(result, t)
        for t in triage([c for i, c in enumerate(result.claims) if c.denied and i not in leave_out])
    ]
    not_lactation = [t for t in sorted_claims if t.lactation == NO]
    kept = [t for t in sorted_claims if t.lactation != NO]
    denied = [t.claim for t in kept]
    funding = result.plan.funding if result.plan.funding in FUNDING_KINDS else "unknown"
    funding_reason = f"{_SAYS[_who(result, 'plan.funding')]} a {FUNDING_LABELS[funding]} plan"
    if funding == "unknown":
        from_profile = profile_value(profile, "plan.funding", "funding")
        if from_profile in FUNDING_KINDS and from_profile != "unknown":
            funding = from_profile
            funding_reason = f"your profile says the plan is {FUNDING_LABELS[funding]}"
        else:
            funding_reason = "neither the notice nor your profile says how the plan is funded"

    state, state_source = None, None
    member_state_from = {
        "profile": "your profile",
        "person": "your correction",
    }.get(_who(result, "member.state"), "the member address on the notice")
    for source, value in (
        (member_state_from, result.member.state),
        ("the plan's address on the notice", result.payer.state),
        ("your profile", profile_value(profile, "state", "member.state")),
    ):
        if value and isinstance(value, str) and len(value.strip()) == 2:
            state, state_source = value.strip().upper(), source
            break

    texts = [c.denial.reason_text for c in denied if c.denial and c.denial.reason_text]
    notice_text = " ".join([*(t for t in texts if t), getattr(result, "notice_text", None) or ""])

    stage, stage_reason = choose_stage(notice_text, profile)

    gf_flag = profile_value(profile, "grandfathered")
    if gf_flag is True:
        grandfathered, gf_reason = True, "your profile says the plan is grandfathered"
    elif gf_flag is None and knowledge.decide_words().grandfathered.search(notice_text):
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

    unsure = [c for c in denied if any(c is result.claims[i] for i in unsure_reason)]
    categories, primary = _ordered_categories(
        [c for c in denied if not any(c is u for u in unsure)]
    )
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
        stage=stage,
        stage_reason=stage_reason,
        grandfathered=grandfathered,
        grandfathered_reason=gf_reason,
        no_in_network=profile_value(profile, "no_in_network_available") is True,
        # argued only when the reader is sure the provider was out of network (or was told)
        provider_out_of_network=any(
            c.provider.network == "out" and is_sure(result, f"claims.{i}.provider.network")
            for i, c in enumerate(result.claims)
            if any(c is d for d in denied)
        ),
        diagnosis_codes=codes,
        service_dates=sorted(dates),
        notice_date=result.notice_date,
        notice_text=notice_text,
        payer_name=result.payer.name,
        legislator=legislator,
        profile=profile,
        plan_type=result.plan.type,
        reason_unsure=unsure,
        not_lactation=not_lactation,
        defects=[t for t in kept if t.defects],
        contestable=[t.claim for t in kept if not t.defect_only],
    )
