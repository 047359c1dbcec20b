"""Values read beside a label nobody listed are less sure than under a listed one.

A label placed by its words (rules/label_words.yaml) rather than listed in
rules/labels.yaml is right most of the time, not always: its values keep their reading
but lose some confidence, and the evidence names the reader ``label_words`` and says why.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..models import ParseResult
from ..patterns import compiled
from . import normalize as nz
from .context import ParseContext, clean_id, clean_name
from .evidence import Recorder, value_at
from .fields import Found, all_of, labels
from .header import plan_name_of, plan_type_of
from .label_words import place_by_words
from .member import address_blocks, is_person
from .person_checks import person_problem
from .plan_names import LINE_PARTS, line_parts, printed_with_type

# confidence of a value whose label fits its field by every word / by most of them
WORD_LABEL_FULL = 0.82
WORD_LABEL_PART = 0.72

_HEADER = {
    "member.id": ("member_id", clean_id),
    "member.name": ("member_name", clean_name),
    "plan.group_number": ("group_number", clean_id),
    "plan.name": ("plan_name", plan_name_of),
    "plan.type": ("plan_type", plan_type_of),
    "notice_date": ("notice_date", nz.parse_date),
}
_CLAIM = {
    "claim_number": ("claim_number", clean_id),
    "patient_name": ("patient_name", clean_name),
    "provider.name": ("provider_name", clean_name),
}


def _same(found: Found, value: Any, clean: Any) -> bool:
    v = clean(found.value) if clean else found.value
    if v is None:
        return False
    if isinstance(value, str):
        return str(v).casefold() == value.casefold()
    return v == value


def _support(found: list[Found], field: str, value: Any, clean: Any, lines: Any) -> Found | None:
    """The word-placed label behind ``value``, or None when a listed label also prints it."""
    by_words = None
    for f in found:
        if f.field != field or (lines is not None and f.line not in lines):
            continue
        if _same(f, value, clean):
            if f.exact:
                return None
            by_words = by_words or f
    return by_words


def _lower(rec: Recorder, path: str, f: Found, shaped: bool = False) -> None:
    """``shaped``: the value has its field's own shape and is no other field's value, so
    a label with one word nobody listed ("Claim ticket", "Insured party") names it as
    surely as one whose every word fits."""
    ev = rec.out.get(path)
    if ev is None or ev.reader not in ("labels", None):
        return
    conf = WORD_LABEL_FULL if f.score >= 1.0 or shaped else WORD_LABEL_PART
    if ev.confidence <= conf:
        return
    sure = conf >= rec.settings.sure_threshold and ev.sure
    reason = f'label "{f.label}" is not in the known list; placed by its words'
    rec.out[path] = replace(
        ev, confidence=conf, sure=sure, reader="label_words", reason=None if sure else reason
    )


def label_word_evidence(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:
    """Lower the confidence of values whose only label was placed by its words."""
    for path, (field, clean) in _HEADER.items():
        value = value_at(result, path)
        if value:
            f = _support(ctx.found, field, value, clean, None)
            if path == "plan.name":  # "Cover type: Gold (PPO)" prints the name as well
                listed = any(
                    g.exact and _same(g, value, clean) for g in ctx.found if g.field == field
                )
                f = None if listed else f or _support(ctx.found, "plan_type", value, clean, None)
            if f is not None and not printed_again(ctx, path, value):
                _lower(rec, path, f, own_shape(path, value, result, ctx))
    for n, claim in enumerate(result.claims):
        trace = ctx.traces.get(id(claim))
        lines = {k for s, e in trace.spans for k in range(s, e)} if trace else None
        for sub, (field, clean) in _CLAIM.items():
            value = value_at(claim, sub)
            if sub == "patient_name" and _the_member_surely(rec, result, value):
                continue  # printed again under the member's own label: two printings agree
            if value:
                f = _support(ctx.found, field, value, clean, lines)
                if f is not None:
                    _lower(rec, f"claims.{n}.{sub}", f, own_shape(sub, value, result, ctx))


def own_shape(path: str, value: Any, result: ParseResult, ctx: ParseContext) -> bool:
    """Has ``value`` the shape of the field at ``path``, and is it no other field's value?
    An identifier: six or more letters and digits, a digit among them, no date or
    diagnosis code, not the claim's, member's or group's number read for another field. A
    person: capitalised words that no check finds a heading, an insurer, an organisation
    or a service, with no rival (the member's name: no address block naming another
    person). A plan: a few capitalised words, no sentence."""

    if not isinstance(value, str):
        return False
    if path.endswith(("member.id", "claim_number")):
        compact = value.replace(" ", "").upper()
        others = {(c.claim_number or "") for c in result.claims}
        others = others if path == "member.id" else {result.member.id or ""}
        others |= {result.plan.group_number or ""}
        return (
            len(compact) >= 6
            and bool(re.search(r"\d", compact))
            and not nz.find_dates(value)
            and not nz.is_icd10(compact)
            and compact not in {o.replace(" ", "").upper() for o in others if o}
        )
    if path.endswith(("member.name", "patient_name")):
        named = {(b.name or "").casefold() for b in address_blocks(ctx) if b.name}
        rival = path == "member.name" and bool(named - {value.casefold()})
        return is_person(value) and person_problem(value, result) is None and not rival
    if path == "plan.name":
        words = value.split()
        return 2 <= len(words) <= 6 and all(_PLAN_WORD.fullmatch(w) for w in words)
    return False


# a word of a plan's name: capitalised, a number, a plan type, or a short joining word
_PLAN_WORD = compiled(r"[A-Z][\w&'’.-]*|\d[\w-]*|\(?[A-Z]{2,4}\)?|&|of|and|the|for")


def rival_value(ctx: ParseContext, field: str, value: str, clean: Any) -> str | None:
    """Another value printed beside a label of ``field`` than ``value`` ("Member ID:
    W123" on the first page, "Member ID: W456" on the second): which one is the member's
    is in doubt. None when every such label prints ``value``."""
    norm = " ".join(value.split()).casefold()
    for f in ctx.found:
        if f.field != field or (v := clean(f.value)) is None:
            continue
        if " ".join(str(v).split()).casefold() != norm:
            return str(v)
    return None


def printed_again(ctx: ParseContext, path: str, value: Any) -> bool:
    """Is the value of a label placed by its words printed again in a shape that names it
    by itself? The member's name atop the address block the notice is mailed to, or the
    plan's name printed with its type in parentheses ("Bayou Bronze (EPO)"): two
    printings agree, whatever the label's words."""
    if not isinstance(value, str):
        return False
    if path == "member.name":
        return any((b.name or "").casefold() == value.casefold() for b in address_blocks(ctx))
    if path == "plan.name":
        return printed_with_type(ctx.lines, value)
    return False


def bare_label_field(lines: list[Any], f: Found) -> str | None:
    """The field that the words printed just before a bare label ("Date", "ID") name with
    it: "Ledger date" -> notice_date, "Policyholder ID" -> member_id, "Visit date" ->
    date_of_service; None when no word precedes it or the words name nothing."""
    if not 0 <= f.line < len(lines) or not f.value:
        return None
    rx = re.compile(
        r"((?:[A-Za-z][\w'.]*\s+){1,2})" + re.escape(f.label) + r"\W{0,3}" + re.escape(f.value[:8]),
        re.I,
    )
    m = rx.search(lines[f.line].text)
    if m is None:
        return None
    before = m.group(1).split()
    listed = labels().fields
    for k in (2, 1):
        if len(before) < k:
            continue
        phrase = " ".join([*before[-k:], f.label]).lower().strip(" .:")
        exact = next((fld for fld, syns in listed.items() if phrase in syns), None)
        placed = exact or place_by_words(phrase).field
        if placed is not None:
            return placed
    return None


def names_field(phrase: str, field: str) -> bool:
    """Is ``phrase`` a label of ``field``: listed in rules/labels.yaml, or placed there by
    its words (rules/label_words.yaml)?"""
    norm = " ".join(phrase.lower().split()).strip(" .:#-")
    return bool(norm) and (
        norm in labels().fields.get(field, ()) or place_by_words(norm).field == field
    )


def label_before(lines: list[Any], line: int, value: str, field: str) -> bool:
    """Is ``value`` printed on line ``line`` right after a label of ``field`` ("Plan type
    PPO", "Plan type: PPO")? A value beside its own label is read from the page, whatever
    reader found it."""
    if not 0 <= line < len(lines) or not value:
        return False
    text = lines[line].text
    at = text.casefold().find(value.casefold())
    if at <= 0:
        return False
    before = text[:at].rstrip(" :#-").split()
    return any(names_field(" ".join(before[-k:]), field) for k in (1, 2, 3) if len(before) >= k)


def _the_member_surely(rec: Recorder, result: ParseResult, name: Any) -> bool:
    """Is ``name`` the member's name, read surely under its own label or address?"""
    ev = rec.out.get("member.name")
    member = result.member.name
    return (
        isinstance(name, str)
        and bool(member)
        and ev is not None
        and ev.sure
        and " ".join(name.split()).casefold() == " ".join((member or "").split()).casefold()
    )


def typed_part(ctx: ParseContext, name: str, ptype: str) -> bool:
    """Is ``name`` a whole part of a line parted by separators, ending in its type?"""
    last = name.split()[-1].upper() == ptype.upper()
    return last and any(
        name in line_parts(ln)[1:]
        or (len(LINE_PARTS.split(ln.text.strip())) > 1 and ln.text.strip().startswith(name))
        for ln in ctx.lines
    )


def labelled_value(ctx: ParseContext, field: str, value: str, clean: Any = clean_name) -> Any:
    """The first labelled field whose cleaned value is ``value``."""
    for f in all_of(ctx.found, field):
        v = clean(f.value) if clean else f.value
        if v is not None and str(v).casefold() == value.casefold():
            return f
    return None
