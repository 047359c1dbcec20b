"""Dates as payers print them: 03/02/26, 3/2/2026, Mar 2, 2026, Mar. 2, '26, 2 March 2026,
2 MAR 26, 2026-03-02, 2026.03.02, 03.02.26, 02MAR2026, and service date ranges
("03/02/26-03/05/26", "From 03/02/26 Thru 03/05/26"); a cell that is one compact
date ("20260302") is read by ``date_cell`` only.

Pure parsers: every pattern is compiled once, here; nothing raises on odd input.
"""

from __future__ import annotations

import re
from datetime import date

from ..memo import per_document
from ..patterns import compiled

MIN_YEAR = 1900
MAX_YEAR = 2100
TWO_DIGIT_CENTURY = 2000  # "3/2/26" -> 2026: EOBs are about recent care
MAX_TEXT = 200_000  # longer inputs are cut: a page of text is far shorter

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# a day of the month in words: "fourth", "twenty-first", "thirtieth"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_DAYS = [
    *_UNITS,
    *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth".split(),
    *"seventeenth eighteenth nineteenth twentieth".split(),
    *(f"twenty-{u}" for u in _UNITS),
    "thirtieth",
    "thirty-first",
]
_DAY_WORDS = {w: n for n, w in enumerate(_DAYS, start=1)}
DAY_WORD = "(?:" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_DATE_RX = compiled(
    r"(?<![\w/.-])(?:"
    # 03/02/2026, 3/2/26, 03-02-2026 (US order: month first)
    r"(?P<m1>\d{1,2})(?P<s1>[/-])(?P<d1>\d{1,2})(?P=s1)(?P<y1>\d{4}|\d{2})"
    # 2026-03-02, 2026/03/02
    r"|(?P<y2>\d{4})(?P<s2>[/-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})"
    # March 2, 2026 / Mar. 2 2026 / Mar. 2, '26 (two digits of a year only after an apostrophe)
    rf"|(?P<mn3>{MONTH_NAME})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}}|['’]\d{{2}})"
    # 2 March 2026, 2 MAR 26, 2 Mar '26
    rf"|(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn4>{MONTH_NAME})\.?,?\s+(?P<y4>\d{{4}}|['’]?\d{{2}})"
    # 24-Feb-2026, 24-FEB-26, 24/Feb/2026
    rf"|(?P<d5>\d{{1,2}})(?P<s5>[-/])(?P<mn5>{MONTH_NAME})\.?(?P=s5)(?P<y5>\d{{4}}|\d{{2}})"
    # Feb-11-2026, Feb/11/2026
    rf"|(?P<mn6>{MONTH_NAME})(?P<s6>[-/])(?P<d6>\d{{1,2}})(?P=s6)(?P<y6>\d{{4}}|\d{{2}})"
    # the 2nd day of March, 2026 / the 11th of February, 2026
    rf"|(?P<d8>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?P<mn8>{MONTH_NAME})\.?,?\s+(?P<y8>\d{{4}})"
    # the fourth of May, 2026 / May the twenty-first, 2026: the day in words
    rf"|(?:the\s+)?(?P<dw11>{DAY_WORD})\s+(?:day\s+)?of\s+(?P<mn11>{MONTH_NAME})\.?,?\s+(?P<y11>\d{{4}})"
    rf"|(?P<mn12>{MONTH_NAME})\.?\s+the\s+(?P<dw12>{DAY_WORD}),?\s+(?P<y12>\d{{4}})"
    # 02.11.2026, 02.11.26 (month first, as US insurers print)
    r"|(?P<m7>\d{2})\.(?P<d7>\d{2})\.(?P<y7>\d{4}|\d{2})"
    # 2026.02.11
    r"|(?P<y10>\d{4})\.(?P<m10>\d{1,2})\.(?P<d10>\d{1,2})"
    # 04MAR2026, 4MAR26: day, month's three letters and year printed as one word
    rf"|(?P<d9>\d{{1,2}})(?P<mn9>{_MONTH3})(?P<y9>\d{{4}}|\d{{2}})"
    r")(?![\w/]|[.-]\d)",
    re.IGNORECASE,
)


# a numeric date, a dash and another: a range of service dates ("03/02/26-03/05/26")
_NUMERIC = (
    r"(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}))"
)
_RANGE = compiled(rf"(?<![\w/.-])({_NUMERIC})[-–—](?={_NUMERIC}(?![\w/]|[.-]\d))")


# a year, a dash and a date with its month in words: "7 June 2026-10 June 2026"
_WORD_RANGE = compiled(
    rf"(?<=\b\d{{4}})[-–—](?=(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\.?\s+\d{{1,2}})\b)",
    re.IGNORECASE,
)


def _make_date(y: str, m: int, d: int) -> date | None:
    y = y.lstrip("'’")
    year = int(y)
    if len(y) == 2:
        year += TWO_DIGIT_CENTURY
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, m, d)
    except ValueError:
        return None


def _date_of(match: re.Match[str]) -> date | None:
    g = match.group
    if g("y1"):
        return _make_date(g("y1"), int(g("m1")), int(g("d1")))
    if g("y2"):
        return _make_date(g("y2"), int(g("m2")), int(g("d2")))
    if g("y3"):
        return _make_date(g("y3"), _MONTHS[g("mn3")[:3].lower()], int(g("d3")))
    if g("y8"):
        return _make_date(g("y8"), _MONTHS[g("mn8")[:3].lower()], int(g("d8")))
    if g("y6"):
        return _make_date(g("y6"), _MONTHS[g("mn6")[:3].lower()], int(g("d6")))
    if g("y7"):
        return _make_date(g("y7"), int(g("m7")), int(g("d7")))
    if g("y10"):
        return _make_date(g("y10"), int(g("m10")), int(g("d10")))
    for k in ("11", "12"):
        if g("y" + k):
            day = _DAY_WORDS[re.sub(r"\s+", "-", g("dw" + k).lower())]
            return _make_date(g("y" + k), _MONTHS[g("mn" + k)[:3].lower()], day)
    if g("y9"):
        return _make_date(g("y9"), _MONTHS[g("mn9").lower()], int(g("d9")))
    if g("y5"):
        return _make_date(g("y5"), _MONTHS[g("mn5")[:3].lower()], int(g("d5")))
    return _make_date(g("y4"), _MONTHS[g("mn4")[:3].lower()], int(g("d4")))


def find_dates(text: str | None) -> list[tuple[int, int, date]]:
    """Every valid date in ``text`` as (start, end, value), in order.

    Understands 03/02/2026, 3/2/26, 03-02-2026, 2026-03-02, March 2, 2026, Mar 2, 2026,
    2 March 2026 and 02MAR2026; a range ("03/02/26-03/05/26") gives both of its dates. Numeric dates
    are read month first; impossible dates are skipped.
    """
    if not text:
        return []
    return list(_dates_in(text))


@per_document  # every reader passing a line asks for its dates
def _dates_in(text: str) -> tuple[tuple[int, int, date], ...]:
    text = _RANGE.sub(r"\1 ", text[:MAX_TEXT])  # the dash becomes a space: offsets hold
    text = _WORD_RANGE.sub(" ", text)
    out = []
    for m in _DATE_RX.finditer(text):
        value = _date_of(m)
        if value is not None:
            out.append((m.start(), m.end(), value))
    return tuple(out)


def parse_date(s: str | None) -> date | None:
    """The first date in ``s`` ("DOS: 03/02/2026" -> 2026-03-02), or None."""
    found = find_dates(s)
    return found[0][2] if found else None


# a cell that is one compact date: 20260302 (year first), 03022026 or 030226 (month first)
_COMPACT = compiled(
    r"(?P<y1>(?:19|20)\d\d)(?P<m1>\d\d)(?P<d1>\d\d)|(?P<m2>\d\d)(?P<d2>\d\d)(?P<y2>(?:19|20)\d\d)"
    r"|(?P<m3>\d\d)(?P<d3>\d\d)(?P<y3>\d\d)"
)


def date_cell(cell: str | None) -> date | None:
    """The date a table cell holds: any spelling ``find_dates`` knows (a range gives its
    first date), or a cell that is nothing but a compact date ("20260302", "03022026", or
    "030226" as a printed remittance's MMDDYY).

    Compact dates are read only from a whole cell a column names as dates: in running
    text eight digits are more often an ID than a date.
    """
    if not cell:
        return None
    found = find_dates(cell)
    if found:
        return found[0][2]
    m = _COMPACT.fullmatch(cell.strip())
    if not m:
        return None
    if m.group("y1"):
        return _make_date(m.group("y1"), int(m.group("m1")), int(m.group("d1")))
    if m.group("y2"):
        return _make_date(m.group("y2"), int(m.group("m2")), int(m.group("d2")))
    return _make_date(m.group("y3"), int(m.group("m3")), int(m.group("d3")))


# "Thu, Aug 14, 2025": the day of the week printed before a date
_WEEKDAY = compiled(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
# what may stand between the two dates of a range printed in one cell
_RANGE_GAP = compiled(r"\s*(?:[-–—~]|to|thru|through|until)?\s*", re.IGNORECASE)


def is_date_cell(cell: str | None) -> bool:
    """A table cell that is one date, or a range of two ("03/02/26-03/05/26", "Mar 2 -
    Mar 5, 2026" aside), and nothing more; not a compact "20260302" (see ``date_cell``)."""
    text = _WEEKDAY.sub("", (cell or "").strip().rstrip(".,;"))
    found = find_dates(text)
    if not found or len(found) > 2 or found[0][0] != 0 or found[-1][1] < len(text) - 1:
        return False
    return len(found) == 1 or bool(_RANGE_GAP.fullmatch(text[found[0][1] : found[1][0]]))
