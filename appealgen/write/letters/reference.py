"""The claim's facts and the reference block every letter opens with (Member, Member ID,
Plan, Patient, Claim number, Date of service, Codes billed, Date of your notice): each
stated only when sure, else a placeholder asked about first; and the running footer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ...corrections import claim_paths
from ...models import Claim, ParseResult
from ..profile import Profile
from .people import People
from .sure import Stater, codes_text, total, unread_in
from .text import Phrase, Placeholder, fmt_date, fmt_money, join, shorten, unique

DEFAULT_CALL_CODES = "S9443 or 99401\u201399404"
LACTATION_DIAGNOSIS = "Z39.1"
STANDARD_CODES = ("S9443", "99401", "99402", "99403", "99404")


@dataclass
class ClaimFacts:
    """The facts of the letter's claims, and the reference block and footer built of them."""

    claim_numbers: Any
    dates_text: Any
    codes: Any
    notice_date: Any
    amount: Any
    family_owes: bool
    categories: list[str]
    denial_reason: Any
    plan_name: Any
    notice_kind: str
    call_codes: str
    re_block: dict[str, Any]
    footer: str


def claim_facts(
    pr: ParseResult,
    prof: Profile,
    claims: list[Claim],
    st: Stater,
    need: Any,
    who: People,
) -> ClaimFacts:
    """The claim's facts as the letters state them, in the order their placeholders appear."""
    member_name, member_id = who.member_name, who.member_id
    patient_text, patient_phrase = who.patient_text, who.patient_phrase
    ibclc_full, ibclc_npi = who.ibclc_full, who.ibclc_npi
    denied_unsure = st.unsure(claim_paths(pr, claims, "denied"))
    if denied_unsure:  # asked first: the letters are written in case it was denied
        st.ask(denied_unsure, "whether the claim was denied")
    claim_numbers: Any = ", ".join(unique(c.claim_number for c in claims))
    bad = st.unsure(claim_paths(pr, claims, "claim_number"))
    if bad:
        claim_numbers = st.ask(bad, "the claim number")
    dates = sorted(
        unique(ln.date_of_service for c in claims for ln in c.service_lines if ln.date_of_service)
    )
    dates_text: Any = join([fmt_date(d) for d in dates])
    bad = st.unsure(claim_paths(pr, claims, "line.date_of_service"))
    bad += [] if st.trust_all or not dates else unread_in(pr, claims, "date_of_service")
    if bad:
        dates_text = st.ask(bad, "the date of the visit")
    codes: Any = codes_text(claims)
    bad = st.unsure(
        claim_paths(
            pr,
            claims,
            "line.procedure_code",
            "line.modifiers",
            "line.diagnosis_codes",
            "diagnosis_codes",
        )
    )
    bad += [] if st.trust_all or not codes else unread_in(pr, claims, "procedure_code")
    if bad:
        codes = st.ask(bad, "the codes billed")
    owed = total(c.totals.patient_responsibility for c in claims)
    billed = total(c.totals.billed for c in claims)
    paid = total(c.totals.paid for c in claims)
    money_unsure = st.unsure(
        claim_paths(pr, claims, "totals.patient_responsibility", "totals.billed", "totals.paid")
    )
    amount: Any = ""
    # the family's share when there is one; else what the plan left unpaid (a claim the
    # plan cut with nothing billed to the family is still in dispute, not "$0.00")
    family_owes = bool(owed)
    if not family_owes and billed is not None and paid is not None and billed > paid:
        disputed: Decimal | None = billed - paid
    else:
        disputed = owed if owed is not None else billed
    if disputed is not None:
        bits = [
            f"billed {fmt_money(billed)}" if billed is not None else "",
            f"paid {fmt_money(paid)}" if paid is not None else "",
        ]
        amount = fmt_money(disputed)
        extra = ", ".join(b for b in bits if b)
        if extra:
            amount += f" ({extra})"
    if money_unsure:
        family_owes = False
        amount = st.ask(money_unsure, "the amount in dispute")
    reasons = unique(c.denial.reason_text for c in claims if c.denial and c.denial.reason_text)
    codes_given = unique(code for c in claims if c.denial for code in c.denial.carc + c.denial.rarc)
    # the category chooses the arguments: an unsure one is asked about first, and neither
    # it nor the claim's other categories shape the letter until the person confirms it
    category_unsure = st.unsure(claim_paths(pr, claims, "denial.primary_category"))
    if category_unsure:
        st.ask(category_unsure, "the reason for the denial")
    categories = unique(
        cat
        for c in claims
        if c.denial
        and not set(claim_paths(pr, [c], "denial.primary_category")) & set(category_unsure)
        for cat in c.denial.categories
    )
    reason_unsure = st.unsure(claim_paths(pr, claims, "denial.reason_text"))
    codes_unsure = st.unsure(claim_paths(pr, claims, "denial.carc", "denial.rarc"))
    if reasons and reason_unsure:
        denial_reason: Any = st.ask(reason_unsure, "the reason printed on your notice")
    elif reasons:
        denial_reason = shorten(" / ".join(r.strip().rstrip(".") for r in reasons))
    elif codes_given and codes_unsure:
        denial_reason = st.ask(codes_unsure, "the denial codes printed on your notice")
    elif codes_given:
        denial_reason = "denial code " + ", ".join(codes_given)
    else:
        denial_reason = need(None, "the reason printed on your notice")
    plan_name: Any = st.profile_first("plan.name", pr.plan.name, prof.plan.name, "your plan's name")
    plan_type: Any = pr.plan.type
    if plan_type and isinstance(plan_name, str) and plan_type.lower() not in plan_name.lower():
        # a type read without sureness is asked, never dropped: "Gold" is not "Gold (PPO)"
        plan_type = st.value("plan.type", plan_type, "your plan's type")
        if plan_name:
            plan_name = Phrase(plan_name, " (", plan_type, ")")
        elif isinstance(plan_type, str):
            plan_name = plan_type
    plan_name = plan_name or ""
    notice_date = st.value("notice_date", fmt_date(pr.notice_date), "the date of the notice")
    notice_kind = {"denial_letter": "denial letter", "remittance_835": "remittance advice"}.get(
        pr.source.kind, "Explanation of Benefits (EOB)"
    )
    billed_procs = unique(
        ln.procedure_code
        for c in ([] if isinstance(codes, Placeholder) else claims)
        for ln in c.service_lines
        if ln.procedure_code and ln.procedure_code not in STANDARD_CODES
    )
    call_codes = (", ".join(billed_procs) + " (as billed), or " if billed_procs else "") + (
        f"{DEFAULT_CALL_CODES} with diagnosis {LACTATION_DIAGNOSIS}"
    )

    # --- the reference block: what every letter is about ------------------------------
    re_block = {
        "member": member_name,
        "member_id": member_id,
        "plan": plan_name,
        "group_number": st.value("plan.group_number", pr.plan.group_number, "your group number")
        or prof.plan.group_number,
        "patient": patient_text,
        "patient_phrase": patient_phrase,
        "claim_numbers": claim_numbers,
        "dates": dates_text,
        "dates_phrase": dates_text or need(None, "the date of the visit"),
        "provider": Phrase(ibclc_full, " (NPI ", ibclc_npi, ")"),
        "codes": codes,
        "amount": amount,
        "notice_date": notice_date,
    }
    # the running footer is plain text: only sure values, never a placeholder
    footer_bits = [
        x
        for x in (
            member_name if isinstance(member_name, str) else "",
            f"Member ID {member_id}" if isinstance(member_id, str) else "",
            f"Claim {claim_numbers}" if isinstance(claim_numbers, str) and claim_numbers else "",
        )
        if x
    ]

    return ClaimFacts(
        claim_numbers=claim_numbers,
        dates_text=dates_text,
        codes=codes,
        notice_date=notice_date,
        amount=amount,
        family_owes=family_owes,
        categories=categories,
        denial_reason=denial_reason,
        plan_name=plan_name,
        notice_kind=notice_kind,
        call_codes=call_codes,
        re_block=re_block,
        footer=" \u00b7 ".join(footer_bits),
    )
