"""The tesseract call's options for each prepared page (ocr_call.py): a speckled fax,
softened by scan_image.prepare, is thresholded by one level for the page."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from appealgen.read import ocr, ocr_call, scan_image
from appealgen.read.settings import ReadSettings


def _page(specks: int, grey: bool = False):
    """A page of short strokes as text prints; bilevel with ``specks`` lone black pixels
    of a fax line's noise, or a grey scan's (``grey``)."""
    from PIL import Image, ImageDraw

    rng = random.Random(5)
    img = Image.new("L", (900, 1200), 235 if grey else 255)
    draw = ImageDraw.Draw(img)
    for y in range(100, img.height - 60, 40):
        for x in range(60, img.width - 60, 24):
            draw.rectangle((x, y, x + 3, y + 16), fill=40 if grey else 0)
    for _ in range(specks):
        img.putpixel((rng.randrange(img.width), rng.randrange(img.height)), 0)
    return img


def test_only_a_softened_fax_is_read_with_the_fax_thresholding() -> None:
    settings = ReadSettings()
    fax = scan_image.prepare(_page(3000), 200, settings)
    assert scan_image.softened_fax(fax)
    chosen = ocr_call.for_page(fax, settings)
    assert chosen.ocr_thresholding == settings.ocr_fax_thresholding != settings.ocr_thresholding
    # a fax of clean strokes is read as it came, and a grey scan as ever
    for page in (_page(0), _page(0, grey=True)):
        ready = scan_image.prepare(page, 200, settings)
        assert not scan_image.softened_fax(ready)
        assert ocr_call.for_page(ready, settings) is settings
    # the method is a setting
    mine = ReadSettings(ocr_fax_thresholding=1)
    assert ocr_call.for_page(fax, mine).ocr_thresholding == 1
    # a speckled fax left as it came (never softened) is not marked
    never = ReadSettings(ocr_speckled_share=1.01)
    assert not scan_image.softened_fax(scan_image.prepare(_page(3000), 200, never))


def test_the_page_reader_calls_tesseract_with_the_pages_own_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def tesseract(image_path: Path, settings: ReadSettings) -> str:
        assert image_path.exists()
        seen.append(settings.ocr_thresholding)
        return "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

    monkeypatch.setattr(ocr_call, "tesseract_tsv", tesseract)
    settings = ReadSettings()
    read = ocr._page_reader(str(tmp_path), 72 / 200, settings)
    for page in (_page(3000), _page(0, grey=True)):
        words, kept = read(scan_image.prepare(page, 200, settings))
        assert words == [] and kept() == []
    assert seen == [settings.ocr_fax_thresholding, settings.ocr_thresholding]
