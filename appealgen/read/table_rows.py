"""Table rows: where a table's rows start and end, totals, group headings, wrapped cells and code lines under a row."""

from __future__ import annotations

import re

from ..patterns import compiled
from . import normalize as nz
from .claim_lines import is_claim_line, past_claim_notes
from .columns import name_columns_by_content
from .data_columns import columns_from_data, is_typed_cell
from .keyed_lines import spread_keyed_lines
from .layout import Line, overlap
from .row_leads import leads_row, led_row
from .row_words import is_carried, is_rule, row_words
from .settings import DEFAULT_SETTINGS, ReadSettings
from .table import (
    AMOUNT_COLUMNS,
    Column,
    Row,
    Table,
    header_at,
    heading_like,
    heading_words,
    is_money_token,
    line_has_money,
    match_column,
)
from .wrapped_ids import wrapped_id_part

TOTAL_WORDS = compiled(
    r"^\s*(claim\s+)?totals?\b|^\s*total\s+(for|claim|billed)|^\s*totals?:", re.I
)


def find_tables(lines: list[Line], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cols = header_at(lines, i, settings)
        if cols is None:
            i += 1
            continue
        header_i, columns, last_header = cols
        sample = _sample_rows(lines, last_header + 1, settings.sample_rows)
        if sample:
            from_data = columns_from_data(
                lines[header_i : last_header + 1], [lines[k] for k in sample], settings
            )
            named = {c.name for c in from_data if c.name != "unknown"}
            if len(named) >= 3 and named & set(AMOUNT_COLUMNS):
                columns = from_data
        table = Table(header_index=header_i, columns=columns)
        j = _read_rows(lines, last_header + 1, table, settings)
        if table.rows:
            name_columns_by_content(table)
            spread_keyed_lines(table)
            tables.append(table)
            i = max(j, i + 1)
        else:
            i += 1
    return tables


def _sample_rows(lines: list[Line], start: int, most: int) -> list[int]:
    """Indices of the first ``most`` service-line rows under a heading (same page, before
    the total)."""
    out: list[int] = []
    if start >= len(lines):
        return out
    page = lines[start - 1].page
    for k in range(start, min(len(lines), start + 3 * most)):
        ln = lines[k]
        if ln.page != page or _is_total(ln) or _names_columns(ln):
            break  # the end of the page or the table, or the next table's headings
        if is_row_start(ln):
            out.append(k)
            if len(out) >= most:
                break
        elif not (is_code_line(ln) or not line_has_money(ln)):
            break
    return out


def _names_columns(ln: Line) -> bool:
    """A line of headings naming two columns or more: another table starts."""
    return heading_like(ln) and sum(1 for c in ln.cells if match_column(c.text)) >= 2


def _bounds(columns: list[Column]) -> list[tuple[Column, float, float]]:
    cols = sorted(columns, key=lambda c: c.x0)
    out = []
    for k, c in enumerate(cols):
        left = -1e9 if k == 0 else (cols[k - 1].x1 + c.x0) / 2
        right = 1e9 if k == len(cols) - 1 else (c.x1 + cols[k + 1].x0) / 2
        out.append((c, left, right))
    return out


def assign(ln: Line, columns: list[Column]) -> dict[str, str]:
    """Each word goes to the heading it overlaps most; else to the midpoint bounds."""
    bounds = _bounds(columns)
    cells: dict[str, list[str]] = {}
    for w in ln.words:
        best, best_ov = None, 0.0
        for c in columns:
            ov = overlap(w.x0, w.x1, c.x0, c.x1)
            if ov > best_ov:
                best, best_ov = c, ov
        if best is None or best_ov < 0.25 * (w.x1 - w.x0):
            cx = (w.x0 + w.x1) / 2
            for c, left, right in bounds:
                probe = w.x1 - 1 if is_money_token(w.text) and c.name in AMOUNT_COLUMNS else cx
                if left <= probe < right:
                    best = c
                    break
        if best is not None:
            cells.setdefault(best.name, []).append(w.text)
    return {k: " ".join(v) for k, v in cells.items()}


def is_row_start(ln: Line) -> bool:
    text = ln.text
    has_date = bool(nz.find_dates(text))
    has_code = any(nz.is_cpt(t) or nz.is_hcpcs(t) for t in _tokens(text))
    return (has_date or has_code) and line_has_money(ln)


_CODE_LINE = compiled(
    r"^\s*(adj(ustment)?s?|remarks?|rarc|carc|reason|group|codes?|claim adj\w*|line adj\w*|status)\b",
    re.I,
)


def is_code_line(ln: Line) -> bool:
    """Codes under a row ("ADJ: CO 45 35.00", "REMARKS: N95"), not a code's explanation."""
    text = ln.text
    if sum(1 for w in text.split() if w.isalpha() and w.islower() and len(w) > 2) >= 3:
        return False
    if nz.find_dates(text) or len(text) > 160:
        return False
    if _CODE_LINE.match(text):
        return bool(re.search(r"\d", text))  # "ADJ: CO 45 35.00", not a "Codes" heading
    return bool(nz.find_carcs(text) or nz.find_rarcs(text)) and len(ln.words) <= 8


def _tokens(text: str) -> list[str]:
    return [t.strip(",;()") for t in re.split(r"[\s/|]+", text) if t]


# a code key under the table ends it: "96 – Non-covered", "(1) Services of…", "CARC 22: …", "Remarks"
_KEY_ENTRY = compiled(
    r"^\s*(?:[A-Z0-9][A-Z0-9-]{0,5}\s+[–—-]\s+[A-Z]|[\(\[]\d{1,2}[\)\]]\s|\d{1,2}[.)]\s+[A-Z]"
    r"|(?:CARC|RARC|remarks?|reason codes?|notes?|codes? explanations?|explanation of codes|what the codes mean)\b"
    r"|(?:CO|PR|OA|PI|CR)[- ]?[A-Z]?\d{1,3}\s*[:–—-]\s|[MN]A?\d{1,3}\s*[:–—-]\s)",
    re.I,
)


def _is_total(ln: Line) -> bool:
    """A totals row: words of rules/table_rows.yaml, or amounts first and "Claim total" last."""
    if not line_has_money(ln):
        return False
    return bool(row_words().total_rows.search(ln.text)) or (
        bool(re.search(r"\b(claim )?totals?\b", ln.text, re.I)) and not is_row_start(ln)
    )


_LABEL_LINE = compiled(
    r"^\s*(rendering|provider|patient|member|claim|status|network)\b[^:]{0,20}:\s*\S", re.I
)


def _group_heading(lines: list[Line], j: int) -> bool:
    """A short line of words (a patient's name) right above a row of the same table."""
    ln = lines[j]
    text = ln.text.strip()
    if j + 1 >= len(lines) or not is_row_start(lines[j + 1]) or lines[j + 1].page != ln.page:
        return False
    if ":" in text or line_has_money(ln) or nz.find_dates(text) or len(ln.words) > 8:
        return False
    if heading_words(ln):
        return False
    if re.fullmatch(r"[A-Za-zÀ-ÿ'’., -]+", text):
        return len(ln.words) <= 6
    # a record's first line in a printed remittance: "LARKIN O'SHAUGHNESSY | INV0316000071 | 1288455037"
    return bool(re.match(r"[A-Za-zÀ-ÿ'’., -]{4,}\s", text)) and bool(
        re.search(r"\b[A-Z0-9-]*\d{6,}\b", text)
    )


PAGE_TITLE_LINES = 3  # lines a continued page may print above the table's rows


def _past_page_title(lines: list[Line], j: int, heading: list[str], settings: ReadSettings) -> int:
    """The first line at ``j`` or after that repeats this table's heading or goes on with rows.

    Only a few title lines (no amounts, no "Label:") at the top of the same page are
    passed over; ``j`` itself when none is found. Another table's heading is not this
    table going on.
    """
    page = lines[j].page
    for k in range(j, min(len(lines), j + PAGE_TITLE_LINES + 1)):
        ln = lines[k]
        if ln.page != page:
            break
        if is_row_start(ln):
            return k
        if is_rule(ln.text) or is_carried(ln.text):
            continue  # "------", "TOTALS BROUGHT FORWARD …" above the rows
        if (again := header_at(lines, k, settings)) is not None:
            same = [lines[i].text for i in range(again[0], again[2] + 1)] == heading
            return k if same or k == j else j
        if line_has_money(ln) or ":" in ln.text or ln.top > ln.page_height * 0.25:
            break
    return j


def _continue_on_page(
    lines: list[Line], j: int, heading: list[str], settings: ReadSettings
) -> tuple[int, float | None] | None:
    """Where a table goes on at the top of a new page, or None where it ends there.

    (the line to read next, the bottom of the heading it repeats or None). The page
    may open with a title of its own ("… continued"), then repeat the heading or go
    straight on with rows, or with the totals of the claim whose last row ended the page
    before.
    """
    j = _past_page_title(lines, j, heading, settings)
    again = header_at(lines, j, settings)
    if again is not None:
        return again[2] + 1, lines[again[2]].bottom
    if not (is_row_start(lines[j]) or _is_total(lines[j])):
        return None
    return j, None


def _wrap_onto(lines: list[Line], j: int, table: Table, settings: ReadSettings) -> bool:
    """Line ``j`` as a wrapped description or remark of the row above; False when it is not.

    Wrapped text never sits under a cell holding a date, a code or an amount: such a
    line is a caption over the next table.
    """
    if header_at(lines, j, settings) is not None:
        return False
    row = table.rows[-1]
    wrapped = assign(lines[j], table.columns)
    if any(is_typed_cell(row.cells.get(k) or "") for k in wrapped):
        return False
    row.extra.append(lines[j].text)
    row.extra_lines.append(j)
    for k, v in wrapped.items():
        if k in ("claim_number", "date_of_service") or k in AMOUNT_COLUMNS:
            continue  # wrapped text never adds to an ID, a date or an amount
        cur = row.cells.get(k)
        row.cells[k] = f"{cur} {v}" if cur else v
    return True


def _under_row(lines: list[Line], j: int, table: Table, close: bool) -> bool:
    """Line ``j`` belongs under the table's last row: a label between two records
    ("RENDERING: IFEOMA CASTELLANOS, IBCLC") or its codes ("ADJ: Group CO Reason 50 Amt
    325.00", "REMARKS: N95"). ``close``: the line sits right under the row."""
    if not table.rows or table.rows[-1].is_total:
        return False
    ln = lines[j]
    if _LABEL_LINE.match(ln.text):
        nxt = j + 1 < len(lines) and (_group_heading(lines, j + 1) or is_row_start(lines[j + 1]))
        if close and nxt:
            return True
    return is_code_line(ln)


def _notes_between_rows(lines: list[Line], j: int, table: Table) -> int | None:
    """The last of the lines from ``j`` that explain a code each ("Remark N95: This provider
    type …") when another row of the table follows them: notes of the row above, added to
    it; None when no row follows (they are the code key printed under the table)."""
    if not table.rows or table.rows[-1].is_total:
        return None
    k = j
    while k < len(lines) and _KEY_ENTRY.match(lines[k].text) and _names_one_code(lines[k].text):
        k += 1
    if k == j or k >= len(lines) or not is_row_start(lines[k]):
        return None
    for n in range(j, k):
        table.rows[-1].extra.append(lines[n].text)
        table.rows[-1].extra_lines.append(n)
    return k - 1


def _names_one_code(text: str) -> bool:
    """A line that names one standard code and explains it: "Remark N95: This provider …"."""
    return len(nz.find_carcs(text)) + len(nz.find_rarcs(text)) == 1


def _add_row(lines: list[Line], j: int, table: Table, group: str | None) -> int:
    """The row at line ``j`` added to ``table``: that line's, or the next line's led by it
    (a service's words over its amounts, one row of two lines). Returns its last line."""
    ln = lines[j]
    if is_row_start(ln):
        table.rows.append(Row(j, assign(ln, table.columns), ln.text, group=group))
        return j
    nxt = lines[j + 1]
    table.rows.append(led_row(ln, j + 1, assign(nxt, table.columns), nxt.text, group))
    return j + 1


def _may_wrap(ln: Line, table: Table, near: bool) -> bool:
    """A line ``near`` the row above it, with no amount, label or code key entry, that
    may be the rest of a cell the row wrapped (not under a totals row, not a sentence)."""
    return (
        bool(table.rows)
        and not table.rows[-1].is_total
        and not line_has_money(ln)
        and len(ln.text) < 100
        and ":" not in ln.text
        and not _KEY_ENTRY.match(ln.text)
        and near
    )


def _read_rows(lines: list[Line], start: int, table: Table, settings: ReadSettings) -> int:
    group: str | None = None
    heading = [lines[k].text for k in range(table.header_index, start)]
    j = start
    last_bottom = lines[start - 1].bottom if start > 0 else 0.0
    page = lines[start - 1].page if start > 0 else 1
    h = max(lines[start - 1].bottom - lines[start - 1].top, 6.0) if start > 0 else 10.0
    while j < len(lines):
        ln = lines[j]
        new_page = ln.page != page
        if not new_page and ln.top - last_bottom > settings.row_end_gap * h:
            break
        if new_page:
            nxt = _continue_on_page(lines, j, heading, settings)
            if nxt is None:
                break
            page = ln.page
            j, bottom = nxt
            if bottom is not None:
                last_bottom = bottom
                continue
            ln = lines[j]
        if is_rule(ln.text) or is_carried(ln.text):
            last_bottom = ln.bottom  # "------", "TOTALS CARRIED FORWARD …": the rows go on
            j += 1
            continue
        if _is_total(ln):
            table.rows.append(Row(j, assign(ln, table.columns), ln.text, is_total=True))
            last_bottom = ln.bottom
            j = past_claim_notes(lines, j + 1, table.rows[-1])
            # several claims in one table: a group heading, a claim line or a row may follow
            if j < len(lines) and (
                is_row_start(lines[j]) or _group_heading(lines, j) or is_claim_line(lines, j)
            ):
                continue
            break
        if is_claim_line(lines, j):
            # "NAME DOE, JANE  MID …  ICN …": the claim whose rows follow, not a row
            group = None
            last_bottom = ln.bottom
            j += 1
            continue
        if _group_heading(lines, j):
            group = ln.text.strip()
            last_bottom = ln.bottom
            j += 1
            continue
        if (part := wrapped_id_part(lines, j, table, settings)) is not None:
            row = table.rows[-1]  # "B3870341" / "800943": a number the column wrapped
            row.cells["claim_number"] = row.cells["claim_number"].strip() + part
            row.extra.append(ln.text)
            row.extra_lines.append(j)
        elif is_row_start(ln) or leads_row(
            lines, j, is_row_start, settings.continuation_gap * h, settings
        ):
            j = _add_row(lines, j, table, group)
            ln = lines[j]
        elif _KEY_ENTRY.match(ln.text) and not is_code_line(ln):
            if (last := _notes_between_rows(lines, j, table)) is None:
                break  # the code key printed under the table
            j, ln = last, lines[last]
        elif _under_row(lines, j, table, ln.top - last_bottom < settings.continuation_gap * h):
            table.rows[-1].extra.append(ln.text)
            table.rows[-1].extra_lines.append(j)
        elif _may_wrap(ln, table, ln.top - last_bottom < settings.continuation_gap * h):
            if not _wrap_onto(lines, j, table, settings):
                break
        else:
            break
        last_bottom = ln.bottom
        j += 1
    table.end_index = j
    return j
