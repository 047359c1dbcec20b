"""Running headers and footers: the lines a document prints in the top or bottom band of
page after page (digits ignored), kept on their first page only, and page counters and
printers' stamps, dropped. A line of the same words whose number differs on every page
that prints it, and not as the page's own number does, is no running header: it is a
heading ("Claim LP0000003" at the top of one page, "Claim LP0000006" at the top of the
next). ``layout.document_lines`` asks ``kept_line`` of each line; ``running_marks`` works
them out over a long document one page at a time, so a run of its pages drops them as the
whole document would.
"""

from __future__ import annotations

import re

from ..patterns import compiled
from ..records import record
from .dates import find_dates
from .extract import Page
from .layout import Line, page_lines
from .page_marks import is_edge_stamp, is_transmission_line, page_marks
from .settings import DEFAULT_SETTINGS, ReadSettings

_DIGITS = compiled(r"\d+")
_PAGE_OF = compiled(r"^\s*(page\s*)?\d+\s*(of|/)\s*\d+\s*$", re.I)
_MONEY = compiled(r"\d\.\d\d\b")
_PAGE_WORD = compiled(r"\bpage\s+\d+(\s*(of|/)\s*\d+)?\b", re.I)
# a date or a procedure code beside an amount: a service row, never a running header
_ROW_VALUE = compiled(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:\d{4}[0-9A-Z]|[A-Z]\d{4})\b")

# each band line's key (its words, digits ignored; top or bottom): its page and its numbers
BandKeys = dict[tuple[str, bool], tuple[int, tuple[int, ...]]]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", text.strip().lower())


@record(frozen=True)
class RunningMarks:
    """A document's running headers and footers, worked out over all its pages one page
    at a time: the band lines printed on two pages or more, and for each page number the
    ones kept once on the pages before it."""

    repeated: frozenset[tuple[str, bool]]
    kept_before: dict[int, frozenset[tuple[str, bool]]]


def running_marks(pages: list[Page], settings: ReadSettings = DEFAULT_SETTINGS) -> RunningMarks:
    """What ``document_lines`` drops as running headers and footers, from each page's lines
    built and let go in turn: only the keys of their edge bands are kept."""
    keys: list[BandKeys] = []
    band: list[list[Line]] = []  # each page's band lines, their words let go
    for page in pages:
        lines = [
            _bare(ln)
            for ln in page_lines(_unkept(page), settings)
            if _in_band(ln, settings.edge_band)
        ]
        keys.append(band_keys(lines, settings))
        band.append(lines)
    repeated = repeated_keys(keys, len(pages))
    kept: set[tuple[str, bool]] = set()
    before: dict[int, frozenset[tuple[str, bool]]] = {}
    for page, lines in zip(pages, band, strict=True):
        before[page.number] = frozenset(kept)
        edge = edge_lines(lines, settings, repeated)
        for k in sorted(edge):
            kept_line(lines[k], settings, repeated, kept)
    return RunningMarks(repeated, before)


def _bare(ln: Line) -> Line:
    """A band line as the running marks need it: its text, place and cells, no more."""
    return Line(ln.page, ln.top, ln.bottom, ln.words, ln.cells, ln.page_height, ln.page_width)


def edge_lines(lines: list[Line], settings: ReadSettings, repeated: frozenset) -> set[int]:
    """The indices of a page's lines that may run from page to page: from its top edge down
    and from its bottom edge up, each a page counter, a stamp or a repeated band line, as
    long as every line nearer the edge is one too. A claim's heading that opens a page
    ("Claim 4410023817") ends its top run: its "Patient:" line and its table's headings
    below, however often other pages print them there, are the claim's own."""
    band = settings.edge_band
    top = [k for k, ln in enumerate(lines) if ln.top < ln.page_height * band]
    bottom = [k for k, ln in enumerate(lines) if ln.bottom > ln.page_height * (1 - band)]
    out: set[int] = set()
    for order in (
        sorted(top, key=lambda k: lines[k].top),
        sorted(bottom, key=lambda k: -lines[k].bottom),
    ):
        for k in order:
            if not _runs(lines[k], settings, repeated):
                break
            out.add(k)
    return out


def _runs(ln: Line, settings: ReadSettings, repeated: frozenset) -> bool:
    """Is ``ln`` a page counter, a stamp, or a band line printed on other pages too?"""
    if _PAGE_OF.match(ln.text):
        return True
    unstamped = _unstamped(ln, settings)
    if unstamped is None:
        return True
    return _band_key(unstamped) in repeated and len(_MONEY.findall(unstamped.text)) < 2


def _unkept(page: Page) -> Page:
    """A copy of ``page``: the lines built from it are not kept on the page for the rest of
    the read (page_columns.column_lines keeps a page's lines on it)."""
    return Page(page.number, page.width, page.height, page.words, page.has_images, page.turned)


def band_keys(lines: list[Line], settings: ReadSettings) -> BandKeys:
    """Each band line's key (its words, digits ignored, and its band), with its page's
    number and the numbers it prints."""
    # a running header or footer recurs in the same band (top or bottom); a service's
    # "Date of service: …" at the foot of one page and the head of the next is not one
    return {
        _band_key(ln): (ln.page, tuple(int(d) for d in _DIGITS.findall(ln.text)))
        for ln in lines
        if _in_band(ln, settings.edge_band) and not _is_row(ln.text)
    }


def repeated_keys(keys: list[BandKeys], pages: int) -> frozenset[tuple[str, bool]]:
    """The band keys of at least two pages (none in a one-page document), but a heading's:
    one whose numbers differ on every page that prints it (``numbered_apart``)."""
    if pages <= 1:
        return frozenset()
    seen: dict[tuple[str, bool], list[tuple[int, tuple[int, ...]]]] = {}
    for page_keys in keys:
        for key, printed in page_keys.items():
            seen.setdefault(key, []).append(printed)
    return frozenset(k for k, on in seen.items() if len(on) > 1 and not numbered_apart(on))


def numbered_apart(printed: list[tuple[int, tuple[int, ...]]]) -> bool:
    """Do the pages that print a line (each page's number and the line's numbers there)
    print it with other numbers each, not the page's own? A running header's numbers are
    the same on every page, or go up with the page ("Page 3", "- 3 -"); a heading's
    ("Claim LP0000003", "Claim LP0000006") differ from page to page as they like."""
    numbers = [nums for _page, nums in printed]
    if len(set(numbers)) < len(numbers):
        return False  # two pages print it alike: the running words
    for k in range(len(numbers[0])):
        column = [nums[k] for nums in numbers]
        if len(set(column)) == 1:
            continue
        if len({n - page for n, (page, _nums) in zip(column, printed, strict=True)}) > 1:
            return True  # a number that does not follow the page's
    return False


def _unstamped(ln: Line, settings: ReadSettings) -> Line | None:
    """A band line without a fax's, printer's or browser's stamp: None for a stamp, the
    notice's own footer without the page counter beside it."""
    text = ln.text
    if is_transmission_line(text) or is_edge_stamp(
        text, ln.top, ln.bottom, ln.page_height, ln.size, settings
    ):
        return _footer_beside_counter(ln)
    return ln


def kept_line(
    ln: Line,
    settings: ReadSettings,
    repeated: frozenset,
    kept: set[tuple[str, bool]],
    edge: bool = True,
) -> Line | None:
    """The line as the document keeps it, or None when it is dropped: a page counter, a
    stamp, or a running header or footer already kept once (``kept`` learns it); a line
    not at the page's ``edge`` (``edge_lines``) is the page's own, kept as it is."""
    text = ln.text
    if _PAGE_OF.match(text):
        return None
    if not edge or not _in_band(ln, settings.edge_band):
        return ln
    unstamped = _unstamped(ln, settings)
    if unstamped is None:
        return None
    ln, text = unstamped, unstamped.text
    s = _band_key(ln)
    if s in repeated and len(_MONEY.findall(text)) < 2:
        if s in kept:
            return None
        kept.add(s)
    if _PAGE_WORD.search(text) and len(text) < 60 and len(ln.cells) <= 2:
        # "Page 1 of 3" beside a short running title
        ln = _strip_page_word(ln)
        if not ln.words:
            return None
    return ln


def _band_key(ln: Line) -> tuple[str, bool]:
    return _shape(ln.text), ln.top < ln.page_height / 2


def _is_row(text: str) -> bool:
    return bool(_MONEY.search(text)) and bool(_ROW_VALUE.search(text))


def _footer_beside_counter(ln: Line) -> Line | None:
    """The notice's own footer printed beside its page counter ("Westbrook Select EPO is a
    plan of Westbrook Mutual Health.   Page 1 of 2"), the counter taken off; None for a
    stamp (a date, a time or a web address in it, or nothing but the counter)."""
    if len(ln.cells) < 2 or find_dates(ln.text) or is_transmission_line(ln.text):
        return None
    if page_marks().web_addresses.search(ln.text):
        return None
    kept = _strip_page_word(ln)
    if len(kept.cells) == len(ln.cells) or len(kept.text.split()) < 3:
        return None
    return kept


def _strip_page_word(ln: Line) -> Line:
    cells = [c for c in ln.cells if not _PAGE_WORD.fullmatch(c.text.strip())]
    words = [w for c in cells for w in c.words]
    return Line(ln.page, ln.top, ln.bottom, words, cells, ln.page_height, ln.page_width)


def _in_band(ln: Line, band: float) -> bool:
    return ln.top < ln.page_height * band or ln.bottom > ln.page_height * (1 - band)
