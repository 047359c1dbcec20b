"""Dates printed with slashes that a scan's OCR read without them ("04 15 26", "04°21 26")."""

from __future__ import annotations

import pytest

from appealgen.read import ocr_words
from appealgen.read.extract import Word
from appealgen.read.ocr_dates import slashed_date
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings


@pytest.mark.parametrize(
    ("pieces", "date"),
    [
        (["04", "15", "26"], "04/15/26"),  # both slashes lost
        (["04°21", "26"], "04/21/26"),  # one read as a degree sign, the other lost
        (["04", "24°26"], "04/24/26"),
        (["04/12°26"], "04/12/26"),
        (["04,12/26"], "04/12/26"),
        (["04-18.", "26"], "04/18/26"),
        (["05", "12", "2026,"], "05/12/2026,"),
        (["04/12/26"], None),  # read as printed
        (["04-18-26"], None),  # a date printed with dashes stays as printed
        (["13", "15", "26"], None),  # no month 13
        (["04", "32", "26"], None),  # no day 32
        (["11.15", "26"], None),  # an amount and a number beside it
        (["2165", "5058", "2723"], None),  # a number printed in groups
        (["04", "15"], None),  # no year
    ],
)
def test_a_date_read_without_its_slashes(pieces: list[str], date: str | None) -> None:
    assert slashed_date(pieces) == date


def _row(texts_at: list[tuple[str, float]], top: float = 100.0) -> list[Word]:
    """Words 8 points high, each 4.25 points a character, at the given left edges."""
    return [Word(t, x, x + 4.25 * len(t), top, top + 8.0, 8.0, False, 96.0) for t, x in texts_at]


def _page(row: list[Word]) -> list[Word]:
    """A line of prose, its words a usual space (4.8 points) apart, above ``row``."""
    prose = [
        Word("words", x, x + 21.25, 50.0, 58.0, 8.0, False, 96.0)
        for x in (10 + i * 26.05 for i in range(12))
    ]
    return prose + row


def test_a_service_rows_date_is_joined_unsure_in_its_place() -> None:
    # a 1-bit scan: "04/15/26" read as three words a slash's width (a space) apart
    row = _row([("1", 58), ("04", 75.4), ("15", 89.3), ("26", 102.1), ("99403", 120.5)])
    words = _page(row)
    ocr_words.join_dates(words, DEFAULT_SETTINGS)
    texts = [w.text for w in words if w.text != "words"]
    assert texts == ["1", "04/15/26", "99403"]
    date = next(w for w in words if w.text == "04/15/26")
    assert (date.x0, date.x1) == (75.4, 110.6)
    assert date.conf is not None and date.conf <= DEFAULT_SETTINGS.ocr_repaired_confidence


def test_pieces_in_cells_apart_are_no_date() -> None:
    row = _row([("04", 75.0), ("15", 120.0), ("26", 160.0)])  # three columns' numbers
    words = _page(row)
    ocr_words.join_dates(words, DEFAULT_SETTINGS)
    assert [w.text for w in words if w.text != "words"] == ["04", "15", "26"]
    # how close the pieces must be is a setting
    words = _page(_row([("04", 75.4), ("15", 89.3), ("26", 102.1)]))
    ocr_words.join_dates(words, ReadSettings(ocr_date_slash_gap=0.5))
    assert [w.text for w in words if w.text != "words"] == ["04", "15", "26"]
