"""Is what was read of a claim the whole of it? A letter lists a claim's dates of service
and codes billed as the claim's; when a service of the claim was not read (or read
without its date), the list would be incomplete, so none of it is stated as sure; when a
service was read without its code, the codes listed are not all of them."""

from __future__ import annotations

from typing import Any

from ..models import Claim
from ..patterns import compiled
from .context import ZERO
from .evidence import Recorder
from .evidence_checks import missing_line_codes
from .prose_services import untold_dates

_SENTENCE_END = compiled(r"[a-z]{2}[.!?](?:\s|$)|[\w)]{2}[.!?]\s+[A-Z]")
_CELL_GAP = compiled(r"\S\s{3,}\S")
# "Modifier: 33.", "billed with modifier 33", "modifiers GT and 95"
_TOLD_MODIFIER = compiled(
    r"\b(?:MODIFIER|[Mm]odifier)(?:s|\(s\))?\W{0,3}(?:[a-z]+\s+)?([A-Z0-9]{2})\b"
)

CODES = ("procedure_code", "modifiers", "diagnosis_codes")
LISTED = ("date_of_service", *CODES)
TOTAL_ABOVE = "is more than its services read add up to"


def whole_claim(rec: Recorder, base: str, claim: Claim) -> None:
    """Take sureness from the dates and codes of a claim whose services read are not all
    it prints."""
    why = lines_missed(claim)
    charges = [
        rec.out.get(f"{base}.service_lines.{m}.billed") for m in range(len(claim.service_lines))
    ]
    if why and TOTAL_ABOVE in why and not all(ev is not None and ev.sure for ev in charges):
        why = None  # a charge misread, not a service missed: the amounts say so themselves
    if why:
        for m in range(len(claim.service_lines)):
            for field in LISTED:
                rec.cap(f"{base}.service_lines.{m}.{field}", why)
        rec.cap(f"{base}.diagnosis_codes", why)
    if why := codes_missed(claim):
        for m in range(len(claim.service_lines)):
            for field in CODES:
                rec.cap(f"{base}.service_lines.{m}.{field}", why)
        rec.cap(f"{base}.diagnosis_codes", why)


def services_untold(
    rec: Recorder, base: str, claim: Claim, prose: str | None, lines: list[Any], span: list[int]
) -> None:
    """Take sureness from the dates and codes of a claim whose lines ``span`` print a
    service no service read has: a date its sentences tell beside a code or a charge
    (``prose``, the claim's text when the prose reader read it, else its lines that are
    sentences: "Services billed: 99403, 2026-03-28, 295.00 dollars." beside a service
    read one line at a time), or a code no service line read has; and from its codes
    when its sentences tell a modifier no service read has ("Modifier: 33.")."""
    texts = [lines[k].text for k in span if 0 <= k < len(lines)]
    said = prose or "\n".join(_sentence_lines(texts))
    read = [sl.date_of_service for sl in claim.service_lines]
    if said and (untold := untold_dates(said, read)):
        why = f"its sentences tell a service on {untold[0]} that no service read has"
        rec.cap(f"{base}.service_lines.", why)
        rec.cap(f"{base}.diagnosis_codes", why)
    missed = missing_line_codes(lines, span, [sl.procedure_code for sl in claim.service_lines])
    if missed:  # the dates and codes of the lines read are not the whole claim
        reason = f"code {', '.join(sorted(missed))} is printed here but no service line read has it"
        rec.cap(f"{base}.service_lines.", reason)
        rec.cap(f"{base}.diagnosis_codes", reason)
    mods = {m for sl in claim.service_lines for m in sl.modifiers}
    if told := [m for m in _TOLD_MODIFIER.findall(said) if m.upper() not in mods]:
        why = f"its sentences tell modifier {told[0]}, which no service read has"
        for m in range(len(claim.service_lines)):
            for field in CODES:
                rec.cap(f"{base}.service_lines.{m}.{field}", why)
        rec.cap(f"{base}.diagnosis_codes", why)


def _sentence_lines(texts: list[str]) -> list[str]:
    """The printed lines of a letter's running sentences: a sentence ends in one after a
    word (or a date, an amount), or one goes on from the line before ("The amount of
    $435.00 was charged on 08/05/2026" over "for 99403."); no line whose wide gaps part
    the cells of a row."""
    out: list[str] = []
    going_on = False
    for text in texts:
        cells = bool(_CELL_GAP.search(text))
        if not cells and (going_on or _SENTENCE_END.search(text)):
            out.append(text)
            going_on = not text.rstrip().endswith((".", "!", "?"))
        else:
            going_on = False
    return out


def codes_missed(claim: Claim) -> str | None:
    """Why the codes read of a claim may not be all it bills: one of its services has no
    procedure code read while others have theirs ("The amount of $365.00 was charged on
    Feb 26, 2026 for 99404." read with its date and charge, its code not). A claim whose
    services all have none prints none."""
    coded = [sl.procedure_code is not None for sl in claim.service_lines]
    if any(coded) and not all(coded):
        return "a service of this claim has no code read: the codes listed are not all of them"
    return None


def lines_missed(claim: Claim) -> str | None:
    """Why the claim's service lines read may not be all it prints: one of them has no
    date while others have theirs (its date was not read), or the claim's billed total is
    more than its lines' charges add up to (a service was not read). The dates and codes a
    letter lists would then be incomplete."""
    lines = claim.service_lines
    dated = [sl.date_of_service is not None for sl in lines]
    if any(dated) and not all(dated):
        return "a service of this claim has no date read: the dates listed are not all of them"
    billed = [sl.billed for sl in lines]
    total = claim.totals.billed
    if lines and total is not None and all(b is not None for b in billed):
        if total > sum((b for b in billed if b is not None), ZERO):
            return (
                f"the claim's billed total {total} {TOTAL_ABOVE}: a service may not have been read"
            )
    return None
