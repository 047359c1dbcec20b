"""Where a learned table's columns are printed: the x-range of each heading and of the
corrected values under it, and how those values line up (left or right), so later
notices are cut into cells by the columns one correction showed.
"""

from __future__ import annotations

from ..read.anchors import heading_above, is_heading_line, table_columns
from ..read.layout import Line
from ..read.layouts import FIELD_TYPES
from ..read.learned_columns import alignment, format_range
from .corrected import Instance
from .places import _anchors, _cell_x, _spans

PLACE_KEYS = frozenset({"heading_at", "values_at", "align"})


def _headings(lines: list[Line], wanted: set[str]) -> dict[str, tuple[float, float]]:
    """Each learned heading's x-range on the heading line that prints the most of them."""
    best: dict[str, tuple[float, float]] = {}
    for i, ln in enumerate(lines):
        if not is_heading_line(ln):
            continue
        cols, found, _ = table_columns(lines, i, wanted)
        if len(found) > len(best):
            best = {c.text: (c.x0, c.x1) for c in cols if c.text in found}
    return best


def _value_spans(
    lines: list[Line], insts: list[Instance], anchor: dict[str, str]
) -> list[tuple[float, float]]:
    """The x-ranges of the corrected values printed under the anchor's column."""
    want = {k: v for k, v in anchor.items() if k in ("column", "row")}
    kind = FIELD_TYPES[insts[0].path]
    out = []
    for inst in insts:
        for i, ln in enumerate(lines):
            for k, cell in enumerate(ln.cells):
                for s, e in _spans(kind, inst.value, cell.text):
                    x0, x1 = _cell_x(cell, s, e)
                    if want in _anchors(lines, i, k, s, e, kind):
                        out.append((x0, x1))
                    elif (
                        "row" not in want and heading_above(lines, i, cell.x0, x1) == want["column"]
                    ):
                        out.append((cell.x0, x1))  # "CPT 99402": the code and its prefix
    return out


def add_column_places(
    lines: list[Line], fields: dict[str, dict[str, str]], instances: list[Instance]
) -> None:
    """``heading_at``, ``values_at`` and ``align`` on every column anchor (in place)."""
    columns = {p: a for p, a in fields.items() if "column" in a and "row" not in a}
    heads = _headings(lines, {a["column"] for a in columns.values()})
    for path, anchor in columns.items():
        head = heads.get(anchor["column"])
        if head is None:
            continue
        anchor["heading_at"] = format_range(*head)
        insts = [i for i in instances if i.path == path]
        spans = _value_spans(lines, insts, anchor) if path != "claims.lines.codes" else []
        if spans:
            anchor["values_at"] = format_range(min(s[0] for s in spans), max(s[1] for s in spans))
        align = alignment(spans, head)
        if align:
            anchor["align"] = align
