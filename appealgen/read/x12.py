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

from ..errors import InputError, NoClaimError
from ..models import (
    Claim,
    Member,
    ParseResult,
    Payer,
    Plan,
    ServiceLine,
    Source,
    Totals,
)
from . import normalize as nz
from .extract import Document
from .x12_claims import (
    REVERSAL_STATUS,
    ZERO,
    ClaimState,
    Payee,
    claim_segment,
    finish,
    plan_and_member,
)
from .x12_segments import (
    check_envelope,
    date8,
    el,
    money,
    segment_phone,
    segments,
    tidy,
)


@dataclass
class _Header:
    """What the 835's header and its payer / payee loops (1000A / 1000B) said so far."""

    entity: str = ""
    payee: Payee = field(default_factory=lambda: Payee())
    payers_seen: list[str] = field(default_factory=list)
    payer_phones: dict[str, str] = field(default_factory=dict)
    production_date: date | None = None
    payment_date: date | None = None


def _header_segment(seg: list[str], hdr: _Header, result: ParseResult) -> None:
    """One segment of the header (table 1) or the payer / payee loops."""
    tag = seg[0]
    if tag == "DTM" and el(seg, 1) == "405" and hdr.production_date is None:
        hdr.production_date = date8(el(seg, 2))
    elif tag == "BPR" and hdr.payment_date is None:
        hdr.payment_date = date8(el(seg, 16))
    elif tag == "N1":
        hdr.entity = el(seg, 1)
        if hdr.entity == "PR":
            name = tidy(el(seg, 2))
            if name and name not in hdr.payers_seen:
                hdr.payers_seen.append(name)
            if result.payer.name is None:
                result.payer.name = name
        elif hdr.entity == "PE" and hdr.payee.name is None:
            hdr.payee = Payee(name=tidy(el(seg, 2)))
            if el(seg, 3) == "XX" and nz.is_valid_npi(el(seg, 4)):
                hdr.payee.npi = el(seg, 4)
    elif tag == "N4" and hdr.entity == "PR" and len(hdr.payers_seen) == 1:
        if result.payer.state is None:
            st = el(seg, 2)
            result.payer.state = st if re.fullmatch(r"[A-Z]{2}", st) else None
    elif tag == "PER" and hdr.entity == "PR" and len(hdr.payers_seen) == 1:
        phone = segment_phone(seg)
        if phone:
            hdr.payer_phones.setdefault(el(seg, 1), phone)


def parse_835(doc: Document) -> ParseResult:
    text = doc.raw_text or ""
    path = str(doc.path)
    try:
        segs, delims = segments(text)
    except InputError as e:
        raise InputError(str(e), file=path) from e
    warnings = check_envelope(segs, path)
    result = ParseResult(
        source=Source(
            file=doc.path.name, sha256=doc.sha256, pages=None, ocr_used=False, kind="remittance_835"
        ),
        payer=Payer(),
        plan=Plan(),
        member=Member(),
    )
    states: list[ClaimState] = []
    cur: ClaimState | None = None
    line: ServiceLine | None = None
    hdr = _Header()
    in_835 = False
    for seg in segs:
        tag = seg[0]
        if tag == "ST":
            in_835 = el(seg, 1) == "835"
            hdr.entity, cur, line = "", None, None
            continue
        if not in_835:
            continue
        if tag in ("SE", "LX", "PLB", "TS3", "TS2"):
            # a claim ends at the next header number, the provider adjustments or the trailer
            if cur is not None:
                finish(cur, hdr.payee)
            cur, line = None, None
            in_835 = tag != "SE"
            continue
        if tag == "CLP":
            if cur is not None:
                finish(cur, hdr.payee)
            cur = ClaimState(
                claim=Claim(claim_number=el(seg, 7) or el(seg, 1) or None),
                status=el(seg, 2),
                filing=el(seg, 6),
            )
            cur.claim.totals = Totals(
                billed=money(el(seg, 3)),
                paid=money(el(seg, 4)),
                patient_responsibility=money(el(seg, 5)) or ZERO,
            )
            states.append(cur)
            line = None
            continue
        if cur is None:
            _header_segment(seg, hdr, result)
            continue
        line = claim_segment(seg, cur, line, delims.component, result)
    if cur is not None:
        finish(cur, hdr.payee)
    if not states:
        raise NoClaimError("the 835 file holds no claim (no CLP segment)", file=path)
    result.notice_date = hdr.production_date or hdr.payment_date
    result.claims = [st.claim for st in states]
    phones = hdr.payer_phones
    result.payer.phone = phones.get("CX") or phones.get("BL") or next(iter(phones.values()), None)
    if len(hdr.payers_seen) > 1:
        warnings.append(
            "the 835 file holds remittances from several payers; the first is shown: "
            + ", ".join(hdr.payers_seen)
        )
    plan_and_member(result, states)
    for st in states:
        if st.status in REVERSAL_STATUS:
            warnings.append(
                f"claim {st.claim.claim_number} reverses an earlier payment (CLP02 = 22)"
            )
    result.warnings.extend(warnings)
    return result
