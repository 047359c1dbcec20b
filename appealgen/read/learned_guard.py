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
  than the taught one may print some where the layout does not look;
* a value that fails its field's checks (``failed_check``: a negative amount, one word
  for a person's name, a service dated after the notice) or claim totals that do not add
  up where the readers' do (``totals_not_adding_up``: paid and the patient's share more
  than billed, allowed more than billed) leave the readers' reading of that field: a
  column that held the right figure on the taught notice may hold another on a later one;
* a claim whose services the layout reads fewer of than the readers, whose own services
  make the claim's billed total, keeps the readers' services (``fuller_lines``: a row
  printed otherwise than the taught ones is not dropped), and a claim total its services
  do not make where the readers' total is what they make stays the readers'
  (``totals_off_lines``);
* of the categories a layout's codes name, the one the readers chose surely (by the
  reason printed beside the codes) stays the claim's primary category (``SURE_AMONG``);
* codes a layout reads off the claim's service rows (a key's line under a heading),
  where every code of the readers' denial is printed on those rows, leave the readers'
  denial (``codes_off_rows``).

What was kept is said in the readers' evidence (``kept_reason``), so ``explain`` and
the review show why the layout's reading did not win.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..models import Evidence, ParseResult
from ..patterns import compiled
from . import dates
from . import normalize as nz
from .layouts import FIELD_TYPES

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


PERSON_FIELDS = frozenset({"member.name", "claims.patient_name"})
_NAME_WORD = compiled(r"[^\W\d_]{2,}")


def failed_check(path: str, value: Any, result: ParseResult) -> str | None:
    """Why ``value``, read through a layout for ``path`` (a layout's field path:
    "claims.totals.paid", "claims.lines.billed", "member.name"), cannot be that field's
    value; None when every check of the field passes."""
    kind, field = FIELD_TYPES.get(path), path.rsplit(".", 1)[-1]
    if kind == "money" and isinstance(value, Decimal) and value < 0:
        return f"a negative amount ({value}) is no {field.replace('_', ' ')}"
    if path in PERSON_FIELDS and isinstance(value, str) and len(_NAME_WORD.findall(value)) < 2:
        return f"{value[:40]!r} is not a person's full name (a given name and a surname)"
    notice = result.notice_date
    if path == "claims.lines.date_of_service" and notice and value and value > notice:
        return f"a service on {value} is after the notice's date ({notice})"
    return None


_TOTALS = ("billed", "allowed", "paid", "patient_responsibility")


def adds_up(totals: dict[str, Any]) -> bool:
    """Claim totals that can be one claim's: paid and the patient's share together are no
    more than billed, and allowed is no more than billed (a figure not printed passes)."""
    billed, paid = totals.get("billed"), totals.get("paid")
    share, allowed = totals.get("patient_responsibility"), totals.get("allowed")
    if billed is None:
        return True
    if allowed is not None and allowed > billed:
        return False
    return paid is None or share is None or paid + share <= billed


def totals_not_adding_up(readers: Any, learned: dict[str, Any]) -> dict[str, str]:
    """The claim totals a layout read (``learned``: path -> value) that the readers' stand
    for, each with why: the layout's totals, put in, do not add up where the readers' do
    and differ from them."""
    paths = {p: p.rsplit(".", 1)[-1] for p in learned if p.startswith("claims.totals.")}
    if not paths or readers is None:
        return {}
    old = {name: getattr(readers, name) for name in _TOTALS}
    new = {**old, **{name: learned[p] for p, name in paths.items()}}
    if adds_up(new) or not adds_up(old) or not any(v is not None for v in old.values()):
        return {}
    why = "the layout's totals do not add up (paid and the patient's share, or allowed, more than billed)"
    return {p: why for p, name in paths.items() if learned[p] != old[name]}


FEWER_LINES = "the layout read fewer of this claim's services, and the notice's own reading adds up"


def fuller_lines(claim: Any, layout_lines: int) -> bool:
    """The readers read more services of ``claim`` than the layout's ``layout_lines``, and
    their billed amounts make the claim's billed total: a row the layout does not see (a
    service printed otherwise than the taught ones) is no reason to drop one."""
    lines = claim.service_lines
    total = claim.totals.billed if claim.totals else None
    if len(lines) <= layout_lines or total is None:
        return False
    billed = [sl.billed for sl in lines]
    return None not in billed and sum(billed) == total


OFF_LINES = "the claim's services make the notice's own total, not the layout's"


def totals_off_lines(claim: Any, readers: Any, taken: dict[str, Any]) -> list[str]:
    """The claim totals a layout read (``taken``: its paths) that the claim's services do
    not make where the readers' total (``readers``) is what they make: a label a later
    notice prints elsewhere (a panel's "Paid" over another figure) gave the layout's."""
    out = []
    for path in taken:
        if not path.startswith("claims.totals."):
            continue
        name = path.rsplit(".", 1)[1]
        values = [getattr(sl, name, None) for sl in claim.service_lines]
        old = getattr(readers, name, None) if readers is not None else None
        if not values or None in values or old is None:
            continue
        made = sum(values)
        if made == old and made != getattr(claim.totals, name):
            out.append(path)
    return out


SURE_AMONG = "the notice's own reading chose it surely among the categories the codes name"


OFF_ROWS = "the layout's codes are not printed on the claim's rows, the notice's own are"


def codes_off_rows(codes: list[tuple[str, str]], rows: list[Any], claim: Any) -> bool:
    """The adjustment ``codes`` (group, code) a layout read for a claim are not all printed
    on its service ``rows`` (read from a key, a code's line under a heading), while every
    code of the readers' denial of ``claim`` is: the codes on the rows stand."""
    if not codes or not rows:
        return False
    unique = {id(r): r for r in rows}.values()
    printed = {c for ln in unique for _, c in nz.find_carcs(ln.text)}
    return any(code not in printed for _, code in codes) and codes_on_rows(claim, rows)
