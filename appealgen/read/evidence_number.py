"""Evidence for a claim's number: printed beside a claim label or in a claim column, of a
claim number's shape, and none of the notice's other numbers."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..knowledge import reader_words
from ..models import ParseResult
from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .claim_groups import READ_TWO_WAYS
from .context import ParseContext, clean_id
from .evidence import LABELLED, SHAPED, WEAK, WRONG_SHAPE, claim_ids
from .evidence_claim import ClaimCheck
from .evidence_people import claim_npis
from .fields import labels
from .sure_wrap import continues_below, joined_spot, piece_after, printed_longer

# a sign that is no part of any claim number ("$B213888-5": an S read as a dollar sign)
_NOT_ID_CHAR = compiled(r"[^A-Za-z0-9\-./ _*#]")


def _references_number_claims(ctx: ParseContext, result: ParseResult) -> bool:
    """Is each claim of the notice (two or more) numbered by a reference label of its own,
    all different, with no number printed beside a claim label anywhere? Then the
    references are the claims' numbers, not some other number printed beside them."""
    if len(result.claims) < 2:
        return False
    weak = reader_words().other_number_labels
    vias = [
        (getattr(ctx.traces.get(id(c)), "claim_number_via", "") or "").lower()
        for c in result.claims
    ]
    numbers = [c.claim_number for c in result.claims]
    return (
        all(v in weak for v in vias)
        and all(numbers)
        and len(set(numbers)) == len(numbers)
        and not claim_ids(ctx.lines, range(len(ctx.lines)))
    )


def labelled_otherwise(ctx: ParseContext, result: ParseResult, cid: str) -> str | None:
    """The number a notice read as one claim prints beside a claim label ("Claim number:
    CL5173515") that is not the number read for its claim ("... (claim CL5691268)."), no
    claim being read under it: which of the two is the claim's is unsure. None when the
    notice reads several claims (another's number is no doubt of this one's)."""
    if len(result.claims) != 1:
        return None
    own = cid.replace(" ", "").upper()
    words = reader_words().claim_label_words
    for f in ctx.found:
        number = clean_id(f.value) if f.field == "claim_number" else None
        if number and words.search(f.label) and number.replace(" ", "").upper() != own:
            return number
    return None


# characters other than digits printed at most between an NPI's label and its number
_NPI_GAP = 40


@functools.lru_cache(maxsize=4)
def _npi_label(names: tuple[str, ...]) -> re.Pattern[str]:
    """An NPI's label (the longest first), the characters other than digits after it in
    group 1: built once for the labels of rules/labels.yaml."""
    said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return compiled(rf"\b(?:{said})\b(?=([^0-9]{{0,{_NPI_GAP}}}))", re.I)


def _printed_as_npi(lines: list[Any], number: str) -> bool:
    """Does the notice print ``number`` just after an NPI's label ("National Provider
    Identifier on the claim: 1234567893", "(NPI 1234567893)"), whether or not the
    provider's NPI was read? Then it is that NPI, not a claim's number."""

    names = labels().fields.get("npi", ())
    if not names or not number:
        return False
    want = number.casefold()
    text = "\n".join(ln.text for ln in lines).casefold()
    for m in _npi_label(names).finditer(text):
        for at in range(m.start(1), m.end(1) + 1):
            end = at + len(want)
            if text.startswith(want, at) and not text[end : end + 1].isdigit():
                return True
    return False


def claim_number_evidence(c: ClaimCheck) -> None:
    """Evidence for the claim's number: labelled as one, of a claim number's shape, and no
    other number of the notice (a date, a diagnosis, an NPI, the member ID)."""
    rec, claim, result = c.rec, c.claim, c.result
    cid = claim.claim_number
    if not cid:
        return
    where = rec.find(lc.text_finder(cid), c.span) or rec.find(lc.text_finder(cid))
    where = where or joined_spot(rec.lines, [*c.span, *range(len(rec.lines))], cid, rec.settings)
    path = f"{c.base}.claim_number"
    label = (c.trace.claim_number_via or "").lower()
    compact = cid.replace(" ", "")
    if nz.find_dates(cid):
        rec.put(path, WRONG_SHAPE, "labels", where, "a date, not a claim number")
    elif _NOT_ID_CHAR.search(cid):
        rec.put(path, WRONG_SHAPE, "labels", where, "holds a sign no claim number has")
    elif nz.is_icd10(compact) or re.search(r"[A-TV-Z]\d{2}\.\d{1,4}$", cid):
        rec.put(path, WRONG_SHAPE, "labels", where, "ends in a diagnosis code")
    elif nz.is_cpt(compact) or nz.is_hcpcs(compact):
        # "Line 1 of the bill: 99401, $420.00": a word of a claim's label before a code
        rec.put(path, WRONG_SHAPE, "labels", where, "a procedure code, not a claim number")
    elif nz.is_valid_npi(compact) and (
        compact in (claim.provider.npi, *claim_npis(result)) or _printed_as_npi(rec.lines, compact)
    ):
        rec.put(path, WRONG_SHAPE, "labels", where, "an NPI, not a claim number")
    elif longer := printed_longer(rec.lines, where.line if where else None, cid):
        rec.put(path, WEAK, "labels", where, f'only a part of the number printed, "{longer}"')
    elif goes_on := continues_below(
        rec.lines, where.line if where else None, cid, rec.settings
    ) or piece_after(rec.lines, where.line if where else None, cid):
        rec.put(path, WEAK, "labels", where, goes_on)
    elif result.member.id and compact == result.member.id.replace(" ", ""):
        rec.put(path, WEAK, "labels", where, "the same as the member ID")
    elif label in reader_words().other_number_labels and _references_number_claims(c.ctx, result):
        rec.put(path, SHAPED, "labels", where)  # "Ref. W3962620K" heads each claim's block
    elif label in reader_words().other_number_labels:
        rec.put(path, WEAK, "labels", where, "printed as a reference number, maybe not the claim's")
    elif label == READ_TWO_WAYS:
        rec.put(path, WEAK, "table", where, "its claim's subtotal row prints it otherwise")
    elif other := labelled_otherwise(c.ctx, result, cid):
        why = f"the notice prints claim {other} under a claim label too, and no claim under it"
        rec.put(path, WEAK, "labels", where, why)
    elif label == "inside another cell":
        rec.put(path, 0.8, "table", where)
    elif label == "claim column":
        rec.put(path, LABELLED, "table", where)
    else:
        rec.put(path, LABELLED, "labels", where)
