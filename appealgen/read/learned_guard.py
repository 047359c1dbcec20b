"""Whether a learned layout's value replaces the readers' value of one field.

A layout learned from one corrected notice may miss what a later notice of its layout
prints: a remark code printed on a line of its own, a field the taught notice left
blank (and so learned as "not printed"), a claim the layout's codes column reads no
code for. Its value replaces the readers' only when it is better supported:

* a layout that reads nothing for a field, or learned the field as not printed, never
  clears a value the readers were sure of (a claim's totals aside: they are checked
  against its lines);
* a claim number the layout read must be shaped as one (letters and digits, with a
  digit, not a date, not the member's ID or the plan's group number); otherwise the
  readers' stands;
* a claim the layout's codes leave without a denial keeps the readers' denial when the
  readers were sure of it and its codes are printed on the claim's own rows (where the
  taught notice printed none);
* a claim the readers read surely (its number sure, with services or totals) that the
  layout reads no claim for stays, after the layout's claims: a notice of more claims
  than the taught one may print some where the layout does not look.

What was kept is said in the readers' evidence (``kept_reason``), so ``explain`` and
the review show why the layout's reading did not win.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import Evidence, ParseResult
from ..patterns import compiled
from . import dates
from . import normalize as nz

_ID_SHAPE = compiled(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-./ ]{2,}$")


def empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def sure_suffixes(result: ParseResult, k: int | None) -> set[str]:
    """The paths under the readers' claim ``k`` (without ``claims.k.``) the readers were
    sure of."""
    if k is None:
        return set()
    prefix = f"claims.{k}."
    return {
        path[len(prefix) :]
        for path, e in result.evidence.items()
        if path.startswith(prefix) and e.sure
    }


def header_sure(result: ParseResult, path: str) -> bool:
    e = result.evidence.get(path)
    return e is not None and e.sure


def keeps_printed(suffix: str, value: Any, sure: set[str]) -> bool:
    """The layout learned this field as not printed, but the readers read it here surely.
    A claim's totals are the exception: whether they are printed is checked against the
    claim's lines (``learned.claims_not_adding_up``), not against the readers' sureness."""
    return not empty(value) and suffix in sure and not suffix.startswith("totals.")


def claim_number_fits(value: Any, result: ParseResult) -> bool:
    """A claim number is letters and digits with a digit, not a date, not the member's ID
    or the plan's group number."""
    if not isinstance(value, str) or not _ID_SHAPE.match(value.strip()):
        return False
    text = value.strip()
    found = dates.find_dates(text)
    if found and found[0][1] - found[0][0] >= len(text) - 1:
        return False
    squeezed = _squeeze(text)
    others = (result.member.id, result.plan.group_number)
    return not any(o and _squeeze(o) == squeezed for o in others)


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


UNREAD_CLAIM = "the layout read no claim of this number"


def unread_claims(
    result: ParseResult, evidence: dict[str, Evidence], moved: dict[int, int], numbers: list[Any]
) -> list[int]:
    """The readers' claims the layout read none for that stay (``evidence``: the readers'
    own, ``moved``: the readers' claims the layout read, ``numbers``: the layout's claim
    numbers)."""
    have = {_squeeze(n) for n in numbers if isinstance(n, str)}
    out = []
    for k, claim in enumerate(result.claims):
        number = claim.claim_number
        ev = evidence.get(f"claims.{k}.claim_number")
        if (
            k not in moved
            and number
            and ev is not None
            and ev.sure
            and _squeeze(number) not in have
            and claim_number_fits(number, result)
            and (claim.service_lines or claim.totals)
        ):
            out.append(k)
    return out


def kept(result: ParseResult, path: str, layout: str, why: str) -> None:
    """Say in the readers' evidence of ``path`` why their value stands."""
    e = result.evidence.get(path)
    note = f"kept over learned layout {layout}: {why}"
    if e is None:
        result.evidence[path] = Evidence(confidence=0.5, sure=False, reason=note)
    elif e.reason is None or "learned layout" not in e.reason:
        result.evidence[path] = replace(e, reason=f"{e.reason}; {note}" if e.reason else note)


def weakly_read(occ: Any, min_conf: float) -> bool:
    """OCR read a word of this value below ``min_conf`` (0-100): on a scan, a name or an
    ID read so is no better support than the readers' reading of it, and not sure."""
    ln = occ.line
    if not ln.words or ln.words[0].conf is None:
        return False
    words = ln.words
    if occ.spot.cell < len(ln.cells):
        cell = ln.cells[occ.spot.cell]
        words = cell.words
        if occ.spot.end > occ.spot.start:
            words = _words_between(cell, occ.spot.start, occ.spot.end) or words
    return any(w.conf is not None and w.conf < min_conf for w in words)


def _words_between(cell: Any, start: int, end: int) -> list[Any]:
    out, pos = [], 0
    for w in cell.words:
        at = cell.text.find(w.text, pos)
        if at < 0:
            break
        pos = at + len(w.text)
        if pos > start and at < end:
            out.append(w)
    return out


def codes_on_rows(claim: Any, rows: list[Any]) -> bool:
    """Every adjustment code of the readers' denial is printed on the claim's own rows
    (not only in a key or under another claim)."""
    carc = claim.denial.carc if claim.denial else []
    if not carc:
        return False
    unique = {id(r): r for r in rows}.values()
    printed = {c for ln in unique for _, c in nz.find_carcs(ln.text)}
    return all(code.rsplit("-", 1)[-1] in printed for code in carc)
