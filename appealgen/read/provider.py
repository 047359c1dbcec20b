"""The provider of a claim: name, NPI and network status, from labels, cells or sentences."""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..models import (
    Claim,
    Provider,
)
from ..patterns import compiled
from . import normalize as nz
from .context import (
    ClaimTrace,
    ParseContext,
    clean_name,
)
from .fields import Found, all_of, first
from .header import addressed_to_provider
from .letterhead import provider_letterhead
from .reader_prose import (
    prose_provider,
)
from .value_shapes import is_name, name_part

_NPI_AFTER = compiled(r"\s*\((\d{10})\)\s*$")  # a provider's NPI in parentheses after it
_NETWORK_NOTE = compiled(
    r"\s*(?:[\(\[]\s*|,\s*)(?:in|out)(?:[- ]of)?[- ]network\s*[\)\]]?\s*$|"
    r"\s*[\(\[]\s*(?:non[- ]?)?participating(?: provider)?\s*[\)\]]",
    re.I,
)


def _provider(ctx: ParseContext, fields_here: list[Found], seg_text: str) -> Provider:
    pf = first(fields_here, "provider_name")
    if pf and re.match(r"\s*[a-z]", pf.value):
        pf = None  # "Clinic for Lucía": a word of a sentence taken for a label names no one
    name = clean_name(pf.value) if pf else None
    flat = re.sub(r"\s*\n\s*", " ", seg_text)
    if name is None:
        name = prose_provider(flat)
    if name:
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", name, flags=re.I)[0]
        name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    npi = None
    # a remittance's own provider, printed once at its head, is the payee: not each claim's
    anywhere = [] if addressed_to_provider(ctx) else all_of(ctx.found, "npi")
    printed = {m.group(0) for f in anywhere for m in re.finditer(r"\b\d{10}\b", f.value)}
    if len({n for n in printed if nz.is_valid_npi(n)}) > 1:
        anywhere = []  # each claim prints its own provider's NPI: never borrow another's
    for f in [*all_of(fields_here, "npi"), *anywhere]:
        m = re.search(r"\b\d{10}\b", f.value)
        if m and nz.is_valid_npi(m.group(0)):
            npi = m.group(0)
            break
    if npi is None:
        for cand in nz.find_npis(seg_text):
            at = seg_text.find(cand)
            if not re.search(
                r"(payee|billing|pay-to|tax|tin)\W*(npi|id|number)?\W*$",
                seg_text[max(0, at - 25) : at],
                re.I,
            ):
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
        r"\bin[- ]network\b|(?<!non-)(?<!non)\bparticipating\b|\bnetwork provider|\bpreferred provider|"
        r"\b(?:is|are) (?:in|within|part of) (?:your|the|our) (?:plan'?s? |health plan'?s? )?network",
        hay,
        re.I,
    ):
        network = "in"
    return Provider(name=name, npi=npi, network=network)


def _network_cell(cell: str) -> str | None:
    """ "in" or "out" for a network column's cell ("IN", "OON", "Par"), None for another."""
    words = reader_words()
    text = " ".join(cell.lower().split())
    return (
        "in"
        if text in words.network_in_cells
        else "out"
        if text in words.network_out_cells
        else None
    )


def from_rows(row_cells: list[dict[str, str]], key: str) -> str | None:
    return next(
        (
            clean_name(c[key])
            for c in row_cells
            if c.get(key) and clean_name(c[key]) and not re.match(r"(?i)claim\b", c[key])
        ),
        None,
    )


# "Claim SC-885423-8 Ann Lee seen by Cradle & Crest Feeding Clinic"
_SEEN_BY = compiled(r"\b(?:seen|treated|cared for) by\s+([A-Z][^\n]{2,60}?)\s*$")
# "Claim 8571252943 - Cradle & Crest Feeding Clinic"
_AFTER_CLAIM = compiled(r"^\s*(?i:claim)\b[^\n]*?\s[-–—|]\s+([A-Z][^\n]{2,60}?)\s*$")
# "Claim F9477576: Ann Lee, from Lantern Bay Lactation, PLLC": the provider ends the line
_FROM_AFTER_CLAIM = compiled(r"^\s*(?i:claim)\b[^\n]*?[,;:]?\s(?i:from)\s+([A-Z][^\n]{2,60}?)\s*$")


def heading_provider(seg_text: str, claim_number: str | None) -> tuple[str, str] | None:
    """(name, how) of the provider a claim's heading names: after "seen by", or after the
    claim number and a dash, or "from", ending the line, when the name is a provider's
    (rules/reader_words.yaml)."""
    lines = seg_text.splitlines()
    at = next((k for k, ln in enumerate(lines) if claim_number and claim_number in ln), 0)
    for line in lines[at : at + 2]:
        if m := _SEEN_BY.search(line):
            name = clean_name(name_part(m.group(1)))
            if name and is_name(name):
                return name, "heading"
        for rx in (_AFTER_CLAIM, _FROM_AFTER_CLAIM):
            m = rx.match(line)
            name = clean_name(name_part(m.group(1))) if m else None
            if name and is_name(name) and reader_words().provider_words.search(name):
                return name, "claim heading"
    return None


def _document_provider(ctx: ParseContext) -> Found | None:
    """A provider printed once for every claim: above the first claim, or under a label
    that says so ("Provider for both claims:"); not one claim's own provider."""
    pf = first(ctx.found, "provider_name")
    claims_at = [f.line for f in ctx.found if f.field == "claim_number"]
    if pf is None or not claims_at or pf.line < min(claims_at) or " claims" in pf.label:
        return pf
    return None


def _claim_start(trace: ClaimTrace, fields_here: list[Found]) -> int:
    """The claim's first own line: its claim number's label or its first service."""
    lo = min((s for s, _e in trace.spans), default=0)
    starts = [k for st in trace.services for k in st.lines]
    starts += [
        f.line
        for f in fields_here
        if f.field == "claim_number" and any(s <= f.line < e for s, e in trace.spans)
    ]
    return min(starts, default=lo)


def claim_provider(
    ctx: ParseContext,
    claim: Claim,
    trace: ClaimTrace,
    row_cells: list[dict[str, str]],
    fields_here: list[Found],
    seg_text: str,
) -> None:
    if addressed_to_provider(ctx):
        # a remittance names its payee above the claims: not the provider of each claim
        start = _claim_start(trace, fields_here)
        fields_here = [
            f for f in fields_here if f.field not in ("provider_name", "npi") or f.line >= start
        ]
        seg_text = "\n".join(
            ctx.lines[k].text
            for s, e in trace.spans
            for k in range(max(s, start), e)
            if k not in ctx.glossary_lines
        )
    claim.provider = _provider(ctx, fields_here, seg_text)
    if claim.provider.npi and claim.provider.npi in (claim.claim_number or ""):
        claim.provider.npi = None  # a claim number of ten digits, or "LM1122087558", is no NPI
    if claim.provider.name:
        trace.provider_via = "label" if first(fields_here, "provider_name") else "prose"
    if from_row := from_rows(row_cells, "provider_name"):
        trace.provider_via = "column"
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", from_row, flags=re.I)[0]
        if (m := _NPI_AFTER.search(name)) and nz.is_valid_npi(m.group(1)):
            name = name[: m.start()]  # "Milkweed Lactation (1666482975)": the NPI after it
            claim.provider.npi = claim.provider.npi or m.group(1)
        claim.provider.name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    if (cell := next((c["network"] for c in row_cells if c.get("network")), None)) is not None:
        claim.provider.network = _network_cell(cell) or claim.provider.network
    if claim.provider.name is None and (named := heading_provider(seg_text, claim.claim_number)):
        claim.provider.name, trace.provider_via = named
    doc_pf = None if addressed_to_provider(ctx) else _document_provider(ctx)
    if claim.provider.name is None and doc_pf is not None:
        # one provider printed once for the whole document ("Provider for both claims: …"),
        # unless the document pays that provider (a remittance: the provider is its payee)
        whole = _provider(
            ctx,
            [doc_pf, *[f for f in ctx.found if f.line == doc_pf.line]],
            ctx.lines[doc_pf.line].text,
        )
        claim.provider.name = whole.name
        trace.provider_via = "document" if whole.name else None
        claim.provider.npi = claim.provider.npi or whole.npi
        claim.provider.network = claim.provider.network or whole.network
    if claim.provider.name is None and (sender := provider_letterhead(ctx)) is not None:
        claim.provider.name, trace.provider_via = sender, "document"  # its own statement
    for c in row_cells:
        npi = re.search(r"\b\d{10}\b", c.get("npi") or "")
        if npi and nz.is_valid_npi(npi.group(0)):
            claim.provider.npi = npi.group(0)
            break
