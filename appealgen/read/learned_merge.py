"""A learned layout's reading put into the parse result, with its evidence.

The layout's values replace the readers' for the fields it knows; its
``not_printed`` fields become null; claims follow the layout's order, and the
readers' evidence and not-printed paths follow their claims. Codes read through
the layout decide the denial (``learned_codes``); a code the layout was not
taught leaves the readers' denial as it was. A value the readers were sure of is
never cleared by a layout that reads nothing there, and a claim number the layout
read must be shaped as one (``learned_guard``).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from ..knowledge import reader_words
from ..models import Adjustment, Claim, Denial, Evidence, ParseResult, ServiceLine, Totals
from ..patterns import compiled
from . import learned_guard as guard
from .anchors import Spot
from .fingerprint import norm_words
from .layout import Line
from .layouts import CLAIM_FIELDS, CLAIM_NOT_PRINTED, HEADER_FIELDS, LINE_FIELDS, LearnedLayout
from .learned_codes import claim_denial, line_codes, unexplained, with_key_meanings
from .learned_read import Occ
from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from .learned_read import ReadClaim, Reading

SURE = 0.95  # confidence of a value read through a layout a person confirmed
UNSURE = 0.7
WEAK = "OCR read the layout's value weakly"


def merge(
    result: ParseResult,
    reading: Reading,
    lay: LearnedLayout,
    lines: list[Line],
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> None:
    """Put the layout's values (and its not-printed nulls) into ``result``, with evidence."""
    ev = _EvidenceMaker(result, lay, settings)
    sure = _sure_header(result)
    for path, occ in reading.header.items():
        old = _get_path(result, path)
        if ev.weak(occ) and path in sure and not guard.empty(old) and old != occ.value:
            guard.kept(result, path, lay.name, WEAK)
            continue
        if why := guard.failed_check(path, occ.value, result):
            guard.kept(result, path, lay.name, why)
            continue
        _set_path(result, path, occ.value)
        ev.add(path, occ)
    for path in lay.not_printed:
        if path not in HEADER_FIELDS:
            continue
        if guard.keeps_printed(path, _get_path(result, path), sure):
            guard.kept(result, path, lay.name, "printed here, though not where it was taught")
        else:
            _set_path(result, path, None)
    if lay.payer and norm_words(result.payer.name or "") != norm_words(lay.payer):
        _payer_into(result, lay, lines, ev)
    plan = reading.header.get("plan.name")
    if plan is not None:
        bracketed = compiled(rf"\(({reader_words().plan_type_alternation})\)", re.I)
        m = bracketed.search(plan.line.cells[plan.spot.cell].text[plan.spot.start :])
        if m:  # "Heartland Choice (POS)": the type printed beside the learned plan name
            result.plan.type = m.group(1).upper()
    if lay.kind != "unknown":
        result.source.kind = lay.kind
    moved: dict[int, int] = {}  # the readers' claim index -> the layout's
    if reading.claims:
        readers_ev = {p: e for p, e in result.evidence.items() if p.startswith("claims.")}
        index = {c.claim_number: k for k, c in enumerate(result.claims) if c.claim_number}
        claims = []
        for n, rc in enumerate(reading.claims):
            number = rc.number.value if rc.number else None
            k = index.get(number)
            if k is None and n < len(result.claims) and len(result.claims) == len(reading.claims):
                k = n  # the readers took another number for this claim
            if k is not None:
                moved[k] = n
            base = copy.deepcopy(result.claims[k] if k is not None else Claim())
            keep = _Keep(result, lay.name, k)
            claims.append(_claim(base, rc, lay, lines, ev, n, keep))
        numbers = [c.claim_number for c in claims]
        kept = guard.unread_claims(result, readers_ev, moved, numbers)
        for k in kept:
            moved[k] = len(claims)  # after the layout's claims
            claims.append(copy.deepcopy(result.claims[k]))
        result.claims = claims
        _renumber(result, moved, ev.paths)
        for k in kept:  # the readers' evidence of a claim they alone read
            head, new = f"claims.{k}.", f"claims.{moved[k]}."
            for path, e in readers_ev.items():
                if path.startswith(head):
                    result.evidence[new + path[len(head) :]] = e
            guard.kept(result, f"{new}claim_number", lay.name, guard.UNREAD_CLAIM)
    learned_null = {p for p in _not_printed(result, lay) if guard.empty(_get_path(result, p))}
    result.not_printed = sorted((set(result.not_printed) - ev.paths) | learned_null)


def _payer_into(result: ParseResult, lay: LearnedLayout, lines: list[Line], ev: Any) -> None:
    """The payer a person confirmed for this layout, where the notice prints its name."""
    name = norm_words(lay.payer)
    for i, ln in enumerate(lines):
        for k, cell in enumerate(ln.cells):
            if name and f" {name} " in f" {norm_words(cell.text)} ":
                result.payer.name = lay.payer
                ev.add("payer.name", Occ("payer.name", lay.payer, Spot(i, k, 0, 0), ln))
                return


class _Keep:
    """What the readers read surely of the claim a layout's claim replaces (claim ``k``)."""

    def __init__(self, result: ParseResult, layout: str, k: int | None) -> None:
        self.result, self.layout, self.k = result, layout, k
        self.sure = guard.sure_suffixes(result, k)

    def note(self, suffix: str, why: str) -> None:
        if self.k is not None:
            guard.kept(self.result, f"claims.{self.k}.{suffix}", self.layout, why)

    def printed(self, suffix: str, value: Any) -> bool:
        """The readers' value of a field the layout learned as not printed stands."""
        if not guard.keeps_printed(suffix, value, self.sure):
            return False
        self.note(suffix, "printed here, though not where it was taught")
        return True


def _claim(
    claim: Claim,
    rc: ReadClaim,
    lay: LearnedLayout,
    lines: list[Line],
    ev: Any,
    n: int,
    keep: _Keep,
) -> Claim:
    prefix = f"claims.{n}"
    if rc.number is not None:
        new, old = rc.number.value, claim.claim_number
        if old and old != new and not guard.claim_number_fits(new, keep.result):
            keep.note("claim_number", f"{str(new)[:40]!r} is not shaped as a claim number")
        else:
            claim.claim_number = new
            ev.add(f"{prefix}.claim_number", rc.number)
    taken: dict[str, Occ] = {}
    for path, occ in rc.fields.items():
        old, suffix = _get_claim(claim, path), path[len("claims.") :]
        if ev.weak(occ) and suffix in keep.sure and not guard.empty(old) and old != occ.value:
            keep.note(suffix, WEAK)
        elif why := guard.failed_check(path, occ.value, keep.result):
            keep.note(suffix, why)
        else:
            taken[path] = occ
    values = {p: o.value for p, o in taken.items()}
    for path, why in guard.totals_not_adding_up(claim.totals, values).items():
        keep.note(path[len("claims.") :], why)
        del taken[path]
    readers_totals = copy.deepcopy(claim.totals)
    for path, occ in taken.items():
        _set_claim(claim, path, occ.value)
    for path in lay.not_printed:
        if path in CLAIM_FIELDS or path in CLAIM_NOT_PRINTED:
            if not keep.printed(path[len("claims.") :], _get_claim(claim, path)):
                _set_claim(claim, path, None)
    _lines_into(claim, rc, lay, lines, ev, prefix, keep)
    for path in guard.totals_off_lines(claim, readers_totals, taken):
        keep.note(path[len("claims.") :], guard.OFF_LINES)
        _set_claim(claim, path, getattr(readers_totals, path.rsplit(".", 1)[1]))
        del taken[path]
    for path, occ in taken.items():
        ev.add(prefix + path[len("claims") :], occ)
    if claim.totals is None:
        claim.totals = Totals()
    return claim


def _lines_into(
    claim: Claim,
    rc: ReadClaim,
    lay: LearnedLayout,
    lines: list[Line],
    ev: Any,
    prefix: str,
    keep: _Keep,
) -> None:
    """The layout's services of the claim in place of the readers' (those the layout
    reads fewer of stay, when theirs add up), with the codes the layout reads on them."""
    if not (any(p in LINE_FIELDS for p in lay.fields) and rc.lines):
        return
    if guard.fuller_lines(claim, len(rc.lines)):
        for j in range(len(claim.service_lines)):
            keep.note(f"service_lines.{j}.billed", guard.FEWER_LINES)
        return
    old = claim.service_lines
    claim.service_lines = []
    for j, svc in enumerate(rc.lines):
        sl = copy.deepcopy(old[j]) if j < len(old) else ServiceLine()
        for path in lay.not_printed:
            if path in LINE_FIELDS and path != "claims.lines.codes":
                name = path.rsplit(".", 1)[1]
                if j >= len(old) or not keep.printed(
                    f"service_lines.{j}.{name}", getattr(sl, name)
                ):
                    setattr(sl, name, None if path[-5:] != "codes" else [])
        for path, occ in svc.items():
            name = path.rsplit(".", 1)[1]
            if path == "claims.lines.codes":
                continue
            if why := guard.failed_check(path, occ.value, keep.result):
                keep.note(f"service_lines.{j}.{name}", why)
                continue
            setattr(sl, name, occ.value)
            ev.add(f"{prefix}.service_lines.{j}.{name}", occ)
        claim.service_lines.append(sl)
    if "claims.lines.diagnosis_codes" in lay.fields:
        claim.diagnosis_codes = _union(sl.diagnosis_codes for sl in claim.service_lines)
    if "claims.lines.codes" in lay.fields:
        _codes_into(claim, rc, lay, lines, keep)


def _codes_into(
    claim: Claim, rc: ReadClaim, lay: LearnedLayout, lines: list[Line], keep: _Keep
) -> None:
    own_all: list[str] = []
    lines_with_codes = copy.deepcopy(claim.service_lines)
    texts = [
        svc["claims.lines.codes"].value if "claims.lines.codes" in svc else "" for svc in rc.lines
    ]
    table = with_key_meanings(texts, lines, lay.codes)
    read = [line_codes(text, lines, table) for text in texts]
    if (
        claim.denied
        and "denied" in keep.sure
        and not any(a or o for a, _, o in read)
        and guard.codes_on_rows(claim, [o.line for svc in rc.lines for o in svc.values()])
    ):
        # no code that denies in the layout's column: the readers' denial and codes stand
        keep.note("denied", "the layout's codes column names no denial code for this claim")
        return
    rows = [o.line for svc in rc.lines for p, o in svc.items() if p != "claims.lines.codes"]
    if guard.codes_off_rows([a for adj, _, _ in read for a in adj], rows, claim):
        keep.note("denial.carc", guard.OFF_ROWS)
        return
    for j, (sl, (adjustments, remarks, own)) in enumerate(
        zip(lines_with_codes, read, strict=False)
    ):
        sl.adjustments = [Adjustment(g, c, None) for g, c in adjustments]
        if remarks or not ({"denial.rarc", f"service_lines.{j}.remark_codes"} & keep.sure):
            sl.remark_codes = remarks  # else the readers' remarks, printed off the column
        own_all += [o for o in own if o not in own_all]
    reason = claim.denial.reason_text if claim.denial else None
    carc = _union([f"{a.group}-{a.code}" for a in sl.adjustments] for sl in lines_with_codes)
    rarc = _union(sl.remark_codes for sl in lines_with_codes)
    cats = claim_denial(carc, rarc, own_all, table)
    if not cats and any(unexplained(t, table) for t in texts):
        return  # a code this layout was not taught: the readers' denial stands
    sure = claim.denial.primary_category if claim.denial else None
    if sure in cats[1:] and "denial.primary_category" in keep.sure:
        # the readers chose surely among the very categories the codes name (the reason
        # printed beside them): their choice stands, the codes are the layout's
        cats = [sure] + [c for c in cats if c != sure]
        keep.note("denial.primary_category", guard.SURE_AMONG)
    claim.service_lines = lines_with_codes
    claim.denied = bool(cats)
    claim.denial = (
        Denial(reason_text=reason, carc=carc, rarc=rarc, categories=cats, primary_category=cats[0])
        if cats
        else None
    )


def _union(lists: Any) -> list[Any]:
    out: list[Any] = []
    for items in lists:
        for x in items:
            if x not in out:
                out.append(x)
    return out


def _set_path(result: ParseResult, path: str, value: Any) -> None:
    obj: Any = result
    parts = path.split(".")
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


def _get_path(result: ParseResult, path: str) -> Any:
    obj: Any = result
    for part in path.split("."):
        if obj is None:
            return None
        obj = obj[int(part)] if isinstance(obj, list) else getattr(obj, part, None)
    return obj


def _get_claim(claim: Claim, path: str) -> Any:
    obj: Any = claim
    for part in path.split(".")[1:]:
        obj = getattr(obj, part, None) if obj is not None else None
    return obj


def _sure_header(result: ParseResult) -> set[str]:
    return {p for p, e in result.evidence.items() if e.sure and not p.startswith("claims.")}


def _set_claim(claim: Claim, path: str, value: Any) -> None:
    parts = path.split(".")[1:]
    obj: Any = claim
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


def _not_printed(result: ParseResult, lay: LearnedLayout) -> list[str]:
    out = []
    for path in lay.not_printed:
        if path in HEADER_FIELDS:
            out.append(path)
        elif path in CLAIM_FIELDS or path in CLAIM_NOT_PRINTED:
            out += [f"claims.{n}{path[len('claims') :]}" for n in range(len(result.claims))]
        elif path != "claims.lines.codes":
            name = path.rsplit(".", 1)[1]
            for n, c in enumerate(result.claims):
                out += [f"claims.{n}.service_lines.{j}.{name}" for j in range(len(c.service_lines))]
    return out


def _renumber(result: ParseResult, moved: dict[int, int], learned_paths: set[str]) -> None:
    """The readers' evidence and not-printed paths follow their claims to the layout's order;
    those of claims and service lines the layout does not keep are dropped."""

    def new_path(path: str) -> str | None:
        parts = path.split(".")
        if parts[0] != "claims" or len(parts) < 3 or not parts[1].isdigit():
            return path
        k = int(parts[1])
        if k not in moved:
            return None
        parts[1] = str(moved[k])
        claim = result.claims[moved[k]]
        if parts[2] == "service_lines" and len(parts) > 3:
            if not parts[3].isdigit() or int(parts[3]) >= len(claim.service_lines):
                return None
        return ".".join(parts)

    evidence = {}
    for path, e in result.evidence.items():
        if path in learned_paths:
            evidence[path] = e  # read through the layout, already at its place
        elif (np := new_path(path)) is not None and np not in learned_paths:
            evidence[np] = e
    result.evidence = evidence
    result.not_printed = [np for p in result.not_printed if (np := new_path(p)) is not None]


class _EvidenceMaker:
    def __init__(self, result: ParseResult, lay: LearnedLayout, settings: ReadSettings) -> None:
        self.result = result
        self.lay = lay
        self.settings = settings
        self.paths: set[str] = set()

    def weak(self, occ: Occ) -> bool:
        return guard.weakly_read(occ, self.settings.ocr_low_word_confidence)

    def add(self, path: str, occ: Occ) -> None:
        self.paths.add(path)
        ln = occ.line
        weak = self.lay.confirmed and self.weak(occ)
        sure = self.lay.confirmed and not weak
        box: Any = ln
        if occ.row is None and occ.spot.cell < len(ln.cells):
            box = ln.cells[occ.spot.cell]  # the label's cell, value included
        self.result.evidence[path] = Evidence(
            confidence=SURE if sure else UNSURE,
            sure=sure,
            source="notice",
            reader="learned",
            page=ln.page,
            bbox=[
                round(box.words[0].x0, 1),
                round(ln.top, 1),
                round(box.words[-1].x1, 1),
                round(ln.bottom, 1),
            ],
            text=box.text[:200],
            reason=None if sure else (WEAK if weak else "learned layout not confirmed by a person"),
        )
