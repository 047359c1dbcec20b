"""A table's claim groups: the rows under a claim's first row, up to the row closing them.

A table of several claims prints a claim's key cells (claim number, patient, provider)
on its first row only; the rows under it belong to it until the next claim's first row
or a subtotal row ("Claim 123 subtotal", "Total for claim 123") that closes it. A
closing row that names the claim names the group it closes, not a claim of its own:
it is where the group's claim number is read when its first row prints none, and else
the group keeps the number its first row prints.
"""

from __future__ import annotations

from ..knowledge import reader_words
from ..patterns import compiled
from .fields import Found
from .table import Row, Table
from .value_shapes import is_name, name_part

# the cells of a claim's caption: "Claim S75 | Ann Lee | Cradle Clinic", "… - Ann Lee - …"
_CAPTION_CELLS = compiled(r"\s*\|\s*|\s+[-–—]\s+")

# how a claim number is told to the evidence when its group's two printings differ
READ_TWO_WAYS = "read two ways"


def group_starts(rows: list[tuple[Table, Row]]) -> dict[int, int]:
    """Each closing row's line -> the line of the first row of the group it closes.

    Rows are taken in print order over every table of the document, so a group
    continued on the next page under a repeated heading stays one group.
    """
    out: dict[int, int] = {}
    start: int | None = None
    for r in sorted((r for _t, r in rows), key=lambda r: r.line_index):
        if not r.is_total:
            start = r.line_index if start is None else start
            continue
        if start is not None:
            out[r.line_index] = start
        start = None
    return out


def closing_anchors(
    anchors: list[Found], rows: list[tuple[Table, Row]]
) -> tuple[list[Found], set[str]]:
    """The claim anchors with each one printed in a closing row moved to its group, and
    the claim numbers the group's two printings read differently.

    "Claim MX7 subtotal" under rows whose first prints MX7 adds nothing; under rows that
    print no claim number it names them. A first row read "MX 7" (a scan's gap) takes
    the closing row's "MX7"; read "MXS7", it keeps its number, which is then unsure. A
    closing row naming another claim of the notice (totals printed after all the
    claims' rows) is that claim's, as before.
    """
    starts = group_starts(rows)
    closing = [a for a in anchors if a.line in starts]
    out = [a for a in anchors if a.line not in starts]
    known = {a.value for a in out}
    differ: set[str] = set()
    for a in closing:
        start = starts[a.line]
        own = [k for k, b in enumerate(out) if start <= b.line < a.line]
        if not own:
            out.append(a if a.value in known else Found(a.field, a.value, start, a.label))
            continue
        k = own[-1]
        mine = out[k].value
        if a.value.replace(" ", "") == mine:
            continue  # the same number, or a scan's gap inside the closing row's
        if a.value == mine.replace(" ", ""):
            out[k] = Found(a.field, a.value, out[k].line, out[k].label)
        elif a.value in known:
            out.append(a)
        else:
            differ.add(mine)
    return sorted(out, key=lambda a: a.line), differ


def caption_people(seg_text: str, claim_number: str | None) -> tuple[str | None, str | None]:
    """(patient, provider) a claim's caption prints beside its number, as cells of their
    own: "Claim S7534764374 | Ann Lee | Milkweed Lactation Collective". The provider is the
    cell a provider's word names (rules/reader_words.yaml); the patient the one other
    cell that is a person's name, when only one is."""
    if not claim_number:
        return None, None
    words = reader_words()
    lines = [ln for ln in seg_text.splitlines() if claim_number in ln]
    for line in lines[:1]:
        cells = [c.strip() for c in _CAPTION_CELLS.split(line)]
        at = next(k for k, c in enumerate(cells) if claim_number in c)
        rest = [name_part(c) for c in cells[at + 1 :] if c]
        names = [c for c in rest if is_name(c)]
        providers = [c for c in names if words.provider_words.search(c)]
        people = [c for c in names if c not in providers and not words.organisation.search(c)]
        return (
            people[0] if len(people) == 1 else None,
            providers[0] if len(providers) == 1 else None,
        )
    return None, None
