"""The member: the name and ID the notice is addressed to, and the member's state."""

from __future__ import annotations

import re

from ..knowledge import reader_rules, reader_words
from ..models import Member
from ..patterns import compiled
from ..records import record
from .context import ParseContext, clean_id, clean_name
from .fields import all_of, first
from .header import payer_heading_line
from .layout import Line
from .places import (
    ADDRESS,
    addresses,
    state_code,
)
from .value_shapes import bracketed_id, is_id, is_masked_id

MEMBER_ADDRESS_WINDOW = 8  # lines between the member's name and the City, ST ZIP line


def read_member(ctx: ParseContext) -> Member:
    name_f = first(ctx.found, "member_name")
    name = clean_name(name_f.value) if name_f else None
    if name is None:
        # the addressee block (name, street, City ST ZIP) before "Dear …", which may be a first name only
        payer_line = payer_heading_line(ctx)
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
    beside_id = name is None and (name := name_before_id(ctx)) is not None
    ids = member_ids(ctx)
    if len(ids) > 1:  # a provider remittance lists several patients, each with their own ID
        return Member(name=None, id=None, state=None)
    if not ids and name_f and name and (said := bracketed_id(name_f.value)):
        ids = [said]  # "Subscriber: Noor Iwu  (J856138167)": the ID in brackets after the name
    if not ids and (said := prose_member_id(ctx.text)):
        ids = [said]  # "Our records show you as member FJR113291382 on the … plan"
    mid = ids[0] if ids else None
    # a name printed beside its ID, not over an address: the notice prints no address
    state = None if beside_id else _member_state(ctx, name)
    return Member(name=name, id=mid, state=state)


# "member FJR113291382", "your member ID is W123456789", "subscriber number 12345678",
# "your ID card number is FJR113291382", "your member ID (FJR113291382)"
_PROSE_MEMBER_ID = compiled(
    r"\b(?:(?:member|subscriber|enrollee|policyholder)(?:'s)?"
    r"(?:\s+(?:ID|identification)(?:\s+card)?)?|\bID\s+card)"
    r"(?:\s+(?:number|no\.?|#))?(?:\s+is)?(?::?\s+|\s*\(\s*|,\s+)([A-Z0-9][A-Z0-9-]{4,})\b",
    re.I,
)


MIN_DIGITS_ID = 8  # an ID of digits alone a sentence names: at least this many digits


def prose_member_id(text: str) -> str | None:
    """A member ID named in a sentence: the first ID-shaped word after "member" or the like
    ("your member ID is W123456789", "your full member ID, 21398810901, ..."); an ID of
    digits alone only where the sentence names it an ID or a number (rules/reader_words.yaml
    id_naming_words), never a masked one."""
    for m in _PROSE_MEMBER_ID.finditer(text[:3000]):
        said = m.group(1)
        if not is_id(said) or not re.search(r"\d", said) or is_masked_id(said):
            continue
        if not said.isdigit() or (
            len(said) >= MIN_DIGITS_ID
            and reader_words().id_naming_words.search(m.group(0)[: m.start(1) - m.start()])
        ):
            return said
    return None


# " | " or " - " between the parts of a line: "Ann Lee  |  Member ID W123  |  Group 88"
_PARTS = compiled(r"\s+[|·•]\s+|\s+[-–—]\s+")


def name_before_id(ctx: ParseContext) -> str | None:
    """The person printed first on the line of the member ID, parted from its label by a
    separator: "Clementine Mbeki-Rowe  |  Member ID XYZ123  |  Group 88"."""
    for f in all_of(ctx.found, "member_id"):
        text = ctx.lines[f.line].text
        at = text.lower().find(f.label.lower())
        parts = _PARTS.split(text[:at]) if at > 0 else []
        if len(parts) == 2 and not parts[1].strip() and is_person(parts[0].strip()):
            return clean_name(parts[0].strip())
    return None


def member_ids(ctx: ParseContext) -> list[str]:
    """The member IDs the labels print, in reading order: of several, the one value of the
    labels that name the member's own ID ("Subscriber ID: J911711778  Member ID:
    VYM891848852": rules/reader_words.yaml member_label_words). An ID printed masked
    ("XXXXXXX4521") is none: the page does not print it whole."""
    printed = [
        (i, f.label)
        for f in all_of(ctx.found, "member_id")
        if (i := clean_id(f.value)) and not is_masked_id(i)
    ]
    ids = list(dict.fromkeys(i for i, _ in printed))
    named = reader_words().member_label_words
    own = list(dict.fromkeys(i for i, label in printed if named.search(label)))
    return own if len(ids) > 1 and len(own) == 1 else ids


def _dear_name(ctx: ParseContext) -> str | None:
    m = re.search(
        r"^\s*Dear\s+(?:Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Dr\.?)?\s*([^,:\n]{3,50})[,:]", ctx.text, re.M
    )
    if m and not re.search(r"member|parent|patient|customer|sir|madam", m.group(1), re.I):
        return m.group(1).strip()
    return None


@record
class _AddressBlock:
    name: str | None
    state: str
    line: int
    po_box: bool = False


def is_street(text: str) -> bool:
    """A street address line: a house number, a P.O. box, or a street word
    (rules/reader_words.yaml) ending a word."""
    words = "|".join(reader_words().street_words)
    # a street word after a comma is a credential ("Bea Okafor, RD"), not a street
    rx = rf"^\s*(\d+[A-Z]?\s+\w|P\.?\s?O\.?\s+Box|\w.*(?<!,)\s+({words})\b)"
    return re.match(rx, text, re.I) is not None


def is_person(text: str) -> bool:
    """Capitalised words, with the name particles of rules/reader_words.yaml between them."""
    particles = "|".join(reader_words().name_particles)
    rx = rf"^[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|{particles})){{1,4}}$"
    return re.match(rx, text) is not None


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
                    if cell and is_street(cell):
                        street_k = k
                        po_box = po_box or bool(re.search(r"P\.?\s?O\.?\s+Box", cell, re.I))
                        break
            for k in (street_k - 1, street_k - 2) if street_k is not None else ():
                if k < 0 or lines[k].page != ln.page:
                    continue
                cell = _cell_at(lines[k], c.x0)
                if (
                    cell
                    and is_person(cell.strip())
                    and not reader_rules().not_payer.search(cell)
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
    found = member_state_near_name(ctx, name)
    if found:
        return found
    # a street address on page 1 that is not the insurer's (insurers write from PO boxes)
    payer_line = payer_heading_line(ctx)
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


def member_state_near_name(ctx: ParseContext, name: str | None) -> str | None:
    addrs = addresses(ctx)
    if name:
        key = name.split()[0].lower()
        for i, ln in enumerate(ctx.lines[:80]):
            if key in ln.text.lower() and not re.search(r"dear", ln.text, re.I):
                for j, st in addrs:
                    if i < j <= i + MEMBER_ADDRESS_WINDOW:
                        return st
    return None
