"""Marks a fax machine, a printer or a browser adds to the edge of a page: not the notice's.

A fax prints a transmission line over every page it sends ("09-22-2026 16:07  FROM:
KEEL & COMPASS  FAX 840.555.0117  P. 001/3"); a printer or a browser prints when it
printed. Such a line is in the top or bottom band of a page and holds a date, a time of
day, and a transmission word or a page counter (rules/page_marks.yaml): office hours
beside a fax number ("8:00 a.m. to 5:00 p.m., fax 555-0199") print no date. A browser
prints the date, the page's title, its address and "1/2" in small print in the page's
outer strip, nearer the edge than any margin a notice prints in. Its date is the day it
was sent, its numbers a fax line's: never a claim's date of service, a notice's date or
a code, so it is not read at all, even on a one-page notice where it repeats nowhere.
"""

from __future__ import annotations

import re

from ..knowledge import data_loader
from ..knowledge.checks import word_alternation
from ..knowledge.files import load_mapping
from ..patterns import compiled
from ..records import record
from .dates import find_dates

PAGE_MARKS_FILE = "rules/page_marks.yaml"
_KEYS = ("transmission_words", "page_counters", "web_addresses")
# a time of day: "16:07", "4:07 PM", "04:07:55"; never a ratio in a sentence ("1:2")
_TIME = compiled(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?![\d:])", re.I
)


@record(frozen=True)
class PageMarks:
    transmission_words: re.Pattern[str]
    page_counters: re.Pattern[str]
    web_addresses: re.Pattern[str]


@data_loader
def page_marks() -> PageMarks:
    """The word lists of rules/page_marks.yaml, validated and compiled."""
    doc = load_mapping(PAGE_MARKS_FILE, _KEYS)
    return PageMarks(*(word_alternation(PAGE_MARKS_FILE, doc, k) for k in _KEYS))


def is_transmission_line(text: str) -> bool:
    """A fax or print stamp: a date and a time of day, with a transmission word or a page
    counter. The caller asks only of lines in a page's top or bottom band."""
    if not _TIME.search(text) or not find_dates(text):
        return False
    marks = page_marks()
    return bool(marks.transmission_words.search(text) or marks.page_counters.search(text))


def is_edge_stamp(text: str, top: float, bottom: float, page_height: float, size: float, s) -> bool:
    """A line in small print in the page's outer strip (``s.page_mark_strip`` of its height
    from the top or bottom edge) that holds a date, a page counter or a web address."""
    strip = s.page_mark_strip * page_height
    if not (bottom <= strip or top >= page_height - strip) or size > s.page_mark_max_size:
        return False
    marks = page_marks()
    return bool(
        find_dates(text) or marks.page_counters.search(text) or marks.web_addresses.search(text)
    )
