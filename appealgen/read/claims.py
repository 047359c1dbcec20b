"""Pages -> claims: one claim per claim number, its services from the best-supported reader."""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..models import (
    Claim,
    Totals,
)
from . import reader_items, reader_kv, reader_prose, reader_shapes, reader_table
from .claim_groups import READ_TWO_WAYS, caption_people, closing_anchors
from .claim_lines import first_name_first, person_cell
from .claim_sentences import claim_value, closing_words, own_text, start_line
from .context import (
    ClaimTrace,
    ParseContext,
    clean_id,
    clean_name,
    sum_totals,
)
from .denial import decide_denial, denial_words
from .fields import Found, all_of, first
from .printed_totals import heading_date, printed_totals, share_from_box
from .prose_services import sentence_start, wrapped_claim_numbers
from .provider import claim_provider, from_rows
from .reader_prose import (
    PROSE_PATIENT,
    prose_totals,
)
from .reader_table import (
    claim_id_from_cells,
    totals_from,
)
from .readers import ClaimArea, choose
from .statement_rows import rows_by_billed_totals
from .table import Row, Table, is_amount

# a label that names the claim ("Claim ID", "Payer claim number", "ICN"), and labels that
# name some other reference the notice carries ("Reference", "Case reference", "Notice ID")


def _claim_anchors(ctx: ParseContext) -> list[Found]:
    """Where each claim starts: its labelled claim numbers.

    A notice that prints a claim number under a label naming the claim also prints its
    own reference ("Case reference R82…", "Notice ID"): that reference is not a claim.
    """
    anchors = []
    last_line = -1
    words = reader_words()  # rules/reader_words.yaml
    # one a line, a claim's own label first ("Claim number is E256. Reference number: 762")
    labelled = sorted(
        all_of(ctx.found, "claim_number"),
        key=lambda f: (f.line, not words.claim_label_words.search(f.label)),
    )
    for f in labelled:
        cid = claim_value([ln.text for ln in ctx.lines[f.line : f.line + 2]], f.value)
        if not cid or f.line == last_line:
            continue
        last_line = f.line
        anchors.append(Found(f.field, cid, f.line, f.label))
    for line, cid in wrapped_claim_numbers([ln.text for ln in ctx.lines]):
        # "The claim number is" over "HBA-4412-870936. Reference number: PA2703455": a
        # reference's label on the line below does not stand for the claim's
        near = [a for a in anchors if a.line in (line, line + 1)]
        if not any(a.value == cid or words.claim_label_words.search(a.label) for a in near):
            anchors.append(Found("claim_number", cid, line, "claim"))
    anchors.sort(key=lambda a: a.line)
    if any(words.claim_label_words.search(a.label) for a in anchors):
        anchors = [
            a
            for a in anchors
            if words.claim_label_words.search(a.label)
            or not words.other_reference_words.search(a.label)
        ]
    return anchors


def claims_from_tables(ctx: ParseContext, tables: list[Table]) -> list[Claim]:
    """One claim per claim number; a number printed twice (summary, then detail) is one claim."""
    anchors = _claim_anchors(ctx)
    rows = [(t, r) for t in tables for r in t.rows]
    # a "Claim #" column: each row names its claim
    for _t, r in rows:
        claim_id_from_cells(r)
        cid = clean_id(r.cells.get("claim_number"))
        if cid and not any(a.line == r.line_index for a in anchors):
            anchors.append(Found("claim_number", cid, r.line_index, "claim column"))
    anchors.extend(_mentions(ctx, anchors, rows))
    anchors, read_twice = closing_anchors(anchors, rows)  # sorted by line
    via: dict[str, str] = {}
    for a in anchors:
        via.setdefault(a.value, a.label)
    via.update(dict.fromkeys(read_twice, READ_TWO_WAYS))
    for _t, r in rows:
        cid = clean_id(r.cells.get("claim_number"))
        if cid and r.id_in_cell and via.get(cid) == "claim column":
            via[cid] = "inside another cell"
    n = len(ctx.lines)
    ranges: dict[str | None, list[tuple[int, int]]] = {}
    order: list[str | None] = []
    if not anchors and (blocks := _table_blocks(ctx, tables)):
        # no claim number printed: each repeated table with its own labels is one claim
        return [
            c
            for s, e in blocks
            if (
                c := _claim_from(
                    ctx, [(s, e)], None, [(t, r) for t, r in rows if s <= r.line_index < e]
                )
            )
            is not None
        ]
    if not anchors:
        ranges[None] = [(0, n)]
        order.append(None)
    texts = [ln.text for ln in ctx.lines]
    for k, a in enumerate(anchors):
        start = a.line if k else 0
        # labels printed just above the claim number belong to this claim
        if k:
            start = _claim_start(ctx, texts, start, anchors[k - 1].line, a.value)
        stop = anchors[k + 1].line if k + 1 < len(anchors) else n
        if k + 1 < len(anchors):
            stop = _claim_start(ctx, texts, anchors[k + 1].line, a.line, anchors[k + 1].value)
        if a.value not in ranges:
            ranges[a.value] = []
            order.append(a.value)
        ranges[a.value].append((start, stop))
    claims: list[Claim] = []
    apart = rows_by_billed_totals(ctx, anchors, rows, ranges, order)
    for cid in order:
        spans = ranges[cid]
        seg_rows = [(t, r) for t, r in rows if any(s <= r.line_index < e for s, e in spans)]
        if apart is not None:
            seg_rows = apart[str(cid)]  # an itemised statement's rows, each with its claim
        claim = _claim_from(ctx, spans, cid, seg_rows)
        if claim is not None:
            ctx.traces[id(claim)].claim_number_via = via.get(cid) if cid else None
            claims.append(claim)
    if len(claims) > 1:
        # a claim number seen only in a summary, with nothing else, is not a claim of its own
        claims = [c for c in claims if c.service_lines or c.denied] or claims
    return claims


def _mentions(
    ctx: ParseContext, anchors: list[Found], rows: list[tuple[Table, Row]]
) -> list[Found]:
    """Lines outside the table that name one claim of its "Claim #" column.

    "Claim 7142128214: rendering provider Kim Tran" and the "Claim totals" under it,
    printed after a table that lists several claims' rows, belong to that claim.
    """
    ids = {a.value for a in anchors if a.label == "claim column"}
    if not ids:
        return []
    taken = {a.line for a in anchors}
    for _t, r in rows:
        taken.update([r.line_index, *r.extra_lines])
    out = []
    for k, ln in enumerate(ctx.lines):
        if k in taken or k in ctx.glossary_lines:
            continue
        hits = [c for c in ids if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", ln.text)]
        if len(hits) == 1:
            out.append(Found("claim_number", hits[0], k, "mention"))
    return out


def _claim_start(ctx: ParseContext, texts: list[str], at: int, floor: int, number: str) -> int:
    """The first line of the claim whose number is printed on line ``at`` (or the one
    below): the sentence that names it (read/claim_sentences.py), or the labels printed
    just above it."""
    if (told := start_line(texts, at, floor, number)) is not None:
        return told
    start = sentence_start(texts, at, floor)
    while start == at and at - 1 > floor and _is_label_line(ctx, at - 1):
        if sentence_start(texts, at - 1, floor) != at - 1:
            break  # the line above ends the sentence before it ("network."): not a label
        start = at = at - 1
    return start


def _table_blocks(ctx: ParseContext, tables: list[Table]) -> list[tuple[int, int]]:
    """Line ranges of one table each, when a table's heading repeats with labels above each.

    A remittance that prints no claim number it knows ("Claim identifier: …") still
    prints each claim as its labels (member, patient) over the same table; a table
    merely continued on the next page has no labels of its own above it.
    """
    if len(tables) < 2:
        return []
    heads = {_heading_text(ctx, t) for t in tables}
    if len(heads) != 1:
        return []
    blocks, start = [], 0
    for k, t in enumerate(tables):
        above = range(tables[k - 1].end_index if k else start, t.header_index)
        if not any(start <= f.line < t.header_index for f in ctx.found) and not any(
            _is_caption(ctx, i) for i in above
        ):
            return []
        stop = tables[k + 1].header_index if k + 1 < len(tables) else len(ctx.lines)
        if k + 1 < len(tables):
            first = _first_label_line(ctx, t.end_index, stop)
            while first == stop and stop - 1 >= t.end_index and _is_caption(ctx, stop - 1):
                first = stop = stop - 1  # no labels: the captions right above the next table
            stop = max(t.end_index, first)
        blocks.append((start, stop))
        start = stop
    return blocks


def _heading_text(ctx: ParseContext, t: Table) -> tuple[str, ...]:
    """The printed heading lines of a table (its column names may differ when a cell is empty)."""
    return tuple(ctx.lines[k].text for k in range(t.header_index, t.rows[0].line_index))


def _is_caption(ctx: ParseContext, i: int) -> bool:
    """A line of words of its own above a repeated table ("Claim file CF8206 | Treated by …")."""
    ln = ctx.lines[i]
    return (
        i not in ctx.glossary_lines
        and not any(is_amount(w.text) for w in ln.words)
        and any(w.text[:1].isalpha() for w in ln.words)
    )


def _first_label_line(ctx: ParseContext, lo: int, hi: int) -> int:
    """The first labelled line in [lo, hi): where the next claim's labels begin."""
    return min((f.line for f in ctx.found if lo <= f.line < hi), default=hi)


def _is_label_line(ctx: ParseContext, i: int) -> bool:
    """A line of labels ("Patient: Ann Lee") with no amounts on it.

    A code explained under a service ("Why: CO-11 The diagnosis …") is that service's,
    never a label of the claim printed after it.
    """
    has_amount = any(is_amount(w.text) for w in ctx.lines[i].words)
    if i in reader_items.code_notes(ctx):
        return False
    return any(f.line == i for f in ctx.found) and not has_amount


READERS = (
    reader_table.read,
    reader_items.read,
    reader_kv.read,
    reader_shapes.read,
    reader_prose.read,
)
ROW_READERS = ("table", "one_line_items", "row_shapes")


def _claim_from(
    ctx: ParseContext,
    spans: list[tuple[int, int]],
    claim_number: str | None,
    seg_rows: list[tuple[Table, Row]],
) -> Claim | None:
    """The claim printed in ``spans``: every reader reads it, the best-supported reading wins."""
    # "... not payable: ... This letter is about claim 7963 ...": the sentences before the
    # claim's own on its first line are the claim before's
    numbers = [(f.line, f.value) for f in ctx.found if f.field == "claim_number"]
    texts = [ln.text for ln in ctx.lines]
    closing = closing_words(texts, numbers, spans[-1][1], claim_number or "")
    seg_text = own_text(texts, spans, claim_number, ctx.glossary_lines) + closing
    in_seg = [f for f in ctx.found if any(s <= f.line < e for s, e in spans)]
    area = ClaimArea(spans, seg_rows, seg_text, list(in_seg))
    trace = ClaimTrace(spans=spans)
    totals = _table_totals(seg_rows, trace)
    best = choose([read(ctx, area) for read in READERS], ctx)
    if best is None and (claim_number is None or not denial_words().search(seg_text)):
        return None
    lines = best.lines if best else []
    if best is not None:
        trace.services = best.services
        if best.totals is not None:
            totals, trace.totals_via = best.totals, best.totals_via
    outside = best.outside if best is not None and best.outside is not None else seg_text
    anchor_line = min((f.line for f in in_seg if f.field == "claim_number"), default=0)
    in_seg.sort(key=lambda f: (f.line < anchor_line, f.line))
    fields_here = in_seg or ctx.found
    claim = Claim(claim_number=claim_number)
    trace.reader = best.reader if best else "prose"
    trace.prose_text = seg_text if trace.reader == "prose" else None
    ctx.traces[id(claim)] = trace
    row_cells = [r.cells for _t, r in seg_rows if not r.is_total]
    group = next((r.group for _t, r in seg_rows if r.group and not r.is_total), None)
    _people(ctx, claim, trace, row_cells, group, fields_here, seg_text)
    claim.service_lines = lines
    claim.diagnosis_codes = list(dict.fromkeys(d for sl in lines for d in sl.diagnosis_codes))
    if totals == Totals():
        totals = _totals_outside(outside, claim_number, trace)
    if totals == Totals():
        taken = {k for _t, r in seg_rows for k in (r.line_index, *r.extra_lines)}
        totals = printed_totals(ctx, spans, lines, trace, seg_text, claim_number, taken)
    totals = share_from_box(ctx, spans, totals, trace)
    if lines and all(sl.date_of_service is None for sl in lines):
        # a claim headed by the one date of its services ("March 1, 2026" over its lines)
        for sl in lines:
            sl.date_of_service = heading_date(ctx, anchor_line) if anchor_line else None
    if totals == Totals() and len(lines) == 1 and trace.reader not in ROW_READERS:
        # one service told in words or labels: its amounts are the claim's; a row of a
        # table or a list is the line's own, and the claim's totals are not printed
        totals = sum_totals(lines)
        trace.totals_via = "one service"
    claim.totals = totals
    decide_denial(ctx, claim, outside, best.codes if best else [])
    return claim


def _table_totals(seg_rows: list[tuple[Table, Row]], trace: ClaimTrace) -> Totals:
    totals = Totals()
    for table, row in seg_rows:
        if row.is_total:
            totals = totals_from(row)
            trace.totals_via = "total row"
            trace.totals_at = row.line_index
            trace.totals_columns = {c.name: (c.x0, c.x1) for c in table.columns}
    return totals


def _totals_outside(outside: str, claim_number: str | None, trace: ClaimTrace) -> Totals:
    """ "Claim 26041B77120 totals - Charges $180.00; Allowed $0.00; Paid $0.00" outside the table."""
    for ln in outside.splitlines():
        # the claim's own totals line, not a page or statement total
        if not re.search(r"(?i)\bclaim\b", ln) and (claim_number or "@") not in ln:
            continue
        if re.search(r"(?i)\btotals?\b", ln) and (prose := prose_totals(ln)) is not None:
            trace.totals_via = "prose"
            return prose
    return Totals()


def _split_shared_cells(row_cells: list[dict[str, str]]) -> None:
    """ "Patient / Provider" printed in one cell: "Ann Lee / Kim Tran, IBCLC"."""
    for c in row_cells:
        for key, other in (("provider_name", "patient_name"), ("patient_name", "provider_name")):
            both = c.get(key) or ""
            if " / " in both and not c.get(other):
                c["patient_name"], c["provider_name"] = (
                    part.strip() for part in both.split(" / ", 1)
                )
                break


def _people(
    ctx: ParseContext,
    claim: Claim,
    trace: ClaimTrace,
    row_cells: list[dict[str, str]],
    group: str | None,
    fields_here: list[Found],
    seg_text: str,
) -> None:
    """The claim's patient and provider: table cells first, then labels, then sentences."""
    _split_shared_cells(row_cells)
    patient = person_cell(from_rows(row_cells, "patient_name"))
    if group and not patient:
        patient = clean_name(group)
    pf = first(fields_here, "patient_name") or _heading_above(ctx, trace, "patient_name")
    # "Patient: NAKAGAWA, SOLVEIG": a labelled name printed surname first, then a comma
    labelled = clean_name(pf.value) if pf else None
    # a column's "FAIRWEATHER, NOOR" too; a cell holding digits is no name to turn
    name = patient or labelled
    claim.patient_name = name if not name or re.search(r"\d", name) else first_name_first(name)
    if claim.patient_name is not None:
        in_column = patient is not None and any(
            clean_name(c.get("patient_name")) == patient for c in row_cells
        )
        trace.patient_via = "column" if in_column else ("group" if group else "label")
    captioned, provider = caption_people(seg_text, claim.claim_number)
    if claim.patient_name is None and captioned:
        claim.patient_name, trace.patient_via = captioned, "caption"
    if claim.patient_name is None:
        pm = PROSE_PATIENT.search(re.sub(r"\s*\n\s*", " ", seg_text))
        claim.patient_name = pm.group(1).rstrip(".") if pm else None
        trace.patient_via = "prose" if pm else None
    claim_provider(ctx, claim, trace, row_cells, fields_here, seg_text)
    if claim.provider.name is None and provider:
        claim.provider.name, trace.provider_via = provider, "claim heading"


def _heading_above(ctx: ParseContext, trace: ClaimTrace, field: str) -> Found | None:
    """The nearest label above the claim ("Care for Ann Lee" over all of Ann's claims),
    else the document's first, unless it is printed after the claim's lines ("Patient
    Quinn Lee, claim no. 2672651611664" names a claim told after it)."""
    start = min((s for s, _e in trace.spans), default=0)
    above = [f for f in ctx.found if f.field == field and f.line < start]
    found = above[-1] if above else first(ctx.found, field)
    end = max((e for _s, e in trace.spans), default=0)
    return None if found is None or found.line >= end else found
