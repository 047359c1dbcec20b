"""An 835's claims: CLP/SVC/CAS/DTM segments into claims and service lines, and whether each is denied."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from ..knowledge import carc_codes, lactation_codes, rarc_codes
from ..models import (
    Adjustment,
    Claim,
    Denial,
    ParseResult,
    Provider,
    ServiceLine,
)
from . import normalize as nz
from .classify import classify
from .x12_segments import (
    date8,
    el,
    money,
    segment_name,
)

ZERO = Decimal("0.00")


# CLP06 claim filing indicator -> (plan type, funding)
FILING_INDICATOR = {
    "MC": (None, "medicaid"),
    "CH": (None, "tricare"),  # CHAMPUS, TRICARE's old name
    "FI": (None, "fehb"),  # Federal Employees Program
    "MA": (None, "medicare"),
    "MB": (None, "medicare"),
    "16": ("HMO", "medicare"),
    "HM": ("HMO", "unknown"),
    "12": ("PPO", "unknown"),
    "13": ("POS", "unknown"),
    "14": ("EPO", "unknown"),
    "15": ("Indemnity", "unknown"),
    "CI": (None, "unknown"),
    "BL": (None, "unknown"),
}


DENIED_STATUS = {"4"}


REVERSAL_STATUS = {"22"}


# CARCs that do not deny anything: cost sharing, contractual write-down, prior payer,
# sequestration, processed in excess of charges
NOT_A_DENIAL = {"1", "2", "3", "23", "45", "94", "253"}


PATIENT_SHARE = {"1", "2", "3"}


@dataclass
class ClaimState:
    claim: Claim
    status: str
    filing: str
    subscriber: tuple[str | None, str | None] | None = None
    patient: tuple[str | None, str | None] | None = None
    claim_adjs: list[Adjustment] = field(default_factory=list)
    claim_rarcs: list[str] = field(default_factory=list)
    claim_date: date | None = None
    has_rendering: bool = False


@dataclass
class Payee:
    name: str | None = None
    npi: str | None = None


def claim_segment(
    seg: list[str], cur: ClaimState, line: ServiceLine | None, comp: str, result: ParseResult
) -> ServiceLine | None:
    """One segment of loop 2100 (claim) or 2110 (service line); returns the current line."""
    tag = seg[0]
    claim = cur.claim
    if tag == "NM1":
        qual = el(seg, 1)
        ident = el(seg, 9) if el(seg, 8) != "34" else ""  # never carry a social security number
        if qual == "QC":
            claim.patient_name = segment_name(seg)
            cur.patient = (claim.patient_name, ident or None)
        elif qual == "IL":
            cur.subscriber = (segment_name(seg), ident or None)
        elif qual == "82":
            cur.has_rendering = True
            claim.provider.name = segment_name(seg)
            if el(seg, 8) == "XX" and nz.is_valid_npi(el(seg, 9)):
                claim.provider.npi = el(seg, 9)
    elif tag == "REF" and line is None and el(seg, 1) in ("1L", "6P"):
        if result.plan.group_number is None:
            result.plan.group_number = el(seg, 2) or None
    elif tag == "REF" and line is None and el(seg, 1) == "CE":
        if result.plan.name is None:
            result.plan.name = el(seg, 2) or None
    elif tag == "MOA":
        for k in (3, 4, 5, 6, 7):
            _add_rarc(cur, line, el(seg, k))
    elif tag == "MIA":
        for k in (5, 20, 21, 22, 23):
            _add_rarc(cur, line, el(seg, k))
    elif tag == "SVC":
        parts = el(seg, 1).split(comp)
        units_text = el(seg, 5)
        try:
            units: int | None = (
                int(Decimal(units_text)) if units_text else 1
            )  # TR3: absent means one
        except InvalidOperation:
            units = None
        line = ServiceLine(
            procedure_code=parts[1].strip() if len(parts) > 1 and parts[1].strip() else None,
            modifiers=[p.strip() for p in parts[2:6] if p.strip()],
            billed=money(el(seg, 2)),
            paid=money(el(seg, 3)),
            units=units,
            patient_responsibility=ZERO,
        )
        claim.service_lines.append(line)
    elif tag == "DTM":
        qual, d = el(seg, 1), date8(el(seg, 2))
        if line is not None and qual in ("472", "150"):
            line.date_of_service = d
        elif line is None and qual in ("232", "472") and cur.claim_date is None:
            cur.claim_date = d
    elif tag == "CAS":
        group = el(seg, 1)
        for k in range(2, len(seg), 3):
            code, amount = el(seg, k), money(el(seg, k + 1))
            if not code:
                continue
            adj = Adjustment(group=group or None, code=code, amount=amount)
            if line is not None:
                line.adjustments.append(adj)
                if group == "PR" and amount is not None:
                    line.patient_responsibility = (line.patient_responsibility or ZERO) + amount
            else:
                cur.claim_adjs.append(adj)
    elif tag == "AMT" and el(seg, 1) == "B6" and line is not None:
        line.allowed = money(el(seg, 2))
    elif tag == "LQ" and el(seg, 1) == "HE":
        _add_rarc(cur, line, el(seg, 2))
    return line


def plan_and_member(result: ParseResult, states: list[ClaimState]) -> None:
    types: set[str | None] = set()
    funding_votes: list[str] = []
    for st in states:
        ptype, funding = FILING_INDICATOR.get(st.filing, (None, "unknown"))
        types.add(ptype)
        funding_votes.append(funding)
    if len(types) == 1:
        result.plan.type = types.pop()
    known = {v for v in funding_votes if v != "unknown"}
    result.plan.funding = known.pop() if len(known) == 1 else "unknown"
    members = {st.subscriber or st.patient for st in states}
    if len(members) == 1:
        only = members.pop()
        if only is not None:
            result.member.name, result.member.id = only
    else:
        # several people: the plan's group and class are not one member's either
        result.plan.group_number = None
        result.plan.name = None


def _add_rarc(cur: ClaimState, line: ServiceLine | None, code: str) -> None:
    code = code.strip()
    if not code or nz.find_rarcs(code) != [code]:
        return
    target = line.remark_codes if line is not None else cur.claim_rarcs
    if code not in target:
        target.append(code)


def _is_lactation(claim: Claim) -> bool:

    known = lactation_codes()
    return any(sl.procedure_code in known for sl in claim.service_lines if sl.procedure_code)


def finish(cur: ClaimState, payee: Payee) -> None:

    claim = cur.claim
    if not cur.has_rendering:
        claim.provider = Provider(name=payee.name, npi=payee.npi, network=None)
    if not claim.service_lines:
        claim.service_lines.append(
            ServiceLine(
                date_of_service=cur.claim_date,
                billed=claim.totals.billed,
                paid=claim.totals.paid,
                patient_responsibility=claim.totals.patient_responsibility,
                adjustments=list(cur.claim_adjs),
                remark_codes=list(cur.claim_rarcs),
            )
        )
    else:
        for sl in claim.service_lines:
            if sl.date_of_service is None:
                sl.date_of_service = cur.claim_date
        first = claim.service_lines[0]
        first.adjustments.extend(cur.claim_adjs)
        if len(claim.service_lines) == 1:
            for a in cur.claim_adjs:
                if a.group == "PR" and a.amount is not None:
                    first.patient_responsibility = (first.patient_responsibility or ZERO) + a.amount
        for r in cur.claim_rarcs:
            if r not in first.remark_codes:
                first.remark_codes.append(r)
    allowed = [sl.allowed for sl in claim.service_lines]
    if allowed and all(a is not None for a in allowed):
        claim.totals.allowed = sum(allowed, ZERO)  # type: ignore[arg-type]
    _decide_denial(cur)


def _decide_denial(cur: ClaimState) -> None:
    """Denied or not, from the claim status, its adjustments and the patient share."""

    claim = cur.claim
    carc: list[str] = []
    rarc: list[str] = []
    denying = False
    for sl in claim.service_lines:
        for a in sl.adjustments:
            v = f"{a.group}-{a.code}" if a.group else nz.format_carc(None, a.code)
            if v not in carc:
                carc.append(v)
            if a.code not in NOT_A_DENIAL and (a.amount is None or a.amount != ZERO):
                denying = True
        for r in sl.remark_codes:
            if r not in rarc:
                rarc.append(r)
    billed = claim.totals.billed or ZERO
    paid = claim.totals.paid or ZERO
    share = claim.totals.patient_responsibility or ZERO
    has_adjustments = any(sl.adjustments for sl in claim.service_lines)
    if cur.status in REVERSAL_STATUS:
        denied = False
    else:
        denied = (
            cur.status in DENIED_STATUS
            or denying
            or (share > ZERO and _is_lactation(claim))
            or (billed > ZERO and paid == ZERO and not has_adjustments)
        )
    claim.denied = denied
    claim.diagnosis_codes = []
    if not denied:
        claim.denial = None
        return
    known_carc, known_rarc = carc_codes(), rarc_codes()
    reasons: list[str] = []
    for c in carc:
        info = known_carc.get(c.split("-")[-1])
        if info and info.description not in reasons:
            reasons.append(info.description)
    for r in rarc:
        info = known_rarc.get(r)
        if info and info.description not in reasons:
            reasons.append(info.description)
    reason = " ".join(s if s.endswith(".") else s + "." for s in reasons) or None
    cats, primary = classify(
        reason,
        carc,
        rarc,
        procedure_codes=[sl.procedure_code for sl in claim.service_lines if sl.procedure_code],
        patient_share_only=paid > ZERO and not denying,
    )
    if not cats and share > ZERO:
        cats, primary = ["cost_sharing"], "cost_sharing"
    elif not cats:
        cats, primary = ["other"], "other"
    claim.denial = Denial(
        reason_text=reason, carc=carc, rarc=rarc, categories=cats, primary_category=primary
    )
