"""The key/value reader: services printed as labelled values, one group of labels per service.

A claim's block holds one group of the same labels per service ("Service 1 / Service
2", however titled): "Date of service: …", "Billed: …", "See note: M5". Three shapes
are read: inline "Label: value" pairs (several to a line, values wrapping onto the next
line, see kv_pairs), "Key | value" cells, and a row of headings over a row of values.
A totals line ("Claim totals: Billed $340.00; We paid $217.60") is the claim's totals.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..models import ServiceLine, Totals
from ..patterns import compiled
from . import normalize as nz
from .context import ParseContext, ServiceTrace
from .fields import norm_label
from .kv_pairs import logical_lines
from .labelled_amounts import LABELLED_AMOUNT, TOTALS_KEYS
from .layout import Line
from .money_cells import cell_money
from .reader_table import service_line
from .readers import Candidate, ClaimArea
from .table import AMOUNT_COLUMNS, Column, Row, Table, heading_vocabulary, match_column
from .table_rows import TOTAL_WORDS

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
_TOTALS_LABEL = compiled(r"(?i)\btotals?\b")
_TOTAL_WORDS = compiled(r"(?i)\b(?:claim|totals?|for this claim)\b")
_APPENDED = frozenset({"remarks", "description"})  # printed on several lines of one service

Item = tuple[str, str, list[int]]  # (key, printed value, document lines)


def _items(ctx: ParseContext, spans: list[tuple[int, int]]) -> tuple[list[Item], dict[str, str]]:
    """The claim's service labels and values in reading order, and its totals by key."""
    items: list[Item] = []
    totals: dict[str, str] = {}
    for s0, e0 in spans:
        indices = [k for k in range(s0, e0) if k not in ctx.glossary_lines]
        done: set[int] = set()
        for k in indices:
            if k in done:
                continue
            got = _cell_items(ctx, k, e0)
            if got is not None:
                shape_items, used = got
                items.extend(i for i in shape_items if not _totals_item(i, totals))
                done.update(used)
        rest = [k for k in indices if k not in done]
        for ll in logical_lines(ctx.lines, rest, ctx.settings):
            first = ctx.lines[ll.lines[0]].text if ll.lines else ""
            got = _line_items(ll.pairs, totals, bool(TOTAL_WORDS.match(first)))
            if not ll.pairs:  # "Amount charged  $155.00", "Service dates 3/2/2026 | Charges 275.00"
                got = [i for k in ll.lines for c in ctx.lines[k].cells for i in bare_items(c.text)]
            items.extend((key, value, list(ll.lines)) for key, value in got)
    return items, totals


_SHAPED = {"date_of_service", "procedure_code", *AMOUNT_COLUMNS}


def bare_items(text: str) -> list[tuple[str, str]]:
    """A cell of service labels and values printed without colons ("DOS July 23, 2026
    Charges $230.00 Paid $0.00"): each value has the shape its label asks for (an amount,
    a date or a range, a procedure code), or the cell is not read this way."""
    toks = text.split()
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(toks):
        hit = _bare_at(toks, i)
        if hit is None:
            return []
        key, value, i = hit
        out.append((key, value))
    return out


def _bare_at(toks: list[str], i: int) -> tuple[str, str, int] | None:
    for k in range(min(len(toks) - i - 1, 5), 0, -1):
        label = toks[i : i + k]
        if not all(norm_label(t) in heading_vocabulary() for t in label):
            continue  # heading words only: "Charges for this visit were" is a sentence
        key = match_column(" ".join(label))
        if key not in _SHAPED:
            continue
        for n in range(min(len(toks) - i - k, 3), 0, -1):
            value = " ".join(toks[i + k : i + k + n])
            if _has_shape(key, value):
                return key, value, i + k + n
    return None


def _has_shape(key: str, value: str) -> bool:
    if key in AMOUNT_COLUMNS:
        return nz.parse_money(value) is not None
    if key == "date_of_service":
        dates = nz.find_dates(value)
        return bool(dates) and dates[0][0] == 0 and dates[-1][1] == len(value)
    return len(value.split()) == 1 and nz.split_procedure(value)[0] is not None


def _line_items(
    pairs: list, totals: dict[str, str], in_totals: bool = False
) -> list[tuple[str, str]]:
    """A logical line's service items; a totals label (or a line that starts with one,
    "TOTAL FOR CLAIM: Billed: …") makes every amount after it a total.

    "Total: Amount charged: 950.00  Benefit paid: 0.00" is read as "Total" -> "Amount",
    "charged" -> "950.00", …: the words of a totals label's value with no amount in
    them begin the next label.
    """
    out: list[tuple[str, str]] = []
    carried = ""
    for p in pairs:
        label = f"{carried} {p.label}".strip()
        carried = ""
        if _TOTALS_LABEL.search(label) and not in_totals:
            in_totals = True
            if p.value and not any(ch.isdigit() for ch in p.value):
                carried = p.value
            else:
                _split_totals(label, p.value, totals)
            continue
        key = match_column(label)
        if in_totals:
            if key in TOTALS_KEYS and nz.find_money(p.value):
                totals.setdefault(key, p.value)
        elif key in _KV_KEYS and p.value:
            out.append((key, p.value))
    return out


def _cell_items(ctx: ParseContext, k: int, e0: int) -> tuple[list[Item], list[int]] | None:
    """Items of a line printed as cells: "Key | value", or headings over a row of values."""
    cells = ctx.lines[k].cells
    keys = [match_column(c.text) for c in cells]
    below = ctx.lines[k + 1] if k + 1 < e0 else None
    if (
        len(cells) >= 2
        and all(key in _KV_KEYS for key in keys)
        and not any(_holds_pair(c.text) for c in cells)
        and below is not None
        and len(below.cells) >= 2
        and not any(match_column(c.text) for c in below.cells)
    ):
        out = []
        for c, key in zip(cells, keys, strict=False):
            value = _aligned_cell(below, c, cells)
            if value and key is not None:
                out.append((key, value, [k, k + 1]))
        return out, [k, k + 1]
    if len(cells) == 2 and keys[0] is None and _is_coded_service(cells[0].text, cells[1].text):
        # "What was asked for | 99402 Preventive counseling": a code and its words
        return [("procedure_code", cells[1].text, [k])], [k]
    if len(cells) == 2 and keys[0] in _KV_KEYS and not _holds_pair(cells[0].text):
        if re.match(r"(?i)(claim )?totals?\b", cells[0].text.strip()):
            return [("total:" + (keys[0] or ""), cells[1].text, [k])], [k]
        return [(keys[0] or "", cells[1].text, [k])], [k]
    return None


_CODED_SERVICE = compiled(r"^\s*([A-Z]\d{4}|\d{5})\b[\s,:-]+[A-Za-z][a-z]+")


def _is_coded_service(label: str, value: str) -> bool:
    """A label of words beside a procedure code and its description, whatever the label says."""
    m = _CODED_SERVICE.match(value)
    if m is None or any(ch.isdigit() for ch in label) or ":" in label:
        return False
    return nz.is_cpt(m.group(1)) or nz.is_hcpcs(m.group(1))


def _holds_pair(text: str) -> bool:
    """A cell that holds a label and its value ("Group: 454281"), not a label alone."""
    return bool(re.search(r"\w:\s+\S", text))


def _totals_item(item: Item, totals: dict[str, str]) -> bool:
    if item[0].startswith("total:"):
        totals[item[0][6:]] = item[1]
        return True
    return False


def _split_totals(label: str, value: str, totals: dict[str, str]) -> None:
    """ "Claim totals: Billed $340.00; We paid $217.60; Your cost $54.40", or "Total billed: $455.00"."""
    parts = [
        (m.group("label").strip(" ;,"), m.group("amount")) for m in LABELLED_AMOUNT.finditer(value)
    ]
    named = [(lab, amt) for lab, amt in parts if lab]
    if named:
        for lab, amt in named:
            key = match_column(lab)
            if key in TOTALS_KEYS:
                totals.setdefault(key, amt)
        return
    key = match_column(_TOTAL_WORDS.sub(" ", label))
    if key in TOTALS_KEYS and parts:
        totals.setdefault(key, parts[0][1])


def _breaks(ctx: ParseContext, items: list[Item]) -> list[bool]:
    """For each item: is a line of its own (a "Service 2" title) printed right above it?"""
    out = []
    last = None
    for _key, _value, at in items:
        gap = range(last + 1, at[0]) if last is not None else range(0)
        out.append(any(ctx.lines[k].words and k not in ctx.glossary_lines for k in gap))
        last = max(at)
    return out


def _groups(items: list[Item], breaks: list[bool]) -> list[list[Item]]:
    """One group per service: the same labels printed again, however the groups are titled.

    A group, once it holds an amount, ends where a title line is printed, where its
    label repeats, or at the label that opens every group: the first printed as many
    times as the services' amounts ("Date of service" x3 with "Billed" x3). A claim-wide
    label printed once above the services (a diagnosis) stays with the first group; a
    piece with no amount (the rest of a service after a page's running header) joins the
    group before it.
    """
    count = Counter(key for key, _v, _at in items)
    n = max((count[k] for k in TOTALS_KEYS), default=0)
    if n == 0:
        return []
    opener = next((key for key, _v, _at in items if count[key] == n), items[0][0])
    groups: list[list[Item]] = []
    keys: set[str] = set()
    for item, brk in zip(items, breaks, strict=True):
        key = item[0]
        priced = bool(keys & set(TOTALS_KEYS))
        repeat = key in keys and key not in _APPENDED
        if not groups or repeat or (priced and (brk or key == opener)):
            groups.append([])
            keys = set()
        groups[-1].append(item)
        keys.add(key)
    merged: list[list[Item]] = []
    for g in groups:
        g_keys = {k for k, _v, _at in g}
        if merged and not g_keys & set(TOTALS_KEYS):
            if not g_keys & {k for k, _v, _at in merged[-1]}:
                merged[-1].extend(g)
                continue
        merged.append(g)
    return merged


def _service_lines(
    ctx: ParseContext, spans: list[tuple[int, int]], start: int | None = None
) -> tuple[list[tuple[ServiceLine, tuple, dict[str, str], list[int]]], Totals | None]:
    """The claim's services, one per group of labels, and its printed totals.

    ``start`` is the line of the claim's identifying label: a block starts there, so
    the notice's own header above it ("Date sent: …") is not read as a service.
    """
    items, totals = _items(ctx, spans)
    if start is not None and any(at[0] >= start for _k, _v, at in items):
        items = [i for i in items if i[2][0] >= start]
    lines: list[tuple[ServiceLine, tuple, dict[str, str], list[int]]] = []
    items.sort(key=lambda i: i[2][0])
    for group in _groups(items, _breaks(ctx, items)):
        cells: dict[str, str] = {}
        where: set[int] = set()
        for key, value, at in group:
            cells[key] = f"{cells[key]} {value}" if key in cells else value
            where.update(at)
        if not any(key in cells for key in ("billed", "paid", "patient_responsibility")):
            continue
        row = Row(line_index=-1, cells=cells, text=" ".join(cells.values()))
        labels = [Column(key, 0.0, 0.0, key) for key in cells]  # a dash by a label: a zero
        sl, carcs, rarcs, own = service_line(ctx, Table(header_index=0, columns=labels), row)
        if sl is None:
            continue
        lines.append((sl, (carcs, rarcs, own), dict(cells), sorted(where)))
    t = None
    if totals:
        t = Totals(**{k: cell_money(totals.get(k)) for k in TOTALS_KEYS})
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


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    start = min((f.line for f in area.found if f.field == "claim_number"), default=None)
    kv_lines, kv_totals = _service_lines(ctx, area.spans, start)
    if not kv_lines:
        return None
    cand = Candidate("key_value", totals=kv_totals, totals_via="key_value" if kv_totals else None)
    for sl, codes, cells, at in kv_lines:
        cand.lines.append(sl)
        cand.codes.append(codes)
        cand.services.append(ServiceTrace("key_value", at, cells))
    return cand
