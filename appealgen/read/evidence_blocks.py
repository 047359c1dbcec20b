"""Signs that what was read as one claim is several claims printed one after another.

A notice prints each claim as a block: a head (its number, patient, provider) and then
its service lines. When a reader misses where one block ends, the next block's head sits
between the service lines of the claim it read, and the claim holds the dates, codes,
amounts and denial codes of two claims (one of them maybe paid). Three signs show it:

- a claim-level label (claim number, patient, provider, NPI) printed again after some of
  the claim's service lines, naming a different value or heading a new block;
- a head line (one carrying an identifier: "Ref. W3962620K …", "Bill no. 3474155590")
  printed again, with another identifier, after some of the claim's service lines;
- the only claim read from a notice, its rows not known, over lines that print two totals
  rows of one kind with different amounts: each closes a claim, and one was read;
- a claim's status printed beside its label on two lines apart from its service rows,
  one saying paid and the other denied ("Status: PAID" … "Status: DENIED"): each is a
  claim's head, and the claim was decided by the other claim's status.

Every value of such a claim is in doubt except whether something in it was denied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..knowledge import reader_words
from ..patterns import compiled
from .denial import status_rx
from .evidence_checks import on_totals_row
from .fields import Found
from .locate import code_finder
from .normalize import find_dates, find_money, is_amount, is_valid_npi
from .value_shapes import fits

# fields a claim prints once, in its head
CLAIM_HEAD_FIELDS = ("claim_number", "patient_name", "provider_name", "npi")
# an identifier: letters, digits and hyphens with at least six digits (not a date, an
# amount or a procedure code)
_ID_TOKEN = compiled(r"^[A-Za-z]{0,4}-?(?=(?:[^\d]*\d){6})[A-Za-z0-9-]+$")
_STRIP = "()[]{}|,;:#"


def _id_tokens(text: str) -> list[str]:
    return [t for raw in text.split() if _ID_TOKEN.match(t := raw.strip(_STRIP))]


def skeleton(text: str, size: int = 3) -> tuple[str, ...]:
    """The first words of a line with every identifier replaced by '#':
    "Ref. W3962620K Care received by" -> ("ref.", "#", "care")."""
    out = []
    for raw in text.split():
        tok = raw.strip(_STRIP)
        if not tok:
            continue
        out.append("#" if _ID_TOKEN.match(tok) else tok.casefold())
        if len(out) == size:
            break
    return tuple(out)


def _between(rows: Sequence[int], a: int, b: int) -> bool:
    """Is a service row printed strictly between lines ``a`` and ``b``?"""
    lo, hi = min(a, b), max(a, b)
    return any(lo < r < hi for r in rows)


def repeated_label(
    found: list[Found], span: set[int], rows: Sequence[int], lines: list[Any] | None = None
) -> str | None:
    """A claim-level label printed on both sides of a service row of the claim.

    A table that prints the claim's number, patient and provider on every service row
    (a "Claim" column) repeats them on the claim's own rows: the same value printed again
    on one of its rows is that row's cell, not the head of a new block; nor is the same
    value printed again on the claim's totals row ("Claim 123 totals: …") after all its
    rows, which closes it (rows read after that row are another claim's). A label whose
    value is not of its field's shape heads nothing (a "Claim" column heading)."""
    row_set = set(rows)
    for name in CLAIM_HEAD_FIELDS:
        hits = sorted(
            {
                (f.line, f.value.casefold())
                for f in found
                if f.field == name and f.line in span and _heads_block(f)
            }
        )
        for i, (a, va) in enumerate(hits):
            for b, vb in hits[i + 1 :]:
                if va == vb and (name == "npi" or b in row_set):
                    continue
                if va == vb and lines is not None and _closes(lines, span, b):
                    continue  # the claim's own totals row, after all its rows
                if a != b and _between(rows, a, b):
                    return f"its {name.replace('_', ' ')} label is printed again after its lines"
    return None


def _heads_block(f: Found) -> bool:
    """Can the label ``f`` head a claim's block: is the value beside it of its field's shape?
    A table's "Claim" heading beside the next heading ("Claim  Care  Diag.") names no claim."""
    return fits(f.field, f.value)


def _closes(lines: list[Any], span: set[int], at: int) -> bool:
    """Is line ``at`` a totals row that ends the claim: no line of the claim after it
    prints a date or an amount (a service row read into the claim from the next block)?"""
    return on_totals_row(lines, at) and not any(
        find_dates(lines[k].text) or find_money(lines[k].text)
        for k in span
        if k > at and 0 <= k < len(lines)
    )


def repeated_head(lines: list[Any], span: set[int], rows: Sequence[int]) -> str | None:
    """A head line carrying an identifier printed again, with another identifier, after
    some of the claim's service lines."""
    row_set = set(rows)
    heads: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}
    for k in sorted(span):
        if k in row_set or not 0 <= k < len(lines):
            continue
        ids = _id_tokens(lines[k].text)
        if ids:
            heads.setdefault(skeleton(lines[k].text), []).append((k, frozenset(ids)))
    for seen in heads.values():
        for i, (a, ida) in enumerate(seen):
            for b, idb in seen[i + 1 :]:
                if ida != idb and _between(rows, a, b):
                    return "a claim's head line is printed again after its lines"
    return None


def two_totals(lines: list[Any], span: set[int]) -> str | None:
    """Two totals rows of one kind ("CLAIM TOTALS 205.00 147.50 …", "CLAIM TOTALS 765.00
    …": the same first words, each a row of amounts) whose first amounts differ, on a
    claim's lines: each closes a claim. Totals carried to the next page print the same
    amounts; a sentence's one total ("Total charges: $250.00") is no row of them."""
    seen: dict[tuple[str, ...], set[str]] = {}
    for k in sorted(span):
        if 0 <= k < len(lines) and on_totals_row(lines, k):
            amounts = [t for t in lines[k].text.split() if is_amount(t)]
            if len(amounts) > 1:
                seen.setdefault(skeleton(lines[k].text, 2), set()).add(amounts[0])
    if any(len(v) > 1 for v in seen.values()):
        return "its lines print two totals rows, each closing a claim"
    return None


def several_claims(
    lines: list[Any],
    found: list[Found],
    span: Sequence[int],
    rows: Sequence[int],
    *,
    alone: bool = False,
) -> str | None:
    """Why the claim read over ``span`` (service lines on ``rows``) may be several claims;
    ``alone``: it is the only claim read from the notice."""
    rows = sorted(set(rows))
    where = set(span)
    if len(rows) < 2:
        why = two_totals(lines, where) if alone else None
        return f"{why}: maybe several claims read as one" if why else None
    why = repeated_label(found, where, rows, lines) or repeated_head(lines, where, rows)
    return f"{why}: maybe several claims read as one" if why else None


_NPI_TOKEN = compiled(r"(?<!\d)[12]\d{9}(?!\d)")


def printed_npis(lines: list[Any], span: Sequence[int]) -> set[str]:
    """The valid NPIs (check digit right) printed on the lines ``span``."""
    out: set[str] = set()
    for k in span:
        if 0 <= k < len(lines):
            out.update(n for n in _NPI_TOKEN.findall(lines[k].text) if is_valid_npi(n))
    return out


def own_block(lines: list[Any], span: Sequence[int], claim_number: str | None) -> list[int]:
    """The claim's own lines: its span from the line that prints its number (the first
    claim's span also holds the notice's heading, with the payee's NPI and name)."""
    if claim_number:
        for i, k in enumerate(span):
            if 0 <= k < len(lines) and claim_number in lines[k].text:
                return list(span[i:])
    return list(span)


def npi_trouble(
    lines: list[Any],
    span: Sequence[int],
    npi: str,
    claim_number: str | None = None,
    not_npis: frozenset[str] = frozenset(),
) -> str | None:
    """Why the NPI read for a claim may be another provider's: the claim's block prints a
    different NPI (a performing provider beside the payee), or prints none while the
    notice prints several. ``not_npis``: numbers read as other fields (a claim number
    whose check digit happens to fit)."""
    own = printed_npis(lines, own_block(lines, span, claim_number)) - not_npis
    if own - {npi}:
        return "another NPI is printed with this claim"
    if npi not in own and len(printed_npis(lines, range(len(lines))) - not_npis) > 1:
        return "not printed with this claim, and the notice prints several NPIs"
    return None


def other_claims_line(
    lines: list[Any], found: list[Found], field: str, value: str, own: str | None, others: set[str]
) -> str | None:
    """The other claim's number printed on the line that holds ``value``, when every label
    that gave ``value`` to this claim prints it on another claim's line (a summary row read
    for the claim below it)."""
    hits = [f for f in found if f.field == field and value.casefold() in f.value.casefold()]
    if not hits or own is None:
        return None
    owners = set()
    for f in hits:
        at = next(
            (k for k in (f.line, f.line + 1) if k < len(lines) and value in lines[k].text), None
        )
        if at is None:
            return None
        # "claim no. 93590448320." ends a sentence: the number, without its full stop
        ids = {t.strip(_STRIP).rstrip(".") for t in lines[at].text.split()}
        if own in ids or not ids & others:
            return None
        owners |= ids & others
    return ", ".join(sorted(owners))


_AFTER_KEY = compiled(r"\s*[:=\u2013\u2014-]?\s*[A-Za-z]{3,}")
# a word and a colon before the code is a label ("Why: CO-11 …"), not a key's mark
_LABEL_LEAD = compiled(r"^[A-Za-z]{2,}:$")


def key_line(text: str, finder: Any) -> bool:
    """A line of the notice's code key: it opens with the code (after a short mark such as
    "a" or "(1)") and explains it ("a CO 119: Benefit maximum …", "CO-242 - Services …"),
    which says what a code means, not that it applies here. A label before the code
    ("Why: CO-11 The diagnosis …") says it applies: no key line."""
    for s, e in finder(text):
        lead = text[:s].strip()
        if len(lead) <= 4 and not _LABEL_LEAD.match(lead) and _AFTER_KEY.match(text[e:]):
            return True
    return False


def code_on_lines(
    lines: list[Any], where: Sequence[int], finder: Any, glossary: dict[str, str]
) -> bool:
    """Is the code (``finder``) printed on the lines ``where``, outside the code key, or a
    key mark (``glossary``: mark -> explanation) that explains it?"""
    marks = [k for k, text in glossary.items() if finder(f"{k} {text}")]
    for k in where:
        if not 0 <= k < len(lines):
            continue
        text = lines[k].text
        if finder(text) and not key_line(text, finder):
            return True
        if any(code_finder(m)(text) and not key_line(text, finder) for m in marks):
            return True
    return False


def two_statuses(lines: list[Any], span: Sequence[int], rows: Sequence[int]) -> str | None:
    """Why the claim read over ``span`` may be two claims: two of its lines (none of them
    a service row of ``rows``) print a claim's status beside its label, one a denial
    (rules/reader_words.yaml status_denied) and the other not."""
    denied_words = reader_words().status_denied
    kinds: dict[bool, int] = {}
    for k in span:
        if k in rows or not 0 <= k < len(lines):
            continue
        for m in status_rx().finditer(lines[k].text):
            if m.group(0).lower().startswith(("line", "service")):
                continue  # a service's own status
            kinds.setdefault(m.group(1).lower() in denied_words, k)
    if len(kinds) == 2 and kinds[True] != kinds[False]:
        return "its lines print a paid and a denied claim status: maybe several claims read as one"
    return None
