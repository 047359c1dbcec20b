"""Codes and values inside a claim's printed words: CARCs in any spelling, footnote keys, procedure and diagnosis codes, amounts in a cell."""

from __future__ import annotations

import re
from decimal import Decimal

from ..knowledge import carc_codes, rarc_codes
from ..models import (
    Adjustment,
    ServiceLine,
)
from ..patterns import compiled
from . import normalize as nz
from .amount_roles import SHARE_SUM, share_of_parts
from .classify import phrase_categories
from .codekey import key_title, marks_run_together, says_standard
from .context import (
    ZERO,
    ParseContext,
)
from .money_cells import cell_money
from .table import is_amount

# (CARCs as (group, code), RARCs, the payer's own codes) of one service line
LineCodes = tuple[list[tuple[str | None, str]], list[str], list[str]]

DOS_CONTEXT = compiled(
    r"((?:date[s()]* of service|service date)(?: (?:is|was|were))?|provided on|received on|rendered on|seen on|visit on|"
    r"services on|\bon|from)\s*:?\s*$",
    re.I,
)


def patient_share_parts(c: dict[str, str]) -> Decimal | None:
    return share_of_parts({k: cell_money(c.get(k)) for k in SHARE_SUM})


_GROUP_AFTER = compiled(r"\b(\d{1,3}|[A-Z]\d{1,2})\s*\((CO|PR|OA|PI|CR)\)")


def carcs_with_groups(text: str) -> list[tuple[str | None, str]]:
    """CARCs in any spelling, with a group printed after the code ("170 (CO)") honoured."""
    found = nz.find_carcs(text)
    after = {m.group(1): m.group(2) for m in _GROUP_AFTER.finditer(text)}
    return [(g or after.get(code), code) for g, code in found]


# a code opening a sentence of a note, with its text after a dash or a colon ("N95 - …")
_NOTE_CODE = compiled(
    r"(?:(?<=[.;])|^)\s*((?:(?:CO|PR|OA|PI|CR)[ -]?)?[A-Z]{0,2}\d{1,3})\s*[-–:]\s"
)


def footnote_codes(
    ctx: ParseContext, keys: list[str]
) -> tuple[list[tuple[str | None, str]], list[str], list[str]]:
    """Footnote keys ("(1)") whose note names a standard code ("Reason code 170 (CO): …")."""
    carcs: list[tuple[str | None, str]] = []
    rarcs: list[str] = []
    own: list[str] = []
    for key in keys:
        expl = ctx.glossary.get(key, "")
        head = expl.split(":", 1)[0] if ":" in expl[:50] else expl[:30]
        c = (
            carcs_with_groups(head)
            if re.search(r"reason|carc|adj|\b(CO|PR|OA|PI|CR)\b", head, re.I)
            else []
        )
        r = nz.find_rarcs(head) if re.search(r"remark|rarc|\b[MN]A?\d", head) else []
        if c or r:
            # a note may give more codes, each opening a sentence with its text: "CO 96 -
            # Non-covered charge(s). N95 - This provider type …"
            for more in _NOTE_CODE.findall(expl[len(head) :]):
                c += [g for g in carcs_with_groups(more) if g not in c]
                r += [x for x in nz.find_rarcs(more) if x not in r]
            carcs.extend(c)
            rarcs.extend(r)
        else:
            own.append(key)
    return carcs, rarcs, own


def bare_carcs_in_remarks(ctx: ParseContext, cell: str, *, letters: bool = False) -> list[str]:
    """Bare codes in a codes or CARC column ("58 N428", "45") that are standard CARCs.

    A number the document's own key explains differently is the payer's own code
    ("217 The member was not eligible…"), not CARC 217; one made of its marks, those
    marks ("12"). A number inside the words of a reason the column prints ("submitted
    more than 180 days after", "a 20% coinsurance") is a count: only those before its
    first word are codes.
    """

    known = carc_codes()
    out = []
    shape = r"\d{1,3}|[A-Z]\d{1,2}" if letters else r"\d{1,3}"  # a CARC column may hold "B7"
    cell = _before_words(cell or "")
    for m in re.finditer(rf"(?<![\w.$-])({shape})(?![\w.,/%-])", cell):
        tok = m.group(1)
        if tok not in known or marks_run_together(ctx.glossary, tok):
            continue
        if _note_mark(ctx, cell, m.start(1), m.end(1)):
            continue
        printed = ctx.glossary.get(tok)
        if printed is not None and not same_meaning(printed, known[tok].description):
            continue
        out.append(tok)
    return out


# a note's mark in brackets opening a line ("(1) DENIED.", "[2] See your plan")
_MARKED_LINE = compiled(r"^\s*[(\[](\d{1,2})[)\]]")


def _note_mark(ctx: ParseContext, cell: str, start: int, end: int) -> bool:
    """Is the number ``cell[start:end]`` a note's mark: printed in brackets ("(1)") as a
    line of the notice opens its note ("(1) DENIED."), even one too short for the key?"""
    if cell[start - 1 : start] not in ("(", "[") or cell[end : end + 1] not in (")", "]"):
        return False
    tok = cell[start:end]
    return any((m := _MARKED_LINE.match(ln.text)) and m.group(1) == tok for ln in ctx.lines)


def _before_words(cell: str) -> str:
    """A cell up to its first word of three letters or more ("45 Charges exceed …": "45 ")."""
    m = re.search(r"[A-Za-z]{3,}", cell)
    return cell[: m.start()] if m else cell


def own_remarks(ctx: ParseContext, rarcs: list[str]) -> tuple[list[str], list[str]]:
    """(standard remark codes, the payer's own keys) of remark-code look-alikes in a line.

    "M5" in a row whose document key says "M5  This service was not medically
    necessary." is the payer's code for that reason, not RARC M5.
    """
    own = [r for r in rarcs if is_payer_key(ctx, r)]
    return [r for r in rarcs if r not in own], own


def same_meaning(a: str, b: str) -> bool:
    wa = {w for w in re.findall(r"[a-z]{4,}", a.lower())}
    wb = {w for w in re.findall(r"[a-z]{4,}", b.lower())}
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))


def strip_amounts(text: str) -> str:
    """The row without its money ("240.00", "$0"), keeping codes like "CO 197"."""
    return " ".join(t for t in text.split() if not is_amount(t))


KNOWN_MODIFIERS = frozenset(
    "22 24 25 26 33 51 52 59 76 77 91 93 95 GT GQ GY GA GZ FQ TH HD HN HO KX SA SB AJ "
    "U1 U2 U3 U4 U5 U6 U7 U8 U9 UA UB UC UD XE XP XS XU TC".split()
)


# a code and up to three modifiers: "99403-25", "99403 U1", "99403-25,59", "99403U1" (a
# modifier glued to the code only when it starts with a letter: digits would make a number)
# (a comma only between two modifiers; never the whole part of an amount, "25.00")
_MOD = r"[A-Z0-9]{2}\b(?!\.\d|,\d{3}\b)"
_PROC = compiled(
    r"(?<![\w-])([A-Z]\d{4}|\d{4}[A-Z0-9])(?!\d)"
    rf"((?:[A-Z][A-Z0-9]\b|\s?[-:]\s?{_MOD}|\s{_MOD})(?:(?:\s?[-:,]\s?|\s){_MOD}){{0,2}})?"
)
_MODIFIER_PART = compiled(rf"(\s?[-:,]\s?|\s|)({_MOD})")


def procedure(text: str, *, strict_modifiers: bool = False) -> tuple[str | None, list[str]]:
    for m in _PROC.finditer(text or ""):
        code = m.group(1)
        if not (nz.is_cpt(code) or nz.is_hcpcs(code)):
            continue
        mods: list[str] = []
        for mm in _MODIFIER_PART.finditer(m.group(2) or ""):
            sep, mod = mm.group(1), mm.group(2)
            if not sep and not mods and mm.start() == 0:
                sep = "-"  # glued to the code: printed as its modifier
            if (
                sep.strip()
                or (not strict_modifiers and not mod.isdigit())
                or mod in KNOWN_MODIFIERS
            ):
                if mod in KNOWN_MODIFIERS or sep.strip() or re.fullmatch(r"[A-Z][A-Z0-9]", mod):
                    mods.append(mod)
                    continue
            break
        return code, mods
    return None, []


# "the diagnosis was Z391", "ICD-10 code O9270": a code without its dot, named as one
_DIAGNOSIS_NAMED = compiled(
    r"\b(?:diagnos[ei]s|dx|icd(?:-?10)?(?:-cm)?)(?:\s+codes?)?(?:\s+(?:was|is|of))?[\s:#]*"
    r"([A-Z]\d{3,6}(?:[,;]?\s*(?:and\s+)?[A-Z]\d{3,6})*)\b",
    re.I,
)


def _named_diagnoses(text: str) -> list[str]:
    """Undotted diagnosis codes a sentence names as diagnoses (never a remark code)."""
    out: list[str] = []
    for m in _DIAGNOSIS_NAMED.finditer(text):
        for raw in re.findall(r"[A-Z]\d{3,6}", m.group(1).upper()):
            code = nz.normalize_icd10(raw)
            if code and not nz.find_rarcs(raw):
                out.append(code)
    return list(dict.fromkeys(out))


def diagnoses(text: str, *, undotted: bool = False) -> list[str]:
    """ICD-10 codes; without a dot ("Z391") only where a column or the words before it
    say it is a diagnosis."""
    out: list[str] = [] if undotted else _named_diagnoses(text)
    for m in re.finditer(r"\b([A-TV-Z]\d{2}(?:\.\d{1,4}|\d{1,4})?[A-Z]?)\b", text):
        raw = m.group(1)
        if "." not in raw and (len(raw) <= 3 or not undotted):
            continue  # "Z39" is ambiguous; "N130" is a remark code
        code = nz.normalize_icd10(raw)
        if code and nz.is_icd10(code) and code not in out:
            if re.fullmatch(r"[A-Z]\d{4}", raw) and (nz.is_hcpcs(raw) or nz.is_cpt(raw)):
                continue  # S9443 is a procedure, not a diagnosis
            out.append(code)
    return out


def own_codes(
    ctx: ParseContext, text: str, carcs: list[tuple[str | None, str]], rarcs: list[str]
) -> list[str]:
    """Keys printed in a row that the document's own code key explains."""
    out = []
    taken = {c for _, c in carcs} | set(rarcs)
    for tok in re.split(r"[\s,;/]+", strip_amounts(text)):
        key = tok.strip("()[]*.:").upper()
        if not key or key in taken or nz.find_dates(key):
            continue
        marks = [key] if key in ctx.glossary else marks_run_together(ctx.glossary, key)
        out += [m for m in marks if m not in out and m not in taken]
    return out


def line_adjustments(
    carcs: list[tuple[str | None, str]], sl: ServiceLine, code_src: str
) -> list[Adjustment]:
    out: list[Adjustment] = []
    seen = set()
    for group, code in carcs:
        g = group or nz.format_carc(None, code).split("-")[0]
        if (g, code) in seen:
            continue
        seen.add((g, code))
        amount = None
        m = re.search(rf"\b{g}\s*-?\s*{re.escape(code)}\b\s*\$?\s*(\d[\d,]*\.\d\d)", code_src)
        if m:
            amount = nz.parse_money(m.group(1))
        elif len(carcs) == 1:
            if g == "PR" and sl.patient_responsibility is not None:
                amount = sl.patient_responsibility
            elif sl.billed is not None:
                amount = sl.billed - (sl.paid or ZERO)
        out.append(Adjustment(group=g, code=code, amount=amount))
    return out


def is_payer_key(ctx: ParseContext, code: str) -> bool:
    """A code shaped like a RARC or CARC that the document's own key explains otherwise.

    "M5  This service was not medically necessary." is the payer's note M5, not remark
    code M5 (monthly rental payments), even under a heading "Remark codes": a printed
    meaning that names another reason than the standard code's decides. A meaning that
    names no reason is standard when it shares the standard words or when the key's
    heading or words say "remark code"; otherwise it is the payer's own.
    """

    explanation = ctx.glossary.get(code)
    if explanation is None:
        return False
    std = rarc_codes().get(code) or carc_codes().get(code)
    if std is None:
        return True
    named = set(phrase_categories(explanation)) - {"other"}
    if named:
        return not named & set(std.categories)
    if same_meaning(explanation, std.description):
        return False
    return not says_standard(key_title(ctx.lines, ctx.glossary_lines, code), explanation)


def referenced_keys(ctx: ParseContext, text: str, taken: set[str]) -> list[str]:
    """Keys of the document's code key that free text refers to ("See note: F1", "(2)")."""
    out: list[str] = []
    for key in ctx.glossary:
        if key not in text:  # every reference prints the key as it is
            continue
        if key in taken or (_is_standard_shape(key) and not is_payer_key(ctx, key)):
            continue
        k = re.escape(key)
        if key.isdigit() or len(key) == 1:  # "2", "A": a bracket or a word must name it
            rx = rf"[(\[]{k}[)\]]|\b(?i:note|code|remark|reason|footnote|message)s?\s*(?:#|no\.?)?\s*:?\s*{k}\b"
        else:
            rx = rf"(?<![\w-]){k}(?![\w-])"
        if re.search(rx, text):
            out.append(key)
    return out


def _is_standard_shape(key: str) -> bool:
    return bool(nz.find_carcs(key) or nz.find_rarcs(key))


def claim_text_codes(ctx: ParseContext, text: str) -> LineCodes:
    """Codes a claim prints once, outside its service lines.

    "Denial reason code: CO-B7." in a letter's sentence, "Remark: N130" under a table,
    "See note: F1" beside a key/value block. A RARC-shaped key the document explains as
    its own is an own code.
    """
    carcs = carcs_with_groups(text)
    rarcs = nz.find_rarcs(text)
    own = [r for r in rarcs if is_payer_key(ctx, r)]
    rarcs = [r for r in rarcs if r not in own]
    taken = {c for _g, c in carcs} | {nz.format_carc(g, c) for g, c in carcs} | set(rarcs)
    own += [k for k in referenced_keys(ctx, text, taken | set(own)) if k not in own]
    more_carcs, more_rarcs, own = footnote_codes(ctx, own)
    carcs += [c for c in more_carcs if c not in carcs]
    rarcs += [r for r in more_rarcs if r not in rarcs]
    return carcs, rarcs, own


def fill_codes_from_claim_text(
    ctx: ParseContext, lines: list[ServiceLine], line_codes: list[LineCodes], text: str
) -> str | None:
    """Codes the claim prints outside its lines go to its unpaid lines, when no line has any.

    Returns where they were read ("claim text"), or None when nothing was filled.
    """
    if not lines or not text.strip() or any(lc[0] or lc[1] for lc in line_codes):
        return None
    carcs, rarcs, own = claim_text_codes(ctx, text)
    if any(lc[2] for lc in line_codes):
        own = []  # the lines name their own keys; the text's keys are the key itself
    if not (carcs or rarcs or own):
        return None
    unpaid = [
        i
        for i, sl in enumerate(lines)
        if (sl.paid is not None and sl.paid == ZERO) or (sl.patient_responsibility or ZERO) > ZERO
    ] or list(range(len(lines)))
    while len(line_codes) < len(lines):
        line_codes.append(([], [], []))
    for i in unpaid:
        sl = lines[i]
        sl.adjustments = line_adjustments(carcs, sl, text)
        sl.remark_codes = list(dict.fromkeys([*sl.remark_codes, *rarcs]))
        kept = line_codes[i][2]
        line_codes[i] = (
            list(carcs),
            list(sl.remark_codes),
            [*kept, *(o for o in own if o not in kept)],
        )
    return "claim text"


def fill_from_claim_text(
    ctx: ParseContext,
    lines: list[ServiceLine],
    line_codes: list[LineCodes],
    text: str,
) -> None:
    """What a claim prints once, outside its table, applies to its lines.

    "Reason: CO-31" under the table, "Diagnosis on the request: Z39.1", "provided on
    February 9, 2026" in the letter above it.
    """
    if not lines or not text.strip():
        return
    fill_codes_from_claim_text(ctx, lines, line_codes, text)
    if not any(sl.diagnosis_codes for sl in lines):
        dx_text = " ".join(
            ln for ln in text.splitlines() if re.search(r"diagnos|\bdx\b|icd", ln, re.I)
        )
        dx = diagnoses(dx_text)
        for sl in lines:
            sl.diagnosis_codes = list(dx)
    if any(sl.date_of_service is None for sl in lines):
        flat = re.sub(r"\s*\n\s*", " ", text)
        prose = [
            d for st, _e, d in nz.find_dates(flat) if DOS_CONTEXT.search(flat[max(0, st - 40) : st])
        ]
        if len(set(prose)) == 1:
            for sl in lines:
                if sl.date_of_service is None:
                    sl.date_of_service = prose[0]
