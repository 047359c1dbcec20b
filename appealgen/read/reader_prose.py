"""The prose reader: a letter that names its service, date, codes and amounts in sentences."""

from __future__ import annotations

import re
from decimal import Decimal

from ..models import (
    ServiceLine,
    Totals,
)
from ..patterns import compiled
from . import normalize as nz
from .codes import (
    DOS_CONTEXT,
    carcs_with_groups,
    claim_text_codes,
    diagnoses,
    is_payer_key,
    line_adjustments,
    procedure,
)
from .context import (
    ParseContext,
    ServiceTrace,
)
from .fields import Found, first
from .labelled_amounts import labelled_totals
from .money_cells import cell_money
from .prose_services import of_this_claim, other_dates, told_services
from .readers import Candidate, ClaimArea


def _prose_service_line(ctx: ParseContext, text: str, in_seg: list[Found]) -> ServiceLine | None:
    sl = ServiceLine()
    fields_here = in_seg or ctx.found
    dos_f = first(fields_here, "date_of_service")
    if dos_f and (d := nz.parse_date(dos_f.value)):
        sl.date_of_service = d
    else:
        told = [
            d for s, _e, d in nz.find_dates(text) if DOS_CONTEXT.search(text[max(0, s - 40) : s])
        ]
        # "Decision made on September 20, 2026.": a date its sentence makes another, unless
        # no other is told ("care you received on July 7")
        others = other_dates(text)
        sl.date_of_service = next((d for d in told if d not in others), told[0] if told else None)
    proc_f = first(fields_here, "procedure")
    sl.procedure_code, sl.modifiers = procedure(proc_f.value if proc_f else "")
    if sl.procedure_code is None:
        # "ticket R759-25362": the end of another number, joined by its hyphen
        for m in re.finditer(r"(?<![\w-])([A-Z]\d{4}|\d{5})\b", text):
            code = m.group(1)
            before = text[max(0, m.start() - 30) : m.start()].lower()
            if re.search(r"\bbox\s*#?\s*$", before):
                continue  # "PO Box 45424": a post office box, no code
            # "counseling, 30 min (99402)": a code in brackets after the service's words
            bracketed = (
                text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            )
            if nz.is_hcpcs(code) or (
                nz.is_cpt(code)
                and (
                    bracketed
                    or re.search(r"cpt|code|procedure|hcpcs|billed (?:\w+ )?as|service", before)
                )
            ):
                sl.procedure_code, sl.modifiers = procedure(text[m.start() : m.start() + 12])
                break
    dx_f = first(fields_here, "diagnosis")
    sl.diagnosis_codes = diagnoses(dx_f.value) if dx_f else []
    if not sl.diagnosis_codes:
        sl.diagnosis_codes = [d for d in diagnoses(text) if d != sl.procedure_code]
    sl.billed = _amount_near(text, r"billed|charges?d?|charge of|amount of|total charges|cost of")
    sl.paid = _amount_near(text, r"(?:plan |we )?paid|payment of|pays?")
    sl.allowed = _amount_near(text, r"allowed|allowable|approved amount")
    sl.patient_responsibility = _amount_near(
        text,
        r"you (?:may )?owe|your share|your cost|patient responsibility|member responsibility|"
        r"responsible for|you (?:may )?(?:be asked|have|need) to pay",
    )
    bf = first(fields_here, "billed_total")
    if sl.billed is None and bf:
        sl.billed = cell_money(bf.value)
    pf = first(fields_here, "patient_total")
    if sl.patient_responsibility is None and pf:
        sl.patient_responsibility = cell_money(pf.value)
    if sl.date_of_service is None and sl.procedure_code is None and sl.billed is None:
        return None
    carcs = nz.find_carcs(text)
    sl.remark_codes = nz.find_rarcs(text)
    sl.adjustments = line_adjustments(carcs, sl, text)
    return sl


# what may stand between an amount's words and the amount: up to four words
_WORDS_BEFORE_AMOUNT = compiled(r"[^\w$]{0,3}(?:\w+[^\w$]+?){0,4}?")


def _unbracketed(rest: str) -> str:
    """``rest`` with each ")" that closes an aside opened before it (not a credit's
    bracket) blanked: "charge $445.00)" is $445.00."""
    out, depth = [], 0
    for ch in rest:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                ch = " "
            else:
                depth -= 1
        out.append(ch)
    return "".join(out)


def _amount_near(text: str, words: str) -> Decimal | None:
    """The first amount printed within four words after ``words``, with its sign: a
    credit ("-$25.00", "(25.00)", "25.00 CR") stays negative."""
    for m in compiled(rf"(?:{words})", re.I).finditer(text):
        rest = _unbracketed(text[m.end() : m.end() + 80])
        for begin, _end, value in nz.find_money(rest):
            if _WORDS_BEFORE_AMOUNT.fullmatch(rest[:begin]):
                return value
            break
    return None


_PROSE_TOTALS = {
    "billed": r"billed|charges?|charged",
    "allowed": r"allowed|allowable|approved",
    "paid": r"paid|plan pays|payment",
    "patient_responsibility": r"(?:you|member|patient) (?:may )?(?:owe|owes|pays?|responsibility)|your share|member responsibility",
}


def prose_totals(text: str) -> Totals | None:
    t = Totals()
    hits = 0
    for key, words in _PROSE_TOTALS.items():
        m = compiled(
            rf"(?:{words})\s*:?\s*(?:\$\s?(\d[\d,]*(?:\.\d\d)?)|(\d[\d,]*\.\d\d))", re.I
        ).search(text)
        if m:
            setattr(t, key, nz.parse_money(m.group(1) or m.group(2)))
            hits += 1
    for key, amount in labelled_totals(text).items():  # "Allowed amount $0.00"
        if getattr(t, key) is None and (value := nz.parse_money(amount)) is not None:
            setattr(t, key, value)
            hits += 1
    return t if hits >= 2 else None


# "The total charged was $525.00.", "total billed: $340.00"
_TOTAL_SAID = compiled(
    r"\btotal (?:amount )?(?P<word>charged|billed|charges|allowed|paid)\b"
    r"(?: (?:was|were|is|of|came to))?:?\s*\$\s?(?P<amount>\d[\d,]*\.\d\d)",
    re.I,
)
_SAID_KEYS = {"charged": "billed", "billed": "billed", "charges": "billed"}


def said_totals(text: str) -> Totals | None:
    """Totals a sentence states ("The total charged was $525.00"); None when none is
    stated, or when two sentences state different amounts for one total."""
    t = Totals()
    for m in _TOTAL_SAID.finditer(re.sub(r"\s*\n\s*", " ", text)):
        key = _SAID_KEYS.get(m.group("word").lower(), m.group("word").lower())
        value = nz.parse_money(m.group("amount"))
        if getattr(t, key) not in (None, value):
            return None
        setattr(t, key, value)
    return None if t == Totals() else t


_CREDENTIALS = r"(?:IBCLC|RN|CLC|CLE|MD|DO|NP|CNM|CPM|PA-C|LC|RLC|FNP|MSN|BSN|APRN|PhD)"


_PROSE_PROVIDER = [
    compiled(
        r"\b(?:the )?claim (?:that )?([A-Z][^()\n;:]{2,60}?) (?:sent|submitted|filed) (?:us|to us)\b"
    ),
    compiled(
        r"\b(?:claim|bill|charges?|services?) (?:received )?from ([A-Z][^()\n;:]{2,60}?)"
        r"\s*(?:\((?:NPI|provider (?:number|no|id)\b)|,? NPI|\. | for | on )"
    ),
    compiled(
        r"\b(?:provided|rendered|performed|given|billed|filed|submitted|sent)"
        r"(?: on [A-Z0-9][\w ,/]{4,20}?)? by "
        r"([A-Z][^()\n;:]{2,60}?)"
        r"(?:,? because|,? which|\s*\(NPI|,? NPI|\.\s|;|,? on [A-Z0-9]|,? for [A-Z])"
    ),
    # "Hollis Marten, IBCLC sent us claim number TH482400771": who sent the claim
    compiled(
        r"(?:^|[.!?]\s+)([A-Z][^()\n;:.]{2,60}?) (?:sent|submitted|filed) "
        r"(?:us |to us )?(?:a |the |this )?claim\b"
    ),
    compiled(r"\bwhich ([A-Z][^()\n;:]{2,60}?)\s*\(NPI"),
    # "care Ann Lee received on 4 August 2026 from Milkweed Family Lactation."
    compiled(
        r"\breceived on [A-Z0-9][\w ,/]{4,20}? from ([A-Z][^()\n;:]{2,60}?)"
        r"(?:\.\s|\.$|,? because|\s*\(NPI|,? NPI)"
    ),
    compiled(
        rf"((?:(?:[A-Z][\w&'’.-]*|&)\s+){{0,5}}[A-Z][\w&'’.-]*"
        rf"(?:,\s*(?:{_CREDENTIALS}|LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?))*)\s*\(NPI"
    ),
    compiled(
        rf"\b([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}, {_CREDENTIALS}(?:, {_CREDENTIALS})*)\b"
    ),
]


_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}"
PROSE_PATIENT = compiled(
    r"\b(?:provided to|services to|services for|care for|rendered to|given to|visit for|"
    # "for care Ann Lee received": the name before "received" is the patient's; "for care
    # Nest Lactation gave" names who gave it
    rf"for care(?=\s+{_NAME}\s+(?:received|got|had)\b)|"
    r"claim [A-Z0-9][\w-]{4,} for|(?:filed|submitted|sent) by [^.;]{3,60}? for|"
    # "which Nest Lactation filed for Ann Lee": a named sender's claim is for the patient;
    # "was sent for Medical Review" names no one
    r"[A-Z][\w&'’.-]*\s+(?:filed|submitted|sent) for)\s+"
    r"(?:(?:your|the member's|the subscriber's) (?:child|son|daughter|baby|dependent|spouse),?\s+)?"
    rf"({_NAME})"
)


# one capitalised word, then words in lower case: "The provider", "Your doctor"
_SENTENCE_WORDS = compiled(r"[A-Z][a-z]*(?: [a-z][\w'’-]*)+")

_TOWN_AND_STATE = compiled(r", [A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


# "Paid to: Kim Tran, IBCLC" names who is paid, not who gave the care
_PAYEE = compiled(r"(?i)\b(?:payee|paid to|pay to|pay-to|remit to|remitted to)\W*$")


def prose_provider(flat: str) -> str | None:
    for rx in _PROSE_PROVIDER:
        # "Lindqvist Street Baltimore, MD 21201" is an address, not a provider
        m = next(
            (
                m
                for m in rx.finditer(flat)
                if not _TOWN_AND_STATE.match(flat, m.end(1) - 4)
                and not _PAYEE.search(flat[max(0, m.start(1) - 24) : m.start(1)])
            ),
            None,
        )
        if m:
            # "Health Plan. Hollis Marten, IBCLC": a name never runs across a sentence's end
            name = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", m.group(1))[-1].strip(" ,")
            if _SENTENCE_WORDS.fullmatch(name):
                continue  # "The provider sent us a claim": a sentence's words, no one's name
            if 3 <= len(name) <= 60 and not re.search(
                r"\b(we|you|your|our|the plan)\b", name, re.I
            ):
                return name
    return None


def read(ctx: ParseContext, area: ClaimArea) -> Candidate | None:
    told = told_services(area.text, first_claim_number(area))
    if len(told.lines) >= 2:
        codes = [(carcs_with_groups(t), nz.find_rarcs(t), []) for t in told.texts]
        traces = [ServiceTrace("prose") for _ in told.lines]
        via = "prose" if told.totals else None
        return Candidate("prose", told.lines, codes, traces, told.totals, via)
    sl = _prose_service_line(ctx, of_this_claim(area.text), area.found)
    if sl is None and len(told.lines) == 1:
        # "The provider submitted $255.00 for 99214, provided 05 Feb 2026.": the one
        # service its sentences tell, where no word this reader knows names its values
        sl = told.lines[0]
    elif sl is None:
        return None
    elif len(told.lines) == 1:
        _fill_from(sl, told.lines[0], told.dates)
    # a letter names its codes in its sentences; a key that lists standard codes
    # ("Reason code 197: …") counts when the sentences name none
    # the claim's own sentences: a line it starts on may end the claim before's ("...
    # Adjustment reason code: CO-242. ... We received a claim from ..."), whose codes those are
    said = area.text
    carcs, rarcs, own = claim_text_codes(ctx, said)
    if not (carcs or rarcs or own):
        lines = [k for a, b in area.spans for k in range(a, b)]
        keys = [ctx.lines[k].text for k in lines if k in ctx.glossary_lines]
        full = "\n".join([said, *keys])
        carcs = carcs_with_groups(full)
        rarcs = [r for r in nz.find_rarcs(full) if not is_payer_key(ctx, r)]
    sl.adjustments = sl.adjustments or line_adjustments(carcs, sl, said)
    sl.remark_codes = [r for r in sl.remark_codes if r in rarcs] or rarcs
    return Candidate("prose", [sl], [(carcs, rarcs, own)], [ServiceTrace("prose")])


def first_claim_number(area: ClaimArea) -> str | None:
    return next((f.value for f in area.found if f.field == "claim_number"), None)


_TOLD_FIELDS = ("procedure_code", "units", "billed", "allowed", "paid", "patient_responsibility")


def _fill_from(sl: ServiceLine, told: ServiceLine, service_dates: list) -> None:
    """The one service's values its sentences tell where the words around them left
    gaps; a date no sentence tells as a date of service ("We received it on May 21")
    gives way to the one they do."""
    if told.date_of_service and (
        sl.date_of_service is None or sl.date_of_service not in service_dates
    ):
        sl.date_of_service = told.date_of_service
    if not sl.modifiers and told.modifiers:
        sl.modifiers = told.modifiers
    for name in _TOLD_FIELDS:
        if getattr(sl, name) is None and getattr(told, name) is not None:
            setattr(sl, name, getattr(told, name))
