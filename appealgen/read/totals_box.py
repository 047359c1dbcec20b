"""A claim's totals printed as a box of labelled amounts beside the claim's own labels.

"Claim totals" in a cell of its own, and under it one label and its amount a line,
at the same left edge ("Billed | $60.00", "Plan paid | $0.00", "You owe | $60.00"),
whatever is printed to the left of the box. Each amount is named by its label, read
with the table headings' vocabulary (rules/labels.yaml); a line of a part of the
patient's share ("Deductible $0.00") is passed over, and the box ends at the first other
line that prints no labelled amount under the title.
"""

from __future__ import annotations

from ..models import Totals
from ..patterns import compiled
from .context import ParseContext
from .labelled_amounts import TOTALS_KEYS, labelled_totals, share_part_line
from .layout import Line
from .money_cells import cell_money

# "Claim totals", "Totals", "Totals for this claim", "Claim summary"
_BOX_TITLE = compiled(r"(?i)^(?:claim\s+)?(?:totals?|summary)(?:\s+for\s+this\s+claim)?:?$")
MAX_BOX_LINES = 8  # labelled amounts a box holds at most (the share's parts among them)
MIN_BOX_AMOUNTS = 2  # fewer is a stray label beside an amount, not a box


def _under(ln: Line, left: float, slack: float) -> str:
    """The text of the cells of ``ln`` that start at or right of the box's left edge."""
    return " ".join(c.text for c in ln.cells if c.x0 >= left - slack)


def box_totals(ctx: ParseContext, spans: list[tuple[int, int]]) -> tuple[Totals, dict[str, int]]:
    """The totals a box in ``spans`` prints, and the line each was read on (none: no box)."""
    slack = ctx.settings.box_align_pt
    for s, e in spans:
        for k in range(s, e):
            ln = ctx.lines[k]
            title = next((c for c in ln.cells if _BOX_TITLE.match(c.text.strip())), None)
            if title is None or k in ctx.glossary_lines:
                continue
            got: dict[str, str] = {}
            at: dict[str, int] = {}
            for j in range(k + 1, min(e, k + 1 + MAX_BOX_LINES)):
                below = ctx.lines[j]
                if below.page != ln.page or j in ctx.glossary_lines:
                    break
                text = _under(below, title.x0, slack)
                named = labelled_totals(text)
                if not named and share_part_line(text):
                    continue  # "Deductible $0.00" between "Plan paid" and "Your cost"
                if len(named) != 1 or set(named) & set(got):
                    break
                got.update(named)
                at.update(dict.fromkeys(named, j))
            if len(got) >= MIN_BOX_AMOUNTS:
                return Totals(**{key: cell_money(got.get(key)) for key in TOTALS_KEYS}), at
    return Totals(), {}
