"""The corrected-claim request to the provider's billing office: the notice names a billing
defect (CARC 16 with N290, MA130, CARC 11 ...), which a corrected claim fixes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ... import knowledge
from .common import Shared
from .sure import claims_for
from .text import Phrase, fmt_date, fmt_money, unique

# What the billing office is told about coding lactation care (DOMAIN.md 7.1-7.2)
CODING_GUIDE = (
    "For the visit: S9443 (lactation classes, non-physician provider) or the preventive "
    "counseling codes 99401\u201399404, as the plan accepts.",
    "For a lactation visit: Z39.1 (encounter for care and examination of a lactating mother) "
    "as the first diagnosis, which supports the preventive purpose of the visit.",
    "For a lactation problem of the parent: the O92 code for it (for example O92.4, "
    "hypogalactia); Z39.1 is not billed with an O92 code for the same problem.",
    "For the baby's feeding problem: the P92 code (for example P92.5, neonatal difficulty in "
    "feeding at breast), on the baby's claim.",
)


def _defect_lines(s: Shared) -> tuple[list[str], list[str]]:
    """What the plan says is wrong (code and meaning), and what to correct, for the letter's
    claims."""
    rules = knowledge.claim_rules().billing_defects
    said, fixes = [], []
    for claim in claims_for(s.case, s.plan):
        if claim.denial is None:
            continue
        printed = {c.split("-", 1)[-1].strip().upper(): c for c in claim.denial.carc}
        rarcs = {r.strip().upper() for r in claim.denial.rarc}
        for d in rules:
            if d.kind == "carc" and d.code in printed:
                said.append(f"{printed[d.code]} (reason code {d.code}): {d.meaning}.")
            elif d.kind == "rarc" and d.code in rarcs:
                said.append(f"{d.code} (remark code): {d.meaning}.")
            else:
                continue
            fixes.append(d.fix)
    return unique(said), unique(fixes)


def _billed_codes(s: Shared) -> list[str]:
    """The claim's own codes, with what each means where the code table knows it."""
    table = knowledge.lactation_codes()
    out = []
    for claim in claims_for(s.case, s.plan):
        codes = [ln.procedure_code for ln in claim.service_lines if ln.procedure_code]
        codes += claim.diagnosis_codes
        codes += [d for ln in claim.service_lines for d in ln.diagnosis_codes]
        for code in codes:
            row = table.get(code.strip().upper())
            out.append(f"{code}: {row.description}" if row else f"{code}")
    return unique(out)


def _co_amount(s: Shared) -> Decimal | None:
    amounts = [
        adj.amount
        for claim in claims_for(s.case, s.plan)
        for ln in claim.service_lines
        for adj in ln.adjustments
        if (adj.group or "").upper() == "CO" and adj.amount
    ]
    return sum(amounts, Decimal("0")) if amounts else None


def context(s: Shared) -> dict[str, Any]:
    defects, fixes = _defect_lines(s)
    family = "the family" if s.provider_voice else s.people.us
    if s.provider_voice:
        opening = Phrase(
            "The plan did not pay claim ",
            s.facts.claim_numbers or s.need(None, "the claim number"),
            f" (care on {s.facts.dates_text})" if s.facts.dates_text else "",
            " because of a billing error it found in the claim, not because of the care. The "
            "claim needs to be corrected and sent to ",
            s.people.payer_name,
            " again before anything else is done.",
        )
    else:
        opening = Phrase(
            "My health plan, ",
            s.people.payer_name,
            ", did not pay claim ",
            s.facts.claim_numbers or s.need(None, "the claim number"),
            " for the lactation care ",
            s.people.ibclc_full,
            " gave",
            f" on {s.facts.dates_text}" if s.facts.dates_text else "",
            ". The plan's notice says the claim itself has a billing error, not that the care "
            "is not covered. Please correct the claim and send it to the plan again.",
        )
    requests: list[Any] = [
        Phrase(
            "Correct the claim as above and send it to ",
            s.people.payer_name,
            " as a corrected claim (or as a new claim, if the plan says the first one could "
            "not be processed), before the plan's time limit for filing claims runs out.",
        ),
        Phrase(
            "Tell ",
            s.people.us,
            " when it has been sent, and send ",
            s.people.us,
            " the plan's answer.",
        ),
    ]
    co = _co_amount(s)
    if co:
        requests.append(
            Phrase(
                "Please do not bill ",
                family,
                f" for the {fmt_money(co)} the plan adjusted under group code CO: that group "
                "code means the amount is not the patient's to pay.",
            )
        )
    requests.append(
        Phrase(
            "If the plan denies the corrected claim for another reason, ",
            s.people.we,
            " will appeal that decision.",
        )
    )
    when = f" dated {fmt_date(s.pr.notice_date)}" if s.pr.notice_date else ""
    return {
        "subject": Phrase(
            "Corrected claim needed \u2014 claim ",
            s.facts.claim_numbers or None,
            ", lactation care",
        ),
        "recipient": {
            "name": Phrase(s.people.practice_name, " \u2014 billing office"),
            "lines": s.people.practice_lines if not s.provider_voice else [],
            "fax": "",
            "url": "",
            "salutation": "Billing Office",
        },
        "corrected_opening": opening,
        "defects": defects or [Phrase("the codes printed on the notice: ", s.facts.denial_reason)],
        "corrections": fixes,
        "billed_codes": _billed_codes(s),
        "coding_guide": list(CODING_GUIDE),
        "corrected_requests": requests,
        "enclosures": [f"Copy of the {s.facts.notice_kind}{when}"],
    }
