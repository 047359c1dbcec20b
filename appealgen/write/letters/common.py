"""What every letter of a case shares: the people, the claim and its reference block, the
venue and deadlines, the arguments for the letter's audience, the enclosures, and the
template variables every letter receives.

:func:`shared` gathers them once per letter; each letter's own module
(``write/letters/<kind>.py``) adds its variables from them. Facts reach the letters
only through here: a value the letter needs and nobody supplied is a ``Placeholder``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ... import clock
from ...corrections import CheckItem, check_item, unsure_paths
from ...letters import letter as registry_entry
from ...models import Case, Claim, Decision, DocumentPlan, ParseResult, Venue
from ..profile import Profile
from .arguments import chosen_arguments
from .text import Phrase, Placeholder, fmt_date, fmt_money, join, shorten, unique

DEFAULT_CALL_CODES = "S9443 or 99401\u201399404"
LACTATION_DIAGNOSIS = "Z39.1"
STANDARD_CODES = ("S9443", "99401", "99402", "99403", "99404")
# A billing provider named like a practice, not a person (no credential to ask for)
_ORG_WORDS = re.compile(
    r"\b(?:LLC|PLLC|Inc|Corp|Collaborative|Clinic|Center|Centre|Group|Services|Associates|"
    r"Practice|Partners|Hospital|Health|Care|Lactation|Network|Company)\b\.?",
    re.IGNORECASE,
)
_PRINTED_CREDENTIAL = re.compile(
    r",\s*((?:IBCLC|RN|CLC|MD|DO|NP|CNM|LC|RLC)(?:,\s*[A-Z-]{2,6})*)\s*$"
)
# What a letter sent after the appeal encloses
ENCLOSE_APPEAL = "Copy of the appeal letter sent to the plan, and any answer to it"


# --------------------------------------------------------------------------
# Claim helpers


def claims_for(case: Case, plan: DocumentPlan | None) -> list[Claim]:
    """The claims a document is about: its plan's claim numbers, else every denied claim.
    A claim that was paid is never among them."""
    denied = case.parse.denied_claims
    if plan and plan.claim_numbers:
        chosen = [c for c in denied if c.claim_number in plan.claim_numbers]
        return chosen or denied
    return denied


def codes_text(claims: list[Claim]) -> str:
    """ "S9443-GT, 99403; diagnosis Z39.1": the procedure and diagnosis codes as billed."""
    procs, diags = [], []
    for c in claims:
        for line in c.service_lines:
            if line.procedure_code:
                mods = "-".join(line.modifiers)
                procs.append(f"{line.procedure_code}-{mods}" if mods else line.procedure_code)
            diags.extend(line.diagnosis_codes)
        diags.extend(c.diagnosis_codes)
    procs, diags = unique(procs), unique(diags)
    text = ", ".join(procs)
    if diags:
        text += ("; " if text else "") + "diagnosis " + ", ".join(diags)
    return text


def total(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal("0")) if present else None


def state_name(code: str) -> str:
    """ "Massachusetts" for "MA", from the regulators table; the code itself if unknown."""
    if not code:
        return ""
    try:
        from ... import knowledge

        row = getattr(knowledge, "regulators", dict)().get(code.upper())
    except Exception:  # noqa: BLE001 - a name is a nicety; the code still reads fine
        row = None
    if not row:
        return code
    name = row.get("state_name") if isinstance(row, dict) else getattr(row, "state_name", None)
    return str(name or code)


# --------------------------------------------------------------------------
# Only what is sure


class Stater:
    """Says a fact of the notice only when it is sure (the reader is sure of it, or the
    profile or the person gave it); otherwise a placeholder, and a question for the person
    (``checks``, shown before anything else to fill in)."""

    def __init__(self, parse: ParseResult, seen: list[str], *, trust_all: bool = False) -> None:
        self.parse = parse
        self.seen = seen
        self.trust_all = trust_all  # a prepared case is written from the profile alone
        self.checks: list[CheckItem] = []

    def unsure(self, paths: Iterable[str]) -> list[str]:
        """The paths among ``paths`` holding a value a letter may not state."""
        return [] if self.trust_all else unsure_paths(self.parse, list(paths))

    def ask(self, paths: list[str], label: str) -> Placeholder:
        for path in paths:
            if all(c.path != path for c in self.checks):
                item = check_item(self.parse, path, label)
                # whether a claim was denied, then why, come before every other check
                rank = _check_rank(path)
                at = sum(1 for c in self.checks if _check_rank(c.path) <= rank)
                self.checks.insert(at, item)
        return Placeholder(label, self.seen)

    def value(self, path: str, value: Any, label: str) -> Any:
        """``value`` when it is sure or empty; else a placeholder labelled ``label``."""
        bad = self.unsure([path])
        return self.ask(bad, label) if bad else value

    def profile_first(self, path: str, read: Any, from_profile: Any, label: str) -> Any:
        """The person's correction, else the profile's value, else the notice's when sure."""
        ev = self.parse.evidence.get(path)
        if ev is not None and ev.source == "person":
            return read
        return from_profile or self.value(path, read, label)


# the checks asked first, in this order: was it denied, and why
_FIRST_CHECKS = (".denied", ".denial.primary_category")


def _check_rank(path: str) -> int:
    return next((n for n, end in enumerate(_FIRST_CHECKS) if path.endswith(end)), 99)


def claim_index(parse: ParseResult, claim: Claim) -> int:
    return next(i for i, c in enumerate(parse.claims) if c is claim)


def claim_paths(parse: ParseResult, claims: list[Claim], *fields: str) -> list[str]:
    """``claims.N.<field>`` for each claim; ``line.<field>`` for each of its service lines."""
    out: list[str] = []
    for claim in claims:
        i = claim_index(parse, claim)
        for f in fields:
            if f.startswith("line."):
                out += [
                    f"claims.{i}.service_lines.{j}.{f[5:]}" for j in range(len(claim.service_lines))
                ]
            else:
                out.append(f"claims.{i}.{f}")
    return out


# --------------------------------------------------------------------------
# What every letter shares


@dataclass
class Shared:
    """The facts of one case as one letter uses them (built by :func:`shared`)."""

    case: Case
    prof: Profile
    voice: str
    kind: str
    plan: DocumentPlan | None
    prospective: bool
    seen: list[str]  # placeholder labels, in the order the letter renders them
    checks: list[CheckItem]  # facts the reader is not sure of, to ask the person first
    claims: list[Claim]
    # people
    member_name: Any
    member_id: Any
    member_phone: Any
    member_lines: Any
    state: str
    state_name: str
    ibclc_name: Any
    ibclc_cred: Any
    ibclc_full: Phrase
    ibclc_npi: Any
    ibclc_plain: str  # the IBCLC's name with no placeholder or credential, or "the IBCLC"
    npi_plain: str | None
    named: str  # the provider as the profile or the claim names them
    provider_is_org: bool
    practice_name: Any
    practice_lines: Any
    practice_phone: Any
    patients: list[str]
    patient_text: Any
    patient_phrase: Any
    baby_name: Any
    payer_name: Any
    payer_phone: Any
    funding: str
    sender: dict[str, Any]
    signer: dict[str, Any]
    we: str
    us: str
    we_cap: str
    # the claim (each a placeholder when the reader is not sure of it)
    claim_numbers: Any
    dates_text: Any
    codes: Any
    notice_date: Any
    amount: Any
    family_owes: bool
    categories: list[str]
    denial_reason: Any
    plan_name: str
    notice_kind: str
    call_codes: str
    re_block: dict[str, Any]
    # the decision
    venue: Venue
    venue_ctx: dict[str, str]
    deadlines: dict[str, str]
    final_denial: bool
    arguments: list[dict[str, Any]]
    sources: list[str]
    gap: bool  # the letter is about a network gap
    employer_phrase: Any
    footer: str
    today: str
    stater: Stater

    @property
    def pr(self) -> ParseResult:
        return self.case.parse

    @property
    def dec(self) -> Decision:
        return self.case.decision

    @property
    def provider_voice(self) -> bool:
        return self.voice == "provider"

    def need(self, value: Any, label: str) -> Any:
        """``value``, or a placeholder labelled ``label`` when it is empty."""
        if isinstance(value, list):
            value = [v for v in value if v]
            return value if value else [Placeholder(label, self.seen)]
        return value if value not in (None, "") else Placeholder(label, self.seen)

    def placeholder(self, label: str) -> Placeholder:
        return Placeholder(label, self.seen)

    def enclosures(self, *extra: str) -> list[str]:
        """The enclosure checklist: the notice, the bill, credentials, the doctor's note, the
        providers tried, then ``extra``, then (for the practice) the signed designation."""
        prof = self.prof
        out: list[str] = []
        if not self.prospective:
            # plain text: the notice's date only when it is sure
            known = isinstance(self.notice_date, str) and self.notice_date
            when = f" dated {self.notice_date}" if known else ""
            out.append(f"Copy of the {self.notice_kind}{when}")
            out.append(f"Superbill or receipt from {self.ibclc_plain}")
        npi = self.npi_plain
        if self.ibclc_plain == "the IBCLC":
            out.append("The IBCLC's credential" + (f" and NPI {npi}" if npi else " and NPI"))
        elif self.provider_is_org:
            out.append(
                f"IBCLC credential of the lactation consultant at {self.ibclc_plain}"
                + (f", and NPI {npi}" if npi else "")
            )
        elif npi:
            out.append(f"IBCLC credential of {self.ibclc_plain} and NPI {npi}")
        else:
            out.append(f"IBCLC credential and NPI of {self.ibclc_plain}")
        out.append(
            "Referral or letter of medical necessity from the baby's pediatrician or the OB, "
            "if you have one"
        )
        if self.gap or prof.in_network_tried:
            out.append("List of in-network providers contacted, with dates and what they said")
        out.extend(extra)
        if self.provider_voice:
            out.append("Signed designation of authorized representative")
        return out

    def plan_recipient(self) -> Any:
        """The decision's recipient for this document; "Your …" becomes a placeholder."""
        name: Any = (self.plan.recipient if self.plan and self.plan.recipient else "") or ""
        if isinstance(name, str) and name.lower().startswith("your "):
            return Placeholder(name[0].lower() + name[1:], self.seen)
        return name

    def appeals_recipient(self, attn: str, salutation: str = "Appeals Reviewer") -> dict:
        """The plan's appeals address, marked for ``attn``."""
        lines = self.need(
            list(self.prof.plan.appeals_address), "the appeals address printed on your notice"
        )
        return {
            "name": self.payer_name,
            "lines": [attn, *lines],
            "fax": self.prof.plan.appeals_fax,
            "url": "",
            "salutation": salutation,
        }

    def claim_values(self, c: Claim) -> dict[str, Any]:
        """One claim's facts for a template, each a placeholder when it is not sure."""
        st, i = self.stater, claim_index(self.pr, c)
        codes = st.unsure(claim_paths(self.pr, [c], "line.procedure_code", "line.modifiers"))
        return {
            "claim_number": st.value(
                f"claims.{i}.claim_number", c.claim_number, "the claim number"
            ),
            "patient_name": st.value(
                f"claims.{i}.patient_name", c.patient_name, "the patient's name"
            ),
            "codes": st.ask(codes, "the codes billed") if codes else codes_text([c]),
            "amount": st.value(
                f"claims.{i}.totals.patient_responsibility",
                fmt_money(c.totals.patient_responsibility),
                "the amount billed to you",
            ),
            "reason": st.value(
                f"claims.{i}.denial.reason_text",
                c.denial.reason_text if c.denial else "",
                "the reason printed on your notice",
            ),
        }

    def values(self) -> dict[str, Any]:
        """The variables every template receives (docs/templates.md); a letter's module adds
        or replaces its own."""
        prof, pr = self.prof, self.pr
        return {
            "kind": self.kind,
            "voice": self.voice,
            "today": self.today,
            "is_prospective": self.prospective,
            "we": self.we,
            "us": self.us,
            "we_cap": self.we_cap,
            "ask_verb": "request",
            "subject": Phrase(""),
            "footer": self.footer,
            "sender": self.sender,
            "signer": self.signer,
            "member": {
                "name": self.member_name,
                "id": self.member_id,
                "phone": self.member_phone,
                "email": prof.member.email,
                "lines": self.member_lines,
                "state": self.state,
            },
            "baby": {"name": self.baby_name, "birth_date": fmt_date(prof.baby.birth_date)},
            "provider": {
                "name": self.ibclc_name,
                "credentials": self.ibclc_cred,
                "full": self.ibclc_full,
                "npi": self.ibclc_npi,
                "practice": self.practice_name,
                "lines": self.practice_lines,
                "phone": self.practice_phone,
            },
            "payer": {"name": self.payer_name, "phone": self.payer_phone},
            "plan": {
                "name": self.plan_name,
                "funding": self.funding,
                "group_number": self.stater.value(
                    "plan.group_number", pr.plan.group_number, "your group number"
                )
                or prof.plan.group_number,
            },
            "recipient": {
                "name": self.payer_name,
                "lines": [],
                "fax": prof.plan.appeals_fax,
                "url": "",
                "salutation": "Appeals Reviewer",
            },
            "re": self.re_block,
            "claims": [self.claim_values(c) for c in self.claims],
            "denial_reason": self.denial_reason,
            "arguments": self.arguments,
            "sources": self.sources,
            "documents_requested": [],
            "enclosures": [],
            "venue": self.venue_ctx,
            "deadlines": self.deadlines,
            # after a final denial: Medicaid goes to a state fair hearing, others to external review
            "next_review": "a state fair hearing"
            if self.funding == "medicaid"
            else "an external review",
            "employer": {"name": prof.employer.name},
            "employer_phrase": self.employer_phrase,
            # a late request: what the letter asks first, and the good cause for it
            "late_request": "",
            "good_cause": [],
        }


def shared(
    case: Case,
    profile: Profile | None,
    *,
    voice: str,
    kind: str,
    plan: DocumentPlan | None = None,
    today: date | None = None,
    prospective: bool = False,
    library: Callable[[], tuple[dict, dict]] | None = None,
) -> Shared:
    """Gather what every letter of ``case`` shares, as letter ``kind`` uses it."""
    prof = profile or Profile()
    seen: list[str] = []

    def need(value: Any, label: str) -> Any:
        if isinstance(value, list):
            value = [v for v in value if v]
            return value if value else [Placeholder(label, seen)]
        return value if value not in (None, "") else Placeholder(label, seen)

    pr, dec = case.parse, case.decision
    claims = [] if prospective else claims_for(case, plan)
    provider_voice = voice == "provider"
    st = Stater(pr, seen, trust_all=prospective)

    # --- people ------------------------------------------------------------
    member_name = need(
        st.profile_first("member.name", pr.member.name, prof.member.name, "your name"),
        "your name",
    )
    member_id = need(
        st.profile_first("member.id", pr.member.id, prof.member.id, "your member ID"),
        "your member ID",
    )
    member_phone = need(prof.member.phone, "your phone number")
    member_lines = need(list(prof.member.address), "your mailing address")
    state = (
        prof.member.state
        or (pr.member.state if not st.unsure(["member.state"]) else None)
        or (pr.payer.state if not st.unsure(["payer.state"]) else None)
        or ""
    )
    claim_provider = next((c.provider for c in claims if c.provider and c.provider.name), None)
    ibclc_name = need(
        prof.provider.name or (claim_provider.name if claim_provider else None), "the IBCLC's name"
    )
    # "Jane Doe, IBCLC" already carries its credential; asking again reads oddly
    named = prof.provider.name or (claim_provider.name if claim_provider else None) or ""
    printed_cred = _PRINTED_CREDENTIAL.search(named)
    ibclc_cred = need(
        prof.provider.credentials or (printed_cred.group(1) if printed_cred else None),
        "the IBCLC's credentials",
    )
    if printed_cred and not prof.provider.credentials and not prof.provider.name:
        ibclc_name = named[: printed_cred.start()].strip()
    # a claim billed by a practice ("Ohio Valley Lactation Collaborative") names no person:
    # no credential to ask for, and in the provider's voice it is the practice itself
    provider_is_org = not prof.provider.name and not printed_cred and bool(_ORG_WORDS.search(named))
    if provider_is_org and not prof.provider.credentials:
        ibclc_cred = ""
    ibclc_full = Phrase(ibclc_name, ", ", ibclc_cred) if ibclc_cred else Phrase(ibclc_name)
    ibclc_npi = need(
        prof.provider.npi or (claim_provider.npi if claim_provider else None), "the IBCLC's NPI"
    )
    practice_name = need(
        prof.provider.practice_name or prof.provider.name or (named if provider_is_org else None),
        "the practice's name",
    )
    practice_lines = need(list(prof.provider.address), "the practice's address")
    practice_phone = need(prof.provider.phone, "the practice's phone number")
    patients = unique(c.patient_name for c in claims)
    unsure_patients = st.unsure(claim_paths(pr, claims, "patient_name"))
    patient_text: Any = join(patients) or prof.baby.name or ""
    if unsure_patients:
        patients = []
        patient_text = st.ask(unsure_patients, "the patient's name")
    patient_phrase = patient_text or need(None, "the patient's name")
    baby_name = need(prof.baby.name, "your baby's name")
    ibclc_plain = (
        prof.provider.name
        or (named[: printed_cred.start()].strip() if printed_cred else named)
        or "the IBCLC"
    )

    payer_name = need(pr.payer.name or prof.plan.payer, "your insurance company's name")
    payer_phone = need(
        pr.payer.phone or prof.plan.member_services_phone,
        "the member services phone number on your ID card",
    )
    # the funding the decision was made for (the profile's, the person's, or a sure reading)
    funding = getattr(dec, "funding", None) or "unknown"
    if funding == "unknown":
        read_funding = pr.plan.funding if not st.unsure(["plan.funding"]) else "unknown"
        funding = read_funding if read_funding != "unknown" else (prof.plan.funding or "unknown")

    if provider_voice:
        sender = {
            "name": practice_name,
            "credentials": Phrase(prof.provider.name, ", ", prof.provider.credentials)
            if prof.provider.practice_name and prof.provider.name
            else "",
            "lines": practice_lines,
            "phone": practice_phone,
            "email": prof.provider.email,
            "letterhead": prof.provider.letterhead,
            "ids": Phrase(
                "NPI ",
                ibclc_npi,
                " \u00b7 Tax ID ",
                need(prof.provider.tax_id, "the practice's tax ID"),
            ),
        }
        signer_name = prof.provider.billing_contact or (
            need(None, "the name of the person signing") if provider_is_org else ibclc_full
        )
        signer = {
            "name": signer_name,
            "lines": [practice_name, Phrase("Authorized representative of ", member_name)],
        }
        we, us, we_cap = "we", "us", "We"
    else:
        sender = {
            "name": member_name,
            "credentials": "",
            "lines": member_lines,
            "phone": member_phone,
            "email": prof.member.email,
            "letterhead": "",
            "ids": "",
        }
        signer = {"name": member_name, "lines": []}
        we, us, we_cap = "I", "me", "I"

    # --- the claim: each fact only when sure -----------------------------------
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
    categories = unique(cat for c in claims if c.denial for cat in c.denial.categories)
    # the category chooses the arguments: an unsure one is asked about first
    category_unsure = st.unsure(claim_paths(pr, claims, "denial.primary_category"))
    if category_unsure:
        st.ask(category_unsure, "the reason for the denial")
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
    plan_type = pr.plan.type if not st.unsure(["plan.type"]) else None
    if plan_type and isinstance(plan_name, str) and plan_type.lower() not in plan_name.lower():
        plan_name = f"{plan_name} ({plan_type})" if plan_name else plan_type
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

    # --- venue and deadlines ---------------------------------------------------
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

    # --- arguments, for the audience the letter speaks to --------------------------
    entry = registry_entry(kind)
    audience = entry.audience
    arguments, sources = (
        ([], [])
        if audience is None
        else chosen_arguments(
            case,
            library,
            voice=voice,
            prospective=prospective,
            audience=audience,
            to_plan=entry.to_plan,
        )
    )

    return Shared(
        case=case,
        prof=prof,
        voice=voice,
        kind=kind,
        plan=plan,
        prospective=prospective,
        seen=seen,
        checks=st.checks,
        claims=claims,
        member_name=member_name,
        member_id=member_id,
        member_phone=member_phone,
        member_lines=member_lines,
        state=state,
        state_name=state_name(state),
        ibclc_name=ibclc_name,
        ibclc_cred=ibclc_cred,
        ibclc_full=ibclc_full,
        ibclc_npi=ibclc_npi,
        ibclc_plain=ibclc_plain,
        npi_plain=prof.provider.npi or (claim_provider.npi if claim_provider else None),
        named=named,
        provider_is_org=provider_is_org,
        practice_name=practice_name,
        practice_lines=practice_lines,
        practice_phone=practice_phone,
        patients=patients,
        patient_text=patient_text,
        patient_phrase=patient_phrase,
        baby_name=baby_name,
        payer_name=payer_name,
        payer_phone=payer_phone,
        funding=funding,
        sender=sender,
        signer=signer,
        we=we,
        us=us,
        we_cap=we_cap,
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
        venue=venue,
        venue_ctx=venue_ctx,
        deadlines=deadlines,
        final_denial=final_denial,
        arguments=arguments,
        sources=sources,
        gap="out_of_network" in categories or prospective or kind == "gap_exception",
        employer_phrase=Phrase(" for ", prof.employer.name) if prof.employer.name else "",
        footer=" \u00b7 ".join(footer_bits),
        today=fmt_date(today or clock.today()),
        stater=st,
    )


# --------------------------------------------------------------------------
# Pieces several letters use


def plan_track(s: Shared) -> dict[str, Any]:
    """The decision's plan-type track (data/tracks.yaml): which rules reach the plan."""
    from ... import knowledge

    table = knowledge.tracks()
    return table.get(getattr(s.case.decision, "track", None) or "") or next(
        t for t in table.values() if t["funding"] == s.funding and t["default"]
    )


def claim_file_requests(s: Shared) -> list[Any]:
    """The documents to ask the plan for (29 CFR 2560.503-1(h)(2)(iii)): the claim file,
    the plan's terms, the internal rule relied on, the codes; and, where the letter is
    about a network gap, the plan's list of in-network lactation consultants."""
    docs: list[Any] = []
    if not s.prospective:
        docs += [
            "the complete claim file, including notes, reviews and call records about this claim",
            "any internal rule, guideline, protocol or criterion used in deciding the claim",
            "the diagnosis and treatment codes on the claim and what they mean",
        ]
        if plan_track(s)["erisa_claims"]:  # an ERISA-style plan document and SPD
            docs.insert(
                1,
                "the sections of the plan document and summary plan description "
                "on lactation support, preventive care and out-of-network services",
            )
    return docs


def network_list_request(s: Shared) -> Phrase:
    return Phrase(
        "the plan's list of in-network lactation consultants (IBCLCs) who serve ",
        s.state_name or "my area",
        ", with their phone numbers",
    )


def with_document_rule(s: Shared, docs: list[Any]) -> list[str]:
    """The letter's sources, plus the rule that gives free access to the documents asked for
    (commercial plans; Medicaid and Medicare have their own)."""
    sources = list(s.sources)
    if (
        docs
        and plan_track(s)["erisa_claims"]
        and not s.prospective
        and not any("2560.503-1" in src for src in sources)
    ):
        sources.append(
            "29 CFR 2560.503-1(h)(2)(iii) and (m)(8): free access to all documents relevant "
            "to the claim; (g)(1)(v)(A): any internal rule relied on, free on request"
        )
    return sources


def timeline(s: Shared) -> list[Any]:
    """What happened, for a regulator: the visit, the denial, the amount, the appeal."""
    notice_when = Phrase(" (notice dated ", s.notice_date, ")") if s.notice_date else ""
    out: list[Any] = [
        Phrase(
            "On ",
            s.dates_text or s.need(None, "the date of the visit"),
            ", ",
            s.ibclc_full,
            ", provided lactation support to ",
            s.patient_phrase,
            ".",
        ),
        Phrase(
            s.payer_name,
            " denied claim ",
            s.claim_numbers or s.need(None, "the claim number"),
            notice_when,
            ", giving this reason: \u201c",
            s.denial_reason,
            "\u201d.",
        ),
    ]
    if s.amount:
        out.append(
            Phrase(
                "The amount the plan left to the family: " if s.family_owes else "Left unpaid: ",
                s.amount,
                ".",
            )
        )
    out.append(
        "The plan has decided the internal appeal against us; its decision is final."
        if s.final_denial
        else Phrase(s.we_cap, " have also appealed to the plan; a copy of the appeal is enclosed.")
    )
    return out


def regulator_requests(s: Shared) -> list[Any]:
    """What a regulator is asked to do."""
    return [
        "Review whether the plan followed the federal preventive-services rules in denying this "
        "claim.",
        Phrase(
            "Ask the plan to reprocess claim ",
            s.claim_numbers or "above",
            " and pay it without cost sharing.",
        ),
        "Ask the plan to cover lactation care by IBCLCs, including home visits, for other "
        "members too.",
        Phrase("Tell ", s.us, " what you find."),
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
            s.we_cap,
            " ask you to accept it for good cause and to decide it on its merits.",
        )
    else:
        request = Phrase(
            f"If you count this {step} as late, ",
            s.we,
            " ask you to accept it for good cause and to decide it on its merits.",
        )
    baby = s.prof.baby.name
    family = "the family" if s.provider_voice else s.us
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
    if s.funding in _NOTICE_RULE_FUNDING:
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
    cause.append(Phrase(s.we_cap, verb, " sending it now, with everything needed to decide it."))
    return request, cause


# --------------------------------------------------------------------------
# Citations printed in a letter's own sentences (data/citations.yaml)

_REGIME = {"self_funded": ("erisa",), "fully_insured": ("hhs",), "governmental": ("hhs",)}
# Plans the ERISA claims rule and the ACA appeal rules reach
CLAIMS_RULE_FUNDING = ("fully_insured", "self_funded", "governmental", "unknown")


def cite(s: Shared, cid: str) -> str:
    """A citation's text for this plan (the regime's variant; every variant when unknown),
    added to the letter's sources with its URL."""
    from ... import knowledge

    entry = knowledge.citations()[cid]
    variants = entry.get("variants") or {}
    picked = [variants[k] for k in _REGIME.get(s.funding, ("hhs", "erisa")) if k in variants]
    picked = picked or list(variants.values())
    texts = [str(v["text"]) for v in picked]
    for v in picked:
        src = f"{v['text']} \u2014 {v['url']}" if v.get("url") else str(v["text"])
        if src not in s.sources:
            s.sources.append(src)
    return " and ".join(texts)


def co_amount(s: Shared) -> Decimal | None:
    """What the plan adjusted under group CO on the letter's claims (not the family's to pay)."""
    amounts = [
        adj.amount
        for claim in s.claims
        for ln in claim.service_lines
        for adj in ln.adjustments
        if (adj.group or "").upper() == "CO" and adj.amount
    ]
    return sum(amounts, Decimal("0")) if amounts else None
