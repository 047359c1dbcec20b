"""Coverage that began after the care, or ended before it, told by the dates a reason
gives: "Your coverage under this plan began on April 1. This visit was on March 3.";
"Coverage ended 01/31/2026. The service was given on 02/11/2026." The date told for the
coverage and the date told for the care, compared, name eligibility however the sentences
are worded. The words that make a clause tell the coverage's start or end, or the care, are
lists of rules/reader_words.yaml (coverage_words, coverage_start_words, coverage_end_words,
care_words)."""

from __future__ import annotations

from datetime import date

from ..knowledge import reader_words
from ..patterns import compiled
from .dates import MONTH_NAME, find_dates

ELIGIBILITY = "eligibility"
# a clause: a sentence's part up to its full stop or semicolon
_CLAUSE = compiled(r"[^.;]+(?:\.(?=\s|$)|;|$)")
# "April 1", "March 3rd": a day of a month with no year
_MONTH_DAY = compiled(
    rf"(?i)(?<![\w/.-])({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*'?\d)"
)
_MONTH_NUMBER = {
    m: k for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}


def coverage_date_spans(text: str) -> list[tuple[str, int, int]]:
    """(eligibility, start, end) over the words of ``text`` that date the coverage's start
    or end in one clause and the care in another, when the care falls outside: before the
    start, or after the end. Both dates print a year, or neither does."""
    coverage: tuple[str, date | tuple[int, int], int, int] | None = None
    care: tuple[date | tuple[int, int], int, int] | None = None
    words = reader_words()  # coverage_words, coverage_start_words, ... care_words
    for m in _CLAUSE.finditer(text):
        clause = m.group()
        when = _one_date(clause)
        if when is None:
            continue
        starts = bool(words.coverage_start_words.search(clause))
        ends = bool(words.coverage_end_words.search(clause))
        covers = bool(words.coverage_words.search(clause))
        if covers and starts != ends:
            coverage = ("start" if starts else "end", when, m.start(), m.end())
        elif words.care_words.search(clause) and not covers:
            care = (when, m.start(), m.end())
    if coverage is None or care is None or type(coverage[1]) is not type(care[0]):
        return []
    kind, covered, c_start, c_end = coverage
    cared, s_start, s_end = care
    outside = cared < covered if kind == "start" else cared > covered  # type: ignore[operator]
    return [(ELIGIBILITY, min(c_start, s_start), max(c_end, s_end))] if outside else []


def _one_date(clause: str) -> date | tuple[int, int] | None:
    """The one date ``clause`` prints: with its year, or a month and day with none."""
    dated = find_dates(clause)
    bare = [
        (_MONTH_NUMBER[m.group(1)[:3].lower()], int(m.group(2)))
        for m in _MONTH_DAY.finditer(clause)
        if 1 <= int(m.group(2)) <= 31
    ]
    if len(dated) + len(bare) != 1:
        return None
    return dated[0][2] if dated else bare[0]
