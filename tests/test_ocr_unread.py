"""Rows tesseract left out, read again from their ink."""

from __future__ import annotations

import shutil

import pytest
from page_images import blank
from PIL import Image, ImageDraw

from appealgen.read import ocr_call, ocr_unread
from appealgen.read.extract import Word
from appealgen.read.settings import ReadSettings

DPI = 300
SCALE = 72.0 / DPI


def _page(rows: list[str], read: list[int]) -> tuple[Image.Image, list[Word]]:
    """A page image printing ``rows`` one under another; the words of the rows numbered in
    ``read`` are the words OCR returned (boxed at their ink), the others were left out."""
    img, draw, font = blank((int(6 * DPI), int(0.25 * DPI) * (len(rows) + 2)), dpi=DPI)
    words = []
    for i, row in enumerate(rows):
        x, y = int(0.5 * DPI), int(0.25 * DPI) * (i + 1)
        for text in row.split():
            left, top, right, bottom = draw.textbbox((x, y), text, font=font)
            draw.text((x, y), text, font=font, fill=30)
            if i in read:
                words.append(
                    Word(text, left * SCALE, right * SCALE, top * SCALE, bottom * SCALE, conf=95.0)
                )
            x = right + int(0.08 * DPI)  # a space
    return img, words


def test_a_row_outside_every_word_is_a_strip_of_ink() -> None:
    rows = ["Billed 325.00", "Service 02/26/2026 HCPCS S9443", "Allowed 0.00", "Paid 0.00"]
    img, words = _page(rows, read=[0, 2, 3])
    found = ocr_unread.strips(img, words, SCALE, ReadSettings())
    assert found, "the row left out holds ink no word covers"
    row_top, row_bottom = int(0.25 * DPI) * 2, int(0.25 * DPI) * 3
    assert all(row_top <= top and bottom <= row_bottom for _, top, _, bottom in found)
    # every row read: no ink left outside the words
    img, words = _page(rows, read=[0, 1, 2, 3])
    assert ocr_unread.strips(img, words, SCALE, ReadSettings()) == []


def test_specks_and_a_rule_are_no_row() -> None:
    img, words = _page(["Billed 325.00", "Allowed 0.00"], read=[0, 1])
    draw = ImageDraw.Draw(img)
    for x in range(200, 1600, 97):  # scattered specks
        draw.rectangle((x, 130, x + 2, 132), fill=20)
    draw.rectangle((100, 60, 1700, 62), fill=20)  # a thin rule: far lower than a letter
    assert ocr_unread.strips(img, words, SCALE, ReadSettings()) == []


def test_surely_read_words_of_a_strip_are_added_in_page_points(monkeypatch, tmp_path) -> None:
    img, words = _page(["Billed 325.00", "Service 02/26/2026", "Allowed 0.00"], read=[0, 2])
    found = ocr_unread.strips(img, words, SCALE, ReadSettings())

    def fake(path, settings):  # the sheet: one strip, two words sure and one weak
        head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
        rows = [head]
        for k, (text, conf) in enumerate([("Service", 95), ("02/26/2026", 93), ("~~x", 30)]):
            rows.append(
                f"5\t1\t1\t1\t1\t{k + 1}\t{24 + 10 + 200 * k}\t{24 + 8}\t150\t40\t{conf}\t{text}"
            )
        return "\n".join(rows) + "\n"

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert len(found) == 1
    assert ocr_unread.reread(img, words, SCALE, tmp_path, ReadSettings()) == 2
    added = words[-2:]
    assert [w.text for w in added] == ["Service", "02/26/2026"]
    left, top = found[0][0], found[0][1]
    usual = ocr_unread.usual_word_height(words[:-2]) / SCALE
    pad = int(ReadSettings().ocr_unread_pad * usual)
    assert added[0].x0 == pytest.approx((left - pad + 10) * SCALE)
    assert added[0].top == pytest.approx((top - pad + 8) * SCALE)
    assert not any(p.name == "unread.pgm" for p in tmp_path.iterdir())


def test_a_word_already_on_the_page_is_not_added_twice(monkeypatch, tmp_path) -> None:
    img, words = _page(["Tessellate Health Plan", "Billed 325.00"], read=[0, 1])
    # the letterhead's words boxed half a line below their ink, as tesseract did
    for w in words[:3]:
        w.top, w.bottom = w.top + 6, w.bottom + 6
    before = len(words)

    def fake(path, settings):
        head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
        rows = [head]
        for k, text in enumerate(["Tessellate", "Haalth", "Plan"]):
            rows.append(f"5\t1\t1\t1\t1\t{k + 1}\t{24 + 240 * k}\t{24 + 8}\t200\t40\t95\t{text}")
        return "\n".join(rows) + "\n"

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    ocr_unread.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert len(words) == before


def test_a_page_of_many_strips_is_left_as_read(monkeypatch, tmp_path) -> None:
    img, words = _page(["Billed 325.00", "Service 02/26/2026", "Allowed 0.00"], read=[0, 2])
    monkeypatch.setattr(ocr_call, "tesseract_tsv", lambda path, settings: pytest.fail("read"))
    few = ReadSettings(ocr_unread_most=0)
    assert ocr_unread.reread(img, words, SCALE, tmp_path, few) == 0
    assert (
        ocr_unread.reread(img, words, SCALE, tmp_path, ReadSettings(ocr_unread_reread=False)) == 0
    )


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_row_left_out_is_read_from_the_print(tmp_path) -> None:
    img, words = _page(
        ["Billed 325.00", "Service 02/26/2026 HCPCS S9443", "Allowed 0.00"], read=[0, 2]
    )
    ocr_unread.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert [w.text for w in words[4:]] == ["Service", "02/26/2026", "HCPCS", "S9443"]
    assert all(20 < w.top < 40 for w in words[4:])  # the second row, in points
