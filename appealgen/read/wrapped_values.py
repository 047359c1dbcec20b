"""The rest of a labelled name a narrow panel wraps onto the line under it.

A panel too narrow for a plan's name prints "Plan   Northgate Choice" and under it, where
the name starts, "Plus PPO": the line under holds no label of its own left of the name
(its next label would stand where "Plan" stands), and what it prints there is a run of
name words. The part under is read on with the name: "Northgate Choice Plus PPO".
"""

from __future__ import annotations

from ..patterns import compiled
from .fields import Found, field_of
from .layout import Line
from .settings import ReadSettings

# a run of name words: each capitalised (or the plan's type, in capitals), no digits only
_NAME_RUN = compiled(r"^(?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,3}$")


def wrapped_value(lines: list[Line], found: Found, settings: ReadSettings) -> str:
    """``found``'s value, with the part a narrow panel wrapped onto the line under it."""
    value = found.value.strip()
    if found.line + 1 >= len(lines):
        return value
    here, under = lines[found.line], lines[found.line + 1]
    cell = next((c for c in here.cells if c.text.strip() == value), None)
    if cell is None or under.page != here.page:
        return value
    before = [c for c in here.cells if c.x1 <= cell.x0]
    if not before:
        return value  # no label beside the value on its line: not a panel's row
    height = max(here.bottom - here.top, 1.0)
    if under.top - here.bottom > settings.continuation_gap * height:
        return value
    if any(c.x1 > before[-1].x0 - 1 and c.x0 < cell.x0 - settings.kv_align_pt for c in under.cells):
        return value  # a label (or a value) of its own left of where the name starts
    part = next((c for c in under.cells if abs(c.x0 - cell.x0) <= settings.kv_align_pt), None)
    if part is None:
        return value
    text = part.text.strip()
    if not _NAME_RUN.match(text) or field_of(text) or field_of(text.split()[0]):
        return value
    return f"{value} {text}"
