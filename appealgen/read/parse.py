"""Pages of words -> ParseResult: the claims and their service lines.

No layout is known in advance: the notice's own fields come from header.py,
tables from geometry (table.py), key/value blocks, one-line items and prose
letters from labels and sentences here, the code key from codekey.py and the
denial from denial.py. Payer names in the data are hints, never layouts.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from ..errors import NoClaimError
from ..models import (
    Claim,
    ParseResult,
    ServiceLine,
    Source,
    Totals,
)
from . import evidence
from . import normalize as nz
from .codekey import read_code_key
from .codes import (
    _DOS_CONTEXT,
    _adjustments,
    _carcs,
    _diagnoses,
)
from .context import (
    ZERO,
    ClaimTrace,
    ParseContext,
    ServiceTrace,
    clean_id,
    clean_name,
    sum_totals,
)
from .denial import DENIAL_WORDS, decide_denial
from .extract import MAX_PAGES, Document, load
from .fields import Found, all_of, find_fields, first
from .header import (
    read_member,
    read_notice_date,
    read_payer,
    read_plan,
    read_source_kind,
)
from .layout import document_lines
from .provider import (
    _NETWORK_NOTE,
    _provider,
)
from .reader_items import (
    _item_lines,
)
from .reader_kv import (
    _kv_service_lines,
)
from .reader_prose import (
    _PROSE_PATIENT,
    _prose_service_line,
    _prose_totals,
)
from .reader_table import (
    _claim_id_from_cells,
    _service_line,
    _totals_from,
)
from .table import AMOUNT_COLUMNS, Row, Table, find_tables, is_amount

log = logging.getLogger(__name__)


_FINAL_NOTICE = re.compile(
    r"final (internal )?(adverse|appeal|decision|determination)|upheld (on|the) (appeal|denial)|"
    r"appeal (decision|determination)|second[- ]level appeal|we (have )?upheld",
    re.I,
)


def parse_file(path: Path, *, max_pages: int | None = MAX_PAGES) -> ParseResult:
    """Read one file into the contract's parse document (raises InputError on bad input)."""
    t0 = time.perf_counter()
    doc = load(path, max_pages=max_pages)
    if doc.kind == "x12":
        from . import x12

        result = x12.parse_835(doc)
        evidence.attach_segments(result)
        result.layout = {"fingerprint": None, "learned": None}
    else:
        result = parse_document(doc)
    log.debug(
        "parsed sha=%s pages=%s in %.3fs", doc.sha256[:12], doc.page_count, time.perf_counter() - t0
    )
    return result


def parse_document(doc: Document) -> ParseResult:
    lines = document_lines(doc.pages)
    text = "\n".join(ln.text for ln in lines)
    found = find_fields(lines)
    glossary, glossary_lines = read_code_key(lines)
    ctx = ParseContext(
        lines=lines, found=found, text=text, glossary=glossary, glossary_lines=glossary_lines
    )
    tables = find_tables(lines)
    heading_lines = {k for t in tables for k in range(t.header_index, t.rows[0].line_index)}
    ctx.found = [f for f in ctx.found if f.line not in heading_lines or f.label in ("claim",)]
    claims = _claims(ctx, tables)
    if not claims:
        raise NoClaimError(
            "no insurance claim found in this document (no claim number, date of service or "
            "billed amount) — is it an EOB or a denial letter?",
            file=str(doc.path),
        )
    result = ParseResult(
        source=Source(
            file=doc.path.name,
            sha256=doc.sha256,
            pages=doc.page_count,
            ocr_used=doc.ocr_used,
            kind=read_source_kind(ctx, tables),
        ),
        payer=read_payer(ctx),
        plan=read_plan(ctx),
        member=read_member(ctx),
        notice_date=read_notice_date(ctx),
        claims=claims,
    )
    _administrator_is_payer(result, text)
    result.notice_text = text
    if (
        result.source.kind == "denial_letter"
        and len(claims) == 1
        and claims[0].patient_name is None
    ):
        # "We denied your claim for lactation services": the letter's addressee is the patient
        claims[0].patient_name = result.member.name
    if result.member.state is None and result.payer.state and result.plan.funding == "medicaid":
        result.member.state = result.payer.state
    if _FINAL_NOTICE.search(text):
        result.warnings.append("this notice looks like a final internal appeal decision")
    if doc.ocr_used:
        result.warnings.append("read by OCR: check names, numbers and amounts against the paper")
    evidence.attach(ctx, result)
    result.layout = {"fingerprint": None, "learned": None}
    apply_learned_layout(doc, ctx, result)
    return result


def apply_learned_layout(doc: Document, ctx: ParseContext, result: ParseResult) -> None:
    """The one place a learned layout may correct what the readers chose.

    Called after every value and its evidence are chosen. ``ctx.lines`` holds the
    document's lines with their words and positions (page, x0, x1, top, bottom),
    ``ctx.found`` the labelled values; a learned layout that matches this document
    may override values of ``result`` and their ``result.evidence`` entries, and
    names itself in ``result.layout["learned"]``.
    """
    try:
        from . import learned
    except ImportError:  # no learned layouts in this installation
        return
    learned.apply(doc, ctx, result)


def _claim_anchors(ctx: ParseContext) -> list[Found]:
    anchors = []
    last_line = -1
    for f in all_of(ctx.found, "claim_number"):
        cid = clean_id(f.value)
        if not cid or f.line == last_line:
            continue
        last_line = f.line
        anchors.append(Found(f.field, cid, f.line, f.label))
    return anchors


def _claims(ctx: ParseContext, tables: list[Table]) -> list[Claim]:
    """One claim per claim number; a number printed twice (summary, then detail) is one claim."""
    anchors = _claim_anchors(ctx)
    rows = [(t, r) for t in tables for r in t.rows]
    # a "Claim #" column: each row names its claim
    for _t, r in rows:
        _claim_id_from_cells(r)
        cid = clean_id(r.cells.get("claim_number"))
        if cid and not any(a.line == r.line_index for a in anchors):
            anchors.append(Found("claim_number", cid, r.line_index, "claim column"))
    anchors.sort(key=lambda a: a.line)
    via: dict[str, str] = {}
    for a in anchors:
        via.setdefault(a.value, a.label)
    for _t, r in rows:
        cid = clean_id(r.cells.get("claim_number"))
        if cid and r.id_in_cell and via.get(cid) == "claim column":
            via[cid] = "inside another cell"
    n = len(ctx.lines)
    ranges: dict[str | None, list[tuple[int, int]]] = {}
    order: list[str | None] = []
    if not anchors:
        ranges[None] = [(0, n)]
        order.append(None)
    for k, a in enumerate(anchors):
        start = a.line if k else 0
        # labels printed just above the claim number belong to this claim
        while k and start - 1 > anchors[k - 1].line and _is_label_line(ctx, start - 1):
            start -= 1
        stop = anchors[k + 1].line if k + 1 < len(anchors) else n
        if k + 1 < len(anchors):
            s2 = anchors[k + 1].line
            while s2 - 1 > a.line and _is_label_line(ctx, s2 - 1):
                s2 -= 1
            stop = s2
        if a.value not in ranges:
            ranges[a.value] = []
            order.append(a.value)
        ranges[a.value].append((start, stop))
    claims: list[Claim] = []
    for cid in order:
        spans = ranges[cid]
        seg_rows = [(t, r) for t, r in rows if any(s <= r.line_index < e for s, e in spans)]
        claim = _claim_from(ctx, spans, cid, seg_rows)
        if claim is not None:
            ctx.traces[id(claim)].claim_number_via = via.get(cid) if cid else None
            claims.append(claim)
    if len(claims) > 1:
        # a claim number seen only in a summary, with nothing else, is not a claim of its own
        claims = [c for c in claims if c.service_lines or c.denied] or claims
    return claims


_ADMINISTERED_BY = re.compile(
    r"\bAdministered by:?[ \t]+([A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z&][\w&'.-]*|of)){0,5})"
)


def _administrator_is_payer(result: ParseResult, text: str) -> None:
    """A plan's own title on top and "Administered by X" below: X sends the EOB and is the payer."""
    m = _ADMINISTERED_BY.search(text)
    name = result.payer.name
    if not m or not name or m.group(1) in name:
        return
    if re.search(r"\b(plan|employees?|benefits? program)\b", name, re.I):
        if not result.plan.name or len(result.plan.name) <= 4:
            result.plan.name = name
        result.payer.name = re.split(r"\s+P\.?\s?O\.?\s+Box\b", m.group(1))[0].strip(" ,")


def _is_label_line(ctx: ParseContext, i: int) -> bool:
    """A line of labels ("Patient: Ann Lee") with no amounts on it."""
    has_amount = any(is_amount(w.text) for w in ctx.lines[i].words)
    return any(f.line == i for f in ctx.found) and not has_amount


def _claim_from(
    ctx: ParseContext,
    spans: list[tuple[int, int]],
    claim_number: str | None,
    seg_rows: list[tuple[Table, Row]],
) -> Claim | None:
    seg_text = "\n".join(
        ctx.lines[k].text for s, e in spans for k in range(s, e) if k not in ctx.glossary_lines
    )
    in_seg = [f for f in ctx.found if any(s <= f.line < e for s, e in spans)]
    lines: list[ServiceLine] = []
    totals = Totals()
    trace = ClaimTrace(spans=spans)
    line_codes: list[tuple[list[tuple[str | None, str]], list[str], list[str]]] = []
    for table, row in seg_rows:
        if row.is_total:
            totals = _totals_from(row)
            trace.totals_via = "total row"
            trace.totals_at = row.line_index
            trace.totals_columns = {c.name: (c.x0, c.x1) for c in table.columns}
            continue
        sl, carcs, rarcs, own = _service_line(ctx, table, row)
        if sl is not None:
            lines.append(sl)
            line_codes.append((carcs, rarcs, own))
            trace.services.append(
                ServiceTrace(
                    "table",
                    [row.line_index, *row.extra_lines],
                    dict(row.cells),
                    {c.name: (c.x0, c.x1) for c in table.columns},
                )
            )
    outside = seg_text
    if lines:
        in_rows: set[int] = set()
        for t, r in seg_rows:
            in_rows.update([r.line_index, *r.extra_lines])
            in_rows.update(range(t.header_index, t.rows[0].line_index))
        outside = "\n".join(
            ctx.lines[k].text
            for s, e in spans
            for k in range(s, e)
            if k not in in_rows and k not in ctx.glossary_lines
        )
        _fill_from_claim_text(ctx, lines, line_codes, outside)
    if not lines:
        for sl, codes, k in _item_lines(ctx, spans):
            lines.append(sl)
            line_codes.append(codes)
            trace.services.append(ServiceTrace("one_line_items", [k]))
        if lines:
            _fill_from_claim_text(ctx, lines, line_codes, seg_text)
    if not lines:
        kv_lines, kv_totals = _kv_service_lines(ctx, spans)
        for sl, codes, cells, at in kv_lines:
            lines.append(sl)
            line_codes.append(codes)
            trace.services.append(ServiceTrace("key_value", at, cells))
        if kv_totals is not None:
            totals = kv_totals
            trace.totals_via = "key_value"
    if not lines:
        sl = _prose_service_line(ctx, seg_text, in_seg)
        if sl is not None:
            lines.append(sl)
            trace.services.append(ServiceTrace("prose"))
            # a letter names its codes anywhere, its code key included ("Reason code 197: …")
            full = "\n".join(ctx.lines[k].text for a, b in spans for k in range(a, b))
            carcs = _carcs(full)
            rarcs = nz.find_rarcs(full)
            sl.adjustments = sl.adjustments or _adjustments(carcs, sl, full)
            sl.remark_codes = sl.remark_codes or rarcs
            line_codes.append((carcs, rarcs, []))
    if not lines:
        if claim_number is None or not DENIAL_WORDS.search(seg_text):
            return None
    anchor_line = min((f.line for f in in_seg if f.field == "claim_number"), default=0)
    in_seg.sort(key=lambda f: (f.line < anchor_line, f.line))
    fields_here = in_seg or ctx.found
    claim = Claim(claim_number=claim_number)
    trace.reader = trace.services[0].reader if trace.services else "prose"
    ctx.traces[id(claim)] = trace
    row_cells = [r.cells for _t, r in seg_rows if not r.is_total]
    for c in row_cells:
        # "Patient / Provider" printed in one cell: "Ann Lee / Kim Tran, IBCLC"
        for key, other in (("provider_name", "patient_name"), ("patient_name", "provider_name")):
            both = c.get(key) or ""
            if " / " in both and not c.get(other):
                c["patient_name"], c["provider_name"] = (
                    part.strip() for part in both.split(" / ", 1)
                )
                break
    from_rows = {
        k: next(
            (
                clean_name(c[k])
                for c in row_cells
                if c.get(k) and clean_name(c[k]) and not re.match(r"(?i)claim\b", c[k])
            ),
            None,
        )
        for k in ("patient_name", "provider_name")
    }
    group = next((r.group for _t, r in seg_rows if r.group and not r.is_total), None)
    if group and not from_rows["patient_name"]:
        from_rows["patient_name"] = clean_name(group)
    pf = first(fields_here, "patient_name") or first(ctx.found, "patient_name")
    claim.patient_name = from_rows["patient_name"] or (clean_name(pf.value) if pf else None)
    if claim.patient_name is not None:
        in_column = any(clean_name(c.get("patient_name")) == claim.patient_name for c in row_cells)
        trace.patient_via = "column" if in_column else ("group" if group else "label")
    if claim.patient_name is None:
        pm = _PROSE_PATIENT.search(re.sub(r"\s*\n\s*", " ", seg_text))
        claim.patient_name = pm.group(1).rstrip(".") if pm else None
        trace.patient_via = "prose" if pm else None
    claim.provider = _provider(ctx, fields_here, seg_text)
    if claim.provider.name:
        trace.provider_via = "label" if first(fields_here, "provider_name") else "prose"
    if from_rows["provider_name"]:
        trace.provider_via = "column"
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", from_rows["provider_name"], flags=re.I)[0]
        claim.provider.name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    if claim.provider.name is None and (doc_pf := first(ctx.found, "provider_name")):
        # one provider printed once for the whole document ("Provider for both claims: …")
        whole = _provider(
            ctx,
            [doc_pf, *[f for f in ctx.found if f.line == doc_pf.line]],
            ctx.lines[doc_pf.line].text,
        )
        claim.provider.name = whole.name
        trace.provider_via = "document" if whole.name else None
        claim.provider.npi = claim.provider.npi or whole.npi
        claim.provider.network = claim.provider.network or whole.network
    for c in row_cells:
        npi = re.search(r"\b\d{10}\b", c.get("npi") or "")
        if npi and nz.is_valid_npi(npi.group(0)):
            claim.provider.npi = npi.group(0)
            break
    claim.service_lines = lines
    dx: list[str] = []
    for sl in lines:
        for d in sl.diagnosis_codes:
            if d not in dx:
                dx.append(d)
    claim.diagnosis_codes = dx
    if totals == Totals():
        # "Claim 26041B77120 totals - Charges $180.00; Allowed $0.00; Paid $0.00" outside the table
        for ln in outside.splitlines():
            # the claim's own totals line, not a page or statement total
            if not re.search(r"(?i)\bclaim\b", ln) and (claim_number or "@") not in ln:
                continue
            if re.search(r"(?i)\btotals?\b", ln) and (prose := _prose_totals(ln)) is not None:
                totals = prose
                trace.totals_via = "prose"
                break
    if totals == Totals() and len(lines) == 1:
        totals = sum_totals(lines)  # one service: its amounts are the claim's
        trace.totals_via = "one service"
    claim.totals = totals
    decide_denial(ctx, claim, outside, line_codes)
    return claim


def _fill_from_claim_text(
    ctx: ParseContext,
    lines: list[ServiceLine],
    line_codes: list[tuple[list[tuple[str | None, str]], list[str], list[str]]],
    text: str,
) -> None:
    """What a claim prints once, outside its table, applies to its lines.

    "Reason: CO-31" under the table, "Diagnosis on the request: Z39.1", "provided on
    February 9, 2026" in the letter above it.
    """
    if not lines or not text.strip():
        return
    if not any(lc[0] or lc[1] for lc in line_codes):
        carcs, rarcs = _carcs(text), nz.find_rarcs(text)
        if carcs or rarcs:
            unpaid = [
                i
                for i, sl in enumerate(lines)
                if (sl.paid is not None and sl.paid == ZERO)
                or (sl.patient_responsibility or ZERO) > ZERO
            ] or list(range(len(lines)))
            for i in unpaid:
                sl = lines[i]
                sl.adjustments = _adjustments(carcs, sl, text)
                sl.remark_codes = list(dict.fromkeys([*sl.remark_codes, *rarcs]))
                line_codes[i] = (list(carcs), list(sl.remark_codes), line_codes[i][2])
    if not any(sl.diagnosis_codes for sl in lines):
        dx_text = " ".join(
            ln for ln in text.splitlines() if re.search(r"diagnos|\bdx\b|icd", ln, re.I)
        )
        dx = _diagnoses(dx_text)
        for sl in lines:
            sl.diagnosis_codes = list(dx)
    if any(sl.date_of_service is None for sl in lines):
        flat = re.sub(r"\s*\n\s*", " ", text)
        prose = [
            d
            for st, _e, d in nz.find_dates(flat)
            if _DOS_CONTEXT.search(flat[max(0, st - 40) : st])
        ]
        if len(set(prose)) == 1:
            for sl in lines:
                if sl.date_of_service is None:
                    sl.date_of_service = prose[0]


__all__ = ["parse_file", "parse_document", "AMOUNT_COLUMNS"]
