"""A long notice read a window of pages at a time, so a read's working memory stays flat
in the notice's length.

A notice of more than twice ``ReadSettings.window_pages`` pages is read that many pages at
a time: the running headers and footers are worked out over every page first (one page's
lines at a time, ``running_heads.running_marks``), and so is the code key, wherever the
notice prints it (``document_key``: each window knows every code); then each window's
lines are built, its claims and their evidence read, and its lines let go. The header
(payer, plan, member, notice date, kind) is read from the first window. Windows are cut at
a claim's first line, never inside a claim: the last claim a window reads may run on past
its last page, so it is read again, whole, at the start of the next window. A claim longer
than a window widens it. A claim number read in two windows (a summary page, then the
claim's own part) and a notice with no claim in any window are read whole, as a short
notice is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..errors import InputError
from ..models import Claim, Evidence, ParseResult
from . import learned
from .document_key import document_key
from .extract import Document, Page, load
from .header import read_payer, read_plan
from .layout import Cell, Line, document_lines
from .member import read_member
from .notice_date import read_notice_date
from .running_heads import RunningMarks, running_marks
from .settings import ReadSettings
from .table import header_at

_CLAIM_PATH = re.compile(r"claims\.(\d+)\.")


def windowed(doc: Document, settings: ReadSettings) -> bool:
    """Is ``doc`` long enough to be read a window of pages at a time?"""
    size = settings.window_pages
    return size > 0 and len(doc.pages) > 2 * size


class _Read:
    """What the windows read so far: the first window's read (its result and context), the
    claims kept, their evidence, the warnings and the text of the lines read."""

    __slots__ = ("first", "claims", "evidence", "warnings", "texts")

    def __init__(self) -> None:
        self.first: tuple[ParseResult, Any] | None = None
        self.claims: list[Claim] = []
        self.evidence: dict[str, Evidence] = {}
        self.warnings: list[str] = []
        self.texts: list[str] = []


class ReadWhole(Exception):
    """The windows cannot read this notice as the whole would: read it whole."""


def read_windows(
    doc: Document,
    settings: ReadSettings,
    with_evidence: bool,
    read_lines: Callable[..., tuple[ParseResult, Any]],
    *,
    let_go: bool = False,
) -> tuple[ParseResult, Any]:
    """``doc`` read a window at a time with ``read_lines`` (parse.read_lines); ``let_go``:
    each page's words are let go once every claim on it is read."""
    let_go = let_go and _may_let_go(doc)
    try:
        return _windows(doc, settings, with_evidence, read_lines, let_go)
    except ReadWhole:
        if let_go:
            doc = _again(doc, settings)  # words were let go: the file read again
        lines = document_lines(doc.pages, settings)
        return read_lines(doc, lines, settings, with_evidence)


def _windows(
    doc: Document,
    settings: ReadSettings,
    with_evidence: bool,
    read_lines: Callable[..., tuple[ParseResult, Any]],
    let_go: bool,
) -> tuple[ParseResult, Any]:
    pages = doc.pages
    marks = running_marks(pages, settings)
    key = document_key(pages, settings, marks)
    done = _Read()
    start, skip = 0, 0  # the first page of the window, and its lines read already
    heading: list[Line] = []  # the headings of a table the window goes on with
    while start < len(pages):
        end = min(start + settings.window_pages, len(pages))
        while True:
            lines = _window_lines(doc, start, end, skip, settings, marks)
            lines = _above(heading, lines[0]) + lines if heading and lines else lines
            header = done.first[0] if done.first else None
            result, ctx = read_lines(
                doc, lines, settings, with_evidence, part=True, header=header, key=key
            )
            cut = len(lines) if end == len(pages) else _last_claim_start(ctx, result, lines)
            if cut > len(heading) or end == len(pages):
                break
            end = min(end + settings.window_pages, len(pages))  # one claim fills the window
        if done.first is None:
            done.first = (result, ctx)
        else:  # what the header prints only further on: a phone or an address at the end
            _fill_header(done, ctx, result, with_evidence)
        _keep(done, result, ctx, cut, lines, len(heading))
        if cut == len(lines):
            start, skip = end, 0
        else:
            page = lines[cut].page
            before = sum(1 for ln in lines[len(heading) : cut] if ln.page == page)
            skip = before + (skip if page == pages[start].number else 0)
            start = next(k for k in range(start, end) if pages[k].number == page)
            heading = table_heading(ctx, result, lines, cut)
        if let_go:
            _let_go(doc, start)
    return _merged(done, with_evidence, settings), done.first[1]


def _window_lines(
    doc: Document, start: int, end: int, skip: int, settings: ReadSettings, marks: RunningMarks
) -> list[Line]:
    """The lines of pages ``start`` to ``end``, but the first ``skip`` (read already)."""
    return document_lines(doc.pages[start:end], settings, marks)[skip:]


def _above(heading: list[Line], first: Line) -> list[Line]:
    """``heading`` moved to just above ``first``, on its page: a table's headings as if
    printed again where the window goes on with its rows (a table's columns are read from
    its headings and the rows under them on their page)."""
    dy = first.top - 1.0 - heading[-1].bottom
    out = []
    for ln in heading:
        words = [replace(w, top=w.top + dy, bottom=w.bottom + dy) for w in ln.words]
        moved = {id(w): m for w, m in zip(ln.words, words, strict=True)}
        cells = [Cell(c.text, c.x0, c.x1, [moved.get(id(w), w) for w in c.words]) for c in ln.cells]
        out.append(
            Line(
                first.page,
                ln.top + dy,
                ln.bottom + dy,
                words,
                cells,
                first.page_height,
                first.page_width,
            )
        )
    return out


def table_heading(ctx: Any, result: ParseResult, lines: list[Line], cut: int) -> list[Line]:
    """The headings of the table whose row opens the claim at line ``cut``: a table of
    every claim's services over many pages, its headings printed once (or dropped as a
    running header), is read on in the next window under them; none for a claim that
    opens with a line of its own."""
    opens = [
        s
        for c in result.claims
        if (t := ctx.traces.get(id(c))) is not None and min(a for a, _b in t.spans) == cut
        for s in t.services
    ]
    if not any(s.reader == "table" and cut in s.lines for s in opens):
        return []
    for k in range(cut - 1, -1, -1):
        if (at := header_at(lines, k, ctx.settings)) is not None and at[2] < cut:
            return lines[at[0] : at[2] + 1]
    return []


def _last_claim_start(ctx: Any, result: ParseResult, lines: list[Line]) -> int:
    """The first line of the window's last claim (where the next window starts), or the
    window's end when it read no claim."""
    starts = []
    for claim in result.claims:
        trace = ctx.traces.get(id(claim))
        if trace is None or not trace.spans:
            raise ReadWhole  # a claim read with no lines of its own
        starts.append(min(s for s, _e in trace.spans))
    return max(starts) if starts else len(lines)


def _keep(
    done: _Read, result: ParseResult, ctx: Any, cut: int, lines: list[Line], carried: int = 0
) -> None:
    """The window's claims that start before ``cut``, their evidence renumbered after the
    claims kept before them, and the header's evidence from the first window; the text of
    its lines but the first ``carried`` (a table's headings read in a window before)."""
    numbers = {c.claim_number for c in done.claims if c.claim_number}
    moved: dict[int, int] = {}
    for k, claim in enumerate(result.claims):
        trace = ctx.traces.get(id(claim))
        if cut < len(lines) and trace is not None and min(s for s, _e in trace.spans) >= cut:
            continue  # read again, whole, by the next window
        if claim.claim_number and claim.claim_number in numbers:
            raise ReadWhole  # one claim printed in two windows (a summary, then its part)
        moved[k] = len(done.claims)
        done.claims.append(claim)
    first = done.first is not None and done.first[0] is result
    for path, ev in result.evidence.items():
        m = _CLAIM_PATH.match(path)
        if m is None:
            if first:
                done.evidence[path] = ev
        elif int(m.group(1)) in moved:
            done.evidence[f"claims.{moved[int(m.group(1))]}.{path[m.end() :]}"] = ev
    done.warnings.extend(w for w in result.warnings if w not in done.warnings)
    if cut:
        done.texts.append("\n".join(ln.text for ln in lines[carried:cut]))


_HEADER = ("payer", "plan", "member")


def _fill_header(done: _Read, ctx: Any, result: ParseResult, with_evidence: bool) -> None:
    """The header's values the first window did not print, as this window prints them."""
    head: ParseResult = done.first[0]  # type: ignore[index]
    own = ParseResult(
        source=head.source,
        payer=read_payer(ctx),
        plan=read_plan(ctx),
        member=read_member(ctx),
        notice_date=read_notice_date(ctx, tuple(c.claim_number or "" for c in result.claims)),
    )
    holes = [
        (part, name)
        for part in _HEADER
        for name, value in vars(getattr(head, part)).items()
        if value in (None, "", "unknown") and getattr(getattr(own, part), name) not in (None, "")
    ]
    if head.notice_date is None and own.notice_date is not None:
        holes.append(("notice_date", ""))
    if not holes:
        return
    if with_evidence:
        from . import evidence

        evidence.attach(ctx, own, ctx.settings)
    for part, name in holes:
        if not name:
            head.notice_date, path = own.notice_date, "notice_date"
        else:
            setattr(getattr(head, part), name, getattr(getattr(own, part), name))
            path = f"{part}.{name}"
        if path in own.evidence:
            done.evidence[path] = own.evidence[path]


def _merged(done: _Read, with_evidence: bool, settings: ReadSettings) -> ParseResult:
    """One parse document of the windows' claims, under the first window's header."""
    from .evidence import Recorder, finish, twin_claims

    if not done.claims:
        raise ReadWhole  # no claim in any window: the notice as a whole says what it is
    result: ParseResult = done.first[0]
    result.claims = done.claims
    result.warnings = done.warnings
    result.notice_text = "\n".join(done.texts)
    if with_evidence:
        rec = Recorder([], settings, ocr=result.source.ocr_used)
        rec.out = done.evidence
        twin_claims(rec, result)  # two claims numbered alike, read in two windows
        finish(result, rec.out)
    return result


def _may_let_go(doc: Document) -> bool:
    """May a page's words go once read? Not when a learned layout may read the document
    again, nor for a scan (its words cost OCR to read again)."""
    return doc.kind == "pdf" and not doc.ocr_used and not learned.any_stored()


def _let_go(doc: Document, start: int) -> None:
    """The words and lines of the pages before ``start`` (every claim on them read) go, but
    those of the first pages, which name the layout (learned.fingerprint)."""
    for k in range(learned.FINGERPRINT_PAGES, start):
        page = doc.pages[k]  # a page without words, and without the lines kept on it
        doc.pages[k] = Page(page.number, page.width, page.height, [], page.has_images, [])


def _again(doc: Document, settings: ReadSettings) -> Document:
    """The document's pages read again from its file (the same bytes, or it is refused)."""
    again = load(doc.path, max_pages=None, settings=settings)
    if again.sha256 != doc.sha256:
        raise InputError("the file changed while it was read", file=str(doc.path))
    return again
