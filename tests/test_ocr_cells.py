"""Weak values in a column of values, read again each on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from appealgen.read import ocr, ocr_cells
from appealgen.read.extract import Word
from appealgen.read.settings import ReadSettings

DPI = 300
SCALE = 72.0 / DPI


def _column(texts: list[str], confs: list[float], x: float = 300.0) -> list[Word]:
    """One word a row, 12 points high, rows 20 points apart, at ``x``."""
    return [
        Word(t, x, x + 6.0 * len(t), 100.0 + 20 * i, 112.0 + 20 * i, conf=c)
        for i, (t, c) in enumerate(zip(texts, confs, strict=True))
    ]


def _page(texts: list[str]) -> tuple[Image.Image, list[Word]]:
    """A page image printing ``texts`` one under another, each as a weak word "zz"."""
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(vera), round(10 * DPI / 72))
    img = Image.new("L", (int(3 * DPI), int(0.3 * DPI) * (len(texts) + 2)), 236)
    draw = ImageDraw.Draw(img)
    words = []
    for i, text in enumerate(texts):
        x, y = int(0.5 * DPI), int(0.3 * DPI) * (i + 1)
        draw.text((x, y), text, font=font, fill=30)
        x0, top, x1, bottom = draw.textbbox((x, y), text, font=font)
        words.append(Word("zz", x0 * SCALE, x1 * SCALE, top * SCALE, bottom * SCALE, conf=30.0))
    return img, words


def _tsv(texts: list[tuple[str, float]], rows: list[tuple[int, int]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines = [head]
    for i, ((text, conf), (top, bottom)) in enumerate(zip(texts, rows, strict=True)):
        if text:
            row = f"5\t1\t1\t1\t{i + 1}\t1\t30\t{top + 2}\t80\t{bottom - top - 4}\t{conf}\t{text}"
            lines.append(row)
    return "\n".join(lines) + "\n"


def test_values_are_told_by_their_shape() -> None:
    for text in ("1", "12", "217.50", "$1,250.00", "(35.00)", "03/02/2026", "S9443", "Z39.1"):
        assert ocr_cells.value_like(text), text
    for text in ("CO-45", "2624523567782", "99403-25", "NGW783027259", "217.50,"):
        assert ocr_cells.value_like(text), text
    for text in ("af", "iu", "Denied", "UNITS", "2157450x", "ABCD12", "-", "$", "Osei"):
        assert not ocr_cells.value_like(text), text


def test_a_weak_word_in_a_column_of_values_is_read_again() -> None:
    texts = ["UNITS", "1", "1", "af", "1", "1", "iu"]
    words = _column(texts, [96, 96, 95, 44, 97, 96, 43])
    found = ocr_cells.candidates(words)
    assert [w.text for w in found] == ["af", "iu"]


def test_a_weak_word_among_words_is_left_as_read() -> None:
    # a column of prose: its sure words are not values
    texts = ["Keep", "this", "notice", "af", "for", "your", "records"]
    assert ocr_cells.candidates(_column(texts, [96, 96, 95, 44, 97, 96, 95])) == []
    # too few values around it, or values too far away
    assert ocr_cells.candidates(_column(["1", "1", "af"], [96, 96, 44])) == []
    far = ReadSettings(ocr_cell_reach=1.0)
    words = _column(["1", "1", "1", "1", "af"], [96, 96, 96, 96, 44])
    assert ocr_cells.candidates(words, far) == []
    assert [w.text for w in ocr_cells.candidates(words)] == ["af"]
    # words in a column of their own, beside the values
    beside = _column(["1", "1", "1"], [96, 96, 96]) + _column(["af"], [44], x=400.0)
    assert ocr_cells.candidates(beside) == []


def test_only_one_sure_value_replaces_a_weak_word(monkeypatch, tmp_path) -> None:
    img, words = _page(["1", "217.50", "221.25", "Paid", "1"])
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: words)

    def fake(path: Path, settings: ReadSettings) -> str:
        pieces = [ocr_cells._piece(img, w, SCALE, settings) for w in words]
        _, rows = ocr_cells._sheet(pieces)
        return _tsv([("1", 96), ("217.50", 95), ("221.25", 41), ("Paid", 96), ("", 0)], rows)

    monkeypatch.setattr(ocr, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 2
    # a weak reading, a word that is no value, and nothing read leave the word as it was
    assert [w.text for w in words] == ["1", "217.50", "zz", "zz", "zz"]
    # two readings disagreed: the value stays unsure
    assert words[0].conf == ReadSettings().ocr_repaired_confidence
    assert words[2].conf == 30.0
    assert list(tmp_path.iterdir()) == []
    never = ReadSettings(ocr_cell_reread=False)
    img, words = _page(["1"])
    assert ocr_cells.reread(img, words, SCALE, tmp_path, never) == 0


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_lone_digit_and_an_amount_are_read_from_the_print(monkeypatch, tmp_path) -> None:
    img, words = _page(["1", "217.50", "4"])
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: words)
    ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert [w.text for w in words] == ["1", "217.50", "4"]
