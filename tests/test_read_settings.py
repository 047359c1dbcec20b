"""The reader's geometry tolerances come from one ReadSettings object a caller can override."""

from __future__ import annotations

from pathlib import Path

from appealgen.api import parse_file
from appealgen.read.extract import Page, Word
from appealgen.read.layout import document_lines, group_lines
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

SAMPLE = Path(__file__).parent.parent / "samples" / "northwind_eob_out_of_network.pdf"


def _page(*words: Word) -> Page:
    return Page(number=1, width=612, height=792, words=list(words))


def test_cell_gap_decides_where_a_line_splits_into_cells() -> None:
    # two words 12 pt apart at 10 pt per character: one cell at the default, two if tighter
    page = _page(Word("Claim", 100, 150, 300, 310), Word("12345", 162, 212, 300, 310))
    assert [c.text for c in group_lines(page)[0].cells] == ["Claim 12345"]
    tight = ReadSettings(cell_gap=0.5, min_cell_gap_pt=5.0)
    assert [c.text for c in group_lines(page, tight)[0].cells] == ["Claim", "12345"]


def test_line_tolerance_decides_which_words_share_a_line() -> None:
    page = _page(Word("Billed", 100, 130, 300, 310), Word("250.00", 300, 330, 306, 316))
    assert len(group_lines(page)) == 2
    assert len(group_lines(page, ReadSettings(line_tolerance=0.7))) == 1


def test_edge_band_decides_what_counts_as_a_running_header() -> None:
    pages = [
        Page(1, 612, 792, [Word("Northwind", 100, 160, 100, 110)]),
        Page(2, 612, 792, [Word("Northwind", 100, 160, 100, 110)]),
    ]
    assert len(document_lines(pages)) == 2  # 100 pt down is below the default band
    assert len(document_lines(pages, ReadSettings(edge_band=0.2))) == 1


def test_the_default_settings_read_as_before_and_a_caller_can_override_them() -> None:
    default = parse_file(SAMPLE).to_dict()
    assert parse_file(SAMPLE, settings=DEFAULT_SETTINGS).to_dict() == default
    # every word its own cell: the labels no longer sit in cells of their own
    split = ReadSettings(cell_gap=0.0, min_cell_gap_pt=0.0)
    assert parse_file(SAMPLE, settings=split).to_dict() != default
