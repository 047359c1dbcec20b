"""X12 835 (electronic remittance advice) -> ParseResult.

The delimiters come from the ISA segment itself (element separator at byte 3,
component separator at byte 104, segment terminator at byte 105), so files with
``~``, newlines or other terminators all read the same. Only the segments that
carry what an appeal needs are read; unknown segments are skipped.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from ..errors import InputError, NoClaimError
from ..models import (
    Adjustment,
    Claim,
    Denial,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
)
from . import normalize as nz
from .extract import Document

ZERO = Decimal("0.00")
# CLP06 claim filing indicator -> (plan type, funding)
FILING_INDICATOR = {
    "MC": (None, "medicaid"),
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


def _segments(text: str) -> list[list[str]]:
    raw = text.lstrip("\ufeff \r\n\t")
    if not raw.startswith("ISA") or len(raw) < 106:
        raise InputError("not a valid X12 835 file (no ISA header)")
    elem = raw[3]
    comp = raw[104]
    term = raw[105]
    segs = []
    for s in raw.split(term):
        s = s.strip("\r\n\t ")
        if s:
            segs.append(s.split(elem))
    segs[0].append(comp)  # keep the component separator with ISA
    return segs


def _el(seg: list[str], i: int) -> str:
    return seg[i].strip() if len(seg) > i else ""


def _money(v: str) -> Decimal | None:
    if not v:
        return None
    try:
        return Decimal(v).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _date8(v: str) -> date | None:
    if len(v) == 8 and v.isdigit():
        try:
            return date(int(v[:4]), int(v[4:6]), int(v[6:]))
        except ValueError:
            return None
    return None


def _name(seg: list[str]) -> str | None:
    last, first_, middle = _el(seg, 3), _el(seg, 4), _el(seg, 5)
    if _el(seg, 2) == "2" or not first_:
        return last.title() if last.isupper() else last or None
    parts = [first_, middle, last]
    name = " ".join(p for p in parts if p)
    return name.title() if name.isupper() else name


def parse_835(doc: Document) -> ParseResult:
    text = doc.raw_text or ""
    segs = _segments(text)
    if not any(s[0] == "ST" and _el(s, 1) == "835" for s in segs):
        raise InputError("an X12 file, but not an 835 remittance", file=str(doc.path))
    comp = segs[0][-1]
    result = ParseResult(
        source=Source(file=doc.path.name, sha256=doc.sha256, pages=None, ocr_used=False, kind="remittance_835"),
        payer=Payer(),
        plan=Plan(),
        member=Member(),
    )
    claim: Claim | None = None
    line: ServiceLine | None = None
    entity = None
    funding_votes: list[str] = []
    claim_status = ""
    for seg in segs:
        tag = seg[0]
        if tag == "DTM" and _el(seg, 1) == "405" and claim is None:
            result.notice_date = _date8(_el(seg, 2))
        elif tag == "BPR" and result.notice_date is None:
            result.notice_date = _date8(_el(seg, 16))
        elif tag == "N1":
            entity = _el(seg, 1)
            if entity == "PR":
                result.payer.name = _el(seg, 2) or None
        elif tag == "N4" and entity == "PR" and claim is None:
            st = _el(seg, 2)
            result.payer.state = st if len(st) == 2 else None
        elif tag == "PER" and entity == "PR" and result.payer.phone is None:
            for k in (3, 5, 7):
                if _el(seg, k) == "TE" and _el(seg, k + 1):
                    digits = "".join(ch for ch in _el(seg, k + 1) if ch.isdigit())[-10:]
                    if len(digits) == 10:
                        result.payer.phone = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
                    break
        elif tag == "CLP":
            if claim is not None:
                _finish(claim, claim_status)
            entity = "CLP"
            claim_status = _el(seg, 2)
            claim = Claim(claim_number=_el(seg, 7) or _el(seg, 1) or None)
            claim.totals = Totals(
                billed=_money(_el(seg, 3)),
                paid=_money(_el(seg, 4)),
                patient_responsibility=_money(_el(seg, 5)) or ZERO,
            )
            ptype, funding = FILING_INDICATOR.get(_el(seg, 6), (None, "unknown"))
            if ptype and result.plan.type is None:
                result.plan.type = ptype
            funding_votes.append(funding)
            result.claims.append(claim)
            line = None
        elif claim is None:
            continue
        elif tag == "NM1":
            qual = _el(seg, 1)
            if qual == "QC":
                claim.patient_name = _name(seg)
                if result.member.id is None and _el(seg, 8) in ("MI", "MR"):
                    result.member.id = _el(seg, 9) or None
                if result.member.name is None:
                    result.member.name = claim.patient_name
            elif qual == "IL":
                result.member.name = _name(seg)
                if _el(seg, 9):
                    result.member.id = _el(seg, 9)
            elif qual == "82":
                claim.provider.name = _name(seg)
                if _el(seg, 8) == "XX" and nz.is_valid_npi(_el(seg, 9)):
                    claim.provider.npi = _el(seg, 9)
        elif tag == "REF" and _el(seg, 1) in ("1L", "6P") and result.plan.group_number is None:
            result.plan.group_number = _el(seg, 2) or None
        elif tag == "REF" and _el(seg, 1) == "CE" and result.plan.name is None:
            result.plan.name = _el(seg, 2) or None
        elif tag == "MOA" or tag == "MIA":
            for v in seg[1:]:
                v = v.strip()
                if v and nz.find_rarcs(v) == [v]:
                    _add_rarc(claim, line, v)
        elif tag == "SVC":
            parts = _el(seg, 1).split(comp)
            line = ServiceLine(
                procedure_code=parts[1] if len(parts) > 1 else None,
                modifiers=[p for p in parts[2:6] if p],
                billed=_money(_el(seg, 2)),
                paid=_money(_el(seg, 3)),
                units=int(Decimal(_el(seg, 5))) if _el(seg, 5).replace(".", "", 1).isdigit() else 1,
            )
            line.patient_responsibility = ZERO
            claim.service_lines.append(line)
        elif tag == "DTM" and _el(seg, 1) in ("472", "150", "232"):
            d = _date8(_el(seg, 2))
            if line is not None and _el(seg, 1) in ("472", "150"):
                line.date_of_service = d
            elif line is None and _el(seg, 1) == "232":
                claim._claim_date = d  # type: ignore[attr-defined]
        elif tag == "CAS":
            group = _el(seg, 1)
            for k in range(2, len(seg), 3):
                code, amount = _el(seg, k), _money(_el(seg, k + 1))
                if not code:
                    continue
                adj = Adjustment(group=group, code=code, amount=amount)
                if line is not None:
                    line.adjustments.append(adj)
                    if group == "PR" and amount is not None:
                        line.patient_responsibility = (line.patient_responsibility or ZERO) + amount
                else:
                    claim._claim_adjustments = [*getattr(claim, "_claim_adjustments", []), adj]  # type: ignore[attr-defined]
        elif tag == "AMT" and _el(seg, 1) == "B6" and line is not None:
            line.allowed = _money(_el(seg, 2))
        elif tag == "LQ" and _el(seg, 1) == "HE":
            _add_rarc(claim, line, _el(seg, 2))
        elif tag == "SE":
            if claim is not None:
                _finish(claim, claim_status)
                claim = None
    if claim is not None:
        _finish(claim, claim_status)
    if not result.claims:
        raise NoClaimError("the 835 file holds no claim (no CLP segment)", file=str(doc.path))
    votes = [v for v in funding_votes if v != "unknown"]
    result.plan.funding = votes[0] if votes else "unknown"
    # claims reversed and re-processed appear twice; the reversal is not a denial
    return result


def _add_rarc(claim: Claim, line: ServiceLine | None, code: str) -> None:
    if not code:
        return
    target = line.remark_codes if line is not None else claim.__dict__.setdefault("_claim_rarcs", [])
    if code not in target:
        target.append(code)


def _finish(claim: Claim, status: str) -> None:
    from ..decide.classify import classify
    from ..knowledge import carc_codes

    claim_adjs: list[Adjustment] = getattr(claim, "_claim_adjustments", [])
    claim_rarcs: list[str] = getattr(claim, "_claim_rarcs", [])
    claim_date = getattr(claim, "_claim_date", None)
    for attr in ("_claim_adjustments", "_claim_rarcs", "_claim_date"):
        claim.__dict__.pop(attr, None)
    if not claim.service_lines:
        claim.service_lines.append(
            ServiceLine(
                date_of_service=claim_date,
                billed=claim.totals.billed,
                paid=claim.totals.paid,
                patient_responsibility=claim.totals.patient_responsibility,
                adjustments=claim_adjs,
                remark_codes=claim_rarcs,
            )
        )
    else:
        for sl in claim.service_lines:
            if sl.date_of_service is None:
                sl.date_of_service = claim_date
        claim.service_lines[0].adjustments.extend(claim_adjs)
        for r in claim_rarcs:
            if r not in claim.service_lines[0].remark_codes:
                claim.service_lines[0].remark_codes.append(r)
    allowed = [sl.allowed for sl in claim.service_lines]
    if all(a is not None for a in allowed):
        claim.totals.allowed = sum(allowed, ZERO)  # type: ignore[arg-type]
    carc: list[str] = []
    rarc: list[str] = []
    for sl in claim.service_lines:
        for a in sl.adjustments:
            v = f"{a.group}-{a.code}"
            if v not in carc:
                carc.append(v)
        for r in sl.remark_codes:
            if r not in rarc:
                rarc.append(r)
    known = carc_codes()
    billed = claim.totals.billed or ZERO
    paid = claim.totals.paid or ZERO
    share = claim.totals.patient_responsibility or ZERO
    denial_codes = [c for c in carc if c.split("-")[1] not in ("45", "1", "2", "3", "253", "94")]
    denied = status in DENIED_STATUS or (billed > ZERO and paid == ZERO and status not in REVERSAL_STATUS)
    denied = denied or bool(denial_codes and paid < billed - share) or share > ZERO
    claim.denied = denied and status not in REVERSAL_STATUS
    if not claim.denied:
        claim.denial = None
        return
    reasons = [known[c.split("-")[1]].description for c in carc if c.split("-")[1] in known]
    cats, primary = classify(
        " ".join(reasons) or None,
        carc,
        rarc,
        procedure_codes=[sl.procedure_code for sl in claim.service_lines if sl.procedure_code],
        patient_share_only=paid > ZERO and not denial_codes,
    )
    claim.denial = Denial(
        reason_text="; ".join(reasons) or None, carc=carc, rarc=rarc, categories=cats, primary_category=primary
    )
    dx: list[str] = []
    claim.diagnosis_codes = dx
