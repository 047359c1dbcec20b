"""Words whose print shows an accent the English model did not read, read again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from appealgen.read import ocr_accents, ocr_call, ocr_sheet
from appealgen.read.extract import Word
from appealgen.read.settings import ReadSettings

DPI = 300
SCALE = 72.0 / DPI


def _page(names: list[str]) -> tuple[Image.Image, list[Word]]:
    """A page image with ``names`` on rows, and each name's word read without accents."""
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # a font with accents
    font = ImageFont.truetype(str(vera), round(11 * DPI / 72))
    img = Image.new("L", (int(6 * DPI), int(0.5 * DPI) * (len(names) + 1)), 245)
    draw = ImageDraw.Draw(img)
    words = []
    for i, name in enumerate(names):
        x, y = int(0.5 * DPI), int(0.3 * DPI) + i * int(0.5 * DPI)
        draw.text((x, y), name, font=font, fill=20)
        x0, top, x1, bottom = draw.textbbox((x, y), name, font=font)
        plain = ocr_accents.plain(name)
        words.append(Word(plain, x0 * SCALE, x1 * SCALE, top * SCALE, bottom * SCALE, conf=93.0))
    return img, words


def _tsv(texts: list[str], rows: list[tuple[int, int]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines = [head]
    for i, (text, (top, bottom)) in enumerate(zip(texts, rows, strict=True)):
        lines.append(f"5\t1\t1\t1\t{i + 1}\t1\t30\t{top + 2}\t80\t{bottom - top - 4}\t90\t{text}")
    return "\n".join(lines) + "\n"


def test_plain_drops_only_accents() -> None:
    assert ocr_accents.plain("Guzmán Núñez-Zoë") == "Guzman Nunez-Zoe"


def test_a_second_reading_is_taken_only_where_it_adds_accents(monkeypatch, tmp_path) -> None:
    img, words = _page(["Oyelaràn", "Brisbane", "Quillón"])
    for w in words:
        w.text = w.text if w.text != "Brisbane" else "Brisbanè"  # a guessed accent
    monkeypatch.setattr(ocr_accents, "installed", lambda language: True)
    monkeypatch.setattr(ocr_accents, "candidates", lambda img, words, scale, settings: words)
    seen: list[str] = []

    def fake(path: Path, settings: ReadSettings) -> str:
        seen.append(settings.ocr_language)
        _, rows = ocr_sheet.stack([ocr_sheet.crop(img, w, SCALE, 0.5) for w in words])
        return _tsv(["Oyelarán", "Brisbane", "Quiltón"], rows)

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    spelled = ocr_accents.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert seen == ["spa"]
    # an accent added is taken; an accent dropped, or another letter, is not
    assert [w.text for w in words] == ["Oyelarán", "Brisbanè", "Quillon"]
    assert words[0].conf is not None and words[0].conf < 80
    assert words[2].conf == 93.0
    assert spelled == {"Oyelaran": "Oyelarán"}
    assert list(tmp_path.iterdir()) == []


def test_a_name_read_again_is_spelled_so_wherever_it_is_printed() -> None:
    page = [Word("Oyelaran,", 0, 10, 0, 5, conf=95.0), Word("Oyelarana", 20, 30, 0, 5, conf=95.0)]
    ocr_accents.spread([page], {"Oyelaran": "Oyelarán"})
    assert [w.text for w in page] == ["Oyelarán,", "Oyelarana"]
    assert page[0].conf is not None and page[0].conf < 80


def test_without_the_accent_language_words_stay_as_read(tmp_path) -> None:
    img, words = _page(["Oyelarán"])
    never = ReadSettings(ocr_accent_language="")
    assert ocr_accents.reread(img, words, SCALE, tmp_path, never) == {}
    assert not ocr_accents.installed("xx-not-a-language")
    assert [w.text for w in words] == ["Oyelaran"]


@pytest.mark.skipif(not ocr_accents.installed("spa"), reason="tesseract-ocr-spa not installed")
def test_a_lost_accent_is_read_from_the_print(monkeypatch, tmp_path) -> None:
    img, words = _page(["Oyelarán", "Mbeki"])
    monkeypatch.setattr(ocr_accents, "candidates", lambda img, words, scale, settings: words)
    ocr_accents.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert [w.text for w in words] == ["Oyelarán", "Mbeki"]


@pytest.mark.skipif(not ocr_accents.installed("spa"), reason="tesseract-ocr-spa not installed")
def test_a_name_is_read_again_without_the_word_beside_it(monkeypatch, tmp_path) -> None:
    img, (name,) = _page(["Lucía"])
    # the next word printed a narrow space after it (a third of the word's height)
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(vera), round(11 * DPI / 72))
    height = (name.bottom - name.top) / SCALE
    ImageDraw.Draw(img).text(
        (name.x1 / SCALE + 0.3 * height, int(0.3 * DPI)), "Underwood", font=font, fill=20
    )
    monkeypatch.setattr(ocr_accents, "candidates", lambda img, words, scale, settings: words)
    spelled = ocr_accents.reread(img, [name], SCALE, tmp_path, ReadSettings())
    # the next word's first stroke is no part of the piece read again
    assert name.text == "Lucía"
    assert spelled == {"Lucia": "Lucía"}
