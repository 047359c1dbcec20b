"""OCR's ink boxes made a text layer's type boxes, so a printed row stays one line."""

from __future__ import annotations

import pytest

from appealgen.read.extract import Page, Word
from appealgen.read.layout import group_lines
from appealgen.read.ocr_boxes import as_type_boxes, baseline
from appealgen.read.settings import ReadSettings


def _ink(text: str, x0: float, top: float, bottom: float) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, bottom, bottom - top, False, 95.0)


def test_words_of_one_baseline_get_one_box_whatever_their_letters() -> None:
    # baseline at 220, cap height 6: "Total" and "99" stop at it, "(pay)" and "$4.00"
    # reach below, "saw" is only x-height high
    words = [
        _ink("Total", 10, 214, 220),
        _ink("(pay)", 60, 213.5, 221.8),
        _ink("$4.00", 120, 213.2, 221.0),
        _ink("saw", 180, 215.6, 220),
        _ink("99", 220, 214, 220),
    ]
    as_type_boxes(words)
    tops, bottoms = {round(w.top, 1) for w in words}, {round(w.bottom, 1) for w in words}
    assert len(bottoms) <= 2 and max(bottoms) - min(bottoms) < 0.5
    assert max(tops) - min(tops) < 0.5
    size = 6 / 0.718
    assert words[0].bottom == pytest.approx(220 + 0.207 * size)
    assert words[0].bottom - words[0].top == pytest.approx(size)


def test_a_row_beside_another_column_stays_one_line_as_on_a_text_layer() -> None:
    # a label column and a box of totals beside it whose baseline sits 3.5 points lower
    left = [_ink("NPI:", 80, 211.0, 217.2), _ink("1485690311", 110, 211.2, 217.4)]
    right = [_ink("Plan", 440, 214.6, 220.8), _ink("paid", 470, 214.6, 222.5)]
    right.append(_ink("$0.00", 540, 214.1, 221.8))
    as_ink = [
        Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, w.bold, w.conf) for w in left + right
    ]
    page = Page(number=1, width=612, height=792, words=as_ink)
    assert len(group_lines(page)) == 2  # ink boxes: two lines
    words = left + right
    as_type_boxes(words)
    page = Page(number=1, width=612, height=792, words=words)
    assert len(group_lines(page)) == 1


def test_a_descender_word_stands_on_the_cap_heights_baseline() -> None:
    assert baseline(_ink("Ship", 0, 100, 107.74), 6) == pytest.approx(106)
    assert baseline(_ink("gay", 0, 101.7, 107.74), 6) == pytest.approx(106)
    assert baseline(_ink("$5.00,", 0, 99.5, 107.2), 6) == pytest.approx(106)
    assert baseline(_ink("NOTE", 0, 100, 106), 6) == 106


def test_type_boxes_can_be_turned_off() -> None:
    words = [_ink("Total", 10, 214, 220)]
    as_type_boxes(words, ReadSettings(ocr_type_boxes=False))
    assert (words[0].top, words[0].bottom) == (214, 220)


def test_a_box_holding_more_than_its_letters_is_left_as_read() -> None:
    # "CLAIM" read with a piece of its cell's border under it: its bottom is no baseline
    words = [_ink("CLAIM", 50, 188, 199), _ink("PATIENT", 180, 188.1, 194.8)]
    words.append(_ink("NPI", 440, 188.1, 194.8))
    as_type_boxes(words)
    assert (words[0].top, words[0].bottom) == (188, 199)
    assert words[1].bottom == pytest.approx(194.8 + 0.207 * 6.7 / 0.718)


def _w(text: str, x0: float, x1: float, top: float, bottom: float, conf: float) -> Word:
    return Word(text, x0, x1, top, bottom, bottom - top, conf=conf)


def test_a_word_read_again_from_a_sliver_of_another_words_ink_is_taken_out() -> None:
    from appealgen.read import ocr_words
    from appealgen.read.ocr_boxes import without_slivers

    row = [_w("Pemberly,", 49, 84, 124, 132, 91), _w("25301", 105, 126, 124, 130, 96)]
    slivers = [_w("Dea", 51, 56, 124, 127, 54), _w("952", 105, 117, 124, 127, 76)]
    apart = _w("WV", 96, 101, 124, 127, 40)  # over no word of the other line
    lines = [slivers + [apart], row]
    without_slivers(lines)
    assert [w.text for w in lines[0]] == ["WV"] and len(lines[1]) == 2
    # as tall as the word under it, or read more surely than it: kept
    same = [[_w("Dea", 51, 56, 124, 131, 54)], [_w("Pemberly,", 49, 84, 124, 132, 91)]]
    without_slivers(same)
    assert len(same[0]) == 1
    surer = [[_w("Dea", 51, 56, 124, 127, 95)], [_w("Pemberly,", 49, 84, 124, 132, 91)]]
    without_slivers(surer)
    assert len(surer[0]) == 1
    # through the page's words: the sliver's line is read no more
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    tsv = "\n".join(
        [
            head,
            "5\t1\t1\t1\t6\t1\t212\t516\t20\t12\t54\tDea",
            "5\t1\t1\t1\t7\t1\t204\t516\t146\t34\t91\tPemberly,",
            "5\t1\t1\t1\t7\t2\t400\t516\t20\t26\t96\tWV",
        ]
    )
    assert [w.text for w in ocr_words.words_from_tsv(tsv, 0.24)] == ["Pemberly,", "WV"]
