"""Services a letter tells in sentences, each known by the shapes of its values.

"On March 3, 2026 the provider billed $250.00 for service 99403. We allowed $0.00 and
paid nothing; you owe $250.00. The visit on March 10 (code 99404) was charged $180.00."
A sentence that names a procedure code, or a date of service with a charge, starts a
service; the sentences after it, up to the next such sentence, are that service's. An
amount takes its role (billed, allowed, paid, the patient's share) from the nearest
role word before it in its clause, else from the first one after it
(rules/sentences.yaml); a sentence of totals ("In all, the claim billed $495.00") gives
the claim's totals, never a service's. A date is a date of service unless a word before
it in its clause makes it another date (received, mailed, a deadline). A sentence about
another claim ("A separate claim for a visit on ... was paid in full") tells none of the
claim's services (rules/reader_words.yaml other_claim_words).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from ..knowledge import reader_words, sentence_rules
from ..memo import per_document
from ..models import ServiceLine, Totals
from ..patterns import compiled
from ..records import record
from . import normalize as nz
from .codes import carcs_with_groups, diagnoses, line_adjustments
from .label_words import object_of_another
from .sentence_ends import sentence_spans, sentences

AMOUNT_ROLES = ("owed", "allowed", "paid", "billed")  # longer phrases of the first win ties
_FIELD = {
    "owed": "patient_responsibility",
    "allowed": "allowed",
    "paid": "paid",
    "billed": "billed",
}
_CLAUSE_BREAK = compiled(r"[;:]|,\s(?:and|but|so|while)\b|\band\b|\bwhile\b")
# a procedure code by its shape: HCPCS (S9443) anywhere, CPT (99403) after a code word
# ("Line 1 of the bill: 99401, $420.00, seen Aug 22, 2026.": a numbered line of the bill
# names its code after its colon)
_CODE_WORDS = compiled(
    r"(?i)\b(?:cpt|hcpcs|code|procedure|services?|billed as|visit)\b[^.;]{0,24}$"
    r"|\b(?:line|item) \d{1,2} of (?:the|your|this) bill:\s*$"
)
# "The charge was for 99401", "charged on Feb 26, 2026 for 99404": a code the word "for"
# names as what was billed, right before it
_FOR_CODE = compiled(r"(?i)\bfor\s+$")
# no post office box ("SERVICES PO Box 45424") or ZIP code after a state ("MD 23084")
_PROC_SHAPE = compiled(
    r"(?<![\w$.,/-])(?<!(?i:box) )(?<!\b[A-Z]{2} )([A-Z]\d{4}|\d{5})(?![\w/-]|[.,]\d)"
)
_MODIFIER = compiled(r"(?i)\bmodifiers?\s*:?\s*((?:[A-Z0-9]{2}\b(?:,?\s*(?:and\s+)?)?)+)")
_UNITS = compiled(r"(?i)\b(\d{1,2})\s+units?\b|\bunits?\s*(?:of|:)?\s*(\d{1,2})\b")


@record
class Told:
    """The services and totals a claim's sentences tell."""

    lines: list[ServiceLine]
    totals: Totals | None
    texts: list[str]  # each service's sentences
    dates: list[date]  # every date the services' sentences tell as a date of service


def _role_spans(text: str, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each role word; one inside a longer match of another is dropped."""
    rules = sentence_rules()
    found: list[tuple[int, int, str]] = []
    for kind in kinds:
        for rx in getattr(rules, kind):
            for m in rx.finditer(text):
                if not any(s <= m.start() and m.end() <= e for s, e, _k in found):
                    found.append((m.start(), m.end(), kind))
    return sorted(found)


def _clause_start(text: str, at: int, floor: int) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, at)]
    return max(starts, default=floor)


def amount_roles(sentence: str) -> list[tuple[str, Decimal]]:
    """(role, amount) of each amount of a sentence whose words give it a role."""
    return [(role, value) for _at, role, value in _amounts_at(sentence)]


def _amounts_at(sentence: str) -> list[tuple[int, str, Decimal]]:
    """(where, role, amount) of each amount of a sentence whose words give it a role."""
    money = nz.find_money(sentence)
    roles = _role_spans(sentence, AMOUNT_ROLES)
    out: list[tuple[int, str, Decimal]] = []
    for k, (start, end, value) in enumerate(money):
        floor = money[k - 1][1] if k else 0
        lo = _clause_start(sentence, start, floor)
        before = [r for r in roles if lo <= r[0] and r[1] <= start]
        if before:
            out.append((start, before[-1][2], value))
            continue
        hi = money[k + 1][0] if k + 1 < len(money) else len(sentence)
        stop = re.search(r"[.;:]\s|,\s", sentence[end:hi])
        hi = end + stop.start() if stop else hi
        after = [r for r in roles if end <= r[0] and r[1] <= hi]
        if after:
            out.append((start, after[0][2], value))
    return out


# a label's last words before its colon ("Payment amount:", "Line 1 of the bill:"), and
# what may stand between the colon and its amount: codes and marks, no words
_LABEL_TAIL = compiled(r"(?:\s*[\w'’-]+){0,2}\s*:\s*$")
_VALUES_ONLY = compiled(r"[^A-Za-z]*(?:\b[A-Z]?\d[\w-]*\b[^A-Za-z]*)*")


def _label_start(sentence: str, lo: int, start: int, floor: int = 0) -> int:
    """Where the label a value follows starts ("Payment amount: $0.00", "Appeal deadline:
    February 23, 2027", "Line 1 of the bill: 99401, $420.00"): at most two words before
    the colon that opens the value's clause (``lo``), nothing but codes between colon and
    value; ``lo`` when the clause opens with no label."""
    head = sentence[floor:lo]
    if not head.rstrip().endswith(":") or not _VALUES_ONLY.fullmatch(sentence[lo:start]):
        return lo
    tail = _LABEL_TAIL.search(head)
    return floor + tail.start() if tail else lo


def service_dates(sentence: str) -> list[date]:
    """The dates of a sentence that no word before them in their clause makes another date."""
    others = _role_spans(sentence, ("other_date",))
    out = []
    for start, _end, d in nz.find_dates(sentence):
        # "Appeal deadline: February 23, 2027": the label's words name the date's kind
        lo = _label_start(sentence, _clause_start(sentence, start, 0), start)
        if not any(lo <= s and e <= start for s, e, _k in others):
            out.append(d)
    return out


def other_dates(text: str) -> set[date]:
    """The dates a text's sentences tell only as another date than the date of service
    ("Decision made on September 20, 2026.", "We received this claim on August 13")."""
    told, other = set(), set()
    for s in sentences(text):
        service = service_dates(s)
        told.update(service)
        other.update(d for _a, _b, d in nz.find_dates(s) if d not in service)
    return other - told


def procedure_codes(sentence: str, skip: set[str]) -> list[str]:
    out = []
    for _at, code in _codes_at(sentence):
        if code not in skip and code not in out:
            out.append(code)
    return out


def _codes_at(sentence: str) -> list[tuple[int, str]]:
    """(where, code) of each procedure code of a sentence."""
    out = []
    for m in _PROC_SHAPE.finditer(sentence):
        code = m.group(1)
        # "lactation counseling (99402)": a code in brackets after the service's words
        bracketed = sentence[m.start() - 1 : m.start()] == "(" and sentence[m.end() :][:1] == ")"
        if nz.is_hcpcs(code) or (
            nz.is_cpt(code)
            and (
                bracketed
                or _CODE_WORDS.search(sentence[max(0, m.start() - 40) : m.start()])
                or _FOR_CODE.search(sentence[max(0, m.start() - 8) : m.start()])
            )
        ):
            out.append((m.start(1), code))
    return out


def _starts_service(sentence: str, skip: set[str]) -> bool:
    if _is_total(sentence):
        return False
    if procedure_codes(sentence, skip):
        return True
    return bool(service_dates(sentence)) and any(r == "billed" for r, _v in amount_roles(sentence))


def _is_total(sentence: str) -> bool:
    return bool(_role_spans(sentence, ("total",))) and bool(nz.find_money(sentence))


def _line_of(chunk: list[str], skip: set[str]) -> ServiceLine:
    sl = ServiceLine()
    text = " ".join(chunk)
    dates = [d for s in chunk for d in service_dates(s)]
    sl.date_of_service = dates[0] if dates else None
    codes = [c for s in chunk for c in procedure_codes(s, skip)]
    sl.procedure_code = codes[0] if codes else None
    if m := _MODIFIER.search(text):
        sl.modifiers = re.findall(r"\b[A-Z0-9]{2}\b", m.group(1))
    if (m := _UNITS.search(text)) is not None:
        sl.units = int(m.group(1) or m.group(2))
    sl.diagnosis_codes = [d for d in diagnoses(text) if d != sl.procedure_code]
    for s in chunk:
        for role, value in amount_roles(s):
            if getattr(sl, _FIELD[role]) is None:
                setattr(sl, _FIELD[role], value)
    sl.remark_codes = nz.find_rarcs(text)
    sl.adjustments = line_adjustments(carcs_with_groups(text), sl, text)
    return sl


def _totals_of(said: list[str]) -> Totals | None:
    t = Totals()
    for s in said:
        for role, value in amount_roles(s):
            if getattr(t, _FIELD[role]) is None:
                setattr(t, _FIELD[role], value)
    return None if t == Totals() else t


def told_services(text: str, claim_number: str | None = None) -> Told:
    """The services a claim's text tells in sentences (none when it tells none)."""
    skip = {claim_number} if claim_number else set()
    chunks: list[list[str]] = []
    said_totals: list[str] = []
    dated: str | None = None  # the sentence before, when it tells only a date of service
    for s in sentences(of_this_claim(text)):
        if _is_total(s):
            said_totals.append(s)
        elif _starts_service(s, skip):
            chunks.append([*_date_before(chunks, dated), s])
        elif chunks and not said_totals:
            chunks[-1].append(s)
        dated = s if _only_a_date(s, skip) else None
    lines = [_line_of(c, skip) for c in chunks]
    dates = [d for c in chunks for s in c for d in service_dates(s)]
    return Told(lines, _totals_of(said_totals), [" ".join(c) for c in chunks], dates)


def _only_a_date(sentence: str, skip: set[str]) -> bool:
    """A short sentence that tells one date, a date of service, and no code, amount or
    word that makes any date another ("The visit took place on 08/06/2026."; not "Notice
    date: Feb 6, 2026 Membership no.: ...")."""
    return (
        len(sentence.split()) <= 16
        and len(nz.find_dates(sentence)) == 1
        and bool(service_dates(sentence))
        and not procedure_codes(sentence, skip)
        and not nz.find_money(sentence)
        and not _role_spans(sentence, ("other_date",))
    )


def _date_before(chunks: list[list[str]], dated: str | None) -> list[str]:
    """The sentence before a service's first, when it tells only a date of service and
    the service before has a date of its own: "The visit took place on 08/06/2026. It was
    billed as 98960 at $185.00." tells one service in two sentences. Taken from the
    service before when it was read as that one's."""
    if dated is None:
        return []
    before = chunks[-1] if chunks else []
    if before and before[-1] == dated:
        if not any(service_dates(x) for x in before[:-1]):
            return []  # the service before's own date, told after it
        before.pop()
    return [dated]


UNTOLD_REACH = 60  # characters between a date and its service's code or charge
# a CPT code's shape, no ZIP code after a state ("MD 23084") or a post office box
_CPT_BESIDE_MONEY = compiled(r"(?<![A-Z]{2} )(?<!Box )(?<![\w$.,/-])(\d{5})(?![\w/-]|[.,]\d)")


def untold_dates(text: str, read: list[date | None]) -> list[date]:
    """The dates a claim's sentences tell beside a procedure code or a charge, as a date of
    service (no word makes them another date), that no service ``read`` has: a service
    told in words the reader did not take ("The provider submitted 290.00 dollars for
    99404, provided 01 Sep 2026.")."""
    out: list[date] = []
    for s in sentences(of_this_claim(text)):
        if _is_total(s):
            continue
        told = [at for at, _code in _codes_at(s)]
        told += [at for at, role, _v in _amounts_at(s) if role == "billed"]
        if nz.find_money(s):  # "submitted 290.00 dollars for 99404": a code by its shape
            told += [m.start(1) for m in _CPT_BESIDE_MONEY.finditer(s) if nz.is_cpt(m.group(1))]
        for at, _end, d in nz.find_dates(s):
            # near its code or charge: a letter's own date over its first lines is far
            near = any(abs(at - k) <= UNTOLD_REACH for k in told)
            if near and d not in read and d not in out and d in service_dates(s):
                out.append(d)
    return out


@per_document  # a claim's text is asked for by its services, its prose and its denial
def of_this_claim(text: str) -> str:
    """``text`` with its sentences about another claim blanked, its lines kept ("A separate
    claim for a visit on Apr 27, 2026 was paid in full ($68.50)": rules/reader_words.yaml
    other_claim_words)."""
    other = reader_words().other_claim_words
    out = text
    for a, b in sentence_spans(text):
        if other.search(text[a:b]):
            out = out[:a] + re.sub(r"[^\n]", " ", text[a:b]) + out[b:]
    return out


def _mid_sentence(text: str) -> bool:
    """A line of running words that does not end its sentence. A line with amounts is a
    row of values ("8/25/26 svc dt 99403 proc 1 un 360.00 chg"), unless a sentence ends
    in it ("... billed at $300.00. It was billed as 2")."""
    t = text.strip()
    lower = sum(1 for w in t.split() if w.isalpha() and w.islower())
    told = bool(re.search(r"[a-z\d)]{2}[.!?]\s+[A-Z]", t))
    return (
        len(t.split()) >= 5
        and lower >= 3
        and not t.endswith((".", "!", "?", ":", ";"))
        and not re.search(r"\S\s{3,}\S", text)
        and (told or not nz.find_money(t))
    )


def sentence_start(lines: list[str], at: int, floor: int) -> int:
    """The line where the sentence printed on line ``at`` begins (at most two lines up,
    never at or above ``floor``): a claim told in a sentence starts with that sentence."""
    k = at
    while k - 1 > floor and at - k < 2 and _mid_sentence(lines[k - 1]):
        k -= 1
    return k


def is_sentence_line(text: str) -> bool:
    """A printed line of running words with a sentence's end in it (no table row)."""
    t = text.strip()
    lower = sum(1 for w in t.split() if w.isalpha() and w.islower())
    return (
        len(t.split()) >= 4
        and lower >= 2
        and bool(re.search(r"[a-z)\d][.!?](?:\s|$)", t))
        and not re.search(r"\S\s{3,}\S", text)
    )


def wraps_a_sentence(text: str, next_text: str) -> bool:
    """A line of running words that stops on a word in lower case, its sentence going on
    in lower case on the next line, a sentence line ("The claim lists a breastfeeding
    support visit (S9443) on Jul 28, 2026 with a" over "charge of $305.00. The allowed
    amount was $0.00."); a row of values ("... Billed $300.00 You owe $0.00" over "Adj
    reason 204: ...") is none."""
    words = text.split()
    lower = sum(1 for w in words if w.strip(",;()").isalpha() and w.islower())
    return (
        len(words) >= 5
        and lower >= 3
        and words[-1].isalpha()
        and words[-1].islower()
        and next_text.lstrip()[:1].islower()
        and not re.search(r"\S\s{3,}\S", text)
        and is_sentence_line(next_text)
    )


# a claim word ending a line: "(claim", "claim number", "claim no.", "claim #", "The
# claim number is"
_CLAIM_WORD_AT_END = compiled(r"(?i)\bclaim(?: (?:number|no\.?|#|id))?(?: (?:is|was))?\s*:?\s*$")
# the number opening the next line, after the words the claim word's label goes on with
# ("The claim" over "number is MW-49087450.")
_ID_AT_START = compiled(
    r"^\s*(?i:(?:number|no\.?|#|id)\s+)?(?i:(?:is|was)\s+)?"
    r"([A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])(?=[\s).,;:]|$)"
)


def wrapped_claim_numbers(lines: list[str]) -> list[tuple[int, str]]:
    """(line, number) of each claim number a sentence wraps onto the next line after its
    claim word: "We received a claim from Ann Lee for services (claim" / "TH281491070)."."""
    out = []
    for k in range(len(lines) - 1):
        if not (word := _CLAIM_WORD_AT_END.search(lines[k])):
            continue
        m = _ID_AT_START.match(lines[k + 1])
        if not m or not re.search(r"\d", m.group(1)) or nz.find_dates(m.group(1)):
            continue
        # "Our reference for this claim" over "is 20247571751": another number's
        linked = lines[k][word.start() :] + " " + lines[k + 1][: m.start(1)]
        if not object_of_another(lines[k][: word.start()], linked):
            out.append((k, m.group(1)))
    return out
