"""Where a learned table's columns are printed: the x-range of each heading and of the
corrected values under it, and how those values line up (left or right), so later
notices are cut into cells by the columns one correction showed. A notice that prints
its values in more than one table (a claim summary, then each claim's services) has
each column tied to its table (``table``), so each is found by its own headings.
"""

from __future__ import annotations

from collections import Counter

from ..read.anchors import heading_above, heading_lines, is_heading_line, table_columns
from ..read.fingerprint import norm_words
from ..read.layout import Line
from ..read.layouts import FIELD_TYPES
from ..read.learned_columns import alignment, format_range
from .corrected import Instance
from .places import anchors, cell_x, heading_before, value_spans

PLACE_KEYS = frozenset({"heading_at", "values_at", "align", "table"})

Hit = tuple[int, float, float]  # the row's line, the value's x0 and x1


def _headings(
    lines: list[Line], wanted: set[str], only: set[int] | None = None
) -> dict[str, tuple[float, float]]:
    """Each learned heading's x-range on the heading line that prints the most of them
    (of the lines ``only`` names, when given)."""
    best: dict[str, tuple[float, float]] = {}
    for i, ln in enumerate(lines):
        if (only is not None and i not in only) or not is_heading_line(ln):
            continue
        cols, found, _ = table_columns(lines, i, wanted)
        if len(found) > len(best):
            best = {c.text: (c.x0, c.x1) for c in cols if c.text in found}
    return best


def _value_hits(lines: list[Line], insts: list[Instance], anchor: dict[str, str]) -> list[Hit]:
    """Where the corrected values are printed under the anchor's column."""
    want = {k: v for k, v in anchor.items() if k in ("column", "row")}
    kind = FIELD_TYPES[insts[0].path]
    out = []
    for inst in insts:
        for i, ln in enumerate(lines):
            for k, cell in enumerate(ln.cells):
                for s, e in value_spans(kind, inst.value, cell.text):
                    x0, x1 = cell_x(cell, s, e)
                    if want in anchors(lines, i, k, s, e, kind):
                        if "row" not in want and heading_above(lines, i, x0, x1) is None:
                            x0 = heading_before(lines, i, cell, x0, x1)[1]  # "(CPT 99402)"
                        out.append((i, x0, x1))
                    elif (
                        "row" not in want and heading_above(lines, i, cell.x0, x1) == want["column"]
                    ):
                        out.append((i, cell.x0, x1))  # "CPT 99402": the code and its prefix
    return out


def _signatures(lines: list[Line]) -> dict[int, tuple[str, int]]:
    """Row line -> the words of the heading over it (one table's, wherever the table is
    printed again) and the heading's first line."""
    out = {}
    for i in range(len(lines)):
        heading = heading_lines(lines, i)
        if heading is not None:
            out[i] = " ".join(norm_words(lines[h].text) for h in heading), heading[0]
    return out


def add_column_places(
    lines: list[Line], fields: dict[str, dict[str, str]], instances: list[Instance]
) -> None:
    """``heading_at``, ``values_at``, ``align`` and, when the columns are printed in more
    than one table, ``table`` on every column anchor (in place)."""
    columns = {p: a for p, a in fields.items() if "column" in a}
    hits = {
        p: _value_hits(lines, [i for i in instances if i.path == p], a)
        for p, a in columns.items()
        if p != "claims.lines.codes"
    }
    sigs = _signatures(lines)
    table_of = {}  # field path -> the heading words of the table most of its values are in
    for path, found in hits.items():
        votes = Counter(sigs[i][0] for i, _x0, _x1 in found if i in sigs)
        if votes:
            table_of[path] = votes.most_common(1)[0][0]
    firsts: dict[str, int] = {}
    for sig, first in sigs.values():
        firsts[sig] = min(first, firsts.get(sig, first))
    shown = sorted(set(table_of.values()), key=lambda t: firsts[t])
    for path, anchor in columns.items():  # codes, found by their marks: by their heading
        if path not in table_of and len(shown) > 1:
            under = [
                t
                for t in shown
                if anchor["column"] in table_columns(lines, firsts[t], {anchor["column"]})[1]
            ]
            if under:
                table_of[path] = under[0]
    for path, anchor in columns.items():
        anchor.pop("table", None)
        if len(shown) > 1 and path in table_of:
            anchor["table"] = str(shown.index(table_of[path]) + 1)
    for path, anchor in columns.items():
        if "row" in anchor:
            continue
        found = hits.get(path, [])
        only = None
        mine = columns
        if len(shown) > 1 and path in table_of:  # its own table's headings and rows
            only = {first for sig, first in sigs.values() if sig == table_of[path]}
            found = [h for h in found if h[0] in sigs and sigs[h[0]][0] == table_of[path]]
            mine = {p: a for p, a in columns.items() if a.get("table") == anchor["table"]}
        heads = _headings(lines, {a["column"] for a in mine.values() if "row" not in a}, only)
        _place_column(anchor, heads.get(anchor["column"]), found)


def _place_column(anchor: dict[str, str], head: tuple[float, float] | None, hits: list[Hit]):
    """One column's heading place, its values' place and their alignment (in place)."""
    if head is None:
        return
    anchor["heading_at"] = format_range(*head)
    spans = [(x0, x1) for _i, x0, x1 in hits]
    if spans:
        anchor["values_at"] = format_range(min(s[0] for s in spans), max(s[1] for s in spans))
    align = alignment(spans, head)
    if align:
        anchor["align"] = align
