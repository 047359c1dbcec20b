"""A learned layout's header, kept when its claims are not used.

A later notice of a taught layout may print more claims, or rows the layout does not
know, so that its learned claims miss their printed totals and the notice's own reading
of the claims is kept (``learned.MISSED_TOTALS``). The notice's header is still the
layout's: the payer, the plan, the member and the notice's date are printed after the
same labels. ``checked_header`` keeps the header values a layout read that its own checks
pass (found after the label the layout learned, shaped as it learned them: an ID of its
learned shape, a person's full name); ``keep_header`` puts those into the readers' result,
its claims untouched.
"""

from __future__ import annotations

import dataclasses

from ..models import ParseResult
from .layout import Line
from .layouts import FIELD_TYPES, HEADER_FIELDS, LearnedLayout
from .learned_guard import failed_check
from .learned_merge import merge
from .learned_read import Occ, Reading
from .learned_values import id_shape
from .settings import DEFAULT_SETTINGS, ReadSettings


def shape_fits(value: object, anchor: dict[str, str]) -> bool:
    """An ID read through a layout has the shape the layout learned for it (``A`` a
    letter, ``9`` a digit), when it learned one; values of other kinds always fit."""
    shape = anchor.get("shape")
    if not shape or not isinstance(value, str):
        return True
    return id_shape([value]) == shape


def checked_header(reading: Reading, lay: LearnedLayout, result: ParseResult) -> dict[str, Occ]:
    """The header values of ``reading`` that agree with the layout: read after the label
    it learned for the field, shaped as it learned the field, and passing the field's
    checks (a person's full name, a date before the notice's)."""
    out: dict[str, Occ] = {}
    for path, occ in reading.header.items():
        anchor = lay.fields.get(path) or {}
        if path not in HEADER_FIELDS or "label" not in anchor or occ.value in (None, ""):
            continue
        if FIELD_TYPES.get(path) == "id" and not shape_fits(occ.value, anchor):
            continue
        if failed_check(path, occ.value, result) is None:
            out[path] = occ
    return out


def keep_header(
    result: ParseResult,
    reading: Reading,
    lay: LearnedLayout,
    lines: list[Line],
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> list[str]:
    """Put the header values of ``reading`` that pass their checks into ``result`` (the
    readers' reading, in place), and the payer the layout was taught where the notice
    prints it; the claims stay the readers'. Returns the header paths put in."""
    header = checked_header(reading, lay, result)
    if not header:
        return []
    # the header's own not-printed fields only: the layout's claims were not used
    only_header = dataclasses.replace(
        lay, not_printed=[p for p in lay.not_printed if p in HEADER_FIELDS]
    )
    merge(result, Reading(header=header), only_header, lines, settings)
    return sorted(header)
