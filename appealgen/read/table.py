"""Service-line tables rebuilt from geometry: header band -> columns -> rows.

A header is a line (with the lines stacked right above or below it) whose cells
name at least two known columns, one of them an amount. Column boundaries are
the midpoints between neighbouring headings, so right-aligned amounts that
stick out past their heading still land in the right column.
"""

from __future__ import annotations

import functools
import re
from dataclasses import field

from ..memo import per_document
from ..patterns import compiled
from ..records import record
from . import normalize as nz
from .extract import Word
from .fields import labels, norm_label, place_label
from .label_words import label_words
from .layout import Line, overlap
from .normalize import is_amount as is_amount  # the readers take them from here too
from .normalize import is_money_token as is_money_token
from .settings import DEFAULT_SETTINGS, ReadSettings

AMOUNT_COLUMNS = (
    "billed",
    "allowed",
    "paid",
    "patient_responsibility",
    "not_covered",
    "discount",
    "deductible",
    "coinsurance",
    "copay",
    "adjustment",
)


@record
class Column:
    name: str
    x0: float
    x1: float
    label: str

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@record
class Row:
    line_index: int
    cells: dict[str, str] = field(default_factory=dict)
    text: str = ""
    is_total: bool = False
    extra: list[str] = field(default_factory=list)  # continuation lines
    extra_lines: list[int] = field(default_factory=list)
    group: str | None = None  # a group heading above the rows, e.g. the patient's name
    id_in_cell: bool = False  # the claim number was picked out of another field's cell


@record
class Table:
    header_index: int
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    end_index: int = 0


def match_column(text: str) -> str | None:
    """The column a heading names, by its longest matching synonym."""
    return _match_norm(norm_label(text))


@functools.cache
def _synonyms() -> tuple[tuple[str, str, bool], ...]:
    """(column, synonym, whether it may match inside a longer heading: over 3 letters)."""
    return tuple((name, s, len(s) > 3) for name, syns in labels().columns.items() for s in syns)


@functools.cache
def _whole_word(s: str) -> re.Pattern[str]:
    return compiled(rf"(?<![a-z]){re.escape(s)}(?![a-z])")  # compiled once it is needed


@per_document
def _match_norm(norm: str) -> str | None:
    if " / " in norm:
        # bilingual headings ("Fecha / Date"): the half we know; two fields in one
        # column ("Patient / Claim number"): the first, the ID is picked out of the cell
        for half in norm.split(" / "):
            found = _match_norm(norm_label(half))
            if found:
                return found
    if not norm:
        return None
    fields, placed = place_label(norm, "columns")
    if fields and not placed.exact:
        return fields[0]  # a heading nobody listed, placed by its words ("Benefit amount")
    if fields and not any(norm == s for _n, s, _i in _synonyms()):
        return fields[0]  # a listed heading in its short forms ("Svc dt" is "svc date")
    best, best_len = None, 0
    for name, s, inside in _synonyms():
        if norm == s or (inside and s in norm and _whole_word(s).search(norm)):
            # an amount heading wins over a word it shares ("Provider charged")
            weight = len(s) + (100 if name in AMOUNT_COLUMNS and norm != s else 0)
            if norm == s:
                weight += 1000
            if weight > best_len:
                best, best_len = name, weight
    if best and len(norm) > 40:
        return None  # a sentence that happens to contain a heading word
    if best is None and _JOINED.search(norm):
        # a printout's abbreviations joined by hyphens ("SERV-DT", "PT-RESP", "PROV-PD"):
        # the heading a synonym lists with spaces, and only that
        fields, _placed = place_label(_JOINED.sub(" ", norm), "columns", exact_only=True)
        return fields[0] if fields else None
    return best


_JOINED = compiled(r"(?<=[a-z])-(?=[a-z])")


def line_has_money(ln: Line) -> bool:
    """Some word of the line is an amount of money."""
    for w in ln.words:
        if is_amount(w.text.rstrip(",;:.")):
            return True
    return False


_DIGITS4 = compiled(r"\d{4,}")


def heading_like(ln: Line) -> bool:
    """Headings hold words, not values: no "Label: value", no IDs, dates or money."""
    text = ln.text
    if ":" in text or _DIGITS4.search(text) or line_has_money(ln) or nz.find_dates(text):
        return False
    return len(text) < 200


@functools.cache
def heading_vocabulary() -> frozenset[str]:
    """Every word a column heading is made of, in the label data and the label word rules."""
    listed = {w for syns in labels().columns.values() for s in syns for w in s.split()}
    rules = label_words().rules["columns"].values()
    return frozenset(listed | {w for r in rules for w in r.heads | r.needs | r.fits})


def heading_words(ln: Line) -> bool:
    """Most words of a heading's second line are heading words ("charged", "amount", "owe")."""
    words = [norm_label(w.text) for w in ln.words]
    return sum(w in heading_vocabulary() for w in words) * 2 >= len(words)


def header_at(
    lines: list[Line], i: int, settings: ReadSettings
) -> tuple[int, list[Column], int] | None:
    """A table's heading band around line ``i``: its first line, its columns, its last line."""
    ln = lines[i]
    if not heading_like(ln):
        return None
    named = [c for c in ln.cells if match_column(c.text)]
    if len(named) < 2 and len(ln.cells) < 3:
        return None
    # gather the stacked heading band around this line
    band = [i]
    h = max(ln.bottom - ln.top, 4.0)
    k = i - 1
    while k >= 0 and len(band) < 3:
        prev = lines[k]
        if prev.page != ln.page or lines[band[0]].top - prev.bottom > settings.header_band_gap * h:
            break
        if not heading_like(prev) or len(prev.cells) < 2 or not heading_words(prev):
            break  # "Rendering Prov | Nest & Nourish" above the headings is a label's value
        band.insert(0, k)
        k -= 1
    k = i + 1
    while k < len(lines) and len(band) < 4:
        nxt = lines[k]
        if nxt.page != ln.page or nxt.top - lines[band[-1]].bottom > settings.header_band_gap * h:
            break
        if not heading_like(nxt) or not heading_words(nxt):
            break
        band.append(k)
        k += 1
    columns = header_columns([lines[b] for b in band], settings)
    names = [c.name for c in columns if c.name != "unknown"]
    amount_cols = [n for n in names if n in AMOUNT_COLUMNS]
    if (len(set(names)) < 3 or not amount_cols) and band != [i]:
        # band merging may have glued a title on; try the line alone
        columns = header_columns([ln], settings)
        names = [c.name for c in columns if c.name != "unknown"]
        amount_cols = [n for n in names if n in AMOUNT_COLUMNS]
        band = [i]
    if len(set(names)) < 3 or not amount_cols:
        return None
    return band[0], dedupe_columns(columns), band[-1]


def _stacks(lines: list[Line]) -> list[list[Word]]:
    """Heading words grouped into vertical stacks (a two-line heading is one stack)."""
    words = [(k, w) for k, ln in enumerate(lines) for w in ln.words]
    parent = list(range(len(words)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(len(words)):
        ka, wa = words[a]
        for b in range(a + 1, len(words)):
            kb, wb = words[b]
            if ka == kb:
                continue
            ov = overlap(wa.x0, wa.x1, wb.x0, wb.x1)
            if ov > 0.3 * min(wa.x1 - wa.x0, wb.x1 - wb.x0):
                parent[find(a)] = find(b)
    groups: dict[int, list[tuple[int, Word]]] = {}
    for idx, (k, w) in enumerate(words):
        groups.setdefault(find(idx), []).append((k, w))
    stacks = [[w for _, w in sorted(g, key=lambda kw: (kw[0], kw[1].x0))] for g in groups.values()]
    return sorted(stacks, key=lambda st: min(w.x0 for w in st))


def words_text(stack: list[Word]) -> str:
    """The words' texts, in their order, with one space between."""
    return " ".join(w.text for w in stack)


def exact_column(text: str) -> str | None:
    """The column a heading names exactly as the label data lists it, else None."""
    norm = norm_label(text)
    for name, syns in labels().columns.items():
        if norm in syns:
            return name
    return None


def header_columns(lines: list[Line], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Column]:
    """Columns from a heading band: word stacks, merged left to right into known headings."""
    stacks = _stacks(lines)
    all_words = [w for st in stacks for w in st]
    chars = sum(len(w.text) for w in all_words) or 1
    char_w = sum(w.x1 - w.x0 for w in all_words) / chars
    close = max(settings.heading_gap_chars * char_w, 6.0)

    def near(a: list[Word], b: list[Word]) -> bool:
        return min(w.x0 for w in b) - max(w.x1 for w in a) < close

    out: list[Column] = []
    i, n = 0, len(stacks)
    while i < n:
        taken = False
        for j in range(min(n, i + settings.max_heading_words), i + 1, -1):
            run = stacks[i:j]
            if not all(near(run[k], run[k + 1]) for k in range(len(run) - 1)):
                continue
            words = sorted((w for st in run for w in st), key=lambda w: (round(w.top), w.x0))
            text = words_text(words)
            name = exact_column(text)
            if name:
                out.append(Column(name, min(w.x0 for w in words), max(w.x1 for w in words), text))
                i = j
                taken = True
                break
        if not taken:
            st = stacks[i]
            text = words_text(st)
            name = match_column(text) or "unknown"
            out.append(Column(name, min(w.x0 for w in st), max(w.x1 for w in st), text))
            i += 1
    # neighbouring words of one heading the synonyms know only together
    merged: list[Column] = []
    for c in out:
        prev = merged[-1] if merged else None
        if prev is not None and c.x0 - prev.x1 < close and "unknown" in (prev.name, c.name):
            text = f"{prev.label} {c.label}"
            name = match_column(text)
            if name and prev.name in ("unknown", name) and c.name in ("unknown", name):
                merged[-1] = Column(name, prev.x0, c.x1, text)
                continue
        merged.append(c)
    return merged


def dedupe_columns(columns: list[Column]) -> list[Column]:
    """Two columns with one name: keep both but rename the second to 'other'."""
    seen: set[str] = set()
    out = []
    for c in sorted(columns, key=lambda c: c.x0):
        if c.name in seen:
            # e.g. "Code" for procedure and "Code" for remarks: the later one is remarks
            name = "remarks" if c.name == "procedure_code" else f"{c.name}_2"
            n = 2
            while name in seen:  # a third unnamed column is unknown_3, never a second unknown_2
                n += 1
                name = f"{c.name}_{n}"
            c = Column(name, c.x0, c.x1, c.label)
        seen.add(c.name)
        out.append(c)
    return out
