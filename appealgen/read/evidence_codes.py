"""Cross-checks of a claim's codes against what its own lines print.

A letter lists the codes billed and argues the reason the codes give, so a claim's codes
are sure only when its own lines bear them out:

- a denial code (CARC) the claim's own lines never print (from the one that prints its
  number), only the notice's code key or another block does, may be another claim's (a
  key explains every code of the notice, not this claim's);
- a service row whose remarks or reason-code cell prints marks ("A", "C D", "1") that
  were read as no code leaves the claim's codes, and the reason they give, incomplete;
- a diagnosis printed beside its label or in its column that was not read as a code
  (an OCR slip: "Dx: 239.4") leaves the codes billed incomplete;
- so does a diagnosis code printed on the claim's own lines (outside the code key) in
  any wording ("ICD O92.3", "The diagnosis for this service was O92.3") that no service
  line or the claim holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import knowledge
from ..models import Claim
from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .classify import code_categories
from .context import ClaimTrace, ParseContext
from .evidence import Recorder
from .evidence_blocks import code_on_lines, key_line, own_block

# columns and labels that hold a service's codes or the marks of a code key
MARK_COLUMNS = ("remarks", "carc")
DIAGNOSIS_FIELDS = ("diagnosis", "diagnosis_codes")
# a mark pointing into a code key: one to three letters or digits ("A", "C", "12", "a1")
_MARK = compiled(r"^\(?[A-Za-z0-9]{1,3}\)?$")
# an ICD-10-CM code printed with its dot (O92.3, Z39.1, O92.79): this shape alone, as
# printed anywhere on a claim's lines, is a diagnosis (undotted, it could be a code or ID)
_DOTTED_DIAGNOSIS = compiled(r"(?<![\w.])[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}(?!\w|\.\w)")


def codes_only_in_key(
    lines: list[Any], own: Sequence[int], carc: Sequence[str], glossary: dict[str, str]
) -> list[str]:
    """The claim's denial codes (``GROUP-CODE``) that none of its ``own`` lines prints
    (outside the code key), neither written out nor as a key mark that explains them."""
    missing = []
    for entry in carc:
        group, _, code = entry.partition("-")
        finders = [lc.carc_finder(group or None, code), lc.carc_finder(None, code)]
        if not any(code_on_lines(lines, own, f, glossary) for f in finders):
            missing.append(entry)
    return missing


def unread_marks(
    claim: Claim, cells: Sequence[dict[str, str] | None], glossary: dict[str, str] | None = None
) -> str | None:
    """A mark printed in a service row's remarks or reason-code cell that the line read as
    no code at all, and that the notice's code key (``glossary``: mark -> explanation)
    does not explain either: the mark's code, and the reason it gives, were not read."""
    keys = list(glossary or {})
    for sl, row in zip(claim.service_lines, cells, strict=False):
        if not row or sl.adjustments or sl.remark_codes:
            continue
        for column in MARK_COLUMNS:
            marks = (row.get(column) or "").split()
            if not marks or not all(_MARK.match(t) for t in marks):
                continue  # words, not marks
            marks = [m for m in marks if not any(lc.code_finder(m.strip("()"))(k) for k in keys)]
            if marks:
                return f"the service row prints {' '.join(marks)!r} under its {column} heading, read as no code"
    return None


def _code_like(token: str) -> bool:
    """A token printed where a diagnosis goes that could be one misread: four or more
    letters and digits, at least one a digit ("239.4", "O9Z.5"); a pointer ("1", "A,B")
    is not."""
    bare = token.strip(".,;:()[]")
    return len(re.sub(r"[^A-Za-z0-9]", "", bare)) >= 4 and bool(re.search(r"\d", bare))


def unread_diagnoses(texts: Sequence[str], read: set[str]) -> str | None:
    """Why the diagnoses read are not the whole of those printed in ``texts`` (the values
    of the claim's diagnosis labels and cells), or None."""
    for text in texts:
        for token in re.split(r"[\s,;/]+", text):
            if not _code_like(token):
                continue
            code = nz.normalize_icd10(token.strip(".,;:()[]"))
            if code is None:
                return f"a diagnosis is printed as {token!r}, which reads as no diagnosis code"
            if code not in read:
                return f"diagnosis {code} is printed with the claim but not read"
    return None


def diagnoses_not_read(lines: list[Any], where: Sequence[int], read: set[str]) -> str | None:
    """Why the diagnoses read are not all those the lines ``where`` print with their dot
    (in whatever wording: "ICD O92.3", "was O92.3"), or None. A code key's line that
    opens with the diagnosis explains it; one that opens with another code (a sentence
    read as a key: "S9443. The diagnosis … was O92.3.") still prints it."""
    for k in where:
        if not 0 <= k < len(lines):
            continue
        text = lines[k].text
        for raw in _DOTTED_DIAGNOSIS.findall(text):
            code = nz.normalize_icd10(raw)
            if code is None or code in read or key_line(text, lc.code_finder(raw)):
                continue  # read, or a code key's line that says what the code means
            return f"diagnosis {code} is printed on the claim's lines but not read"
    return None


def diagnosis_texts(ctx: ParseContext, trace: ClaimTrace, span: Sequence[int]) -> list[str]:
    """What the claim's diagnosis labels and columns print."""
    where = set(span)
    texts = [f.value for f in ctx.found if f.field in DIAGNOSIS_FIELDS and f.line in where]
    for st in trace.services:
        for column in DIAGNOSIS_FIELDS:
            if st.cells and st.cells.get(column):
                texts.append(st.cells[column])
    return texts


def code_checks(
    rec: Recorder, ctx: ParseContext, trace: ClaimTrace, span: list[int], base: str, claim: Claim
) -> None:
    """Take sureness from the claim's codes, and the reason they give, when its own lines
    do not bear them out."""
    read = {c for sl in claim.service_lines for c in sl.diagnosis_codes} | set(
        claim.diagnosis_codes
    )
    # the claim's own lines: from the one that prints its number, the code key aside
    own = [k for k in own_block(ctx.lines, span, claim.claim_number) if k not in ctx.glossary_lines]
    if claim.service_lines and (why := unread_diagnoses(diagnosis_texts(ctx, trace, span), read)):
        rec.cap(f"{base}.service_lines.", why)
        rec.cap(f"{base}.diagnosis_codes", why)
    elif claim.service_lines and (
        why := diagnoses_not_read(ctx.lines, own_block(ctx.lines, span, claim.claim_number), read)
    ):
        for m in range(len(claim.service_lines)):  # the codes billed, not the dates or amounts
            for field in ("procedure_code", "modifiers", "diagnosis_codes"):
                rec.cap(f"{base}.service_lines.{m}.{field}", why)
        rec.cap(f"{base}.diagnosis_codes", why)
    d = claim.denial
    if d is None:
        return
    category = (f"{base}.denial.primary_category", f"{base}.denial.categories")
    if d.carc and (only := codes_only_in_key(ctx.lines, own, d.carc, ctx.glossary)):
        why = (
            f"code {', '.join(only)} is not printed with this claim (only in the key or elsewhere)"
        )
        rec.cap(f"{base}.denial.carc", why)
        # the category stands when the codes printed with the claim name it
        printed = [c for c in d.carc if c not in only]
        if d.primary_category not in code_categories(printed, [])[0]:
            for path in category:
                if path in rec.out and rec.out[path].reader == "codes":
                    rec.cap(path, why)
    if why := unread_marks(claim, [st.cells for st in trace.services], ctx.glossary):
        rec.cap(f"{base}.denial.carc", why)
        rec.cap(f"{base}.denial.rarc", why)
        for path in category:
            rec.cap(path, why)


def codes_away(
    ctx: ParseContext, where: Sequence[int], sl: Any, numbers: Sequence[str] = ()
) -> tuple[str, str] | None:
    """A code of the service line ``sl`` that is not printed on ``where`` (its rows and its
    claim's lines), the notice's code key aside: each code a letter lists as billed must
    be printed with its claim, not only in the key or another claim's block, nor only as
    a part of one of the claim numbers ``numbers`` ("claim number S9684-6135" is no code
    S9684). ("procedure" or "diagnosis", why), or None."""
    own = [k for k in dict.fromkeys(where) if k not in ctx.glossary_lines]
    in_numbers = [lc.text_finder(n) for n in numbers if n]
    for kind, codes in (("procedure", [sl.procedure_code]), ("diagnosis", sl.diagnosis_codes)):
        for code in codes:
            if not code:
                continue
            find = lc.code_finder(code)
            seen = {_printed_apart(ctx.lines[k].text, find, in_numbers) for k in own}
            if True in seen:
                continue
            if False in seen:
                return kind, f"{kind} code {code} is printed only as a part of a claim number"
            return kind, f"{kind} code {code} is not printed with this claim"
    return None


def _printed_apart(text: str, find: lc.Finder, in_numbers: Sequence[lc.Finder]) -> bool | None:
    """Is the code ``find`` finds printed on ``text`` outside every printing of the numbers
    ``in_numbers`` find? None when it is not printed there at all, False when only inside
    a number."""
    at = find(text)
    if not at:
        return None
    inside = [(s, e) for in_number in in_numbers for s, e in in_number(text)]
    return any(not any(s <= a and b <= e for s, e in inside) for a, b in at)


def near_listed(code: str) -> str | None:
    """The listed lactation code that ``code``, itself unlisted, differs from in one
    character ("98404" for 99404): OCR may have misread that code, or None."""

    codes = knowledge.lactation_codes()
    if code in codes:
        return None
    near = [
        c
        for c in codes
        if len(c) == len(code) and sum(a != b for a, b in zip(code, c, strict=True)) == 1
    ]
    return near[0] if len(near) == 1 else None
