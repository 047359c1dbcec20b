"""Pages of words -> ParseResult: the claims and their service lines.

No layout is known in advance: the notice's own fields come from header.py,
tables from geometry (table.py), key/value blocks, one-line items and prose
letters from labels and sentences here, the code key from codekey.py and the
denial from denial.py. Payer names in the data are hints, never layouts.
"""

from __future__ import annotations

import logging
import re
import time
from copy import deepcopy
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import memo
from ..errors import NoClaimError
from ..models import (
    Claim,
    Evidence,
    ParseResult,
    Source,
)
from ..patterns import compiled
from . import learned
from .claim_lines import claim_line_found, is_claim_line
from .claim_parties import heading_parties
from .claims import (
    claims_from_tables,
)
from .codekey import read_code_key
from .context import (
    ParseContext,
)
from .document_key import with_document_key
from .extract import MAX_PAGES, Document, load
from .fields import find_fields
from .header import (
    read_payer,
    read_plan,
    read_source_kind,
)
from .kv_pairs import refine_found
from .layout import Line, document_lines
from .member import read_member
from .notice_date import read_notice_date
from .person_captions import caption_parties
from .settings import DEFAULT_SETTINGS, ReadSettings
from .sure_wrap import join_wrapped
from .table import AMOUNT_COLUMNS
from .table_rows import find_tables
from .unread_claim import UNREAD, unread_claim
from .windows import read_windows, windowed

log = logging.getLogger(__name__)


_FINAL_NOTICE = compiled(
    r"final (internal )?(adverse|appeal|decision|determination)|upheld (on|the) (appeal|denial)|"
    r"appeal (decision|determination)|second[- ]level appeal|we (have )?upheld",
    re.I,
)


def parse_file(
    path: Path,
    *,
    max_pages: int | None = MAX_PAGES,
    settings: ReadSettings = DEFAULT_SETTINGS,
    with_evidence: bool = True,
) -> ParseResult:
    """Read one file into the contract's parse document (raises InputError on bad input).

    ``settings`` overrides the reader's tolerances (``ReadSettings(cell_gap=3.0)``).
    ``with_evidence=False`` leaves ``evidence`` and ``not_printed`` empty, for a caller
    that shows only the values and warnings (they are the same either way).
    """
    t0 = time.perf_counter()
    doc = load(path, max_pages=max_pages, settings=settings)
    if doc.kind == "x12":
        from . import x12

        try:
            result = x12.parse_835(doc)
            if with_evidence:
                from .evidence import attach_segments

                attach_segments(result)
        finally:
            memo.forget()
        result.layout = {"fingerprint": None, "learned": None}
    else:
        result = parse_document(doc, settings, with_evidence=with_evidence, let_go=True)
    log.debug(
        "parsed sha=%s pages=%s in %.3fs", doc.sha256[:12], doc.page_count, time.perf_counter() - t0
    )
    return result


def parse_document(
    doc: Document,
    settings: ReadSettings = DEFAULT_SETTINGS,
    *,
    with_evidence: bool = True,
    let_go: bool = False,
) -> ParseResult:
    """``doc`` read into the parse document. ``let_go``: a long document's pages may give up
    their words once read (the caller has no further use for them)."""
    try:
        return _read(doc, settings, with_evidence, let_go)
    finally:
        memo.forget()  # no answer worked out from this document's words outlives its read


def _read(doc: Document, settings: ReadSettings, with_evidence: bool, let_go: bool) -> ParseResult:
    if windowed(doc, settings):  # a long notice: a window of pages at a time
        result, ctx = read_windows(doc, settings, with_evidence, read_lines, let_go=let_go)
    else:
        result, ctx = read_lines(doc, document_lines(doc.pages, settings), settings, with_evidence)
    result.layout = {"fingerprint": None, "learned": None}
    apply_learned_layout(doc, ctx, result)
    if not result.claims:  # neither the readers nor a learned layout found a claim
        raise _no_claim(doc)
    return result


def read_lines(
    doc: Document,
    lines: list[Line],
    settings: ReadSettings,
    with_evidence: bool,
    *,
    part: bool = False,
    header: ParseResult | None = None,
    key: dict[str, str] | None = None,
) -> tuple[ParseResult, ParseContext]:
    """The claims, header and evidence read from ``lines``: the whole document's, or with
    ``part`` a window of a long one's (no claim made up when none is read there); a window
    after the first takes the notice's ``header`` (payer, plan, member, date, kind) as read
    from the first, and a window knows the codes the whole notice's ``key`` explains."""
    text = "\n".join(ln.text for ln in lines)
    found = heading_parties(lines, refine_found(lines, find_fields(lines, settings), settings))
    found = caption_parties(lines, found)
    found = claim_line_found(lines, found)
    glossary, glossary_lines = read_code_key(lines)
    glossary = with_document_key(glossary, key)
    ctx = ParseContext(
        lines=lines,
        found=found,
        text=text,
        glossary=glossary,
        glossary_lines=glossary_lines,
        settings=settings,
    )
    tables = find_tables(lines, settings)
    heading_lines = {
        k
        for t in tables
        for k in range(t.header_index, t.rows[0].line_index)
        if not is_claim_line(lines, k)  # a claim's own line under the headings
    }
    ctx.found = [f for f in ctx.found if f.line not in heading_lines or f.label in ("claim",)]
    claims = claims_from_tables(ctx, tables)
    unread = not part and not claims and (claim := unread_claim(text)) is not None
    if unread:
        claims = [claim]  # the notice denies care in words: asked about, never refused
    if not part and not claims and not _layouts_stored():
        raise _no_claim(doc)
    if header is None:
        result = _with_header(doc, ctx, tables, claims)
        _administrator_is_payer(result, text)
    else:
        result = ParseResult(claims=claims, **_header_of(header))
    _fill(ctx, result, doc, text, with_evidence)
    if unread and with_evidence:
        _unread_evidence(result)
    return result, ctx


def _with_header(
    doc: Document, ctx: ParseContext, tables: list[Any], claims: list[Claim]
) -> ParseResult:
    return ParseResult(
        source=Source(
            file=doc.path.name,
            sha256=doc.sha256,
            pages=doc.page_count,
            ocr_used=doc.ocr_used,
            kind=read_source_kind(ctx, tables, any(c.service_lines for c in claims)),
        ),
        payer=read_payer(ctx),
        plan=read_plan(ctx),
        member=read_member(ctx),
        notice_date=read_notice_date(ctx, tuple(c.claim_number or "" for c in claims)),
        claims=claims,
    )


def _header_of(first: ParseResult) -> dict[str, Any]:
    """The first window's header, a copy a later window may change as it reads."""
    return {
        "source": first.source,
        "payer": deepcopy(first.payer),
        "plan": deepcopy(first.plan),
        "member": deepcopy(first.member),
        "notice_date": first.notice_date,
    }


def _fill(
    ctx: ParseContext, result: ParseResult, doc: Document, text: str, with_evidence: bool
) -> None:
    """What the claims and the header give each other, the notice's warnings, and where
    each value was read."""
    claims = result.claims
    result.notice_text = text
    if (
        result.source.kind == "denial_letter"
        and len(claims) == 1
        and claims[0].patient_name is None
    ):
        # "We denied your claim for lactation services": the letter's addressee is the patient
        claims[0].patient_name = result.member.name
    elif result.source.kind in ("eob", "denial_letter") and not any(c.patient_name for c in claims):
        # a member's notice that names no patient anywhere is about the member's own care
        if not any(f.field == "patient_name" for f in ctx.found):
            for c in claims:
                c.patient_name = result.member.name
    if result.member.state is None and result.payer.state and result.plan.funding == "medicaid":
        result.member.state = result.payer.state
    if _FINAL_NOTICE.search(text):
        result.warnings.append("this notice looks like a final internal appeal decision")
    if doc.ocr_used:
        result.warnings.append("read by OCR: check names, numbers and amounts against the paper")
    join_wrapped(ctx, result)  # an identifier read as a part of its printing: whole
    if with_evidence:  # where each value was read: no value or warning depends on it
        from . import evidence  # (and the modules it reads with: the summary needs none)

        evidence.attach(ctx, result, ctx.settings)


def _no_claim(doc: Document) -> NoClaimError:
    return NoClaimError(
        "no insurance claim found in this document (no claim number, date of service or "
        "billed amount) — is it an EOB or a denial letter?",
        file=str(doc.path),
    )


def _layouts_stored() -> bool:
    """A learned layout may find the claims the readers did not: it gets its chance."""
    return learned.any_stored()


def _unread_evidence(result: ParseResult) -> None:
    """The one claim of a notice whose claim no reader found: whether it was denied is
    not known (asked first), and why is said."""
    from .evidence import WEAK

    ev = result.evidence.get("claims.0.denied") or Evidence(confidence=WEAK, sure=False)
    result.evidence["claims.0.denied"] = replace(ev, sure=False, reason=UNREAD)
    result.warnings.append(f"{UNREAD}: check the notice and fill in the claim's facts")


def apply_learned_layout(doc: Document, ctx: ParseContext, result: ParseResult) -> None:
    """The one place a learned layout may correct what the readers chose.

    Called after every value and its evidence are chosen. ``ctx.lines`` holds the
    document's lines with their words and positions (page, x0, x1, top, bottom),
    ``ctx.found`` the labelled values; a learned layout that matches this document
    may override values of ``result`` and their ``result.evidence`` entries, and
    names itself in ``result.layout["learned"]``.
    """
    learned.apply(doc, ctx, result)


_ADMINISTERED_BY = compiled(
    r"\bAdministered by:?[ \t]+([A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z&][\w&'.-]*|of)){0,5})"
)


def _administrator_is_payer(result: ParseResult, text: str) -> None:
    """A plan's own title on top and "Administered by X" below: X sends the EOB and is the payer."""
    m = _ADMINISTERED_BY.search(text)
    name = result.payer.name
    if not m or not name or m.group(1) in name:
        return
    if re.search(r"\b(plan|employees?|benefits? program)\b", name, re.I):
        if not result.plan.name or len(result.plan.name) <= 4:
            result.plan.name = name
        result.payer.name = re.split(r"\s+P\.?\s?O\.?\s+Box\b", m.group(1))[0].strip(" ,")


__all__ = ["parse_file", "parse_document", "AMOUNT_COLUMNS"]
