"""The people of a letter: the member, the patient, the IBCLC and the practice, the
insurer, who sends and who signs; each from the profile, or from the notice when sure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...corrections import claim_paths
from ...models import Claim, Decision, ParseResult
from ..profile import Profile
from .sure import Stater
from .text import Phrase, join, unique

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


@dataclass
class People:
    """Who a letter names, each value a placeholder when nobody supplied it."""

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
    ibclc_plain: str
    npi_plain: str | None
    named: str
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


def gather_people(
    pr: ParseResult,
    dec: Decision,
    prof: Profile,
    claims: list[Claim],
    st: Stater,
    need: Any,
    *,
    voice: str,
) -> People:
    """The people of the letters of one case, in the order their placeholders appear."""
    provider_voice = voice == "provider"
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
    if patients and not st.trust_all:
        # a claim of the letter whose patient was not read: the names read are not all
        unsure_patients += [
            f"claims.{i}.patient_name"
            for i, c in enumerate(pr.claims)
            if not c.patient_name and any(c is k for k in claims)
        ]
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

    return People(
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
    )
