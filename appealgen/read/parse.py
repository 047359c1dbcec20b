"""Pages of words -> ParseResult, driven by label synonyms, code tables and phrase rules.

No layout is known in advance: header fields come from labels (fields.py),
service lines from geometry (table.py), or, in a prose letter, from the
sentences that name a date of service, a code and an amount. Payer names in the
data are hints, never layouts.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import NoClaimError
from ..models import (
    Adjustment,
    Claim,
    Denial,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
)
from . import normalize as nz
from .extract import MAX_PAGES, Document, load
from .fields import Found, all_of, find_fields, first, labels
from .layout import Line, document_lines
from .table import AMOUNT_COLUMNS, Row, Table, find_tables, is_money_token

log = logging.getLogger(__name__)

ZERO = Decimal("0.00")
MEMBER_ADDRESS_WINDOW = 8  # lines between the member's name and the City, ST ZIP line
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
}  # fmt: skip

_STATE_WORDS = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|"
    "Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
_ADDRESS = re.compile(
    rf"\b([A-Z][A-Za-z.' -]{{1,30}}),?\s+([A-Z]{{2}}|{_STATE_WORDS})\s+(\d{{5}})(?:-\d{{4}})?\b"
)


def _state_code(raw: str) -> str | None:
    if raw in US_STATES:
        return raw
    return STATE_NAMES.get(raw.lower())
_PHONE = re.compile(
    r"(?<!\d)(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)|(?<!\d)1-8\d\d-[A-Z0-9-]{7,8}"
)
_PLAN_TYPE = re.compile(r"\b(HMO|PPO|EPO|POS|HDHP|PFFS|HMO-POS|Indemnity|Medicaid HMO)\b")
_ORG_WORDS = re.compile(
    r"\b\w*(health|insur|assur|blue|cross|shield|care)\w*\b|"
    r"\b(health|healthcare|insurance|assurance|mutual|blue|cross|shield|care|plan|medicaid|"
    r"hmo|ppo|benefits?|life|company|co\.|inc\.?|group|partners|network|alliance|medical|"
    r"wellness|administrators?|services|trust|casualty|cigna|aetna|humana|united|anthem|"
    r"kaiser|molina|centene|wellcare|oscar|highmark|premera|regence|harvard|tufts|caresource|"
    r"health\s*net|amerigroup|magellan|umr|meritain|healthpartners|medica|priority|geisinger|"
    r"independence|excellus|emblem|fidelis|horizon|florida blue|bcbs)\b",
    re.I,
)
_NOT_PAYER = re.compile(
    r"\b(ibclc|lactation|consultant|llc|pllc|md|do|rn|np|cnm|pediatrics|clinic|hospital|"
    r"department of (insurance|labor|financial)|division of insurance|p\.?o\.? box|street|"
    r"\bst\b|avenue|suite|member|patient|dear|claim|date|page|statement)\b",
    re.I,
)
_DENIAL_WORDS = re.compile(
    r"\b(denied|denies|deny|denial|not covered|non-?covered|not payable|not a covered|"
    r"not eligible|ineligible|rejected|declined|excluded|exclusion|cannot (?:pay|cover|approve)|"
    r"can ?not be (?:paid|covered|approved)|unable to (?:pay|cover|approve)|will not (?:pay|cover)|"
    r"did not (?:pay|cover)|no payment|not (?:approved|authorized|allowed)|adverse benefit determination|"
    r"upheld|not medically necessary)\b",
    re.I,
)
_PAID_WORDS = re.compile(r"\b(paid in full|processed as billed|approved as billed)\b", re.I)
_FUNDING_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "governmental",
        re.compile(
            r"state employees?'? (health|benefit)|public employees?'? (health|benefit)|public employers?|"
            r"(public )?school district|county of \w+|city of \w+ (employee|health)|"
            r"(county|city|municipal|school district|state) employee (health |benefit )?plan|"
            r"non-?federal governmental plan|governmental (health )?plan|teachers'? (health|retirement)",
            re.I,
        ),
    ),
    (
        "self_funded",
        re.compile(
            r"administrative services only|\bASO\b|self[- ]funded|self[- ]insured|"
            r"(your|the) employer (is responsible for|pays|funds|is financially responsible)|"
            r"funded by (your|the) employer|employer[- ]funded|not insured by|"
            r"(we|\w+ health\w*) (provides?|performs?) (only )?(claims )?administrati|"
            r"claims administrator (only|for)|does not (insure|assume (any )?financial risk)|"
            r"third[- ]party administrator",
            re.I,
        ),
    ),
    (
        "medicaid",
        re.compile(
            r"\bmedicaid\b|medical assistance program|masshealth|medi-cal|\bCHIP\b|"
            r"state fair hearing|fair hearing|health ?choice|apple health|soonercare|tenncare|"
            r"badgercare|husky health|denali kid|kidcare",
            re.I,
        ),
    ),
    ("medicare", re.compile(r"\bmedicare advantage\b|\bmedicare (part|plan|health)\b|\bMA-PD\b", re.I)),
    (
        "fully_insured",
        re.compile(
            r"fully[- ]insured|insured by|underwritten by|insured (contract|policy) issued|\binsures (the benefits of )?(this|your) (\w+ )?(plan|coverage|policy)|is the insurer (of|for)|(insurer|issuer) of (this|your) (plan|coverage|policy)|insurance (policy|coverage) (issued|provided) by|"
            r"policy (is )?issued by|this (plan|policy|coverage) is insured|state[- ]regulated|"
            r"department of (insurance|financial services)|division of insurance|insurance commissioner|"
            r"office of the health insurance commissioner",
            re.I,
        ),
    ),
]
_FINAL_NOTICE = re.compile(
    r"final (internal )?(adverse|appeal|decision|determination)|upheld (on|the) (appeal|denial)|"
    r"appeal (decision|determination)|second[- ]level appeal|we (have )?upheld",
    re.I,
)
_DOS_CONTEXT = re.compile(
    r"(date[s()]* of service|service date|provided on|received on|rendered on|seen on|visit on|"
    r"services on|\bon|from)\s*:?\s*$",
    re.I,
)


@dataclass
class _Ctx:
    lines: list[Line]
    found: list[Found]
    text: str
    glossary: dict[str, str]
    glossary_lines: set[int]


# --------------------------------------------------------------------------
# entry point


def parse_file(path: Path, *, max_pages: int | None = MAX_PAGES) -> ParseResult:
    """Read one file into the contract's parse document (raises InputError on bad input)."""
    t0 = time.perf_counter()
    doc = load(path, max_pages=max_pages)
    if doc.kind == "x12":
        from . import x12

        result = x12.parse_835(doc)
    else:
        result = parse_document(doc)
    log.debug("parsed sha=%s pages=%s in %.3fs", doc.sha256[:12], doc.page_count, time.perf_counter() - t0)
    return result


def parse_document(doc: Document) -> ParseResult:
    lines = document_lines(doc.pages)
    text = "\n".join(ln.text for ln in lines)
    found = find_fields(lines)
    glossary, glossary_lines = _glossary(lines)
    ctx = _Ctx(lines=lines, found=found, text=text, glossary=glossary, glossary_lines=glossary_lines)
    tables = find_tables(lines)
    heading_lines = {k for t in tables for k in range(t.header_index, t.rows[0].line_index)}
    ctx.found = [f for f in ctx.found if f.line not in heading_lines or f.label in ("claim",)]
    claims = _claims(ctx, tables)
    if not claims:
        raise NoClaimError(
            "no insurance claim found in this document (no claim number, date of service or "
            "billed amount) — is it an EOB or a denial letter?",
            file=str(doc.path),
        )
    result = ParseResult(
        source=Source(
            file=doc.path.name,
            sha256=doc.sha256,
            pages=doc.page_count,
            ocr_used=doc.ocr_used,
            kind=_source_kind(ctx, tables),
        ),
        payer=_payer(ctx),
        plan=_plan(ctx),
        member=_member(ctx),
        notice_date=_notice_date(ctx),
        claims=claims,
    )
    result.notice_text = text  # type: ignore[attr-defined]
    if result.source.kind == "denial_letter" and len(claims) == 1 and claims[0].patient_name is None:
        # "We denied your claim for lactation services": the letter's addressee is the patient
        claims[0].patient_name = result.member.name
    if result.member.state is None and result.payer.state and result.plan.funding == "medicaid":
        result.member.state = result.payer.state
    if _FINAL_NOTICE.search(text):
        result.warnings.append("this notice looks like a final internal appeal decision")
    if doc.ocr_used:
        result.warnings.append("read by OCR: check names, numbers and amounts against the paper")
    return result


# --------------------------------------------------------------------------
# header fields


_VALUE_SEPARATORS = re.compile(r"\s*(?:\(cid:\d+\)|[·•|]|\s{2,})\s*")


def _clean_name(value: str | None) -> str | None:
    if not value:
        return None
    value = _VALUE_SEPARATORS.split(value)[0]
    v = re.split(r"\s+(?:member|patient|id|group|claim|dob|date|npi|provider)\b\s*[:#]", value, flags=re.I)[0]
    v = re.sub(
        r"\s*\((?:self|spouse|child|dependent|son|daughter|subscriber|member|patient|infant|newborn)\b[^)]*\)\s*$",
        "",
        v,
        flags=re.I,
    )
    v = v.strip(" ,;:|-")
    if not v or len(v) > 60 or not re.search(r"[A-Za-zÀ-ÿ]", v):
        return None
    return v


def _clean_id(value: str | None) -> str | None:
    if not value:
        return None
    value = _VALUE_SEPARATORS.split(value.strip(" :#"))[0]
    tok = value.strip().split()
    if not tok:
        return None
    v = tok[0].strip(",;:|")
    # "WCH 0077 4410": an ID printed in groups
    k = 1
    while k < len(tok) and len(tok[k - 1]) <= 8 and re.fullmatch(r"[A-Z]{0,3}\d{2,6}", tok[k].strip(",;")):
        v = v + " " + tok[k].strip(",;")
        k += 1
    if not re.search(r"\d", v) or len(v) < 3:
        return None
    return v


def _member(ctx: _Ctx) -> Member:
    name_f = first(ctx.found, "member_name")
    name = _clean_name(name_f.value) if name_f else None
    if name is None:
        # the addressee block (name, street, City ST ZIP) before "Dear …", which may be a first name only
        payer_line = _payer_line(ctx)
        for b in _address_blocks(ctx):
            if b.name and b.line != (payer_line or -9) + 2 and ctx.lines[b.line].page == ctx.lines[0].page:
                name = b.name
                break
    if name is None:
        name = _dear_name(ctx)
    ids = list(dict.fromkeys(i for f in all_of(ctx.found, "member_id") if (i := _clean_id(f.value))))
    mid = ids[0] if len(ids) == 1 or (ids and not _multi_member(ctx)) else None
    state = _member_state(ctx, name)
    return Member(name=name, id=mid, state=state)


def _multi_member(ctx: _Ctx) -> bool:
    """A provider remittance lists several patients, each with their own member ID."""
    ids = {i for f in all_of(ctx.found, "member_id") if (i := _clean_id(f.value))}
    return len(ids) > 1


def _dear_name(ctx: _Ctx) -> str | None:
    m = re.search(r"^\s*Dear\s+(?:Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Dr\.?)?\s*([^,:\n]{3,50})[,:]", ctx.text, re.M)
    if m and not re.search(r"member|parent|patient|customer|sir|madam", m.group(1), re.I):
        return m.group(1).strip()
    return None


def _addresses(ctx: _Ctx) -> list[tuple[int, str]]:
    out = []
    for i, ln in enumerate(ctx.lines):
        for c in ln.cells:
            for m in _ADDRESS.finditer(c.text):
                if _state_code(m.group(2)):
                    out.append((i, _state_code(m.group(2))))
    return out


@dataclass
class _AddressBlock:
    name: str | None
    state: str
    line: int
    po_box: bool = False


_STREET = re.compile(r"^\s*(\d+[A-Z]?\s+\w|P\.?\s?O\.?\s+Box|\w.*\b(street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|way|blvd|place|pl)\b)", re.I)
_PERSON = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}$")


def _address_blocks(ctx: _Ctx) -> list[_AddressBlock]:
    """Name / street / City, ST ZIP blocks, read cell by cell so side columns don't mix."""
    out: list[_AddressBlock] = []
    lines = ctx.lines
    for j, ln in enumerate(lines):
        for c in ln.cells:
            m = _ADDRESS.search(c.text)
            if not m or not _state_code(m.group(2)):
                continue
            name = None
            street_k = None
            po_box = bool(re.search(r"P\.?\s?O\.?\s+Box", c.text, re.I))
            for k in (j - 1, j - 2):
                if k >= 0 and lines[k].page == ln.page:
                    cell = _cell_at(lines[k], c.x0)
                    if cell and _STREET.match(cell):
                        street_k = k
                        po_box = po_box or bool(re.search(r"P\.?\s?O\.?\s+Box", cell, re.I))
                        break
            if street_k is not None and street_k - 1 >= 0:
                cell = _cell_at(lines[street_k - 1], c.x0)
                if cell and _PERSON.match(cell.strip()) and not _NOT_PAYER.search(cell) and not re.search(r"\d", cell):
                    name = cell.strip()
            out.append(_AddressBlock(name, _state_code(m.group(2)) or m.group(2), j, po_box))
    return out


def _cell_at(ln: Line, x0: float) -> str | None:
    for c in ln.cells:
        if abs(c.x0 - x0) < 8:
            return c.text
    return None


def _member_state(ctx: _Ctx, name: str | None) -> str | None:
    blocks = _address_blocks(ctx)
    for b in blocks:
        if name and b.name and b.name.casefold() == name.casefold():
            return b.state
    found = _member_state_near_name(ctx, name)
    if found:
        return found
    # a street address on page 1 that is not the insurer's (insurers write from PO boxes)
    payer_line = _payer_line(ctx)
    first_page = ctx.lines[0].page if ctx.lines else 1
    for b in blocks:
        if b.po_box or ctx.lines[b.line].page != first_page or b.line > 40:
            continue
        if payer_line is not None and payer_line <= b.line <= payer_line + 2:
            continue
        if re.search(r"appeal|grievance|send|mail|write", ctx.lines[max(0, b.line - 2)].text, re.I):
            continue
        return b.state
    return None


def _member_state_near_name(ctx: _Ctx, name: str | None) -> str | None:
    addrs = _addresses(ctx)
    if name:
        key = name.split()[0].lower()
        for i, ln in enumerate(ctx.lines[:80]):
            if key in ln.text.lower() and not re.search(r"dear", ln.text, re.I):
                for j, st in addrs:
                    if i < j <= i + MEMBER_ADDRESS_WINDOW:
                        return st
    return None


def _payer_line(ctx: _Ctx) -> int | None:
    """The line naming the insurer: large print near the top of page 1, or a labelled payer."""
    title_words = labels().titles
    best, best_score = None, 0.0
    page1 = [(i, ln) for i, ln in enumerate(ctx.lines) if ln.page == ctx.lines[0].page]
    sizes = sorted({ln.size for _, ln in page1}, reverse=True)
    for i, ln in page1[:40]:
        if ln.top > ln.page_height * 0.45:
            continue
        parts = [
            (c, part.strip())
            for c in ln.cells
            for part in re.split(r"\s+[—–|·•]\s+|\s+-\s+|\(cid:\d+\)", c.text)
            if part.strip()
        ]
        for c, t in parts:
            low = t.lower()
            if len(t) < 4 or len(t) > 70 or any(tw in low for tw in title_words):
                continue
            if t.endswith(".") and not t.endswith(("Inc.", "Co.", "Corp.")) or len(t.split()) > 7:
                continue  # a sentence, not a name
            if re.search(r"\b(is|are|insures|provides|pays|was|were|has|have|will)\b", t, re.I):
                continue
            if nz.find_dates(t) or _PHONE.search(t) or re.search(r"\d{3,}", t) or ":" in t:
                continue
            org = len(_ORG_WORDS.findall(t))
            if org == 0 or _NOT_PAYER.search(t):
                continue
            size = max(w.size for w in c.words)
            rank = sizes.index(ln.size) if ln.size in sizes else 5
            score = org + max(0, 4 - rank) * 1.5 + (1 if i < 6 else 0) + (1 if c.words[0].bold else 0)
            score -= ln.top / ln.page_height * 2
            score += size / 20
            if score > best_score:
                best, best_score = (i, t), score
    if best is None:
        return None
    ctx._payer_name = best[1]  # type: ignore[attr-defined]
    return best[0]


def _payer(ctx: _Ctx) -> Payer:
    name = None
    idx = _payer_line(ctx)
    if idx is not None:
        name = ctx._payer_name  # type: ignore[attr-defined]
    if name is None:
        m = re.search(
            r"(?:Sincerely|Respectfully|Thank you),?\s*\n(?:.*\n){0,3}?\s*([A-Z][\w&.' -]*(?:Health|Insurance|Plan|Care|Medicaid|Blue\w*)[\w&.' -]*)",
            ctx.text,
        )
        if m:
            name = m.group(1).strip()
    name = re.sub(r"\s+", " ", name).strip(" -–—|") if name else None
    if name and name.isupper() and len(name.split()) <= 3:
        # a logo split over two lines ("TERNBRIDGE" / "HEALTH SERVICES"): the name in full
        pm = re.search(
            r"\b((?:[A-Z][a-z][\w&'.-]*\s+){1,2})(?i:" + re.escape(name).replace(r"\ ", r"\s+") + r")\b",
            ctx.text,
        )
        if pm:
            name = re.sub(r"\s+", " ", pm.group(0)).strip()
    if name and len(name.split()) <= 3:
        m = re.search(
            "(?i:" + re.escape(name).replace(r"\ ", r"\s+") + ")"
            + r"((?:\s+[A-Z][\w&'.-]*){1,3}?\s+(?:Company|Co\.|Inc\.?|Corporation|Plan|Insurance))\b",
            ctx.text,
        )
        if m:
            name = re.sub(r"\s+", " ", m.group(0)).strip()
    state = None
    addrs = _addresses(ctx)
    member_name = _clean_name(f.value) if (f := first(ctx.found, "member_name")) else None
    member_state_line = None
    if member_name:
        key = member_name.split()[0].lower()
        for i, ln in enumerate(ctx.lines[:80]):
            if key in ln.text.lower():
                member_state_line = next((j for j, _ in addrs if i < j <= i + 4), None)
                if member_state_line is not None:
                    break
    if idx is not None:
        state = next((st for j, st in addrs if idx <= j <= idx + 5 and j != member_state_line), None)
    if state is None and idx is not None:
        near = " ".join(ln.text for ln in ctx.lines[idx : idx + 4])
        m = re.search(rf",\s*([A-Z]{{2}}|{_STATE_WORDS})\b(?!\s*\d{{5}})", near)
        if m and _state_code(m.group(1)) and _state_code(m.group(1)) != "ID":
            state = _state_code(m.group(1))
    if state is None:
        appeal_addr = re.search(
            r"(appeals?|grievances?)[^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*?,?\s+([A-Z]{2})\s+\d{5}", ctx.text, re.I
        )
        if appeal_addr and appeal_addr.group(2) in US_STATES:
            state = appeal_addr.group(2)
    phone = _payer_phone(ctx)
    if name and (state is None or phone is None):
        key = name.lower()
        for ln in ctx.lines:
            low = ln.text.lower()
            if key not in low or ln.text.strip().lower() == key:
                continue
            if state is None and (m := _ADDRESS.search(ln.text)) and _state_code(m.group(2)):
                state = _state_code(m.group(2))
            if phone is None and (pm := _PHONE.search(ln.text)) and not re.search(r"fax", ln.text, re.I):
                phone = _format_phone(pm.group(0))
    return Payer(name=name, state=state, phone=phone)


_PHONE_GOOD = re.compile(
    r"call|customer|member servic|provider servic|questions|phone|contact|toll[- ]free|tty|help|services",
    re.I,
)
_PHONE_OTHER = re.compile(
    r"department of|division of|ebsa|labor|dol\b|ombudsman|commissioner|1-866-444|fax|legal aid", re.I
)


def _payer_phone(ctx: _Ctx) -> str | None:
    """The number the notice tells the member to call (not a fax, not a regulator)."""
    flat = re.sub(r"\s*\n\s*", " ", ctx.text)
    fallback = None
    for m in _PHONE.finditer(flat):
        before = re.split(r"[.!?]\s", flat[max(0, m.start() - 70) : m.start()])[-1]
        near = flat[max(0, m.start() - 12) : m.start()]
        if re.search(r"fax", near, re.I) or _PHONE_OTHER.search(before[-45:]):
            continue
        if _PHONE_GOOD.search(before):
            return _format_phone(m.group(0))
        if fallback is None and m.start() < 600:
            fallback = _format_phone(m.group(0))
    return fallback


def _format_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return raw.strip()


def _plan(ctx: _Ctx) -> Plan:
    name = None
    for f in all_of(ctx.found, "plan_name"):
        v = f.value.strip()
        if len(v) >= 3 and not nz.find_dates(v) and re.search(r"[A-Za-z]", v):
            name = re.split(r"\s+[—–]\s+|\s+-\s+", _VALUE_SEPARATORS.split(v)[0])[0]
            m = re.fullmatch(r"(.+?)\s*\((HMO|PPO|EPO|POS|HDHP|Indemnity)\).*", name.strip(" ,;"))
            name = m.group(1) if m else name.strip(" ,;")
            break
    if name is None:
        for ln in ctx.lines[:40]:
            m = re.fullmatch(r"([A-Z][\w&'’ -]{3,60}?)\s*\((HMO|PPO|EPO|POS|HDHP)\)", ln.text.strip())
            if m and not _ORG_WORDS.fullmatch(m.group(1)):
                name = m.group(1).strip()
                break
    ptype = None
    pt = first(ctx.found, "plan_type")
    if pt:
        m = _PLAN_TYPE.search(pt.value)
        ptype = m.group(1).upper() if m else None
    if ptype is None and name:
        m = _PLAN_TYPE.search(name)
        ptype = m.group(1).upper() if m else None
    if ptype is None:
        for f in all_of(ctx.found, "plan_name"):
            m = re.search(r"\((HMO|PPO|EPO|POS|HDHP)\)", f.value)
            if m:
                ptype = m.group(1)
                break
    if ptype is None:
        for ln in ctx.lines[:40]:
            m = _PLAN_TYPE.search(ln.text)
            if not m or not re.search(r"plan|product|coverage|network|policy", ln.text, re.I):
                continue
            if m.group(1) == "POS" and not re.search(r"POS (plan|product)|point[- ]of[- ]service", ln.text, re.I):
                continue
            ptype = m.group(1).upper()
            break
    group = None
    for f in all_of(ctx.found, "group_number"):
        group = _clean_id(f.value)
        if group:
            break
    return Plan(name=name, type=ptype, funding=_funding(ctx, name), group_number=group)


def _funding(ctx: _Ctx, plan_name: str | None) -> str:
    text = ctx.text
    hay = f"{plan_name or ''}\n{text}"
    for kind, rx in _FUNDING_RULES:
        m = rx.search(hay)
        if not m:
            continue
        if kind == "medicaid":
            # "if you also have Medicaid" boilerplate is not the plan itself
            hits = [
                mm for mm in rx.finditer(hay)
                if not re.search(r"(also|other|if you) (have|has)\W+(\w+\W+){0,2}$", hay[max(0, mm.start() - 40): mm.start()], re.I)
            ]  # fmt: skip
            if not hits:
                continue
        if kind == "fully_insured" and re.search(r"department of labor|ebsa", hay, re.I) and not re.search(
            r"insured by|underwritten by|fully[- ]insured", hay, re.I
        ):
            continue
        return kind
    return "unknown"


def _notice_date(ctx: _Ctx) -> date | None:
    prefer = [f for f in ctx.found if f.field == "notice_date"]
    # specific labels first, the bare "Date:" last
    prefer.sort(key=lambda f: (f.label == "date", f.line))
    for f in prefer:
        d = nz.parse_date(f.value)
        if d:
            return d
    # a letter starts with its date on a line of its own
    for ln in ctx.lines[:25]:
        t = ln.text.strip()
        dates = nz.find_dates(t)
        if len(dates) == 1:
            s, e, d = dates[0]
            rest = (t[:s] + t[e:]).strip(" ,.:")
            if not rest or re.fullmatch(r"(date|dated|issued|mailed|sent)( this| on)?", rest, re.I):
                return d
    return None


def _source_kind(ctx: _Ctx, tables: list[Table]) -> str:
    head = "\n".join(ln.text for ln in ctx.lines[:30]).lower()
    if re.search(r"remittance advice|provider remittance|explanation of payment|provider voucher", head):
        return "remittance_835"
    if re.search(r"explanation of benefits|\beob\b|this is not a bill", head):
        return "eob"
    if re.search(r"remittance|explanation of payment|provider voucher", head):
        return "remittance_835"
    if re.search(r"adverse benefit determination|notice of (denial|action)|denial|dear\b", ctx.text[:3000], re.I):
        return "denial_letter"
    if tables:
        return "eob"
    return "unknown"


# --------------------------------------------------------------------------
# the payer's code key


_GLOSS_LINE = re.compile(
    r"^\s*(?:(?i:code|remark|note|reason|message|msg|explanation|ref|carc|rarc)\s*(?i:code)?\s*)?"
    r"[\[(]?(?P<code>[A-Z]{0,3}[-\s]?[A-Z0-9]{1,5})[\])]?\s*(?:[-–—:=.)]|\s{2,}|\s(?=[A-Z][a-z]))\s*(?P<text>[A-Za-z\"'(].{8,})$"
)


def _glossary(lines: list[Line]) -> tuple[dict[str, str], set[int]]:
    """Code -> printed explanation, from footnotes and code keys anywhere in the document."""
    out: dict[str, str] = {}
    at: set[int] = set()
    last: str | None = None
    last_x = 0.0
    for idx, ln in enumerate(lines):
        cells = ln.cells
        text = ln.text
        m = _GLOSS_LINE.match(text)
        if m is None and len(cells) >= 2 and re.fullmatch(r"[A-Z0-9-]{1,8}", cells[0].text.strip()):
            m = _GLOSS_LINE.match(cells[0].text.strip() + " - " + " ".join(c.text for c in cells[1:]))
        code_text = m.group("code") if m else ""
        if m and not nz.find_dates(code_text) and not ("." in code_text or "$" in code_text):
            code = re.sub(r"\s", "-", m.group("code").strip())
            if _plausible_code(code) and not _money_heavy(m.group("text")) and _key_line(m):
                out.setdefault(code.upper(), m.group("text").strip())
                last, last_x = code.upper(), ln.x0
                at.add(idx)
                continue
        if last and ln.words and len(cells) == 1 and ln.x0 > last_x + 5 and not _money_heavy(text):
            out[last] = f"{out[last]} {text.strip()}"
            at.add(idx)
            if len(out[last]) > 400:
                last = None
        else:
            last = None
    return out, at


_STREET_LINE = re.compile(
    r"^\s*(\d+[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,4}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Boulevard|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Trl|Cir)\b"
    r"|\d+\s+Calle\b|P\.?\s?O\.?\s+Box)",
    re.I,
)


def _key_line(m: re.Match[str]) -> bool:
    """A code-key line, not an address ("417 Calle del Sol", "PO Box") or a sentence ("A plan…")."""
    code = m.group("code").strip().upper()
    between = m.string[m.end("code") : m.start("text")]
    bracketed = m.string[: m.start("code")].rstrip().endswith(("(", "["))
    plain_space = not re.search(r"[-–—:=.)\]]", between)
    if code in ("PO", "P", "BOX", "APT", "STE") or _STREET_LINE.match(m.group(0)) or _ADDRESS.search(m.group(0)):
        return False
    if plain_space and not bracketed and (code.isdigit() or (code.isalpha() and len(code) <= 2)):
        return False
    return True


def _plausible_code(code: str) -> bool:
    c = code.upper()
    if c.isalpha() and len(c) > 3:
        return False
    if re.fullmatch(r"\d{4,}", c):
        return False
    return bool(re.search(r"\d", c)) or len(c) <= 2


def _money_heavy(text: str) -> bool:
    return len(re.findall(r"\d\.\d\d\b", text)) >= 2


# --------------------------------------------------------------------------
# claims


def _claim_anchors(ctx: _Ctx) -> list[Found]:
    anchors = []
    last_line = -1
    for f in all_of(ctx.found, "claim_number"):
        cid = _clean_id(f.value)
        if not cid or f.line == last_line:
            continue
        last_line = f.line
        anchors.append(Found(f.field, cid, f.line, f.label))
    return anchors


def _claims(ctx: _Ctx, tables: list[Table]) -> list[Claim]:
    """One claim per claim number; a number printed twice (summary, then detail) is one claim."""
    anchors = _claim_anchors(ctx)
    rows = [(t, r) for t in tables for r in t.rows]
    # a "Claim #" column: each row names its claim
    for _t, r in rows:
        cell = r.cells.get("patient_name") or ""
        m = re.match(r"\s*([A-Z0-9][A-Z0-9-]{4,}\d[A-Z0-9-]*)\s+(?=[A-ZÀ-Ý])", cell)
        if m and not r.cells.get("claim_number") and re.search(r"\d{3}", m.group(1)):
            # "Claim / patient" printed together: "BHA-0310-44781 Ngozi Adébáyo-Whitfield"
            r.cells["claim_number"] = m.group(1)
            r.cells["patient_name"] = cell[m.end() :]
        cid = _clean_id(r.cells.get("claim_number"))
        if cid and not any(a.line == r.line_index for a in anchors):
            anchors.append(Found("claim_number", cid, r.line_index, "claim column"))
    anchors.sort(key=lambda a: a.line)
    n = len(ctx.lines)
    ranges: dict[str | None, list[tuple[int, int]]] = {}
    order: list[str | None] = []
    if not anchors:
        ranges[None] = [(0, n)]
        order.append(None)
    for k, a in enumerate(anchors):
        start = a.line if k else 0
        # labels printed just above the claim number belong to this claim
        while k and start - 1 > anchors[k - 1].line and _is_label_line(ctx, start - 1):
            start -= 1
        stop = anchors[k + 1].line if k + 1 < len(anchors) else n
        if k + 1 < len(anchors):
            s2 = anchors[k + 1].line
            while s2 - 1 > a.line and _is_label_line(ctx, s2 - 1):
                s2 -= 1
            stop = s2
        if a.value not in ranges:
            ranges[a.value] = []
            order.append(a.value)
        ranges[a.value].append((start, stop))
    claims: list[Claim] = []
    for cid in order:
        spans = ranges[cid]
        seg_rows = [(t, r) for t, r in rows if any(s <= r.line_index < e for s, e in spans)]
        claim = _claim_from(ctx, spans, cid, seg_rows)
        if claim is not None:
            claims.append(claim)
    if len(claims) > 1:
        # a claim number seen only in a summary, with nothing else, is not a claim of its own
        claims = [c for c in claims if c.service_lines or c.denied] or claims
    return claims


def _is_label_line(ctx: _Ctx, i: int) -> bool:
    """A line of labels ("Patient: Ann Lee") with no amounts on it."""
    amounts = [w.text for w in ctx.lines[i].words if is_money_token(w.text) and ("." in w.text or "$" in w.text)]
    return any(f.line == i for f in ctx.found) and not amounts


def _claim_from(
    ctx: _Ctx, spans: list[tuple[int, int]], claim_number: str | None, seg_rows: list[tuple[Table, Row]]
) -> Claim | None:
    seg_text = "\n".join(
        ctx.lines[k].text for s, e in spans for k in range(s, e) if k not in ctx.glossary_lines
    )
    in_seg = [f for f in ctx.found if any(s <= f.line < e for s, e in spans)]
    lines: list[ServiceLine] = []
    totals = Totals()
    line_codes: list[tuple[list[tuple[str | None, str]], list[str], list[str]]] = []
    for table, row in seg_rows:
        if row.is_total:
            totals = _totals_from(row)
            continue
        sl, carcs, rarcs, own = _service_line(ctx, table, row)
        if sl is not None:
            lines.append(sl)
            line_codes.append((carcs, rarcs, own))
    outside = seg_text
    if lines:
        in_rows: set[int] = set()
        for t, r in seg_rows:
            in_rows.update([r.line_index, *r.extra_lines])
            in_rows.update(range(t.header_index, t.rows[0].line_index))
        outside = "\n".join(
            ctx.lines[k].text
            for s, e in spans
            for k in range(s, e)
            if k not in in_rows and k not in ctx.glossary_lines
        )
        _fill_from_claim_text(ctx, lines, line_codes, outside)
    if not lines:
        for sl, codes in _item_lines(ctx, spans):
            lines.append(sl)
            line_codes.append(codes)
        if lines:
            _fill_from_claim_text(ctx, lines, line_codes, seg_text)
    if not lines:
        kv_lines, kv_totals = _kv_service_lines(ctx, spans)
        for sl, codes in kv_lines:
            lines.append(sl)
            line_codes.append(codes)
        if kv_totals is not None:
            totals = kv_totals
    if not lines:
        sl = _prose_service_line(ctx, seg_text, in_seg)
        if sl is not None:
            lines.append(sl)
            carcs = nz.find_carcs(seg_text)
            rarcs = nz.find_rarcs(seg_text)
            line_codes.append((carcs, rarcs, []))
    if not lines:
        if claim_number is None or not _DENIAL_WORDS.search(seg_text):
            return None
    anchor_line = min((f.line for f in in_seg if f.field == "claim_number"), default=0)
    in_seg.sort(key=lambda f: (f.line < anchor_line, f.line))
    fields_here = in_seg or ctx.found
    claim = Claim(claim_number=claim_number)
    row_cells = [r.cells for _t, r in seg_rows if not r.is_total]
    from_rows = {
        k: next(
            (
                _clean_name(c[k])
                for c in row_cells
                if c.get(k) and _clean_name(c[k]) and not re.match(r"(?i)claim\b", c[k])
            ),
            None,
        )
        for k in ("patient_name", "provider_name")
    }
    group = next((r.group for _t, r in seg_rows if r.group and not r.is_total), None)
    if group and not from_rows["patient_name"]:
        from_rows["patient_name"] = _clean_name(group)
    pf = first(fields_here, "patient_name") or first(ctx.found, "patient_name")
    claim.patient_name = from_rows["patient_name"] or (_clean_name(pf.value) if pf else None)
    if claim.patient_name is None:
        pm = _PROSE_PATIENT.search(re.sub(r"\s*\n\s*", " ", seg_text))
        claim.patient_name = pm.group(1).rstrip(".") if pm else None
    claim.provider = _provider(ctx, fields_here, seg_text)
    if from_rows["provider_name"]:
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", from_rows["provider_name"], flags=re.I)[0]
        claim.provider.name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    if claim.provider.name is None and (doc_pf := first(ctx.found, "provider_name")):
        # one provider for the whole document (a remittance's payee)
        claim.provider.name = _NETWORK_NOTE.sub("", _clean_name(doc_pf.value) or "").strip(" ,") or None
    for c in row_cells:
        npi = re.search(r"\b\d{10}\b", c.get("npi") or "")
        if npi and nz.is_valid_npi(npi.group(0)):
            claim.provider.npi = npi.group(0)
            break
    claim.service_lines = lines
    dx: list[str] = []
    for sl in lines:
        for d in sl.diagnosis_codes:
            if d not in dx:
                dx.append(d)
    claim.diagnosis_codes = dx
    if totals == Totals():
        # "Claim 26041B77120 totals - Charges $180.00; Allowed $0.00; Paid $0.00" outside the table
        for ln in outside.splitlines():
            if re.search(r"(?i)\btotals?\b", ln) and (prose := _prose_totals(ln)) is not None:
                totals = prose
                break
    if totals == Totals() and len(lines) == 1:
        totals = _sum_totals(lines)  # one service: its amounts are the claim's
    claim.totals = totals
    _decide_denial(ctx, claim, outside, line_codes)
    return claim


_KV_KEYS = {
    "date_of_service",
    "procedure_code",
    "description",
    "diagnosis_codes",
    "modifiers",
    "units",
    *AMOUNT_COLUMNS,
    "remarks",
    "carc",
    "group",
}


def _kv_service_lines(
    ctx: _Ctx, spans: list[tuple[int, int]]
) -> tuple[list[tuple[ServiceLine, tuple]], Totals | None]:
    """Services printed as "Key | value" lists, one block per service, no table.

    A block starts where a key repeats (the second "Date of service"); "Claim total
    billed | $455.00" lines are the claim's totals.
    """
    from .table import Row, Table, _match_column

    blocks: list[dict[str, str]] = []
    totals: dict[str, str] = {}

    def put(key: str, value: str) -> None:
        if not blocks or (key in blocks[-1] and key in ("date_of_service", "procedure_code", "billed")):
            blocks.append({})
        cur = blocks[-1].get(key)
        blocks[-1][key] = f"{cur} {value}" if cur else value

    for s0, e0 in spans:
        k = s0
        while k < e0:
            cells = ctx.lines[k].cells
            if k in ctx.glossary_lines:
                k += 1
                continue
            keys = [_match_column(c.text) for c in cells]
            below = ctx.lines[k + 1] if k + 1 < e0 else None
            if (
                len(cells) >= 2
                and all(key in _KV_KEYS for key in keys)
                and below is not None
                and len(below.cells) >= 2
                and not any(_match_column(c.text) for c in below.cells)
            ):
                # a row of headings with their values right below ("BILLED | ALLOWED …")
                for c, key in zip(cells, keys, strict=False):
                    value = _aligned_cell(below, c, cells)
                    if value:
                        put(key, value)
                k += 2
                continue
            if len(cells) == 2 and keys[0] in _KV_KEYS:
                if re.match(r"(?i)(claim )?totals?\b", cells[0].text.strip()):
                    totals[keys[0]] = cells[1].text
                else:
                    put(keys[0], cells[1].text)
            k += 1
    lines: list[tuple[ServiceLine, tuple]] = []
    for b in blocks:
        if not any(k in b for k in ("billed", "paid", "patient_responsibility")):
            continue
        row = Row(line_index=-1, cells=b, text=" ".join(b.values()))
        sl, carcs, rarcs, own = _service_line(ctx, Table(header_index=0, columns=[]), row)
        if sl is not None:
            lines.append((sl, (carcs, rarcs, own)))
    t = None
    if totals:
        t = Totals(
            billed=_money(totals.get("billed")),
            allowed=_money(totals.get("allowed")),
            paid=_money(totals.get("paid")),
            patient_responsibility=_money(totals.get("patient_responsibility")),
        )
    return lines, t


def _aligned_cell(below: Line, head: Any, heads: list[Any]) -> str | None:
    """The value under a heading: same position when the counts match, else by overlap."""
    if len(below.cells) == len(heads):
        return below.cells[heads.index(head)].text
    best, best_ov = None, 0.0
    for c in below.cells:
        ov = min(c.x1, head.x1) - max(c.x0, head.x0)
        if ov > best_ov:
            best, best_ov = c, ov
    return best.text if best else None


def _item_lines(ctx: _Ctx, spans: list[tuple[int, int]]) -> list[tuple[ServiceLine, tuple]]:
    """Services listed one per line in a letter ("• 02/11/2026 – Lactation (S9443) – $250.00")."""
    out: list[tuple[ServiceLine, tuple]] = []
    for s0, e0 in spans:
        for k in range(s0, e0):
            ln = ctx.lines[k]
            text = ln.text
            if k in ctx.glossary_lines or len(text) > 160:
                continue
            dates = nz.find_dates(text)
            code, mods = _procedure(text, strict_modifiers=True)
            money = nz.find_money(text)
            if not (dates and code and money) or re.search(r"(?i)\btotal", text):
                continue
            sl = ServiceLine(date_of_service=dates[0][2], procedure_code=code, modifiers=mods)
            sl.billed = money[0][2]
            sl.diagnosis_codes = _diagnoses(text)
            carcs, rarcs = _carcs(text), nz.find_rarcs(text)
            sl.remark_codes = rarcs
            sl.adjustments = _adjustments(carcs, sl, text)
            out.append((sl, (carcs, rarcs, [])))
    return out if len(out) >= 1 else []


def _sum_totals(lines: list[ServiceLine]) -> Totals:
    t = Totals()
    for k in ("billed", "allowed", "paid", "patient_responsibility"):
        vals = [getattr(sl, k) for sl in lines]
        if vals and all(v is not None for v in vals):
            setattr(t, k, sum(vals, ZERO))
    return t


def _money(cell: str | None) -> Decimal | None:
    if not cell:
        return None
    for tok in cell.split():
        if is_money_token(tok):
            if re.fullmatch(r"\$?\.\d{2}", tok):
                return Decimal("0" + tok.lstrip("$"))
            return nz.parse_money(tok)
    found = nz.find_money(cell)
    return found[0][2] if found else None


_PROSE_TOTALS = {
    "billed": r"billed|charges?|charged",
    "allowed": r"allowed|allowable|approved",
    "paid": r"paid|plan pays|payment",
    "patient_responsibility": r"(?:you|member|patient) (?:may )?(?:owe|owes|pays?|responsibility)|your share|member responsibility",
}


def _prose_totals(text: str) -> Totals | None:
    t = Totals()
    hits = 0
    for key, words in _PROSE_TOTALS.items():
        m = re.search(rf"(?:{words})\s*:?\s*(?:\$\s?(\d[\d,]*(?:\.\d\d)?)|(\d[\d,]*\.\d\d))", text, re.I)
        if m:
            setattr(t, key, nz.parse_money(m.group(1) or m.group(2)))
            hits += 1
    return t if hits >= 2 else None


def _totals_from(row: Row) -> Totals:
    prose = _prose_totals(row.text)
    if prose is not None:
        return prose
    c = row.cells
    t = Totals(
        billed=_money(c.get("billed")),
        allowed=_money(c.get("allowed")),
        paid=_money(c.get("paid")),
        patient_responsibility=_money(c.get("patient_responsibility")),
    )
    if t.patient_responsibility is None:
        t.patient_responsibility = _patient_share_parts(c)
    return t


def _patient_share_parts(c: dict[str, str]) -> Decimal | None:
    parts = [_money(c.get(k)) for k in ("deductible", "coinsurance", "copay")]
    if any(p is not None for p in parts):
        return sum((p for p in parts if p is not None), ZERO)
    return None


def _service_line(
    ctx: _Ctx, table: Table, row: Row
) -> tuple[ServiceLine | None, list[tuple[str | None, str]], list[str], list[str]]:
    c = row.cells
    text = " ".join([row.text, *row.extra])
    sl = ServiceLine()
    dos_src = c.get("date_of_service") or text
    dates = nz.find_dates(dos_src) or nz.find_dates(text)
    sl.date_of_service = dates[0][2] if dates else None
    proc_src = " ".join(v for k, v in c.items() if k in ("procedure_code", "modifiers"))
    sl.procedure_code, sl.modifiers = _procedure(proc_src)
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = _procedure(c.get("description", ""))
    if sl.procedure_code is None:
        sl.procedure_code, sl.modifiers = _procedure(_strip_amounts(text), strict_modifiers=True)
    caption = _caption(ctx, table)
    if sl.procedure_code is None and caption:
        # "Service 1 of 3: Preventive counseling (99403) · Diagnosis O92.4" above its own table
        sl.procedure_code, sl.modifiers = _procedure(caption, strict_modifiers=True)
    if c.get("modifiers") and not sl.modifiers:
        sl.modifiers = [m for m in re.split(r"[\s,]+", c["modifiers"]) if re.fullmatch(r"[A-Z0-9]{2}", m)]
    units = c.get("units")
    if units and re.fullmatch(r"\d{1,3}(\.0+)?", units.strip()):
        sl.units = int(float(units))
    if c.get("diagnosis_codes"):
        sl.diagnosis_codes = _diagnoses(c["diagnosis_codes"], undotted=True)
    else:
        sl.diagnosis_codes = _diagnoses(text)
    if not sl.diagnosis_codes and caption:
        sl.diagnosis_codes = _diagnoses(caption)
    sl.billed = _money(c.get("billed"))
    sl.allowed = _money(c.get("allowed"))
    sl.paid = _money(c.get("paid"))
    sl.patient_responsibility = _money(c.get("patient_responsibility"))
    if sl.patient_responsibility is None:
        sl.patient_responsibility = _patient_share_parts(c)
    if sl.billed is None and sl.paid is None:
        return None, [], [], []
    # codes: the remarks column and the lines under the row, or the whole row outside the amounts
    code_cols = ("remarks", "group", "carc", "adjustment", "unknown")
    # left to right, so a "Group" column and a "Reason" column read as "CO 242"
    code_src = " ".join(v for k, v in c.items() if k.startswith(code_cols))
    code_src = f"{code_src} {' '.join(row.extra)}".strip()
    remarks = " ".join(v for k, v in c.items() if k.startswith(code_cols[:4]))
    remarks = f"{remarks} {' '.join(row.extra)}".strip()
    unknown = " ".join(v for k, v in c.items() if k.startswith("unknown"))
    if not (_carcs(code_src) or nz.find_rarcs(code_src)):
        code_src = f"{_strip_amounts(text)} {' '.join(row.extra)}"
    carcs = _carcs(code_src)
    rarcs = nz.find_rarcs(code_src)
    for code in _bare_carc_column(c.get("carc")):
        group = next((g for g in (c.get("group") or "").split() if g in ("CO", "PR", "OA", "PI", "CR")), None)
        if not any(code == k for _g, k in carcs):
            carcs.append((group, code))
    # a payer's own keys: from the remarks, or words (not bare numbers) in unnamed columns
    own_src = remarks + " " + " ".join(t for t in unknown.split() if not t.strip("()").isdigit())
    own = _own_codes(ctx, own_src, carcs, rarcs)
    more_carcs, more_rarcs, own = _footnote_codes(ctx, own)
    carcs.extend(c for c in more_carcs if c not in carcs)
    rarcs.extend(r for r in more_rarcs if r not in rarcs)
    sl.remark_codes = list(dict.fromkeys(rarcs))
    sl.adjustments = _adjustments(carcs, sl, code_src)
    # a reason printed in words in its own column ("No prior authorization")
    for k in ("carc", "remarks", "remarks_2"):
        words = c.get(k) or ""
        if len(re.findall(r"[A-Za-z]{3,}", words)) >= 2 and not (_carcs(words) or nz.find_rarcs(words)):
            own.append("TEXT:" + words)
    return sl, carcs, sl.remark_codes, own


def _caption(ctx: _Ctx, table: Table) -> str | None:
    """The line right above a table's heading, when it names a service code."""
    k = table.header_index - 1
    if k < 0 or not table.rows or sum(not r.is_total for r in table.rows) != 1:
        return None
    text = ctx.lines[k].text
    if is_money_token(text) or not _procedure(text, strict_modifiers=True)[0]:
        return None
    return text


def _fill_from_claim_text(
    ctx: _Ctx,
    lines: list[ServiceLine],
    line_codes: list[tuple[list[tuple[str | None, str]], list[str], list[str]]],
    text: str,
) -> None:
    """What a claim prints once, outside its table, applies to its lines.

    "Reason: CO-31" under the table, "Diagnosis on the request: Z39.1", "provided on
    February 9, 2026" in the letter above it.
    """
    if not lines or not text.strip():
        return
    if not any(lc[0] or lc[1] for lc in line_codes):
        carcs, rarcs = _carcs(text), nz.find_rarcs(text)
        if carcs or rarcs:
            unpaid = [
                i
                for i, sl in enumerate(lines)
                if (sl.paid is not None and sl.paid == ZERO) or (sl.patient_responsibility or ZERO) > ZERO
            ] or list(range(len(lines)))
            for i in unpaid:
                sl = lines[i]
                sl.adjustments = _adjustments(carcs, sl, text)
                sl.remark_codes = list(dict.fromkeys([*sl.remark_codes, *rarcs]))
                line_codes[i] = (list(carcs), list(sl.remark_codes), line_codes[i][2])
    if not any(sl.diagnosis_codes for sl in lines):
        dx_text = " ".join(ln for ln in text.splitlines() if re.search(r"diagnos|\bdx\b|icd", ln, re.I))
        dx = _diagnoses(dx_text)
        for sl in lines:
            sl.diagnosis_codes = list(dx)
    if any(sl.date_of_service is None for sl in lines):
        flat = re.sub(r"\s*\n\s*", " ", text)
        prose = [d for st, _e, d in nz.find_dates(flat) if _DOS_CONTEXT.search(flat[max(0, st - 40) : st])]
        if len(set(prose)) == 1:
            for sl in lines:
                if sl.date_of_service is None:
                    sl.date_of_service = prose[0]


_GROUP_AFTER = re.compile(r"\b(\d{1,3}|[A-Z]\d{1,2})\s*\((CO|PR|OA|PI|CR)\)")


def _carcs(text: str) -> list[tuple[str | None, str]]:
    """CARCs in any spelling, with a group printed after the code ("170 (CO)") honoured."""
    found = nz.find_carcs(text)
    after = {m.group(1): m.group(2) for m in _GROUP_AFTER.finditer(text)}
    return [(g or after.get(code), code) for g, code in found]


def _footnote_codes(ctx: _Ctx, keys: list[str]) -> tuple[list[tuple[str | None, str]], list[str], list[str]]:
    """Footnote keys ("(1)") whose note names a standard code ("Reason code 170 (CO): …")."""
    carcs: list[tuple[str | None, str]] = []
    rarcs: list[str] = []
    own: list[str] = []
    for key in keys:
        expl = ctx.glossary.get(key, "")
        head = expl.split(":", 1)[0] if ":" in expl[:50] else expl[:30]
        c = _carcs(head) if re.search(r"reason|carc|adj|\b(CO|PR|OA|PI|CR)\b", head, re.I) else []
        r = nz.find_rarcs(head) if re.search(r"remark|rarc|\b[MN]A?\d", head) else []
        if c or r:
            carcs.extend(c)
            rarcs.extend(r)
        else:
            own.append(key)
    return carcs, rarcs, own


def _bare_carc_column(cell: str | None) -> list[str]:
    """Codes in a column headed CARC or Reason: there a bare "5" or "45" is a CARC."""
    if not cell:
        return []
    from ..knowledge import carc_codes

    known = carc_codes()
    return [t for t in re.findall(r"\b(\d{1,3}|[A-Z]\d{1,2})\b", cell) if t in known]


def _strip_amounts(text: str) -> str:
    """The row without its money ("240.00", "$0"), keeping codes like "CO 197"."""
    return " ".join(t for t in text.split() if not (is_money_token(t) and ("." in t or "$" in t)))


# two-character modifiers recognised when printed after a space (with "-" or ":" any shape counts)
KNOWN_MODIFIERS = frozenset(
    "22 24 25 26 33 51 52 59 76 77 91 93 95 GT GQ GY GA GZ FQ TH HD HN HO KX SA SB AJ "
    "U1 U2 U3 U4 U5 U6 U7 U8 U9 UA UB UC UD XE XP XS XU TC".split()
)
_PROC = re.compile(r"\b([A-Z]\d{4}|\d{4}[A-Z0-9])((?:\s?[-:]\s?[A-Z0-9]{2}\b|\s[A-Z0-9]{2}\b){0,3})")


def _procedure(text: str, *, strict_modifiers: bool = False) -> tuple[str | None, list[str]]:
    for m in _PROC.finditer(text or ""):
        code = m.group(1)
        if not (nz.is_cpt(code) or nz.is_hcpcs(code)):
            continue
        mods: list[str] = []
        for mm in re.finditer(r"(\s?[-:]\s?|\s)([A-Z0-9]{2})\b", m.group(2)):
            sep, mod = mm.group(1), mm.group(2)
            if sep.strip() or (not strict_modifiers and not mod.isdigit()) or mod in KNOWN_MODIFIERS:
                if mod in KNOWN_MODIFIERS or sep.strip() or re.fullmatch(r"[A-Z][A-Z0-9]", mod):
                    mods.append(mod)
                    continue
            break
        return code, mods
    return None, []


def _diagnoses(text: str, *, undotted: bool = False) -> list[str]:
    """ICD-10 codes; without a dot ("Z391") only where a column says it is a diagnosis."""
    out: list[str] = []
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


def _own_codes(ctx: _Ctx, text: str, carcs: list[tuple[str | None, str]], rarcs: list[str]) -> list[str]:
    """Keys printed in a row that the document's own code key explains."""
    out = []
    taken = {c for _, c in carcs} | set(rarcs)
    for tok in re.split(r"[\s,;/]+", _strip_amounts(text)):
        key = tok.strip("()[]*.:").upper()
        if not key or key in taken or nz.find_dates(key):
            continue
        if key in ctx.glossary and key not in out:
            out.append(key)
    return out


def _adjustments(
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


def _prose_service_line(ctx: _Ctx, text: str, in_seg: list[Found]) -> ServiceLine | None:
    sl = ServiceLine()
    fields_here = in_seg or ctx.found
    dos_f = first(fields_here, "date_of_service")
    if dos_f and (d := nz.parse_date(dos_f.value)):
        sl.date_of_service = d
    else:
        for s, _e, d in nz.find_dates(text):
            if _DOS_CONTEXT.search(text[max(0, s - 40) : s]):
                sl.date_of_service = d
                break
    proc_f = first(fields_here, "procedure")
    sl.procedure_code, sl.modifiers = _procedure(proc_f.value if proc_f else "")
    if sl.procedure_code is None:
        for m in re.finditer(r"\b([A-Z]\d{4}|\d{5})\b", text):
            code = m.group(1)
            before = text[max(0, m.start() - 30) : m.start()].lower()
            if nz.is_hcpcs(code) or (
                nz.is_cpt(code) and re.search(r"cpt|code|procedure|hcpcs|billed as|service", before)
            ):
                sl.procedure_code, sl.modifiers = _procedure(text[m.start() : m.start() + 12])
                break
    dx_f = first(fields_here, "diagnosis")
    sl.diagnosis_codes = _diagnoses(dx_f.value) if dx_f else []
    if not sl.diagnosis_codes:
        sl.diagnosis_codes = [d for d in _diagnoses(text) if d != sl.procedure_code]
    sl.billed = _amount_near(text, r"billed|charges?d?|charge of|amount of|total charges|cost of")
    sl.paid = _amount_near(text, r"(?:plan |we )?paid|payment of|pays?")
    sl.allowed = _amount_near(text, r"allowed|allowable|approved amount")
    sl.patient_responsibility = _amount_near(
        text, r"you (?:may )?owe|your share|patient responsibility|member responsibility|responsible for"
    )
    bf = first(fields_here, "billed_total")
    if sl.billed is None and bf:
        sl.billed = _money(bf.value)
    pf = first(fields_here, "patient_total")
    if sl.patient_responsibility is None and pf:
        sl.patient_responsibility = _money(pf.value)
    if sl.date_of_service is None and sl.procedure_code is None and sl.billed is None:
        return None
    carcs = nz.find_carcs(text)
    sl.remark_codes = nz.find_rarcs(text)
    sl.adjustments = _adjustments(carcs, sl, text)
    return sl


def _amount_near(text: str, words: str) -> Decimal | None:
    # lazy \W+? matters: a greedy one lets the match run on to a later amount
    m = re.search(rf"(?:{words})\W{{0,3}}(?:\w+\W+?){{0,4}}?\$\s?(\d[\d,]*(?:\.\d\d)?)", text, re.I)
    if m:
        return nz.parse_money(m.group(1))
    return None


_NETWORK_NOTE = re.compile(
    r"\s*(?:[\(\[]\s*|,\s*)(?:in|out)(?:[- ]of)?[- ]network\s*[\)\]]?\s*$|"
    r"\s*[\(\[]\s*(?:non[- ]?)?participating(?: provider)?\s*[\)\]]",
    re.I,
)
_CREDENTIALS = r"(?:IBCLC|RN|CLC|CLE|MD|DO|NP|CNM|CPM|PA-C|LC|RLC|FNP|MSN|BSN|APRN|PhD)"
_PROSE_PROVIDER = [
    re.compile(r"\b(?:claim|bill|charges?|services?) (?:received )?from ([A-Z][^()\n;:]{2,60}?)\s*(?:\(NPI|,? NPI|\. | for | on )"),
    re.compile(
        r"\b(?:provided|rendered|performed|given|billed)(?: on [A-Z0-9][\w ,/]{4,20}?)? by "
        r"([A-Z][^()\n;:]{2,60}?)(?:,? because|,? which|\s*\(NPI|,? NPI|\.\s|;|,? on [A-Z0-9])"
    ),
    re.compile(r"\bwhich ([A-Z][^()\n;:]{2,60}?)\s*\(NPI"),
    re.compile(
        rf"((?:(?:[A-Z][\w&'’.-]*|&)\s+){{0,5}}[A-Z][\w&'’.-]*"
        rf"(?:,\s*(?:{_CREDENTIALS}|LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?))*)\s*\(NPI"
    ),
    re.compile(rf"\b([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}, {_CREDENTIALS}(?:, {_CREDENTIALS})*)\b"),
]
_PROSE_PATIENT = re.compile(
    r"\b(?:provided to|services to|services for|care for|rendered to|given to|visit for|"
    r"claim [A-Z0-9][\w-]{4,} for)\s+"
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})"
)


def _prose_provider(flat: str) -> str | None:
    for rx in _PROSE_PROVIDER:
        m = rx.search(flat)
        if m:
            name = m.group(1).strip(" ,")
            if 3 <= len(name) <= 60 and not re.search(r"\b(we|you|your|our|the plan)\b", name, re.I):
                return name
    return None


def _provider(ctx: _Ctx, fields_here: list[Found], seg_text: str) -> Provider:
    pf = first(fields_here, "provider_name")
    name = _clean_name(pf.value) if pf else None
    flat = re.sub(r"\s*\n\s*", " ", seg_text)
    if name is None:
        name = _prose_provider(flat)
    if name:
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", name, flags=re.I)[0]
        name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    npi = None
    for f in [*all_of(fields_here, "npi"), *all_of(ctx.found, "npi")]:
        m = re.search(r"\b\d{10}\b", f.value)
        if m and nz.is_valid_npi(m.group(0)):
            npi = m.group(0)
            break
    if npi is None:
        for cand in nz.find_npis(seg_text):
            at = seg_text.find(cand)
            if not re.search(r"(payee|billing|pay-to|tax|tin)\W*(npi|id|number)?\W*$", seg_text[max(0, at - 25) : at], re.I):
                npi = cand
                break
    network = None
    nf = first(fields_here, "network")
    hay = (nf.value if nf else "") + "\n" + seg_text
    if re.search(
        r"out[- ]of[- ]network|non[- ]?participating|not (in|part of) (your|the|our) (plan'?s? )?network|"
        r"non[- ]?network|not a (network|participating) provider|\bOON\b|not contracted",
        hay,
        re.I,
    ):
        network = "out"
    elif re.search(
        r"\bin[- ]network\b|(?<!non-)(?<!non)\bparticipating\b|\bnetwork provider|\bpreferred provider",
        hay,
        re.I,
    ):
        network = "in"
    return Provider(name=name, npi=npi, network=network)


# --------------------------------------------------------------------------
# denial


def _decide_denial(
    ctx: _Ctx,
    claim: Claim,
    seg_text: str,
    line_codes: list[tuple[list[tuple[str | None, str]], list[str], list[str]]],
) -> None:
    from ..decide.classify import classify

    carc: list[str] = []
    rarc: list[str] = []
    own: list[str] = []
    for carcs, rarcs, owns in line_codes:
        for g, code in carcs:
            v = nz.format_carc(g, code)
            if v not in carc:
                carc.append(v)
        for r in rarcs:
            if r not in rarc:
                rarc.append(r)
        for o in owns:
            if o not in own:
                own.append(o)
    explained = [ctx.glossary[o] for o in own if o in ctx.glossary]
    explained += [o[5:] for o in own if o.startswith("TEXT:") and o[5:] not in explained]
    for v in carc + rarc:
        key = v.upper()
        for k in (key, key.replace("-", " "), key.split("-")[-1]):
            if k in ctx.glossary and ctx.glossary[k] not in explained:
                explained.append(ctx.glossary[k])
                break
    sentences = _denial_sentences(seg_text)
    # judge on the printed totals, or on the lines where none are printed
    t = claim.totals if claim.totals != Totals() else _sum_totals(claim.service_lines)
    billed = t.billed or ZERO
    paid = t.paid
    share = t.patient_responsibility or ZERO
    denial_codes = [c for c in carc if c.split("-")[-1] not in ("45", "1", "2", "3", "253", "94")]
    is_lactation = _is_lactation(claim)
    unpaid_line = any(
        sl.paid is not None and sl.paid == ZERO and sl.billed is not None and sl.billed > ZERO
        for sl in claim.service_lines
    )
    denied = False
    if (paid is not None and paid == ZERO and billed > ZERO) or unpaid_line:
        denied = True
    elif denial_codes or own and any(_DENIAL_WORDS.search(e) or "network" in e.lower() for e in explained):
        denied = True
    elif share > ZERO and (is_lactation or carc):
        denied = True
    elif paid is None and (sentences or _DENIAL_WORDS.search(seg_text)):
        denied = True
    if _PAID_WORDS.search(seg_text) and share == ZERO and not denial_codes:
        denied = False
    claim.denied = denied
    if not denied:
        claim.denial = None
        return
    reason_parts = explained + [s for s in sentences if s not in explained]
    reason = " ".join(reason_parts).strip() or None
    if reason and len(reason) > 600:
        reason = reason[:597].rsplit(" ", 1)[0] + "…"
    cats, primary = classify(
        reason,
        carc,
        rarc,
        codes_explained=explained,
        procedure_codes=[sl.procedure_code for sl in claim.service_lines if sl.procedure_code],
        patient_share_only=bool(paid and paid > ZERO and share > ZERO and not denial_codes),
    )
    claim.denial = Denial(reason_text=reason, carc=carc, rarc=rarc, categories=cats, primary_category=primary)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])")
_LABEL_START = re.compile(r"^[A-Z][\w /#.()'-]{0,30}:\s")


def _prose_blocks(text: str) -> list[str]:
    """Runs of prose lines; headings, labels and table rows break them."""
    blocks: list[str] = []
    cur: list[str] = []
    for line in text.splitlines():
        t = line.strip()
        lower = sum(1 for w in t.split() if w.isalpha() and w.islower())
        prose = len(t.split()) >= 6 and lower >= 3 and not (_LABEL_START.match(t) and not cur)
        if prose and len(re.findall(r"\d[\d,]*\.\d\d", t)) < 2:
            cur.append(t)
            continue
        if cur:
            blocks.append(" ".join(cur))
        cur = []
    if cur:
        blocks.append(" ".join(cur))
    return blocks


def _denial_sentences(text: str) -> list[str]:
    out: list[str] = []
    for block in _prose_blocks(text):
        for s in _SENTENCE_END.split(block):
            s = re.sub(r"\s+", " ", s).strip()
            if len(s) < 12 or len(s) > 400 or not _DENIAL_WORDS.search(s):
                continue
            if re.search(
                r"\b(you (may|can|have the right)|to appeal|if you disagree|right to|request an? (appeal|review)|"
                r"this is not a bill|call us|free of charge|ombudsman)\b",
                s,
                re.I,
            ):
                continue
            if s not in out:
                out.append(s)
            if len(out) >= 3:
                return out
    return out


def _is_lactation(claim: Claim) -> bool:
    from ..knowledge import lactation_codes

    known = lactation_codes()
    for sl in claim.service_lines:
        if sl.procedure_code and sl.procedure_code in known:
            return True
        if any(d.startswith(("Z39", "O92", "O91", "P92")) for d in sl.diagnosis_codes):
            return True
    return any(d.startswith(("Z39", "O92", "O91", "P92")) for d in claim.diagnosis_codes)


__all__ = ["parse_file", "parse_document", "AMOUNT_COLUMNS"]
