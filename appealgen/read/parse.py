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
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import NoClaimError
from ..models import (
    Adjustment,
    Claim,
    ParseResult,
    Provider,
    ServiceLine,
    Source,
    Totals,
)
from . import evidence
from . import normalize as nz
from .codekey import read_code_key
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
from .layout import Line, document_lines
from .table import AMOUNT_COLUMNS, Row, Table, find_tables, is_amount, is_money_token

log = logging.getLogger(__name__)


_FINAL_NOTICE = re.compile(
    r"final (internal )?(adverse|appeal|decision|determination)|upheld (on|the) (appeal|denial)|"
    r"appeal (decision|determination)|second[- ]level appeal|we (have )?upheld",
    re.I,
)


_DOS_CONTEXT = re.compile(
    r"(date[s()]* of service|service date|provided on|received on|rendered on|seen on|visit on|"
    r"services on|\bon|from)\s*:?\s*$",
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


_CELL_ID_FIRST = re.compile(r"\s*([A-Z0-9][A-Z0-9-]{4,}\d[A-Z0-9-]*)\s+(?:[—–-]\s+)?(?=[A-ZÀ-Ý(])")
_CELL_ID_LAST = re.compile(r"\s+([A-Z]{0,4}[A-Z0-9-]*\d{6,}[A-Z0-9-]*)\s*$")


def _claim_id_from_cells(r: Row) -> None:
    """A claim number printed inside another field's cell, before or after it.

    "BHA-0310-44781 Ngozi Adébáyo-Whitfield", "DV2602-118830-01 — Coastal Family
    Medicine", or a "Patient / Claim number" cell wrapped onto a second line.
    """
    if clean_id(r.cells.get("claim_number")):
        return
    if r.group and (m := re.search(r"\b([A-Z]{0,4}[A-Z0-9-]*\d{6,}[A-Z0-9-]*)\b", r.group)):
        # the record's first line: "NAME  CLAIM#  NPI"
        if not nz.is_valid_npi(m.group(1)):
            r.cells["claim_number"] = m.group(1)
            r.group = r.group[: m.start()].strip() or None
            r.id_in_cell = True
            return
    for key in ("patient_name", "provider_name", "claim_number"):
        cell = r.cells.get(key) or ""
        m = _CELL_ID_FIRST.match(cell)
        if m and re.search(r"\d{3}", m.group(1)):
            r.cells["claim_number"] = m.group(1)
            r.id_in_cell = key != "claim_number"
            rest = cell[m.end() :]
            r.cells["provider_name" if key == "claim_number" else key] = rest
            return
        m = _CELL_ID_LAST.search(cell)
        if m and key != "claim_number":
            r.cells["claim_number"] = m.group(1)
            r.cells[key] = cell[: m.start()]
            r.id_in_cell = True
            return


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


_KV_KEYS = {
    "date_of_service",
    "procedure_code",
    "description",
    "diagnosis_codes",
    "modifiers",
    "units",
    *AMOUNT_COLUMNS,
    "remarks",
    "carc",
    "group",
}


def _kv_service_lines(
    ctx: ParseContext, spans: list[tuple[int, int]]
) -> tuple[list[tuple[ServiceLine, tuple, dict[str, str], list[int]]], Totals | None]:
    """Services printed as "Key | value" lists, one block per service, no table.

    A block starts where a key repeats (the second "Date of service"); "Claim total
    billed | $455.00" lines are the claim's totals.
    """
    from .table import Row, Table, _match_column

    blocks: list[dict[str, str]] = []
    at: list[list[int]] = []
    totals: dict[str, str] = {}
    k = 0

    def put(key: str, value: str) -> None:
        if not blocks or (
            key in blocks[-1] and key in ("date_of_service", "procedure_code", "billed")
        ):
            blocks.append({})
            at.append([])
        cur = blocks[-1].get(key)
        blocks[-1][key] = f"{cur} {value}" if cur else value
        at[-1].append(k)

    for s0, e0 in spans:
        k = s0
        while k < e0:
            cells = ctx.lines[k].cells
            if k in ctx.glossary_lines:
                k += 1
                continue
            keys = [_match_column(c.text) for c in cells]
            below = ctx.lines[k + 1] if k + 1 < e0 else None
            if (
                len(cells) >= 2
                and all(key in _KV_KEYS for key in keys)
                and below is not None
                and len(below.cells) >= 2
                and not any(_match_column(c.text) for c in below.cells)
            ):
                # a row of headings with their values right below ("BILLED | ALLOWED …")
                for c, key in zip(cells, keys, strict=False):
                    value = _aligned_cell(below, c, cells)
                    if value:
                        put(key, value)
                k += 2
                continue
            if len(cells) == 2 and keys[0] in _KV_KEYS:
                if re.match(r"(?i)(claim )?totals?\b", cells[0].text.strip()):
                    totals[keys[0]] = cells[1].text
                else:
                    put(keys[0], cells[1].text)
            k += 1
    lines: list[tuple[ServiceLine, tuple, dict[str, str], list[int]]] = []
    for b, where in zip(blocks, at, strict=True):
        if not any(key in b for key in ("billed", "paid", "patient_responsibility")):
            continue
        row = Row(line_index=-1, cells=b, text=" ".join(b.values()))
        sl, carcs, rarcs, own = _service_line(ctx, Table(header_index=0, columns=[]), row)
        if sl is not None:
            lines.append((sl, (carcs, rarcs, own), dict(b), sorted(set(where))))
    t = None
    if totals:
        t = Totals(
            billed=_money(totals.get("billed")),
            allowed=_money(totals.get("allowed")),
            paid=_money(totals.get("paid")),
            patient_responsibility=_money(totals.get("patient_responsibility")),
        )
    return lines, t


def _aligned_cell(below: Line, head: Any, heads: list[Any]) -> str | None:
    """The value under a heading: same position when the counts match, else by overlap."""
    if len(below.cells) == len(heads):
        return below.cells[heads.index(head)].text
    best, best_ov = None, 0.0
    for c in below.cells:
        ov = min(c.x1, head.x1) - max(c.x0, head.x0)
        if ov > best_ov:
            best, best_ov = c, ov
    return best.text if best else None


def _item_lines(
    ctx: ParseContext, spans: list[tuple[int, int]]
) -> list[tuple[ServiceLine, tuple, int]]:
    """Services listed one per line in a letter ("• 02/11/2026 – Lactation (S9443) – $250.00")."""
    out: list[tuple[ServiceLine, tuple, int]] = []
    for s0, e0 in spans:
        for k in range(s0, e0):
            ln = ctx.lines[k]
            text = ln.text
            if k in ctx.glossary_lines or len(text) > 160:
                continue
            dates = nz.find_dates(text)
            code, mods = _procedure(text, strict_modifiers=True)
            money = nz.find_money(text)
            if not (dates and code and money) or re.search(r"(?i)\btotal", text):
                continue
            sl = ServiceLine(date_of_service=dates[0][2], procedure_code=code, modifiers=mods)
            sl.billed = money[0][2]
            sl.diagnosis_codes = _diagnoses(text)
            carcs, rarcs = _carcs(text), nz.find_rarcs(text)
            sl.remark_codes = rarcs
            sl.adjustments = _adjustments(carcs, sl, text)
            out.append((sl, (carcs, rarcs, []), k))
    return out


def _money(cell: str | None) -> Decimal | None:
    if not cell:
        return None
    for tok in cell.split():
        if is_money_token(tok):
            if re.fullmatch(r"\$?\.\d{2}", tok):
                return Decimal("0" + tok.lstrip("$"))
            return nz.parse_money(tok)
    found = nz.find_money(cell)
    return found[0][2] if found else None


_PROSE_TOTALS = {
    "billed": r"billed|charges?|charged",
    "allowed": r"allowed|allowable|approved",
    "paid": r"paid|plan pays|payment",
    "patient_responsibility": r"(?:you|member|patient) (?:may )?(?:owe|owes|pays?|responsibility)|your share|member responsibility",
}


def _prose_totals(text: str) -> Totals | None:
    t = Totals()
    hits = 0
    for key, words in _PROSE_TOTALS.items():
        m = re.search(
            rf"(?:{words})\s*:?\s*(?:\$\s?(\d[\d,]*(?:\.\d\d)?)|(\d[\d,]*\.\d\d))", text, re.I
        )
        if m:
            setattr(t, key, nz.parse_money(m.group(1) or m.group(2)))
            hits += 1
    return t if hits >= 2 else None


def _totals_from(row: Row) -> Totals:
    prose = _prose_totals(row.text)
    if prose is not None:
        return prose
    c = row.cells
    t = Totals(
        billed=_money(c.get("billed")),
        allowed=_money(c.get("allowed")),
        paid=_money(c.get("paid")),
        patient_responsibility=_money(c.get("patient_responsibility")),
    )
    if t.patient_responsibility is None:
        t.patient_responsibility = _patient_share_parts(c)
    return t


def _patient_share_parts(c: dict[str, str]) -> Decimal | None:
    parts = [_money(c.get(k)) for k in ("deductible", "coinsurance", "copay")]
    if any(p is not None for p in parts):
        return sum((p for p in parts if p is not None), ZERO)
    return None


def _service_line(
    ctx: ParseContext, table: Table, row: Row
) -> tuple[ServiceLine | None, list[tuple[str | None, str]], list[str], list[str]]:
    c = row.cells
    text = " ".join([row.text, *row.extra])
    sl = ServiceLine()
    dos_src = c.get("date_of_service") or text
    dates = nz.find_dates(dos_src) or nz.find_dates(text)
    sl.date_of_service = dates[0][2] if dates else None
    proc_src = " ".join(v for k, v in c.items() if k in ("procedure_code", "modifiers"))
    sl.procedure_code, sl.modifiers = _procedure(proc_src)
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = _procedure(c.get("description", ""))
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = _procedure(_strip_amounts(text), strict_modifiers=True)
    caption = _caption(ctx, table)
    if sl.procedure_code is None and caption:
        # "Service 1 of 3: Preventive counseling (99403) · Diagnosis O92.4" above its own table
        sl.procedure_code, sl.modifiers = _procedure(caption, strict_modifiers=True)
    if c.get("modifiers") and not sl.modifiers:
        sl.modifiers = [
            m for m in re.split(r"[\s,]+", c["modifiers"]) if re.fullmatch(r"[A-Z0-9]{2}", m)
        ]
    units = c.get("units")
    if units and re.fullmatch(r"\d{1,3}(\.0+)?", units.strip()):
        sl.units = int(float(units))
    if c.get("diagnosis_codes"):
        sl.diagnosis_codes = _diagnoses(c["diagnosis_codes"], undotted=True)
    else:
        sl.diagnosis_codes = _diagnoses(text)
    if not sl.diagnosis_codes and caption:
        sl.diagnosis_codes = _diagnoses(caption)
    sl.billed = _money(c.get("billed"))
    sl.allowed = _money(c.get("allowed"))
    sl.paid = _money(c.get("paid"))
    sl.patient_responsibility = _money(c.get("patient_responsibility"))
    if sl.patient_responsibility is None:
        sl.patient_responsibility = _patient_share_parts(c)
    if sl.billed is None and sl.paid is None:
        return None, [], [], []
    # codes: the remarks column and the lines under the row, or the whole row outside the amounts
    code_cols = ("remarks", "group", "carc", "adjustment", "unknown")
    # left to right, so a "Group" column and a "Reason" column read as "CO 242"
    code_src = " ".join(v for k, v in c.items() if k.startswith(code_cols))
    code_src = f"{code_src} {' '.join(row.extra)}".strip()
    remarks = " ".join(v for k, v in c.items() if k.startswith(code_cols[:4]))
    remarks = f"{remarks} {' '.join(row.extra)}".strip()
    unknown = " ".join(v for k, v in c.items() if k.startswith("unknown"))
    if not (_carcs(code_src) or nz.find_rarcs(code_src)):
        code_src = f"{_strip_amounts(text)} {' '.join(row.extra)}"
    carcs = _carcs(code_src)
    rarcs = nz.find_rarcs(code_src)
    for code in _bare_carcs_in_remarks(
        ctx, " ".join(v for k, v in c.items() if k.startswith("remarks"))
    ):
        if not any(code == k for _g, k in carcs):
            carcs.append((None, code))
    for code in _bare_carcs_in_remarks(ctx, c.get("carc") or "", letters=True):
        group = next(
            (g for g in (c.get("group") or "").split() if g in ("CO", "PR", "OA", "PI", "CR")), None
        )
        if not any(code == k for _g, k in carcs):
            carcs.append((group, code))
    # a payer's own keys: from the remarks, or words (not bare numbers) in unnamed columns
    own_src = remarks + " " + " ".join(t for t in unknown.split() if not t.strip("()").isdigit())
    own = _own_codes(ctx, own_src, carcs, rarcs)
    more_carcs, more_rarcs, own = _footnote_codes(ctx, own)
    carcs.extend(c for c in more_carcs if c not in carcs)
    rarcs.extend(r for r in more_rarcs if r not in rarcs)
    sl.remark_codes = list(dict.fromkeys(rarcs))
    sl.adjustments = _adjustments(carcs, sl, code_src)
    # a reason printed in words in its own column ("No prior authorization")
    for k in ("carc", "remarks", "remarks_2"):
        words = c.get(k) or ""
        if len(re.findall(r"[A-Za-z]{3,}", words)) >= 2 and not (
            _carcs(words) or nz.find_rarcs(words)
        ):
            own.append("TEXT:" + words)
    return sl, carcs, sl.remark_codes, own


def _caption(ctx: ParseContext, table: Table) -> str | None:
    """The line right above a table's heading, when it names a service code."""
    k = table.header_index - 1
    if k < 0 or not table.rows or sum(not r.is_total for r in table.rows) != 1:
        return None
    text = ctx.lines[k].text
    if is_money_token(text) or not _procedure(text, strict_modifiers=True)[0]:
        return None
    return text


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


_GROUP_AFTER = re.compile(r"\b(\d{1,3}|[A-Z]\d{1,2})\s*\((CO|PR|OA|PI|CR)\)")


def _carcs(text: str) -> list[tuple[str | None, str]]:
    """CARCs in any spelling, with a group printed after the code ("170 (CO)") honoured."""
    found = nz.find_carcs(text)
    after = {m.group(1): m.group(2) for m in _GROUP_AFTER.finditer(text)}
    return [(g or after.get(code), code) for g, code in found]


def _footnote_codes(
    ctx: ParseContext, keys: list[str]
) -> tuple[list[tuple[str | None, str]], list[str], list[str]]:
    """Footnote keys ("(1)") whose note names a standard code ("Reason code 170 (CO): …")."""
    carcs: list[tuple[str | None, str]] = []
    rarcs: list[str] = []
    own: list[str] = []
    for key in keys:
        expl = ctx.glossary.get(key, "")
        head = expl.split(":", 1)[0] if ":" in expl[:50] else expl[:30]
        c = _carcs(head) if re.search(r"reason|carc|adj|\b(CO|PR|OA|PI|CR)\b", head, re.I) else []
        r = nz.find_rarcs(head) if re.search(r"remark|rarc|\b[MN]A?\d", head) else []
        if c or r:
            carcs.extend(c)
            rarcs.extend(r)
        else:
            own.append(key)
    return carcs, rarcs, own


def _bare_carcs_in_remarks(ctx: ParseContext, cell: str, *, letters: bool = False) -> list[str]:
    """Bare codes in a codes or CARC column ("58 N428", "45") that are standard CARCs.

    A number the document's own key explains differently is the payer's own code
    ("217 The member was not eligible…"), not CARC 217.
    """
    from ..knowledge import carc_codes

    known = carc_codes()
    out = []
    shape = r"\d{1,3}|[A-Z]\d{1,2}" if letters else r"\d{1,3}"  # a CARC column may hold "B7"
    for tok in re.findall(rf"(?<![\w.$-])({shape})(?![\w.,/-])", cell or ""):
        if tok not in known:
            continue
        printed = ctx.glossary.get(tok)
        if printed is not None and not _same_meaning(printed, known[tok].description):
            continue
        out.append(tok)
    return out


def _same_meaning(a: str, b: str) -> bool:
    wa = {w for w in re.findall(r"[a-z]{4,}", a.lower())}
    wb = {w for w in re.findall(r"[a-z]{4,}", b.lower())}
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))


def _strip_amounts(text: str) -> str:
    """The row without its money ("240.00", "$0"), keeping codes like "CO 197"."""
    return " ".join(t for t in text.split() if not is_amount(t))


KNOWN_MODIFIERS = frozenset(
    "22 24 25 26 33 51 52 59 76 77 91 93 95 GT GQ GY GA GZ FQ TH HD HN HO KX SA SB AJ "
    "U1 U2 U3 U4 U5 U6 U7 U8 U9 UA UB UC UD XE XP XS XU TC".split()
)


_PROC = re.compile(
    r"(?<![\w-])([A-Z]\d{4}|\d{4}[A-Z0-9])(?!\d)((?:\s?[-:]\s?[A-Z0-9]{2}\b|\s[A-Z0-9]{2}\b){0,3})"
)


def _procedure(text: str, *, strict_modifiers: bool = False) -> tuple[str | None, list[str]]:
    for m in _PROC.finditer(text or ""):
        code = m.group(1)
        if not (nz.is_cpt(code) or nz.is_hcpcs(code)):
            continue
        mods: list[str] = []
        for mm in re.finditer(r"(\s?[-:]\s?|\s)([A-Z0-9]{2})\b", m.group(2)):
            sep, mod = mm.group(1), mm.group(2)
            if (
                sep.strip()
                or (not strict_modifiers and not mod.isdigit())
                or mod in KNOWN_MODIFIERS
            ):
                if mod in KNOWN_MODIFIERS or sep.strip() or re.fullmatch(r"[A-Z][A-Z0-9]", mod):
                    mods.append(mod)
                    continue
            break
        return code, mods
    return None, []


def _diagnoses(text: str, *, undotted: bool = False) -> list[str]:
    """ICD-10 codes; without a dot ("Z391") only where a column says it is a diagnosis."""
    out: list[str] = []
    for m in re.finditer(r"\b([A-TV-Z]\d{2}(?:\.\d{1,4}|\d{1,4})?[A-Z]?)\b", text):
        raw = m.group(1)
        if "." not in raw and (len(raw) <= 3 or not undotted):
            continue  # "Z39" is ambiguous; "N130" is a remark code
        code = nz.normalize_icd10(raw)
        if code and nz.is_icd10(code) and code not in out:
            if re.fullmatch(r"[A-Z]\d{4}", raw) and (nz.is_hcpcs(raw) or nz.is_cpt(raw)):
                continue  # S9443 is a procedure, not a diagnosis
            out.append(code)
    return out


def _own_codes(
    ctx: ParseContext, text: str, carcs: list[tuple[str | None, str]], rarcs: list[str]
) -> list[str]:
    """Keys printed in a row that the document's own code key explains."""
    out = []
    taken = {c for _, c in carcs} | set(rarcs)
    for tok in re.split(r"[\s,;/]+", _strip_amounts(text)):
        key = tok.strip("()[]*.:").upper()
        if not key or key in taken or nz.find_dates(key):
            continue
        if key in ctx.glossary and key not in out:
            out.append(key)
    return out


def _adjustments(
    carcs: list[tuple[str | None, str]], sl: ServiceLine, code_src: str
) -> list[Adjustment]:
    out: list[Adjustment] = []
    seen = set()
    for group, code in carcs:
        g = group or nz.format_carc(None, code).split("-")[0]
        if (g, code) in seen:
            continue
        seen.add((g, code))
        amount = None
        m = re.search(rf"\b{g}\s*-?\s*{re.escape(code)}\b\s*\$?\s*(\d[\d,]*\.\d\d)", code_src)
        if m:
            amount = nz.parse_money(m.group(1))
        elif len(carcs) == 1:
            if g == "PR" and sl.patient_responsibility is not None:
                amount = sl.patient_responsibility
            elif sl.billed is not None:
                amount = sl.billed - (sl.paid or ZERO)
        out.append(Adjustment(group=g, code=code, amount=amount))
    return out


def _prose_service_line(ctx: ParseContext, text: str, in_seg: list[Found]) -> ServiceLine | None:
    sl = ServiceLine()
    fields_here = in_seg or ctx.found
    dos_f = first(fields_here, "date_of_service")
    if dos_f and (d := nz.parse_date(dos_f.value)):
        sl.date_of_service = d
    else:
        for s, _e, d in nz.find_dates(text):
            if _DOS_CONTEXT.search(text[max(0, s - 40) : s]):
                sl.date_of_service = d
                break
    proc_f = first(fields_here, "procedure")
    sl.procedure_code, sl.modifiers = _procedure(proc_f.value if proc_f else "")
    if sl.procedure_code is None:
        for m in re.finditer(r"\b([A-Z]\d{4}|\d{5})\b", text):
            code = m.group(1)
            before = text[max(0, m.start() - 30) : m.start()].lower()
            if nz.is_hcpcs(code) or (
                nz.is_cpt(code) and re.search(r"cpt|code|procedure|hcpcs|billed as|service", before)
            ):
                sl.procedure_code, sl.modifiers = _procedure(text[m.start() : m.start() + 12])
                break
    dx_f = first(fields_here, "diagnosis")
    sl.diagnosis_codes = _diagnoses(dx_f.value) if dx_f else []
    if not sl.diagnosis_codes:
        sl.diagnosis_codes = [d for d in _diagnoses(text) if d != sl.procedure_code]
    sl.billed = _amount_near(text, r"billed|charges?d?|charge of|amount of|total charges|cost of")
    sl.paid = _amount_near(text, r"(?:plan |we )?paid|payment of|pays?")
    sl.allowed = _amount_near(text, r"allowed|allowable|approved amount")
    sl.patient_responsibility = _amount_near(
        text,
        r"you (?:may )?owe|your share|patient responsibility|member responsibility|responsible for",
    )
    bf = first(fields_here, "billed_total")
    if sl.billed is None and bf:
        sl.billed = _money(bf.value)
    pf = first(fields_here, "patient_total")
    if sl.patient_responsibility is None and pf:
        sl.patient_responsibility = _money(pf.value)
    if sl.date_of_service is None and sl.procedure_code is None and sl.billed is None:
        return None
    carcs = nz.find_carcs(text)
    sl.remark_codes = nz.find_rarcs(text)
    sl.adjustments = _adjustments(carcs, sl, text)
    return sl


def _amount_near(text: str, words: str) -> Decimal | None:
    # lazy \W+? matters: a greedy one lets the match run on to a later amount
    m = re.search(
        rf"(?:{words})[^\w$]{{0,3}}(?:\w+[^\w$]+?){{0,4}}?\$\s?(\d[\d,]*(?:\.\d\d)?)", text, re.I
    )
    if m:
        return nz.parse_money(m.group(1))
    return None


_NETWORK_NOTE = re.compile(
    r"\s*(?:[\(\[]\s*|,\s*)(?:in|out)(?:[- ]of)?[- ]network\s*[\)\]]?\s*$|"
    r"\s*[\(\[]\s*(?:non[- ]?)?participating(?: provider)?\s*[\)\]]",
    re.I,
)


_CREDENTIALS = r"(?:IBCLC|RN|CLC|CLE|MD|DO|NP|CNM|CPM|PA-C|LC|RLC|FNP|MSN|BSN|APRN|PhD)"


_PROSE_PROVIDER = [
    re.compile(
        r"\b(?:claim|bill|charges?|services?) (?:received )?from ([A-Z][^()\n;:]{2,60}?)\s*(?:\(NPI|,? NPI|\. | for | on )"
    ),
    re.compile(
        r"\b(?:provided|rendered|performed|given|billed)(?: on [A-Z0-9][\w ,/]{4,20}?)? by "
        r"([A-Z][^()\n;:]{2,60}?)(?:,? because|,? which|\s*\(NPI|,? NPI|\.\s|;|,? on [A-Z0-9])"
    ),
    re.compile(r"\bwhich ([A-Z][^()\n;:]{2,60}?)\s*\(NPI"),
    re.compile(
        rf"((?:(?:[A-Z][\w&'’.-]*|&)\s+){{0,5}}[A-Z][\w&'’.-]*"
        rf"(?:,\s*(?:{_CREDENTIALS}|LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?))*)\s*\(NPI"
    ),
    re.compile(
        rf"\b([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}, {_CREDENTIALS}(?:, {_CREDENTIALS})*)\b"
    ),
]


_PROSE_PATIENT = re.compile(
    r"\b(?:provided to|services to|services for|care for|rendered to|given to|visit for|"
    r"claim [A-Z0-9][\w-]{4,} for)\s+(?:(?:your|the member's|the subscriber's) (?:child|son|daughter|baby),?\s+)?"
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})"
)


def _prose_provider(flat: str) -> str | None:
    for rx in _PROSE_PROVIDER:
        m = rx.search(flat)
        if m:
            name = m.group(1).strip(" ,")
            if 3 <= len(name) <= 60 and not re.search(
                r"\b(we|you|your|our|the plan)\b", name, re.I
            ):
                return name
    return None


def _provider(ctx: ParseContext, fields_here: list[Found], seg_text: str) -> Provider:
    pf = first(fields_here, "provider_name")
    name = clean_name(pf.value) if pf else None
    flat = re.sub(r"\s*\n\s*", " ", seg_text)
    if name is None:
        name = _prose_provider(flat)
    if name:
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", name, flags=re.I)[0]
        name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    npi = None
    for f in [*all_of(fields_here, "npi"), *all_of(ctx.found, "npi")]:
        m = re.search(r"\b\d{10}\b", f.value)
        if m and nz.is_valid_npi(m.group(0)):
            npi = m.group(0)
            break
    if npi is None:
        for cand in nz.find_npis(seg_text):
            at = seg_text.find(cand)
            if not re.search(
                r"(payee|billing|pay-to|tax|tin)\W*(npi|id|number)?\W*$",
                seg_text[max(0, at - 25) : at],
                re.I,
            ):
                npi = cand
                break
    network = None
    nf = first(fields_here, "network")
    hay = (nf.value if nf else "") + "\n" + seg_text
    if re.search(
        r"out[- ]of[- ]network|non[- ]?participating|not (in|part of) (your|the|our) (plan'?s? )?network|"
        r"non[- ]?network|not a (network|participating) provider|\bOON\b|not contracted",
        hay,
        re.I,
    ):
        network = "out"
    elif re.search(
        r"\bin[- ]network\b|(?<!non-)(?<!non)\bparticipating\b|\bnetwork provider|\bpreferred provider",
        hay,
        re.I,
    ):
        network = "in"
    return Provider(name=name, npi=npi, network=network)


__all__ = ["parse_file", "parse_document", "AMOUNT_COLUMNS"]
