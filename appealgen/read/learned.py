"""Read a notice with the learned layout that matches it, if one does.

``apply(doc, result)`` runs after the readers chose their values. It sets
``layout.fingerprint`` always; when a stored layout's fingerprint matches this
notice's (same payer, ``settings.layout_match`` of structure words in common), the
layout's labels, columns and positions are read (``learned_read.read_with``) and
their values replace the readers' for the fields the layout knows, and its
``not_printed`` fields become null. A layout whose anchors are not found is
not applied, so a layout never touches a notice it does not fit.

The reading itself lives in ``learned_read`` and is imported only when a stored
layout matches; its names are still importable from here.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import logging
from typing import Any

from ..errors import LayoutError
from ..models import ParseResult, to_dict
from .extract import Document
from .fingerprint import (
    Fingerprint,
    fingerprint,
    norm_words,
    printed_name,
    same_payer,
    similarity,
)
from .layout import Line
from .layouts import LearnedLayout
from .layouts import list_layouts as _list_layouts
from .settings import DEFAULT_SETTINGS, ReadSettings

log = logging.getLogger(__name__)


FINGERPRINT_PAGES = 3

# Names of learned_read, importable from here as before
_READING = frozenset({"Occ", "ReadClaim", "Reading", "read_with", "MIN_HEADINGS", "HEADING_SHARE"})


def __getattr__(name: str) -> Any:
    if name in _READING:
        return getattr(importlib.import_module(f"{__package__}.learned_read"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def list_layouts() -> list[LearnedLayout]:
    return _list_layouts()


def any_stored() -> bool:
    """Whether the store holds a learned layout (a store that cannot be read holds none
    that could be used)."""
    try:
        return bool(list_layouts())
    except LayoutError:
        return False


# keys of the parse document whose text is no value printed on the notice
_NOT_VALUES = frozenset(
    {"evidence", "source", "reason_text", "not_printed", "warnings", "layout", "schema_version"}
)


def result_values(result: ParseResult) -> list[str]:
    """The short text values a reader took from a notice (left out of its fingerprint)."""
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k not in _NOT_VALUES:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)

    # the parse document's values, field by field: the evidence is never made into a dict
    walk(
        {
            f.name: to_dict(getattr(result, f.name))
            for f in dataclasses.fields(result)
            if f.name not in _NOT_VALUES and f.name != "notice_text"
        }
    )
    return out


def notice_lines(
    doc: Document, pages: int | None = None, settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Every printed line (of the first ``pages``), page by page, a page set in columns
    one column after the other. Running headers are kept: a service printed at the top
    of a page is read, a label printed on every page once."""
    from .page_columns import column_lines

    return [ln for page in doc.pages[:pages] for ln in column_lines(page, settings)]


def best_match(
    fp: Fingerprint,
    layouts: list[LearnedLayout],
    lines: list[Line] = (),
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> LearnedLayout | None:
    """The stored layout most like ``fp``, when it is like enough
    (``settings.layout_match``). A layout whose payer's name ``lines`` print (as OCR may
    misprint it) is compared as that payer's, whatever payer the readers took."""
    best, best_sim = None, settings.layout_match
    for lay in layouts:
        payer = norm_words(lay.payer)
        mine = fp
        if not same_payer(fp.payer, payer, settings) and printed_name(
            lines, payer, settings.layout_letters_per_edit
        ):
            mine = Fingerprint(payer, fp.words, fp.weak, fp.order)
        sim = similarity(mine, layout_fingerprint(lay), settings)
        if sim >= best_sim:
            best, best_sim = lay, sim
    return best


def layout_fingerprint(lay: LearnedLayout) -> Fingerprint:
    """A stored layout's fingerprint: its payer, its words and the order they are printed."""
    return Fingerprint(norm_words(lay.payer), frozenset(lay.words), order=tuple(lay.order))


def apply(doc: Document, ctx: Any, result: ParseResult) -> None:
    """Read ``doc`` again through the learned layout that matches it, if any (in place).

    Called once per notice by the parse driver after the readers chose their values
    (``parse.apply_learned_layout``). From ``ctx`` (the readers' context) only the
    caller's settings are used: the layout reads the page lines itself, running headers
    included.
    """
    head = notice_lines(
        doc, FINGERPRINT_PAGES, ctx.settings
    )  # a long file is read whole only on a match
    fp = fingerprint(head, result.payer.name, result_values(result), ctx.settings)
    result.layout = {"fingerprint": fp.digest, "learned": None}
    try:
        layouts = list_layouts()
    except LayoutError as e:
        result.warnings.append(f"learned layouts not used: {e.one_line()}")
        return
    lay = best_match(fp, layouts, head, ctx.settings)
    if lay is None:
        return
    _read_with_layout(doc, ctx, result, lay, head)
    from .learned_reasons import apply_reasons

    taught = apply_reasons(result, lay)  # the reasons a person named: whatever was used
    if taught:
        result.layout["reasons"] = {"name": lay.name, "claims": taught}


def _read_with_layout(
    doc: Document, ctx: Any, result: ParseResult, lay: LearnedLayout, head: list[Line]
) -> None:
    """Read ``doc`` with ``lay``: its values replace the readers', unless its anchors are
    not printed or its claims miss their printed totals more often than the readers' (then
    only its header values that pass their checks are used, ``learned_header``)."""
    lines = head if len(doc.pages) <= FINGERPRINT_PAGES else notice_lines(doc, None, ctx.settings)
    from .learned_read import read_with

    reading = read_with(lay, lines)
    if reading is None:
        log.debug("learned layout matched but its anchors were not found")
        result.layout["not_used"] = {"name": lay.name, "check": NOT_FOUND}
        return
    from .learned_claims import mend
    from .learned_merge import merge

    readers = copy.deepcopy(result)
    merge(result, reading, lay, lines, ctx.settings)
    mended = mend(result, readers, lay.name) if readers.claims else []
    if readers.claims and mostly_missed(result, readers, ctx.settings.layout_drop_share):
        # claim by claim, most of the layout's claims still miss their printed totals, more
        # of them than of the readers' reading of this very notice: its reading is not used
        # (when the readers found no claim at all, the layout's reading is the only one)
        for f in dataclasses.fields(result):
            setattr(result, f.name, getattr(readers, f.name))
        from .learned_header import keep_header

        header = keep_header(result, reading, lay, lines, ctx.settings)
        if header:  # the header the layout reads is the notice's; its claims are not
            result.warnings.append(
                f"learned layout {lay.name} matched, but its claims missed their printed"
                " totals more often than the notice's own reading: only its header was used"
            )
            result.layout = {"fingerprint": lay.fingerprint, "learned": lay.name}
            result.layout["claims_not_used"] = MISSED_TOTALS
            return
        result.warnings.append(
            f"learned layout {lay.name} matched, but its claims missed their printed totals"
            " more often than the notice's own reading: it was not used"
        )
        result.layout["not_used"] = {"name": lay.name, "check": MISSED_TOTALS}
        return
    # the notice is of this layout: it carries the layout's id, whatever its values
    result.layout = {"fingerprint": lay.fingerprint, "learned": lay.name}
    if mended:
        result.layout["readers_claims"] = mended


# why a learned layout that matched a notice was not used (``layout.not_used.check``)
NOT_FOUND = "anchors_not_found"  # its labels and headings are not printed where it reads
MISSED_TOTALS = "missed_totals"  # its claims missed their printed totals more often


def mostly_missed(result: ParseResult, readers: ParseResult, share: float) -> bool:
    """More than ``share`` of the claims of ``result`` that print a billed total miss it,
    and more of them than of ``readers``' claims."""
    missed = claims_not_adding_up(result)
    printed = sum(bool(c.totals and c.totals.billed is not None) for c in result.claims)
    return missed > claims_not_adding_up(readers) and missed > share * printed


def claims_not_adding_up(result: ParseResult) -> int:
    """How many claims have a billed total that their lines' billed amounts do not make
    (a line missing, an amount not read or read wrong); claims without a total are not
    counted."""
    from .learned_claims import misses_total

    return sum(misses_total(claim) for claim in result.claims)
