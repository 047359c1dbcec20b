"""The table reader: one service line per table row, its codes from the code columns and the lines under it."""

from __future__ import annotations

import re

from ..models import (
    ServiceLine,
    Totals,
)
from ..patterns import compiled
from . import normalize as nz
from .codes import (
    bare_carcs_in_remarks,
    carcs_with_groups,
    diagnoses,
    fill_from_claim_text,
    footnote_codes,
    line_adjustments,
    own_codes,
    own_remarks,
    patient_share_parts,
    procedure,
    strip_amounts,
)
from .context import (
    ParseContext,
    ServiceTrace,
    clean_id,
)
from .dates import date_cell
from .dx_pointers import keyed_diagnoses, pointed
from .labelled_amounts import labelled_totals
from .money_cells import blanks_as_zeros, cell_money
from .reader_prose import (
    prose_totals,
)
from .readers import Candidate, ClaimArea
from .table import Row, Table, is_money_token, match_column

_CELL_ID_FIRST = compiled(r"\s*([A-Z0-9][A-Z0-9-]{4,}\d[A-Z0-9-]*)\s+(?:[—–-]\s+)?(?=[A-ZÀ-Ý(])")


_CELL_ID_LAST = compiled(r"\s+([A-Z]{0,4}[A-Z0-9-]*\d{6,}[A-Z0-9-]*)\s*$")


def claim_id_from_cells(r: Row) -> None:
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


def totals_from(row: Row) -> Totals:
    prose = prose_totals(row.text)
    if prose is not None:
        return prose
    c = row.cells
    t = Totals(
        billed=cell_money(c.get("billed")),
        allowed=cell_money(c.get("allowed")),
        paid=cell_money(c.get("paid")),
        patient_responsibility=cell_money(c.get("patient_responsibility")),
    )
    for key, amount in labelled_totals(row.text).items():  # "CLAIM TOTALS 500.00 PT RESP 0.00"
        if getattr(t, key) is None:
            setattr(t, key, nz.parse_money(amount))
    if t.patient_responsibility is None:
        t.patient_responsibility = patient_share_parts(c)
    return t


def service_line(
    ctx: ParseContext, table: Table, row: Row
) -> tuple[ServiceLine | None, list[tuple[str | None, str]], list[str], list[str]]:
    c = row.cells
    text = " ".join([row.text, *row.extra])
    sl = ServiceLine()
    dos_src = c.get("date_of_service") or text
    dates = nz.find_dates(dos_src) or nz.find_dates(text)
    sl.date_of_service = dates[0][2] if dates else date_cell(c.get("date_of_service"))
    proc_src = " ".join(v for k, v in c.items() if k in ("procedure_code", "modifiers"))
    sl.procedure_code, sl.modifiers = procedure(proc_src)
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = procedure(c.get("description", ""))
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = procedure(strip_amounts(text), strict_modifiers=True)
    caption = _caption(ctx, table)
    if sl.procedure_code is None and caption:
        # "Service 1 of 3: Preventive counseling (99403) · Diagnosis O92.4" above its own table
        sl.procedure_code, sl.modifiers = procedure(caption, strict_modifiers=True)
    if c.get("modifiers") and not sl.modifiers:
        sl.modifiers = [
            m for m in re.split(r"[\s,]+", c["modifiers"]) if re.fullmatch(r"[A-Z0-9]{2}", m)
        ]
    units = c.get("units")
    if units and re.fullmatch(r"\d{1,3}(\.0+)?", units.strip()):
        sl.units = int(float(units))
    if c.get("diagnosis_codes"):
        sl.diagnosis_codes = diagnoses(c["diagnosis_codes"], undotted=True)
    else:
        sl.diagnosis_codes = diagnoses(text)
    if not sl.diagnosis_codes and caption:
        sl.diagnosis_codes = diagnoses(caption)
    z = blanks_as_zeros(c, [col.name for col in table.columns])
    sl.billed = cell_money(z.get("billed"))
    sl.allowed = cell_money(z.get("allowed"))
    sl.paid = cell_money(z.get("paid"))
    sl.patient_responsibility = cell_money(z.get("patient_responsibility"))
    if sl.patient_responsibility is None:
        sl.patient_responsibility = patient_share_parts(z)
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
    if not (carcs_with_groups(code_src) or nz.find_rarcs(code_src)):
        code_src = f"{strip_amounts(text)} {' '.join(row.extra)}"
    carcs = carcs_with_groups(code_src)
    rarcs, own_rarcs = own_remarks(ctx, nz.find_rarcs(code_src))
    for code in bare_carcs_in_remarks(
        ctx, " ".join(v for k, v in c.items() if k.startswith("remarks"))
    ):
        if not any(code == k for _g, k in carcs):
            carcs.append((None, code))
    for code in bare_carcs_in_remarks(ctx, c.get("carc") or "", letters=True):
        group = next(
            (g for g in (c.get("group") or "").split() if g in ("CO", "PR", "OA", "PI", "CR")), None
        )
        if not any(code == k for _g, k in carcs):
            carcs.append((group, code))
    # a payer's own keys: from the remarks, or words (not bare numbers) in unnamed columns
    # (a bare number there is a key only when it is long enough not to be a count or a note)
    own_src = remarks + " " + " ".join(t for t in unknown.split() if not _short_number(t))
    own = own_rarcs + own_codes(ctx, own_src, carcs, rarcs + own_rarcs)
    more_carcs, more_rarcs, own = footnote_codes(ctx, own)
    carcs.extend(c for c in more_carcs if c not in carcs)
    rarcs.extend(r for r in more_rarcs if r not in rarcs)
    sl.remark_codes = list(dict.fromkeys(rarcs))
    sl.adjustments = line_adjustments(carcs, sl, code_src)
    own += ["TEXT:" + words for words in _column_words(c)]
    return sl, carcs, sl.remark_codes, own


def _column_words(cells: dict[str, str]) -> list[str]:
    """A reason printed in words in its own column ("No prior authorization"), or the words
    a code is printed with there ("CO-242 Prior authorization was not obtained")."""
    out = []
    for k in ("carc", "remarks", "remarks_2"):
        words = cells.get(k) or ""
        if carcs_with_groups(words) or nz.find_rarcs(words):
            words = _after_codes(words)
            if len(re.findall(r"[A-Za-z]{3,}", words)) < 3:
                continue
        if len(re.findall(r"[A-Za-z]{3,}", words)) >= 2:
            out.append(words)
    return out


def _after_codes(cell: str) -> str:
    """A cell's words after the codes it opens with ("CO-242 Prior authorization …":
    "Prior authorization …"); empty when a code stands inside its words."""
    m = re.search(r"[A-Za-z]{3,}", cell)
    rest = cell[m.start() :] if m else ""
    return "" if carcs_with_groups(rest) or nz.find_rarcs(rest) else rest


def _short_number(token: str) -> bool:
    """A bare number of one or two digits ("1", "(2)"): a count or a note mark, not a code."""
    bare = token.strip("()")
    return bare.isdigit() and len(bare) <= 2


def _caption(ctx: ParseContext, table: Table) -> str | None:
    """The line right above a table's heading, when it names a service code."""
    k = table.header_index - 1
    if k < 0 or not table.rows or sum(not r.is_total for r in table.rows) != 1:
        return None
    text = ctx.lines[k].text
    if is_money_token(text) or not procedure(text, strict_modifiers=True)[0]:
        return None
    return text


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    """One service line per table row of the claim; what it prints outside them applies."""
    cand = Candidate("table")
    for table, row in area.rows:
        if row.is_total:
            continue
        sl, carcs, rarcs, own = service_line(ctx, table, row)
        if sl is None:
            continue
        cand.lines.append(sl)
        cand.codes.append((carcs, rarcs, own))
        columns = {c.name: (c.x0, c.x1) for c in table.columns}
        lines = [row.line_index, *row.extra_lines]
        unheaded = frozenset(c.name for c in table.columns if not _headed(c.label, c.name))
        cand.services.append(ServiceTrace("table", lines, dict(row.cells), columns, unheaded))
    if not cand.lines:
        return None
    in_rows: set[int] = set()
    for t, r in area.rows:
        in_rows.update([r.line_index, *r.extra_lines])
        in_rows.update(range(t.header_index, t.rows[0].line_index))
    cand.outside = area.text_outside(ctx, in_rows)
    _pointed_diagnoses(cand)
    fill_from_claim_text(ctx, cand.lines, cand.codes, cand.outside)
    return cand


def _pointed_diagnoses(cand: Candidate) -> None:
    """Services whose diagnosis cell points into the claim's keyed list ("1,2" under
    "Diagnosis codes: 1 O9213  2 O9279") take the codes it names."""
    keyed = keyed_diagnoses(cand.outside)
    for sl, trace in zip(cand.lines, cand.services, strict=True):
        if keyed and not sl.diagnosis_codes:
            sl.diagnosis_codes = pointed(trace.cells.get("diagnosis_codes") or "", keyed)


def _headed(label: str, name: str) -> bool:
    """Whether the heading ``label`` printed over a column names it ``name``: a column with
    no heading, or one named by its values under a heading that names something else
    ("~Msg", a scan's "Msg" over message numbers "1 2" read "12", taken for the units), is
    not."""
    return bool(label.strip()) and match_column(label) == name
