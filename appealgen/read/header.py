"""The notice's own fields: insurer, plan and its funding, member, notice date, kind.

Read from labels where they are printed, else from the shape of the page: the
insurer's name in large print at the top, the addressee block (name, street,
City ST ZIP), a date alone on a line at the head of a letter.
"""

from __future__ import annotations

import re

from ..knowledge import reader_rules, reader_words
from ..models import Payer, Plan
from ..patterns import compiled
from . import normalize as nz
from .claim_lines import is_account_label
from .context import VALUE_SEPARATORS, ParseContext, clean_id, clean_name
from .fields import Found, all_of, field_of, first, labels
from .layout import Line
from .letterhead import letterhead_name, over_npi
from .places import ADDRESS, PHONE, STATE_WORDS, US_STATES, addresses, format_phone, state_code
from .plan_names import (
    named_plan,
    only_plan_types,
    plan_in_sentences,
    plan_words,
    product_line,
)
from .table import Table, match_column
from .wrapped_values import wrapped_value


def plan_type_rx(template: str = r"\b({})\b") -> re.Pattern[str]:
    """A pattern of the printed plan types (rules/reader_words.yaml), longest first."""
    return compiled(template.format(reader_words().plan_type_alternation))


# a heading line's parts: cells, and parts of one cell split by a dash, bar or dot
_HEADING_PARTS = compiled(r"\s+[—–|·•]\s+|\s+-\s+|\(cid:\d+\)")
_SENTENCE_VERB = compiled(r"\b(is|are|insures|provides|pays|was|were|has|have|will)\b", re.I)
_DIGITS = compiled(r"\d{3,}")
_LOWER_START = compiled(r"(?:for|of|by|from|to|in|on|at|and|with|under)\b")


def payer_heading_line(ctx: ParseContext) -> int | None:
    heading = payer_heading(ctx)
    return heading[0] if heading else None


def payer_heading(ctx: ParseContext) -> tuple[int, str] | None:
    """(line, name) of the insurer's name: large print near the top of page 1."""
    title_words = labels().titles
    w = reader_rules().heading
    best, best_score = None, 0.0
    page1 = [(i, ln) for i, ln in enumerate(ctx.lines) if ln.page == ctx.lines[0].page]
    sizes = sorted({ln.size for _, ln in page1}, reverse=True)
    for i, ln in page1[:40]:
        if ln.top > ln.page_height * w["top_fraction"] or over_npi(ctx, i) or _headings(ln):
            continue
        parts = [
            (c, part.strip())
            for c in ln.cells
            for part in _HEADING_PARTS.split(c.text)
            if part.strip()
        ]
        for c, t in parts:
            low = t.lower()
            if len(t) < 4 or len(t) > 70 or any(tw in low for tw in title_words):
                continue
            if _LOWER_START.match(t) or field_of(t) or "?" in t:
                continue  # "for Medical Insurance (Part B)", "Medicare Number": no name
            if t.endswith(".") and not t.endswith(("Inc.", "Co.", "Corp.")) or len(t.split()) > 7:
                continue  # a sentence, not a name
            if _SENTENCE_VERB.search(t):
                continue
            if nz.find_dates(t) or PHONE.search(t) or _DIGITS.search(t) or ":" in t:
                continue
            org = len(reader_rules().org_words.findall(t))
            if org == 0 or reader_rules().not_payer.search(t):
                continue
            size = max(w.size for w in c.words)
            rank = sizes.index(ln.size) if ln.size in sizes else 5
            score = (
                org * w["organisation_word"]
                + max(0, w["size_ranks"] - rank) * w["size_rank"]
                + (w["first_lines"] if i < w["first_line_count"] else 0)
                + (w["bold"] if c.words[0].bold else 0)
            )
            score -= ln.top / ln.page_height * w["page_position"]
            score += size / w["font_size_divisor"]
            if score > best_score:
                best, best_score = (i, t), score
    return best


def _headings(ln: Line) -> bool:
    """A table's column headings ("Date | Code | Charges | Insurance paid"): no name."""
    return sum(1 for c in ln.cells if match_column(c.text)) >= 3


def _payer_name(ctx: ParseContext) -> tuple[str | None, int | None]:
    """The insurer's name and the line of its heading: large print at the top, or the signature."""
    heading = payer_heading(ctx) or letterhead_name(ctx) or _labelled_payer(ctx)
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
    return _full_payer_name(ctx, name), idx


_ADDRESS_AFTER = compiled(r"(?i),\s*(?=p\.?\s*o\.?\s*box\b|\d)")


def _labelled_payer(ctx: ParseContext) -> tuple[int, str] | None:
    """ "Payer name: Meridian Trace Health" in a block of labels (a printed remittance)."""
    for f in all_of(ctx.found, "payer_name"):
        # "Billed to: Summit Ridge Health Plan, PO Box 14404, Denver, CO …": the name only
        value = _ADDRESS_AFTER.split(f.value, maxsplit=1)[0].strip(" .,;")
        if value and not re.search(r"\d", value) and len(value.split()) <= 7:
            return f.line, value
    return None


def _full_payer_name(ctx: ParseContext, name: str | None) -> str | None:
    """ "Ternbridge Health" printed in full once as "Ternbridge Health Insurance Company"."""
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
    return once(name) if name else name


def once(name: str) -> str:
    """ "Lumenfield Health Lumenfield Health": a name printed twice in a row is one name."""
    parts = name.split()
    half = len(parts) // 2
    if half >= 2 and len(parts) % 2 == 0:  # "Walla Walla" is one name, not two
        if [w.lower() for w in parts[:half]] == [w.lower() for w in parts[half:]]:
            return " ".join(parts[:half])
    return name


def _payer_state(ctx: ParseContext, idx: int | None) -> str | None:
    """The state of the insurer's own address, near its name (not the member's)."""
    state = None
    addrs = addresses(ctx)
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
    return state


def read_payer(ctx: ParseContext) -> Payer:
    name, idx = _payer_name(ctx)
    state = _payer_state(ctx, idx)
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


def _payer_phone(ctx: ParseContext) -> str | None:
    """The number the notice tells the member to call (not a fax, not a regulator)."""
    flat = re.sub(r"\s*\n\s*", " ", ctx.text)
    fallback = None
    for m in PHONE.finditer(flat):
        before = re.split(r"[.!?]\s", flat[max(0, m.start() - 70) : m.start()])[-1]
        near = flat[max(0, m.start() - 12) : m.start()]
        if re.search(r"fax", near, re.I) or reader_words().phone_elsewhere.search(before[-45:]):
            continue
        if reader_words().phone_context.search(before):
            return format_phone(m.group(0))
        if fallback is None and m.start() < 600:
            fallback = format_phone(m.group(0))
    return fallback


def plan_name_values(ctx: ParseContext) -> list[Found]:
    """Values that print the plan's name: under a plan label, or "Gold (PPO)" under a type's."""
    named = [
        f
        for f in all_of(ctx.found, "plan_type")
        if re.fullmatch(r"[A-Z][\w&'’ -]{2,60}?\s*\((HMO|PPO|EPO|POS|HDHP|Indemnity)\)", f.value)
    ]
    return [*all_of(ctx.found, "plan_name"), *named]


def plan_name_of(value: str) -> str | None:
    """The plan's name in a labelled value: "Summit Gold (PPO) - group 1" -> "Summit Gold"."""
    v = plan_words(value.strip()) or value.strip()  # "… Health Plan. Please use …"
    # a name starts with a capital or a digit: "paid $0.00." after "The plan" is no name
    if len(v) < 3 or nz.find_dates(v) or not re.match(r"[^a-z]", v) or only_plan_types(v):
        return None
    if len(v.split()) > 8 or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", v):
        return None  # sentences ("You have the right to appeal. Write to us ...")
    name = re.split(r"\s+[—–]\s+|\s+-\s+", VALUE_SEPARATORS.split(v)[0])[0]
    m = plan_type_rx(r"(.+?)\s*\(({})\).*").fullmatch(name.strip(" ,;"))
    return m.group(1) if m else re.sub(r"(?<=[a-z]{3})\.$", "", name.strip(" ,;"))  # "Silver."


def plan_type_of(value: str) -> str | None:
    m = plan_type_rx().search(value)
    return m.group(1).upper() if m else None


# "on the Harbourside Gold (POS) plan": {} is the plan types' alternation
_PROSE_PLAN = (
    r"\b(?:on|under|in|through|with) (?:the|your) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,4}}) "
    r"\(({})\) plan\b"
)


def read_plan(ctx: ParseContext) -> Plan:
    name = None
    for f in plan_name_values(ctx):
        name = plan_name_of(wrapped_value(ctx.lines, f, ctx.settings))
        if name:
            break
    ptype = None
    if name is None and (typed := named_plan(ctx.lines[:40])):
        name, ptype = typed  # "Group AZ528057  Granary Choice (HMO)"
    if name is None and (heading := payer_heading(ctx)):
        name = product_line(
            ctx.lines, *heading, ctx.settings
        )  # "Haverline Choice Plus" under its payer
    if name is None and (said := plan_type_rx(_PROSE_PLAN).search(ctx.text[:3000])):
        name, ptype = said.group(1), said.group(2)  # "on the Harbourside Gold (POS) plan"
    if name is None and (told := plan_in_sentences(ctx.text[:3000], None)):
        name, ptype = told  # "Your coverage is through the Tessellate Core PPO plan."
    pt = first(ctx.found, "plan_type")
    if pt and ptype is None:
        m = plan_type_rx().search(pt.value)
        ptype = m.group(1).upper() if m else None
    if ptype is None and name:
        m = plan_type_rx().search(name)
        ptype = m.group(1).upper() if m else None
    if ptype is None:
        for f in all_of(ctx.found, "plan_name"):
            m = plan_type_rx(r"\(({})\)").search(f.value)
            if m:
                ptype = m.group(1)
                break
    if ptype is None:
        for ln in ctx.lines[:40]:
            m = plan_type_rx().search(ln.text)
            if not m or not re.search(r"plan|product|coverage|network|policy", ln.text, re.I):
                continue
            if m.group(1) == "POS" and not re.search(
                r"POS (plan|product)|point[- ]of[- ]service", ln.text, re.I
            ):
                continue
            ptype = m.group(1).upper()
            break
    group = None
    remit = addressed_to_provider(ctx)
    # a value under a group's own label before one under an account's ("Account 2669597
    # … Group: SUR-5200"); a remittance's "ACCT" is the provider's patient account
    found = sorted(all_of(ctx.found, "group_number"), key=lambda f: is_account_label(f.label))
    for f in found:
        if remit and is_account_label(f.label):
            continue
        group = clean_id(f.value)
        if group:
            break
    return Plan(name=name, type=ptype, funding=_funding(ctx, name), group_number=group)


def _funding(ctx: ParseContext, plan_name: str | None) -> str:
    return funding_basis(ctx, plan_name)[0]


def funding_basis(ctx: ParseContext, plan_name: str | None) -> tuple[str, str | None]:
    """The plan's funding and the printed words that say so (None when nothing does)."""
    # a sentence wrapped onto the next line is read as one ("… does / not insure it")
    text = _WRAP.sub(" ", ctx.text)
    hay = f"{plan_name or ''}\n{text}"
    for kind, rx in reader_rules().funding:
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


_WRAP = compiled(r"(?<=[a-z,;])[ \t]*\n[ \t]*(?=[a-z])")


def addressed_to_provider(ctx: ParseContext) -> bool:
    """A remittance: the notice pays a provider, who is its addressee (the payee)."""
    head = "\n".join(ln.text for ln in ctx.lines[:30]).lower()
    if reader_words().remittance_titles.search(head):
        return True
    return not re.search(r"explanation of benefits|\beob\b|this is not a bill", head) and bool(
        reader_words().payee_words.search(head)
    )


def read_source_kind(ctx: ParseContext, tables: list[Table], services: bool = False) -> str:
    """The kind of notice; one that lists services (a table or one a line) is at least an EOB."""
    head = "\n".join(ln.text for ln in ctx.lines[:30]).lower()
    if reader_words().remittance_titles.search(head):
        return "remittance_835"
    if re.search(r"explanation of benefits|\beob\b|this is not a bill", head):
        return "eob"
    if reader_words().payee_words.search(head):
        return "remittance_835"
    if re.search(
        r"adverse benefit determination|notice of (denial|action|(?:our )?decision)|denial|dear\b|"
        r"we (?:will|can)(?:not| not) pay|we are not able to pay|decided to deny",
        ctx.text[:3000],
        re.I,
    ):
        return "denial_letter"
    if tables or services:
        return "eob"
    return "unknown"
