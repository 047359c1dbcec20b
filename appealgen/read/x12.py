"""X12 835 (electronic remittance advice) -> ParseResult.

The delimiters come from the ISA segment itself: the element separator is the
byte after "ISA", the component separator is ISA16 and the segment terminator
the byte after it. Files with ``~``, newlines, ``~`` plus newlines, ``|`` as the
element separator, or an ISA whose fields are not padded all read the same.
Only the segments that carry what an appeal needs are read; others are skipped.

Conventions (the contract's, applied to an 835):

* ``claim_number`` is CLP07, the payer's claim control number, else CLP01.
* ``carc`` entries are ``GROUP-CODE`` from every CAS of the claim, claim-level
  CAS included (they are kept on the claim's first service line).
* A claim paid in full without a patient share is not denied; a lactation
  service charged a deductible, coinsurance or copay is denied with
  ``cost_sharing``; a reversal (CLP02 = 22) is never a denial.
* ``member`` is the subscriber (NM1*IL, else the patient NM1*QC) when every
  claim in the file belongs to the same one; a remittance covering several
  people has a null member, like a printed remittance.
* The rendering provider is NM1*82; without it the TR3 says the rendering
  provider is the payee, so the payee (N1*PE) is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from .. import limits
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
# CARCs that do not deny anything: cost sharing, contractual write-down, prior payer,
# sequestration, processed in excess of charges
NOT_A_DENIAL = {"1", "2", "3", "23", "45", "94", "253"}
PATIENT_SHARE = {"1", "2", "3"}
TRANSACTION_NAMES = {
    "837": "an 837 claim",
    "270": "a 270 eligibility inquiry",
    "271": "a 271 eligibility response",
    "276": "a 276 claim status inquiry",
    "277": "a 277 claim status response",
    "278": "a 278 authorization request",
    "834": "an 834 enrollment file",
    "820": "an 820 premium payment",
    "999": "a 999 acknowledgment",
    "997": "a 997 acknowledgment",
}
# words kept in capitals when an all-capitals name is title-cased
_KEEP_UPPER = {
    "LLC",
    "PLLC",
    "PC",
    "PA",
    "LLP",
    "INC",
    "HMO",
    "PPO",
    "EPO",
    "POS",
    "IBCLC",
    "RN",
    "MD",
    "DO",
    "NP",
    "CNM",
    "II",
    "III",
    "IV",
    "USA",
    "BCBS",
}
_SMALL = {"OF", "AND", "THE", "FOR", "AT", "IN"}


@dataclass
class _Delims:
    element: str
    component: str
    terminator: str


def _delimiters(raw: str) -> _Delims:
    """The separators declared by the ISA segment (tolerates unpadded ISA fields)."""
    if not raw.startswith("ISA") or len(raw) < 16:
        raise InputError("not a valid X12 835 file (no ISA header)")
    elem = raw[3]
    if elem.isalnum() or elem.isspace():
        raise InputError("not a valid X12 file (the ISA header has no element separator)")
    # ISA has 16 elements: the component separator follows the 16th separator
    pos = -1
    for _ in range(16):
        pos = raw.find(elem, pos + 1)
        if pos < 0:
            raise InputError("the X12 file is cut off inside its ISA header")
    if pos + 2 >= len(raw):
        raise InputError("the X12 file is cut off after its ISA header")
    comp, term = raw[pos + 1], raw[pos + 2]
    if term.isalnum() or term == elem:
        raise InputError("not a valid X12 file (the ISA header is malformed)")
    if term == "\r":
        term = "\n" if raw[pos + 3 : pos + 4] == "\n" else "\r"
    return _Delims(elem, comp, term)


def _segments(text: str) -> tuple[list[list[str]], _Delims]:
    raw = text.lstrip("\ufeff \r\n\t")
    d = _delimiters(raw)
    limits.check_835(raw, d.element, d.terminator)
    segs = []
    for s in raw.split(d.terminator):
        s = s.strip("\r\n\t ")
        if s:
            segs.append([e.strip() for e in s.split(d.element)])
    return segs, d


def _check_envelope(segs: list[list[str]], path: str) -> list[str]:
    """Refuse a file that is not an 835 or that stops early; return warnings."""
    sts = [s for s in segs if s[0] == "ST"]
    if not sts:
        raise InputError(
            "an X12 file without a transaction (no ST segment) — is it cut off?", file=path
        )
    kinds = {_el(s, 1) for s in sts}
    if "835" not in kinds:
        other = sorted(kinds)[0]
        what = TRANSACTION_NAMES.get(other, f"a {other} transaction")
        raise InputError(f"an X12 file, but {what}, not an 835 remittance", file=path)
    warnings: list[str] = []
    open_st: int | None = None
    count = 0
    for s in segs:
        if s[0] == "ST":
            open_st, count = 0, 0
        if open_st is not None:
            count += 1
        if s[0] == "SE":
            if open_st is None:
                raise InputError("the 835 file is damaged (SE without ST)", file=path)
            if _el(s, 1).isdigit() and int(_el(s, 1)) != count:
                warnings.append(
                    f"the 835 transaction says it has {_el(s, 1)} segments but holds {count}; "
                    "check that the file is complete"
                )
            open_st = None
    if open_st is not None or segs[-1][0] != "IEA":
        raise InputError(
            "the 835 file is cut off (it ends before its SE/IEA trailer) — get a complete copy",
            file=path,
        )
    return warnings


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


def _tidy(name: str) -> str | None:
    """An all-capitals name in reading case ("HARBOR LACTATION LLC" -> "Harbor Lactation LLC")."""
    name = " ".join(name.split())
    if not name:
        return None
    if not name.isupper():
        return name
    words = []
    for i, w in enumerate(name.split(" ")):
        bare = w.strip(".,")
        if bare in _KEEP_UPPER:
            words.append(w)
        elif bare in _SMALL and i > 0:
            words.append(w.lower())
        else:
            words.append(re.sub(r"[A-Z][A-Z']*", lambda m: m.group(0).capitalize(), w))
    out = " ".join(words)
    # O'BRIEN -> O'Brien, MCDONALD stays Mcdonald (a reader would not guess)
    return re.sub(r"\b([A-Z])'([a-z])", lambda m: f"{m.group(1)}'{m.group(2).upper()}", out)


def _name(seg: list[str]) -> str | None:
    """NM1 name: an organisation's NM103, or a person's first, middle, last and suffix."""
    last, first_, middle, suffix = _el(seg, 3), _el(seg, 4), _el(seg, 5), _el(seg, 7)
    if _el(seg, 2) == "2" or not first_:
        return _tidy(last)
    return _tidy(" ".join(p for p in (first_, middle, last, suffix) if p))


def _phone(seg: list[str]) -> str | None:
    for k in (3, 5, 7):
        if _el(seg, k) == "TE" and _el(seg, k + 1):
            digits = "".join(ch for ch in _el(seg, k + 1) if ch.isdigit())
            if len(digits) == 11 and digits[0] == "1":
                digits = digits[1:]
            if len(digits) == 10:
                return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return None


@dataclass
class _ClaimState:
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
class _Payee:
    name: str | None = None
    npi: str | None = None


def parse_835(doc: Document) -> ParseResult:
    text = doc.raw_text or ""
    path = str(doc.path)
    try:
        segs, delims = _segments(text)
    except InputError as e:
        raise InputError(str(e), file=path) from e
    warnings = _check_envelope(segs, path)
    result = ParseResult(
        source=Source(
            file=doc.path.name, sha256=doc.sha256, pages=None, ocr_used=False, kind="remittance_835"
        ),
        payer=Payer(),
        plan=Plan(),
        member=Member(),
    )
    states: list[_ClaimState] = []
    cur: _ClaimState | None = None
    line: ServiceLine | None = None
    payee = _Payee()
    entity = ""
    payers_seen: list[str] = []
    payer_phones: dict[str, str] = {}
    production_date: date | None = None
    payment_date: date | None = None
    in_835 = False
    for seg in segs:
        tag = seg[0]
        if tag == "ST":
            in_835 = _el(seg, 1) == "835"
            entity, cur, line = "", None, None
            continue
        if not in_835:
            continue
        if tag in ("SE", "LX", "PLB", "TS3", "TS2"):
            # a claim ends at the next header number, the provider adjustments or the trailer
            if cur is not None:
                _finish(cur, payee)
            cur, line = None, None
            in_835 = tag != "SE"
            continue
        if tag == "CLP":
            if cur is not None:
                _finish(cur, payee)
            cur = _ClaimState(
                claim=Claim(claim_number=_el(seg, 7) or _el(seg, 1) or None),
                status=_el(seg, 2),
                filing=_el(seg, 6),
            )
            cur.claim.totals = Totals(
                billed=_money(_el(seg, 3)),
                paid=_money(_el(seg, 4)),
                patient_responsibility=_money(_el(seg, 5)) or ZERO,
            )
            states.append(cur)
            line = None
            continue
        if cur is None:
            # header (table 1) and the payer / payee loops 1000A / 1000B
            if tag == "DTM" and _el(seg, 1) == "405" and production_date is None:
                production_date = _date8(_el(seg, 2))
            elif tag == "BPR" and payment_date is None:
                payment_date = _date8(_el(seg, 16))
            elif tag == "N1":
                entity = _el(seg, 1)
                if entity == "PR":
                    name = _tidy(_el(seg, 2))
                    if name and name not in payers_seen:
                        payers_seen.append(name)
                    if result.payer.name is None:
                        result.payer.name = name
                elif entity == "PE" and payee.name is None:
                    payee = _Payee(name=_tidy(_el(seg, 2)))
                    if _el(seg, 3) == "XX" and nz.is_valid_npi(_el(seg, 4)):
                        payee.npi = _el(seg, 4)
            elif (
                tag == "N4"
                and entity == "PR"
                and len(payers_seen) == 1
                and result.payer.state is None
            ):
                st = _el(seg, 2)
                result.payer.state = st if re.fullmatch(r"[A-Z]{2}", st) else None
            elif tag == "PER" and entity == "PR" and len(payers_seen) == 1:
                phone = _phone(seg)
                if phone:
                    payer_phones.setdefault(_el(seg, 1), phone)
            continue
        line = _claim_segment(seg, cur, line, delims.component, result)
    if cur is not None:
        _finish(cur, payee)
    if not states:
        raise NoClaimError("the 835 file holds no claim (no CLP segment)", file=path)
    result.notice_date = production_date or payment_date
    result.claims = [st.claim for st in states]
    result.payer.phone = (
        payer_phones.get("CX") or payer_phones.get("BL") or next(iter(payer_phones.values()), None)
    )
    if len(payers_seen) > 1:
        warnings.append(
            "the 835 file holds remittances from several payers; the first is shown: "
            + ", ".join(payers_seen)
        )
    _plan_and_member(result, states)
    for st in states:
        if st.status in REVERSAL_STATUS:
            warnings.append(
                f"claim {st.claim.claim_number} reverses an earlier payment (CLP02 = 22)"
            )
    result.warnings.extend(warnings)
    return result


def _claim_segment(
    seg: list[str], cur: _ClaimState, line: ServiceLine | None, comp: str, result: ParseResult
) -> ServiceLine | None:
    """One segment of loop 2100 (claim) or 2110 (service line); returns the current line."""
    tag = seg[0]
    claim = cur.claim
    if tag == "NM1":
        qual = _el(seg, 1)
        ident = _el(seg, 9) if _el(seg, 8) != "34" else ""  # never carry a social security number
        if qual == "QC":
            claim.patient_name = _name(seg)
            cur.patient = (claim.patient_name, ident or None)
        elif qual == "IL":
            cur.subscriber = (_name(seg), ident or None)
        elif qual == "82":
            cur.has_rendering = True
            claim.provider.name = _name(seg)
            if _el(seg, 8) == "XX" and nz.is_valid_npi(_el(seg, 9)):
                claim.provider.npi = _el(seg, 9)
    elif tag == "REF" and line is None and _el(seg, 1) in ("1L", "6P"):
        if result.plan.group_number is None:
            result.plan.group_number = _el(seg, 2) or None
    elif tag == "REF" and line is None and _el(seg, 1) == "CE":
        if result.plan.name is None:
            result.plan.name = _el(seg, 2) or None
    elif tag == "MOA":
        for k in (3, 4, 5, 6, 7):
            _add_rarc(cur, line, _el(seg, k))
    elif tag == "MIA":
        for k in (5, 20, 21, 22, 23):
            _add_rarc(cur, line, _el(seg, k))
    elif tag == "SVC":
        parts = _el(seg, 1).split(comp)
        units_text = _el(seg, 5)
        try:
            units: int | None = (
                int(Decimal(units_text)) if units_text else 1
            )  # TR3: absent means one
        except InvalidOperation:
            units = None
        line = ServiceLine(
            procedure_code=parts[1].strip() if len(parts) > 1 and parts[1].strip() else None,
            modifiers=[p.strip() for p in parts[2:6] if p.strip()],
            billed=_money(_el(seg, 2)),
            paid=_money(_el(seg, 3)),
            units=units,
            patient_responsibility=ZERO,
        )
        claim.service_lines.append(line)
    elif tag == "DTM":
        qual, d = _el(seg, 1), _date8(_el(seg, 2))
        if line is not None and qual in ("472", "150"):
            line.date_of_service = d
        elif line is None and qual in ("232", "472") and cur.claim_date is None:
            cur.claim_date = d
    elif tag == "CAS":
        group = _el(seg, 1)
        for k in range(2, len(seg), 3):
            code, amount = _el(seg, k), _money(_el(seg, k + 1))
            if not code:
                continue
            adj = Adjustment(group=group or None, code=code, amount=amount)
            if line is not None:
                line.adjustments.append(adj)
                if group == "PR" and amount is not None:
                    line.patient_responsibility = (line.patient_responsibility or ZERO) + amount
            else:
                cur.claim_adjs.append(adj)
    elif tag == "AMT" and _el(seg, 1) == "B6" and line is not None:
        line.allowed = _money(_el(seg, 2))
    elif tag == "LQ" and _el(seg, 1) == "HE":
        _add_rarc(cur, line, _el(seg, 2))
    return line


def _plan_and_member(result: ParseResult, states: list[_ClaimState]) -> None:
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


def _add_rarc(cur: _ClaimState, line: ServiceLine | None, code: str) -> None:
    code = code.strip()
    if not code or nz.find_rarcs(code) != [code]:
        return
    target = line.remark_codes if line is not None else cur.claim_rarcs
    if code not in target:
        target.append(code)


def _is_lactation(claim: Claim) -> bool:
    from ..knowledge import lactation_codes

    known = lactation_codes()
    return any(sl.procedure_code in known for sl in claim.service_lines if sl.procedure_code)


def _finish(cur: _ClaimState, payee: _Payee) -> None:
    from ..knowledge import carc_codes, rarc_codes
    from .classify import classify

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
