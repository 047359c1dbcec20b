"""``word_rows``: the printed lines' words without cutting them into cells, as
``group_lines`` reads them (the column finder measures lines' heights with it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen.read.extract import Page, Word, load
from appealgen.read.layout import group_lines, word_rows
from appealgen.read.page_columns import _rows
from appealgen.read.settings import DEFAULT_SETTINGS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PDFS = sorted(SAMPLES.glob("*.pdf"))[:6]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_rows_are_the_words_of_group_lines(path: Path) -> None:
    for page in load(path).pages:
        lines = group_lines(page)
        rows = word_rows(page.words, DEFAULT_SETTINGS)
        assert [[w.text for w in r] for r in rows] == [[w.text for w in ln.words] for ln in lines]
        assert _rows(page.words, DEFAULT_SETTINGS) == [(ln.top, ln.bottom) for ln in lines]


def _word(text: str, x0: float, top: float, height: float = 10.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + height, size=9.0)


def test_leaders_dropped_currency_joined_lines_top_to_bottom() -> None:
    words = [
        _word("180.00", 120, 101),
        _word("$", 110, 100, 12),
        _word("Billed", 10, 100),
        _word("..........", 50, 100),
        _word("Member", 10, 80),
    ]
    rows = word_rows(words, DEFAULT_SETTINGS)
    assert [[w.text for w in r] for r in rows] == [["Member"], ["Billed", "$180.00"]]
    assert _rows(words, DEFAULT_SETTINGS) == [(80.0, 90.0), (100.0, 112.0)]
    assert _rows([], DEFAULT_SETTINGS) == [] and group_lines(Page(1, 612.0, 792.0, [])) == []
