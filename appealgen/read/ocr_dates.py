"""The parts of a printed date OCR misread, put right by the words beside them.

A date's day and year read as one word ("Aug 23,2026", "MAY 242026"), or its month's name
and day ("Sep.2,2026"), are parted; a day
between its month's name and the year with a digit read as a look-alike or its comma
read as a full stop ("May 2t, 2026", "May 31. 2026") is put right. A date printed with
slashes whose slashes OCR lost or read as other marks ("04 15 26", "04°21 26", "04,12/26")
is read with them (``slashed_date``).
"""

from __future__ import annotations

from ..patterns import compiled
from .lookalikes import AS_DIGIT

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)
YEAR_AFTER = compiled(r"^(19|20)\d\d\b")


# a date's day and year OCR printed as one word: "Aug 23,2026"; after a month's name,
# without the comma too: "MAY 242026"
_DAY_YEAR = compiled(r"^(\d{1,2},)((?:19|20)\d\d[.,;:)]?)$")
_DAY_YEAR_BARE = compiled(r"^(0?[1-9]|[12]\d|3[01])((?:19|20)\d\d[.,;:)]?)$")


def split_day_year(word: str, before: str = "") -> list[str]:
    """ "23,2026" -> ["23,", "2026"], and "242026" after a month's name ("MAY",
    "June") -> ["24", "2026"]; any other word as it is."""
    m = _DAY_YEAR.match(word)
    if not m and before.rstrip(".").capitalize() in (*MONTHS, *SHORT_MONTHS):
        m = _DAY_YEAR_BARE.match(word)
    return [m.group(1), m.group(2)] if m else [word]


# a month's name read without the space after it, the day (and the year) glued on:
# "Sep.2,2026", "Sep2,", "MAY24,2026" (a day of one or two digits and its comma)
_MONTH_DAY = compiled(r"^([A-Za-z]{3,9}\.?)(0?[1-9]|[12]\d|3[01])(,)((?:19|20)\d\d[.,;:)]?)?$")


def split_month_day(word: str) -> list[str]:
    """ "Sep.2,2026" -> ["Sep.", "2,", "2026"], "May24," -> ["May", "24,"]: a month's name
    (whole, or its first three letters, "Sept" too) and the day after it, with the year
    when it was read on too; any other word as it is."""
    m = _MONTH_DAY.match(word)
    if not m:
        return [word]
    month = m.group(1).rstrip(".").capitalize()
    if month not in (*MONTHS, *SHORT_MONTHS, "Sept"):
        return [word]
    return [m.group(1), m.group(2) + m.group(3)] + ([m.group(4)] if m.group(4) else [])


# a day between its month's name and the year, a digit read as a look-alike or its comma
# as a full stop: "May 2t, 2026", "May 31. 2026"
_DAY_READ = compiled(r"^([\dOoIl|!itSsZz]{1,2})([.,]?)$")
_DAY_DIGIT = {**AS_DIGIT, "t": "1", "!": "1"}


def day_word(word: str, before: str, after: str) -> str:
    """A day printed between a month's name and a year put right: its digits read as
    look-alikes ("2t," -> "21,"), its comma read as a full stop ("31." -> "31,")."""
    m = _DAY_READ.match(word)
    if not m or not YEAR_AFTER.match(after) or not any(ch.isdigit() for ch in m.group(1)):
        return word
    if before.rstrip(".").capitalize() not in (*MONTHS, *SHORT_MONTHS):
        return word
    day = "".join(_DAY_DIGIT.get(ch, ch) for ch in m.group(1))
    if not day.isdigit() or not 1 <= int(day) <= 31:
        return word
    return day + ("," if m.group(2) else "")


# a month, a day and a year of two digits each (or a year of four), apart where slashes
# were printed: lost ("04 15 26") or read as a degree sign, a comma, a stop, a quote or a
# dash ("04°21 26", "04,12/26", "04-18. 26")
_SLASHLESS = compiled(r"^(\d{2})[/°,.'’\- ]{1,2}(\d{2})[/°,.'’\- ]{1,2}(\d{2}|\d{4})([.,;:)]?)$")
_AS_PRINTED = compiled(r"^\d{2}([/.\-])\d{2}\1\d{2,4}[.,;:)]?$")  # "04-18-26": as printed
_AMOUNT_SHAPE = compiled(r"^\d{2}[.,]\d{2}$")  # "11.15": an amount's shape, no date's head


def slashed_date(pieces: list[str]) -> str | None:
    """["04", "15", "26"] -> "04/15/26", ["04°21", "26"] -> "04/21/26": the date with
    slashes that words printed close together read as when its slashes were lost or read
    as other marks; None for other words, and for a date read as printed ("04-18-26")."""
    if not pieces or (len(pieces) > 1 and _AMOUNT_SHAPE.match(pieces[0])):
        return None
    text = " ".join(pieces)
    m = _SLASHLESS.match(text)
    if not m or _AS_PRINTED.match(text):
        return None
    month, day, year, tail = m.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{month}/{day}/{year}{tail}"
