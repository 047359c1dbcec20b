"""Word boxes cut down to their letters' ink, so a two-row column heading stays two rows."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from appealgen.read import ocr_ink
from appealgen.read.extract import Word
from appealgen.read.ocr_boxes import as_type_boxes
from appealgen.read.settings import ReadSettings

SCALE = 0.24  # points a pixel: 300 dpi


def _page(inked: list[tuple[int, int, int, int]]) -> Image.Image:
    """A white page image with black boxes (left, top, right, bottom) in pixels."""
    img = Image.new("L", (1200, 1000), 255)
    draw = ImageDraw.Draw(img)
    for box in inked:
        draw.rectangle(box, fill=0)
    return img


def _word(text: str, left: int, top: int, right: int, bottom: int) -> Word:
    """A word boxed (in pixels) as tesseract drew it, in points."""
    return Word(text, left * SCALE, right * SCALE, top * SCALE, bottom * SCALE, 0.0, False, 95.0)


def _copy(w: Word) -> Word:
    return Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, w.bold, w.conf)


def test_runs_and_the_letters_among_them() -> None:
    profile = [0, 3, 0, 0, 0, 90, 120, 0, 80, 0, 0, 0, 0, 5, 5]
    assert ocr_ink.runs(profile) == [(1, 2, 3), (5, 7, 210), (8, 9, 80), (13, 15, 10)]
    assert ocr_ink.letters(profile, 1) == (5, 9)  # an i's dot a row above joins
    assert ocr_ink.letters(profile, 0.5) == (5, 7)
    assert ocr_ink.letters(profile, 3) == (1, 9)
    assert ocr_ink.letters(profile, 4) == (1, 15)
    assert ocr_ink.letters([0, 0], 1) is None


def test_a_box_reaching_to_a_rule_s_remnant_is_cut_to_its_letters() -> None:
    # letters 40 pixels high at rows 100-140; a rule's dashes at rows 70-73 above them
    img = _page([(100, 100, 200, 140), (100, 70, 190, 73), (300, 100, 400, 140)])
    tall = _word("Submit", 98, 69, 202, 142)
    plain = _word("Fee", 298, 98, 402, 142)
    body = [_word(f"w{i}", 500 + 60 * i, 100, 540 + 60 * i, 142) for i in range(5)]
    assert ocr_ink.trim_boxes(img, [tall, plain, *body], SCALE, ReadSettings()) == 1
    assert tall.top == pytest.approx(100 * SCALE) and tall.bottom == pytest.approx(141 * SCALE)
    assert (plain.top, plain.bottom) == (98 * SCALE, 142 * SCALE)  # not tall: as read


def test_a_big_word_keeps_its_box_and_trimming_can_be_turned_off() -> None:
    img = _page([(100, 60, 400, 160)])  # one word printed large, boxed to its ink
    big = _word("TITLE", 100, 60, 401, 161)
    body = [_word(f"w{i}", 500 + 60 * i, 200, 540 + 60 * i, 240) for i in range(5)]
    assert ocr_ink.trim_boxes(img, [big, *body], SCALE, ReadSettings()) == 0
    assert (big.top, big.bottom) == (60 * SCALE, 161 * SCALE)
    img = _page([(100, 100, 200, 140), (100, 70, 190, 73)])
    tall = _word("Submit", 98, 69, 202, 142)
    body = [_word(f"w{i}", 500 + 60 * i, 100, 540 + 60 * i, 142) for i in range(5)]
    assert ocr_ink.trim_boxes(img, [tall, *body], SCALE, ReadSettings(ocr_trim_tall=0)) == 0
    assert tall.top == 69 * SCALE


def test_a_box_far_taller_than_its_ink_is_cut_to_it() -> None:
    img = _page([(100, 110, 200, 130)])  # "service": 20 rows of ink in a 40-row box
    tall = _word("service", 98, 100, 202, 140)
    body = [_word(f"w{i}", 500 + 60 * i, 100, 540 + 60 * i, 122) for i in range(5)]
    assert ocr_ink.trim_boxes(img, [tall, *body], SCALE, ReadSettings()) == 1
    assert (tall.top, tall.bottom) == (110 * SCALE, 131 * SCALE)


def _type_heights(words: list[Word]) -> dict[str, float]:
    """Each word's height once the type boxes are set (ocr_boxes), in points."""
    words = [_copy(w) for w in words]
    as_type_boxes(words)
    return {w.text: w.bottom - w.top for w in words}


def test_a_heading_row_boxed_down_to_the_next_row_gets_its_font_s_height() -> None:
    # a photo's heading band (as measured on one): "Submit" / "amount" and "Fee" /
    # "adjust" in two rows of 23-pixel letters 12 pixels apart; tesseract boxed the first
    # row's words down to the top of the second row's, so their type boxes came out
    # half as tall again as the font, and the layout's rows, a share of a word's height
    # apart, took the two heading rows for one
    ink = [(100, 862, 160, 885), (100, 897, 170, 920), (300, 862, 330, 885)]
    ink += [(300, 897, 350, 920)]
    img = _page(ink)
    words = [
        _word("Submit", 98, 860, 162, 899),
        _word("amount", 98, 897, 172, 921),
        _word("Fee", 298, 860, 332, 899),
        _word("adjust", 298, 897, 352, 921),
        *[_word(f"w{i}", 500 + 60 * i, 600, 540 + 60 * i, 623) for i in range(6)],
    ]
    before = _type_heights(words)
    assert before["Submit"] > 1.4 * before["w0"]
    assert ocr_ink.trim_boxes(img, words, SCALE, ReadSettings()) == 2
    after = _type_heights(words)
    assert after["Submit"] == pytest.approx(after["w0"], rel=0.1)
    assert after["Fee"] == pytest.approx(after["amount"], rel=0.1)
