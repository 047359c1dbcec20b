"""The notice's own fields: insurer, plan and its funding, member, notice date, kind.

Read from labels where they are printed, else from the shape of the page: the
insurer's name in large print at the top, the addressee block (name, street,
City ST ZIP), a date alone on a line at the head of a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..models import Member, Payer, Plan
from . import normalize as nz
from .context import VALUE_SEPARATORS, ParseContext, clean_id, clean_name
from .fields import all_of, first, labels
from .layout import Line
from .table import Table

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


STATE_WORDS = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|"
    "Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)


ADDRESS = re.compile(
    rf"\b([A-Z][A-Za-z.' -]{{1,30}}),?\s+([A-Z]{{2}}|{STATE_WORDS})\s+(\d{{5}})(?:-\d{{4}})?\b"
)


def state_code(raw: str) -> str | None:
    if raw in US_STATES:
        return raw
    return STATE_NAMES.get(raw.lower())


PHONE = re.compile(
    r"(?<!\d)(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)|(?<!\d)1-8\d\d-[A-Z0-9-]{7,8}"
)


_PLAN_TYPE = re.compile(r"\b(HMO|PPO|EPO|POS|HDHP|PFFS|HMO-POS|Indemnity|Medicaid HMO)\b")


ORG_WORDS = re.compile(
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


_FUNDING_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "governmental",
        re.compile(
            r"state employees?'? (health|medical|benefit)|public employees?'? (health|medical|benefit)|public employers?|"
            r"governmental employer|sponsored by the (state|county|city|town) of|"
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
    (
        "medicare",
        re.compile(r"\bmedicare advantage\b|\bmedicare (part|plan|health)\b|\bMA-PD\b", re.I),
    ),
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


def read_member(ctx: ParseContext) -> Member:
    name_f = first(ctx.found, "member_name")
    name = clean_name(name_f.value) if name_f else None
    if name is None:
        # the addressee block (name, street, City ST ZIP) before "Dear …", which may be a first name only
        payer_line = _payer_line(ctx)
        for b in address_blocks(ctx):
            if (
                b.name
                and b.line != (payer_line or -9) + 2
                and ctx.lines[b.line].page == ctx.lines[0].page
            ):
                name = b.name
                break
    if name is None:
        name = _dear_name(ctx)
    ids = list(dict.fromkeys(i for f in all_of(ctx.found, "member_id") if (i := clean_id(f.value))))
    mid = ids[0] if len(ids) == 1 or (ids and not _multi_member(ctx)) else None
    if _multi_member(ctx):
        return Member(name=None, id=None, state=None)  # a remittance for several patients
    state = _member_state(ctx, name)
    return Member(name=name, id=mid, state=state)


def _multi_member(ctx: ParseContext) -> bool:
    """A provider remittance lists several patients, each with their own member ID."""
    ids = {i for f in all_of(ctx.found, "member_id") if (i := clean_id(f.value))}
    return len(ids) > 1


def _dear_name(ctx: ParseContext) -> str | None:
    m = re.search(
        r"^\s*Dear\s+(?:Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Dr\.?)?\s*([^,:\n]{3,50})[,:]", ctx.text, re.M
    )
    if m and not re.search(r"member|parent|patient|customer|sir|madam", m.group(1), re.I):
        return m.group(1).strip()
    return None


def _addresses(ctx: ParseContext) -> list[tuple[int, str]]:
    out = []
    for i, ln in enumerate(ctx.lines):
        for c in ln.cells:
            for m in ADDRESS.finditer(c.text):
                if state_code(m.group(2)):
                    out.append((i, state_code(m.group(2))))
    return out


@dataclass
class _AddressBlock:
    name: str | None
    state: str
    line: int
    po_box: bool = False


_STREET = re.compile(
    r"^\s*(\d+[A-Z]?\s+\w|P\.?\s?O\.?\s+Box|\w.*\b(street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|way|blvd|place|pl)\b)",
    re.I,
)


_PARTICLES = r"de|der|den|van|von|da|das|dos|del|della|la|le|di|du|bin|ibn|al|el|y|ter|ten"
_PERSON = re.compile(rf"^[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|{_PARTICLES})){{1,4}}$")


def address_blocks(ctx: ParseContext) -> list[_AddressBlock]:
    """Name / street / City, ST ZIP blocks, read cell by cell so side columns don't mix."""
    out: list[_AddressBlock] = []
    lines = ctx.lines
    for j, ln in enumerate(lines):
        for c in ln.cells:
            m = ADDRESS.search(c.text)
            if not m or not state_code(m.group(2)):
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
            for k in (street_k - 1, street_k - 2) if street_k is not None else ():
                if k < 0 or lines[k].page != ln.page:
                    continue
                cell = _cell_at(lines[k], c.x0)
                if (
                    cell
                    and _PERSON.match(cell.strip())
                    and not _NOT_PAYER.search(cell)
                    and not re.search(r"\d", cell)
                ):
                    name = cell.strip()
                    break
            out.append(_AddressBlock(name, state_code(m.group(2)) or m.group(2), j, po_box))
    return out


def _cell_at(ln: Line, x0: float) -> str | None:
    for c in ln.cells:
        if abs(c.x0 - x0) < 8:
            return c.text
    return None


def _member_state(ctx: ParseContext, name: str | None) -> str | None:
    blocks = address_blocks(ctx)
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


def _member_state_near_name(ctx: ParseContext, name: str | None) -> str | None:
    addrs = _addresses(ctx)
    if name:
        key = name.split()[0].lower()
        for i, ln in enumerate(ctx.lines[:80]):
            if key in ln.text.lower() and not re.search(r"dear", ln.text, re.I):
                for j, st in addrs:
                    if i < j <= i + MEMBER_ADDRESS_WINDOW:
                        return st
    return None


def _payer_line(ctx: ParseContext) -> int | None:
    heading = _payer_heading(ctx)
    return heading[0] if heading else None


def _payer_heading(ctx: ParseContext) -> tuple[int, str] | None:
    """(line, name) of the insurer's name: large print near the top of page 1."""
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
            if nz.find_dates(t) or PHONE.search(t) or re.search(r"\d{3,}", t) or ":" in t:
                continue
            org = len(ORG_WORDS.findall(t))
            if org == 0 or _NOT_PAYER.search(t):
                continue
            size = max(w.size for w in c.words)
            rank = sizes.index(ln.size) if ln.size in sizes else 5
            score = (
                org + max(0, 4 - rank) * 1.5 + (1 if i < 6 else 0) + (1 if c.words[0].bold else 0)
            )
            score -= ln.top / ln.page_height * 2
            score += size / 20
            if score > best_score:
                best, best_score = (i, t), score
    return best


def read_payer(ctx: ParseContext) -> Payer:
    heading = _payer_heading(ctx)
    idx, name = heading if heading else (None, None)
    if name is None:
        m = re.search(
            r"(?:Sincerely|Respectfully|Thank you),?\s*\n(?:.*\n){0,3}?\s*([A-Z][\w&.' -]*(?:Health|Insurance|Plan|Care|Medicaid|Blue\w*)[\w&.' -]*)",
            ctx.text,
        )
        if m:
            name = m.group(1).strip()
    name = re.sub(r"\s+", " ", name).strip(" -–—|") if name else None
    generic_start = bool(name) and name.split()[0].lower() in (
        "health",
        "insurance",
        "medical",
        "care",
        "benefit",
        "benefits",
    )
    if name and (name.isupper() or generic_start) and len(name.split()) <= 3:
        # a logo split over two lines ("TERNBRIDGE" / "HEALTH SERVICES"): the name in full
        rx = re.compile(
            r"\b((?:[A-Z][a-z][\w&'.-]*[ \t\n]+){1,2})(?i:"
            + re.escape(name).replace(r"\ ", r"\s+")
            + r")\b"
        )
        for pm in rx.finditer(ctx.text):
            if not re.search(
                r"(?i)benefits|explanation|statement|notice|summary|by\b", pm.group(1)
            ):
                name = re.sub(r"\s+", " ", pm.group(0)).strip()
                break
    if name and len(name.split()) <= 3:
        m = re.search(
            "(?i:"
            + re.escape(name).replace(r"\ ", r"\s+")
            + ")"
            + r"((?:\s+[A-Z][\w&'.-]*){1,3}?\s+(?:Company|Co\.|Inc\.?|Corporation|Plan|Insurance))\b",
            ctx.text,
        )
        if m:
            name = re.sub(r"\s+", " ", m.group(0)).strip()
    state = None
    addrs = _addresses(ctx)
    member_name = clean_name(f.value) if (f := first(ctx.found, "member_name")) else None
    member_state_line = None
    if member_name:
        key = member_name.split()[0].lower()
        for i, ln in enumerate(ctx.lines[:80]):
            if key in ln.text.lower():
                member_state_line = next((j for j, _ in addrs if i < j <= i + 4), None)
                if member_state_line is not None:
                    break
    if idx is not None:
        state = next(
            (st for j, st in addrs if idx <= j <= idx + 5 and j != member_state_line), None
        )
    if state is None and idx is not None:
        near = " ".join(ln.text for ln in ctx.lines[idx : idx + 4])
        m = re.search(rf",\s*([A-Z]{{2}}|{STATE_WORDS})\b(?!\s*\d{{5}})", near)
        if m and state_code(m.group(1)) and state_code(m.group(1)) != "ID":
            state = state_code(m.group(1))
    if state is None:
        appeal_addr = re.search(
            r"(appeals?|grievances?)[^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*?,?\s+([A-Z]{2})\s+\d{5}",
            ctx.text,
            re.I,
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
            if state is None and (m := ADDRESS.search(ln.text)) and state_code(m.group(2)):
                state = state_code(m.group(2))
            if (
                phone is None
                and (pm := PHONE.search(ln.text))
                and not re.search(r"fax", ln.text, re.I)
            ):
                phone = format_phone(pm.group(0))
    return Payer(name=name, state=state, phone=phone)


_PHONE_GOOD = re.compile(
    r"call|customer|member servic|provider servic|questions|phone|contact|toll[- ]free|tty|help|services",
    re.I,
)


_PHONE_OTHER = re.compile(
    r"department of|division of|ebsa|labor|dol\b|ombudsman|commissioner|1-866-444|fax|legal aid",
    re.I,
)


def _payer_phone(ctx: ParseContext) -> str | None:
    """The number the notice tells the member to call (not a fax, not a regulator)."""
    flat = re.sub(r"\s*\n\s*", " ", ctx.text)
    fallback = None
    for m in PHONE.finditer(flat):
        before = re.split(r"[.!?]\s", flat[max(0, m.start() - 70) : m.start()])[-1]
        near = flat[max(0, m.start() - 12) : m.start()]
        if re.search(r"fax", near, re.I) or _PHONE_OTHER.search(before[-45:]):
            continue
        if _PHONE_GOOD.search(before):
            return format_phone(m.group(0))
        if fallback is None and m.start() < 600:
            fallback = format_phone(m.group(0))
    return fallback


def format_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return raw.strip()


def read_plan(ctx: ParseContext) -> Plan:
    name = None
    for f in all_of(ctx.found, "plan_name"):
        v = f.value.strip()
        if len(v) >= 3 and not nz.find_dates(v) and re.search(r"[A-Za-z]", v):
            name = re.split(r"\s+[—–]\s+|\s+-\s+", VALUE_SEPARATORS.split(v)[0])[0]
            m = re.fullmatch(r"(.+?)\s*\((HMO|PPO|EPO|POS|HDHP|Indemnity)\).*", name.strip(" ,;"))
            name = m.group(1) if m else name.strip(" ,;")
            break
    if name is None:
        for ln in ctx.lines[:40]:
            m = re.fullmatch(
                r"([A-Z][\w&'’ -]{3,60}?)\s*\((HMO|PPO|EPO|POS|HDHP)\)", ln.text.strip()
            )
            if m and not ORG_WORDS.fullmatch(m.group(1)):
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
            if m.group(1) == "POS" and not re.search(
                r"POS (plan|product)|point[- ]of[- ]service", ln.text, re.I
            ):
                continue
            ptype = m.group(1).upper()
            break
    group = None
    for f in all_of(ctx.found, "group_number"):
        group = clean_id(f.value)
        if group:
            break
    return Plan(name=name, type=ptype, funding=_funding(ctx, name), group_number=group)


def _funding(ctx: ParseContext, plan_name: str | None) -> str:
    return funding_basis(ctx, plan_name)[0]


def funding_basis(ctx: ParseContext, plan_name: str | None) -> tuple[str, str | None]:
    """The plan's funding and the printed words that say so (None when nothing does)."""
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
            m = hits[0]
        if (
            kind == "fully_insured"
            and re.search(r"department of labor|ebsa", hay, re.I)
            and not re.search(r"insured by|underwritten by|fully[- ]insured", hay, re.I)
        ):
            continue
        return kind, m.group(0)
    return "unknown", None


def read_notice_date(ctx: ParseContext) -> date | None:
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
            if not rest or re.fullmatch(
                r"(date|dated|issued|mailed|sent)( this| on)?|(mon|tues|wednes|thurs|fri|satur|sun)day",
                rest,
                re.I,
            ):
                return d
    # or in a cell of its own at the top of the first page, beside the insurer's name
    for ln in ctx.lines[:12]:
        if ln.page != ctx.lines[0].page or ln.top > ln.page_height * 0.25:
            continue
        for c in ln.cells:
            dates = nz.find_dates(c.text)
            if len(dates) == 1 and not (c.text[: dates[0][0]] + c.text[dates[0][1] :]).strip(
                " ,.:"
            ):
                return dates[0][2]
    return None


def read_source_kind(ctx: ParseContext, tables: list[Table]) -> str:
    head = "\n".join(ln.text for ln in ctx.lines[:30]).lower()
    if re.search(
        r"remittance advice|provider remittance|explanation of payment|provider voucher", head
    ):
        return "remittance_835"
    if re.search(r"explanation of benefits|\beob\b|this is not a bill", head):
        return "eob"
    if re.search(r"remittance|explanation of payment|provider voucher", head):
        return "remittance_835"
    if re.search(
        r"adverse benefit determination|notice of (denial|action)|denial|dear\b",
        ctx.text[:3000],
        re.I,
    ):
        return "denial_letter"
    if tables:
        return "eob"
    return "unknown"
