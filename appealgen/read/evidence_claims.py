"""Evidence for each claim: its number, people, service lines, totals and denial."""

from __future__ import annotations

from decimal import Decimal

from ..knowledge import reader_words
from ..models import Claim, ParseResult, Totals
from . import locate as lc
from . import normalize as nz
from .claim_sentences import number_doubt, prints_another, told_paid
from .context import ZERO, ClaimTrace, ParseContext, ServiceTrace, clean_id
from .evidence import (
    INFERRED,
    LABELLED,
    SHAPED,
    WEAK,
    WRONG_SHAPE,
    Recorder,
    told_claim_ids,
)
from .evidence_blocks import code_on_lines, several_claims, two_statuses
from .evidence_checks import (
    on_totals_row,
    printed_beside_label,
    unread_modifier,
)
from .evidence_claim import ClaimCheck, LineCheck
from .evidence_codes import code_checks, codes_away, near_listed
from .evidence_dates import (
    compact_printing,
    date_evidence_trouble,
    heading_printing,
    split_printing,
)
from .evidence_denial import (
    carc_support,
    denial_evidence,
    rarc_support,
    reasons_beside_another,
)
from .evidence_number import claim_number_evidence
from .evidence_people import people_evidence
from .evidence_whole import services_untold, whole_claim
from .readers import adds_up

READER_BASE = {"table": LABELLED, "key_value": 0.9, "one_line_items": 0.88, "prose": INFERRED}
AMOUNTS = ("billed", "allowed", "paid", "patient_responsibility")
STRONG_DENIAL = {
    "nothing paid on a billed service": 0.92,
    "a denial code": LABELLED,
    "a printed status": 0.95,
    "a patient share on a lactation service": 0.88,
    "printed as paid in full": 0.9,
    "paid, with no denial code or patient share": SHAPED,
}


def claim_evidence(
    rec: Recorder, ctx: ParseContext, result: ParseResult, n: int, claim: Claim
) -> None:
    trace = ctx.traces.get(id(claim)) or ClaimTrace(spans=[(0, len(ctx.lines))])
    span = [k for s, e in trace.spans for k in range(s, e)]
    base = f"claims.{n}"
    c = ClaimCheck(rec, ctx, result, claim, trace, span, base)
    claim_number_evidence(c)
    people_evidence(c)
    for m, sl in enumerate(claim.service_lines):
        st = trace.services[m] if m < len(trace.services) else ServiceTrace("prose")
        _service(LineCheck(c, st, sl, f"{base}.service_lines.{m}"))
    _claim_diagnoses(c)
    services_untold(rec, base, claim, trace.prose_text, ctx.lines, span)
    _totals(c)
    whole_claim(rec, base, claim)
    if trace.totals_via == "one service" and _prints_no_totals(c):
        rec.cap(
            f"{base}.totals.",
            "the notice prints no claim totals (its other claims list only their services); "
            "taken from the one service",
        )
    if claim.denial is not None:
        denial_evidence(rec, ctx, span, f"{base}.denial", claim)
        reasons_beside_another(rec, f"{base}.denial", claim, result.claims)
    _denied(c)
    code_checks(rec, ctx, trace, span, base, claim)
    number_at = rec.find(lc.text_finder(claim.claim_number), span) if claim.claim_number else None
    if number_at is not None and on_totals_row(ctx.lines, number_at.line, claim.claim_number):
        why = (
            "its number is read from a totals row, which closes a claim: the rows may be another's"
        )
        rec.cap(f"{base}.", why, keep=(f"{base}.denied",))
    # the other claims read, and the numbers printed beside a claim label anywhere
    others = [c.claim_number for c in result.claims if c is not claim and c.claim_number]
    others += [
        n
        for f in ctx.found
        if f.field == "claim_number"
        and reader_words().claim_label_words.search(f.label)
        and (n := clean_id(f.value))
    ]
    texts = [ctx.lines[k].text for k in span if 0 <= k < len(ctx.lines)]
    if len(told_claim_ids(ctx.lines, span)) > 1 or prints_another(
        texts, claim.claim_number, others
    ):
        rec.cap(f"{base}.", "several claim numbers are printed here; maybe several claims")
    own = trace.prose_text or "\n".join(texts)  # from the sentence that names the claim
    if trace.reader == "prose" and (why := number_doubt(own, claim.claim_number)):
        rec.cap(f"{base}.", why, keep=(f"{base}.denied",))
    # a service of it was paid, or its payment was not read (not every service is unpaid)
    paid = any(sl.paid is None or sl.paid for sl in claim.service_lines)
    if claim.denied and paid and (said := told_paid(own)):
        why = f'"{said}" is told of a claim read as denied: maybe two claims read as one'
        rec.cap(f"{base}.", why, keep=(f"{base}.denied",))
    rows = [k for st in trace.services for k in st.lines]
    alone = len(result.claims) == 1
    if why := several_claims(ctx.lines, ctx.found, span, rows, alone=alone):
        # something in the block was denied; what belongs to which claim is in doubt
        rec.cap(f"{base}.", why, keep=(f"{base}.denied",))
    elif why := two_statuses(ctx.lines, span, rows):
        # and whether this claim was denied, by the other claim's status, is in doubt too
        rec.cap(f"{base}.", why)
    if _row_taken_for_claim(claim):
        why = (
            "its claim number is the date of its own service: a service row was taken for the "
            "claim, so its people and reason may be another claim's"
        )
        for sub in ("patient_name", "provider.", "denial."):
            rec.cap(f"{base}.{sub}", why)


def _row_taken_for_claim(claim: Claim) -> bool:
    """Is the claim number read the date of one of the claim's own services?"""
    number = nz.parse_date(claim.claim_number)
    return number is not None and any(sl.date_of_service == number for sl in claim.service_lines)


def _claim_diagnoses(c: ClaimCheck) -> None:
    """The claim's diagnoses are its lines': as sure as the least sure of them."""
    rec, base, claim = c.rec, c.base, c.claim
    if not claim.diagnosis_codes:
        return
    paths = [
        f"{base}.service_lines.{m}.diagnosis_codes"
        for m, sl in enumerate(claim.service_lines)
        if sl.diagnosis_codes and f"{base}.service_lines.{m}.diagnosis_codes" in rec.out
    ]
    if paths:
        rec.copy(f"{base}.diagnosis_codes", min(paths, key=lambda p: rec.out[p].confidence))
    else:
        rec.put(f"{base}.diagnosis_codes", WEAK, "codes", None, "not read from a service line")


def _number_line(c: ClaimCheck) -> int | None:
    """The first line of the claim's span, or the line that prints its number."""
    number = c.claim.claim_number
    at = c.rec.find(lc.text_finder(number), c.span) if number else None
    return at.line if at is not None else min(c.span, default=None)


def _prints_no_totals(c: ClaimCheck) -> bool:
    """Does another claim of the notice list several services and print no totals of its
    own? Then the layout prints no claim totals, and a one-service claim's are its line's."""
    return any(len(o.service_lines) > 1 and o.totals == Totals() for o in c.others())


def _service(ln: LineCheck) -> None:
    rec, ctx, span = ln.rec, ln.claim.ctx, ln.claim.span
    st, sl, base = ln.trace, ln.line, ln.base
    rows = st.lines or span
    conf = READER_BASE.get(st.reader, INFERRED)
    cols = st.columns or {}

    def place(field: str, finder: lc.Finder) -> tuple[lc.Spot | None, bool]:
        if field in cols:
            hit = rec.find(finder, rows, x_range=cols[field])
            if hit is not None:
                return hit, True
        hit = rec.find(finder, rows) or rec.find(finder, span)
        return hit, st.reader != "table" or not cols

    if sl.date_of_service is not None:
        where, own = place("date_of_service", lc.date_finder(sl.date_of_service))
        where = where or split_printing(rec.lines, [*rows, *span], sl.date_of_service)
        # "122225" in the service's own row, a whole cell: the form printouts print
        where = where or compact_printing(rec.lines, st.lines, sl.date_of_service)
        c = conf if own else SHAPED
        top = _number_line(ln.claim) if where is None or where.line not in rows else None
        if top is not None and (head := heading_printing(rec.lines, top, sl.date_of_service)):
            # the day that heads the claim, its services printing none: a date by its place
            where, c = head, SHAPED
        c = max(c, 0.8) if st.reader == "prose" else c
        headed = own and ("date_of_service" in cols or "date_of_service" in (st.cells or {}))
        where, why = date_evidence_trouble(
            rec.lines,
            where,
            sl.date_of_service,
            ln.claim.result.notice_date,
            own_column=headed,
            search=[*rows, *span],
        )
        rec.put(f"{base}.date_of_service", WEAK if why else c, st.reader, where, why)
    if sl.procedure_code:
        where, own = place("procedure_code", lc.code_finder(sl.procedure_code))
        c = conf if own else SHAPED
        c = max(c, 0.82)  # CPT/HCPCS shape and code list checked, next to a code word
        rec.put(f"{base}.procedure_code", c, st.reader, where, "procedure code found in a sentence")
        if where is not None and (
            mod := unread_modifier(
                ctx.lines[where.line].text,
                sl.procedure_code,
                sl.modifiers,
                None if "units" in st.unheaded else sl.units,
            )
        ):
            rec.cap(f"{base}.procedure_code", f"modifier {mod} is printed after it but not read")
        if rec.ocr and (near := near_listed(sl.procedure_code)):
            rec.cap(f"{base}.procedure_code", f"OCR may have misread code {near} by one character")
        rec.copy(f"{base}.modifiers", f"{base}.procedure_code")
    if sl.units is not None:
        where, own = place("units", lc.text_finder(str(sl.units)))
        if "units" in st.unheaded:  # a column of small numbers, no heading printed over it
            rec.put(f"{base}.units", INFERRED, st.reader, where, "no heading names this column")
        else:
            rec.put(f"{base}.units", conf if own and "units" in cols else 0.75, st.reader, where)
    if sl.diagnosis_codes:
        where, own = place("diagnosis_codes", lc.code_finder(sl.diagnosis_codes[0]))
        c = conf if own else SHAPED
        rec.put(f"{base}.diagnosis_codes", max(c, 0.8), st.reader, where)
    numbers = [o.claim_number for o in ln.claim.result.claims if o.claim_number]
    if why := codes_away(ctx, [*rows, *span], sl, numbers):
        rec.cap(
            f"{base}.procedure_code" if why[0] == "procedure" else f"{base}.diagnosis_codes", why[1]
        )
    _amounts(ln, conf, place)
    _codes(ln, rows + span)
    _codes_on_row(ln)
    for name in st.disputed:  # the claim's sentences, read as sentences, tell it otherwise
        rec.cap(f"{base}.{name}", "the letter's sentences tell no service of this date or code")


def _amounts(ln: LineCheck, conf: float, place) -> None:  # noqa: ANN001
    rec, st, sl, base = ln.rec, ln.trace, ln.line, ln.base
    check = adds_up(sl, st.cells)
    for field in AMOUNTS:
        value: Decimal | None = getattr(sl, field)
        if value is None:
            continue
        path = f"{base}.{field}"
        cells = st.cells or {}
        if field == "patient_responsibility" and st.cells is not None and field not in cells:
            parts = [k for k in ("deductible", "coinsurance", "copay") if k in cells]
            if parts:
                c = LABELLED if check is not False else WEAK
                rec.put(
                    path,
                    c,
                    st.reader,
                    None,
                    "amounts do not add up",
                    text=" + ".join(parts),
                    located=False,
                )
                continue
        where, own = place(field, lc.money_finder(value))
        c = conf if own else INFERRED
        reason = None if own else "amount not under its own column heading"
        other = (
            printed_beside_label(rec.lines, st.lines, field)
            if st.reader == "one_line_items"
            else set()
        )
        if other and value not in other:
            c, reason = WEAK, f"the row prints another amount after its {field} label"
        elif field == "billed" and value <= ZERO:
            c, reason = WRONG_SHAPE, "a billed amount of zero or less"
        elif sl.billed is not None and value > sl.billed and field != "billed":
            c, reason = WEAK, "more than the amount billed"
        elif check is True:
            c = max(c, SHAPED)
        elif check is False:
            c, reason = (
                min(c, WEAK),
                "amounts do not add up (billed, paid, adjustments, patient share)",
            )
        elif st.reader == "prose":
            reason = "amount found near a word in a sentence, not cross-checked"
        rec.put(path, c, st.reader, where, reason)


def _codes(ln: LineCheck, where_lines: list[int]) -> None:
    rec, ctx, sl, base = ln.rec, ln.claim.ctx, ln.line, ln.base
    if sl.adjustments:
        conf, spot, reason = 1.0, None, None
        for a in sl.adjustments:
            c, s, r = carc_support(rec, ctx, where_lines, a.group, a.code)
            spot = spot or s
            if c < conf:
                conf, reason = c, r
        rec.put(
            f"{base}.adjustments",
            conf,
            "codes",
            spot,
            reason,
            located=spot is not None or conf < 0.9,
        )
    if sl.remark_codes:
        rec.put(f"{base}.remark_codes", *rarc_support(rec, ctx, where_lines, sl.remark_codes))


def _codes_on_row(ln: LineCheck) -> None:
    """A line's codes are sure only when its row (or the line under it) prints them or a
    key mark explaining them: printed only in the code key, they may be another line's."""
    rec, ctx, rows, sl, base = ln.rec, ln.claim.ctx, ln.trace.lines, ln.line, ln.base
    ev = rec.out.get(f"{base}.adjustments")
    if not rows or ev is None or not ev.sure:
        return
    near = sorted({*rows, *(k + 1 for k in rows)})
    for a in sl.adjustments:
        if not any(
            code_on_lines(ctx.lines, near, lc.carc_finder(g, a.code), ctx.glossary)
            for g in (a.group, None)
        ):
            rec.cap(f"{base}.adjustments", "the code is not printed on this service line's row")
            rec.cap(f"{base}.remark_codes", "the codes are not printed on this service line's row")
            return


def _totals(c: ClaimCheck) -> None:
    rec, trace, span, base, claim = c.rec, c.trace, c.span, c.base, c.claim
    via = trace.totals_via
    for field in AMOUNTS:
        value = getattr(claim.totals, field)
        if value is None:
            continue
        path = f"{base}.totals.{field}"
        if via == "one service":
            rec.copy(path, f"{base}.service_lines.0.{field}")
            continue
        where = None
        if trace.totals_lines and field in trace.totals_lines:
            # a totals box or panel: each amount on its own line
            where = rec.find(lc.money_finder(value), [trace.totals_lines[field]])
        elif trace.totals_at is not None:
            cols = trace.totals_columns or {}
            where = rec.find(lc.money_finder(value), [trace.totals_at], x_range=cols.get(field))
        where = where or rec.find(lc.money_finder(value), list(reversed(span)))
        lines = [getattr(sl, field) for sl in claim.service_lines]
        if lines and all(v is not None for v in lines) and sum(lines, ZERO) != value:
            rec.put(path, WEAK, "table", where, "the total does not match its service lines")
        elif via in ("total row", "key_value", "totals box", "labelled lines", "summary panel"):
            rec.put(path, LABELLED, "table" if via == "total row" else "key_value", where)
        else:
            rec.put(path, SHAPED, "prose", where)


def _denied(c: ClaimCheck) -> None:
    rec, base, claim = c.rec, c.base, c.claim
    via = c.trace.denied_via or ""
    conf = STRONG_DENIAL.get(via, WEAK)
    reason = f"decided from {via}, without a status or code" if conf < 0.8 else None
    amounts_sure = all(
        rec.out[p].sure
        for p in (f"{base}.service_lines.0.paid", f"{base}.totals.paid")
        if p in rec.out
    )
    if (
        via in ("nothing paid on a billed service", "paid, with no denial code or patient share")
        and not amounts_sure
    ):
        conf, reason = WEAK, "decided from amounts that are not sure"
    if via == "a patient share on a lactation service" and not _share_sure(c):
        conf, reason = WEAK, "decided from a patient share that is not sure"
    paid = [claim.totals.paid, *(sl.paid for sl in claim.service_lines)]
    if via.startswith("paid") and not any(v and v > ZERO for v in paid):
        conf, reason = WEAK, "read as paid, but no amount paid is printed"
    codes = [p for p in rec.out if p.startswith(base) and p.endswith((".carc", ".adjustments"))]
    if via == "a denial code" and codes and not any(rec.out[p].sure for p in codes):
        conf, reason = WEAK, "decided from denial codes that are not sure"
    rec.put(
        f"{base}.denied",
        conf,
        "denial",
        None,
        reason or "no status or code",
        text=via,
        located=False,
    )


def _share_sure(c: ClaimCheck) -> bool:
    """Is a patient share above zero that the claim prints (its total's or a line's) read
    surely? A claim is denied by its patient share only as surely as that share is read."""
    rec, base, claim = c.rec, c.base, c.claim
    shares = {f"{base}.totals.patient_responsibility": claim.totals.patient_responsibility}
    for m, sl in enumerate(claim.service_lines):
        shares[f"{base}.service_lines.{m}.patient_responsibility"] = sl.patient_responsibility
    owed = [p for p, v in shares.items() if v is not None and v > ZERO and p in rec.out]
    return not owed or any(rec.out[p].sure for p in owed)
