"""Page images on uneven or dark paper, and faxes: scan_image.flatten and despeckle, and
the letter read through them (images made here: shaded panels, a fax's look)."""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read import scan_image
from appealgen.read.score import score
from appealgen.read.settings import ReadSettings

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "samples" / "summit_letter_medical_necessity"
# a fax read as it came, whatever its specks
RAW = ReadSettings(ocr_lone_speck_in2=0.0, ocr_bilevel_blur_in=0.0)
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


def _strokes(img, ink: int, top: int = 100) -> None:
    """Rows of short strokes, as text prints, from ``top`` down."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    for y in range(top, img.height - 60, 40):
        for x in range(60, img.width - 60, 24):
            draw.rectangle((x, y, x + 3, y + 16), fill=ink)


def test_a_shaded_panel_is_made_white_paper_and_its_print_stays_dark() -> None:
    from PIL import Image, ImageDraw

    img = Image.new("L", (900, 1200), 240)
    ImageDraw.Draw(img).rectangle((0, 300, 899, 600), fill=150)  # a shaded panel
    _strokes(img, 30)
    out = scan_image.flatten(img, 150)
    assert out is not img
    assert out.getpixel((30, 450)) >= 235  # the panel's paper, beside its print
    assert out.getpixel((30, 900)) >= 235  # white paper stays white
    assert out.getpixel((61, 468)) <= 90  # a stroke in the panel
    assert out.getpixel((61, 908)) <= 90


def test_banded_rows_are_made_white_paper_and_their_words_kept() -> None:
    """Rows banded grey, each narrower than the window that tells an uneven page from an
    even one (0.18 inches at 150 dpi), print below a shaded panel: a band's paper is
    evened out as a panel's is, and no word in it is taken for a rule and painted out."""
    from PIL import Image, ImageDraw

    dpi, band = 150, 27
    img = Image.new("L", (900, 1200), 235)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 150, 899, 450), fill=150)  # a shaded panel: the page is uneven
    for top in range(600, 950, 2 * band):
        draw.rectangle((0, top, 899, top + band - 1), fill=170)  # a banded row
        for x in range(60, 840, 20):
            draw.rectangle((x, top + 7, x + 3, top + 20), fill=40)  # its words' strokes
    out = scan_image.flatten(img, dpi)
    assert out.getpixel((30, 600 + band // 2)) >= 215  # a band's paper, between words
    assert out.getpixel((61, 613)) <= 90  # a stroke in a band
    strokes = [(x + 1, top + 13) for top in range(600, 950, 2 * band) for x in (60, 400, 820)]
    ready = scan_image.prepare(img, dpi)
    assert all(ready.getpixel(p) <= 110 for p in strokes)
    # measured at the coarse window instead, the bands stay grey and their words go
    coarse = ReadSettings(ocr_paper_fine_window_in=0.25, ocr_paper_fine_dpi=30.0)
    assert scan_image.flatten(img, dpi, coarse).getpixel((30, 600 + band // 2)) < 215
    assert all(scan_image.prepare(img, dpi, coarse).getpixel(p) == 255 for p in strokes)


def test_light_falling_off_across_a_photo_is_evened_out() -> None:
    from PIL import Image

    img = Image.linear_gradient("L").resize((900, 1200)).point(lambda v: 250 - v // 2)
    _strokes(img, 20)
    out = scan_image.flatten(img, 150)
    assert min(out.getpixel((30, y)) for y in range(20, 1180, 50)) >= 230
    assert out.getpixel((61, 1108)) <= 90  # a stroke where the light was dimmest


def test_an_even_light_page_is_read_as_it_came() -> None:
    from PIL import Image

    img = Image.new("L", (900, 1200), 238)
    _strokes(img, 25)
    assert scan_image.flatten(img, 150) is img
    never = ReadSettings(ocr_paper_spread=256, ocr_dark_paper=0)
    dark = Image.new("L", (900, 1200), 150)
    assert scan_image.flatten(dark, 150, never) is dark
    assert scan_image.flatten(dark, 150) is not dark  # grey paper is made white


def test_a_faxs_specks_are_taken_out_and_its_strokes_kept() -> None:
    from PIL import Image

    img = Image.new("L", (900, 1200), 255)
    _strokes(img, 0)
    specks = [(x, 70 + x % 3 * 7) for x in range(10, 890, 22)]
    for x, y in specks:
        img.putpixel((x, y), 0)
    out = scan_image.despeckle(img, 200)
    assert all(out.getpixel(p) == 255 for p in specks)
    assert out.getpixel((61, 108)) == 0 and out.getpixel((63, 116)) == 0
    assert scan_image.despeckle(out, 200) is out  # nothing left to take
    assert scan_image.despeckle(img, 200, RAW) is img  # ocr_lone_speck_in2=0: never


def _dithered_stroke(img, x: int, top: int, bottom: int) -> list[tuple[int, int]]:
    """A light stroke two fax pixels wide as a fax dithers it, at 300 dpi: dots a pixel
    wide and three rows tall (a 200 x 100 dpi fax's pixel), every row of dots shifted,
    none touching the next; the dots' pixels."""
    inked = []
    for k, y in enumerate(range(top, bottom, 3)):
        for dy in range(3):
            inked.append((x + (k % 2) * 2, y + dy))
    for p in inked:
        img.putpixel(p, 0)
    return inked


def test_a_light_strokes_dithered_dots_are_kept_and_the_lines_lone_specks_go() -> None:
    from PIL import Image

    img = Image.new("L", (600, 600), 255)
    stroke = _dithered_stroke(img, 100, 100, 160)
    lone = [(x, y) for x in range(220, 580, 40) for y in (300, 301, 302) if x % 80 == 20]
    for p in lone:
        img.putpixel(p, 0)
    out = scan_image.despeckle(img, 300)
    assert all(out.getpixel(p) == 255 for p in lone)
    ends = 6  # the dot at each end of the stroke has one neighbour less
    assert sum(out.getpixel(p) == 0 for p in stroke) >= len(stroke) - ends
    # what counts as lone is a setting: a reach too short to see the next dot takes them
    near = ReadSettings(ocr_lone_speck_reach_in=0.005)
    assert sum(scan_image.despeckle(img, 300, near).getpixel(p) == 0 for p in stroke) == 0


def test_a_softened_faxs_light_greys_are_darkened() -> None:
    from PIL import Image

    grey = Image.new("L", (4, 1), 0)
    grey.putdata([0, 128, 200, 255])
    assert list(scan_image.darkened(grey, 2.0).tobytes()) == [0, 64, 157, 255]
    assert scan_image.darkened(grey, 1.0) is grey
    img = Image.new("L", (600, 600), 255)
    _strokes(img, 0)
    rng = random.Random(2)
    for _ in range(2000):  # the line's noise makes the page a speckled fax
        img.putpixel((rng.randrange(600), rng.randrange(600)), 0)
    _dithered_stroke(img, 30, 100, 160)
    # a page counted as dithered (read/dither.py; any page, with ocr_dither_gaps 0)
    dots = ReadSettings(ocr_dither_gaps=0.0)
    ready = scan_image.prepare(img, 300, dots)
    assert scan_image.softened_fax(ready)
    flat = scan_image.prepare(img, 300, ReadSettings(ocr_dither_gaps=0.0, ocr_fax_gamma=1.0))
    # the dithered stroke softened to a grey, darker with the gamma than without
    middle = (31, 130)
    assert ready.getpixel(middle) < flat.getpixel(middle) < 255


def _fax_page(specks: int, seed: int = 3):
    """A bilevel page of strokes with ``specks`` lone black pixels of line noise."""
    from PIL import Image

    rng = random.Random(seed)
    img = Image.new("L", (900, 1200), 255)
    _strokes(img, 0)
    for _ in range(specks):
        img.putpixel((rng.randrange(img.width), rng.randrange(img.height)), 0)
    return img


def test_a_speckled_fax_is_told_from_a_fax_of_clean_strokes() -> None:
    clean, noisy = _fax_page(0), _fax_page(3000)
    assert scan_image.speck_share(clean, 200) == 0.0
    assert scan_image.speck_share(noisy, 200) >= ReadSettings().ocr_speckled_share
    # a clean fax is read as it came: only its rules and leaders would go, it has none
    assert scan_image.prepare(clean, 200).tobytes() == clean.tobytes()
    ready = scan_image.prepare(noisy, 200)
    # a speckled one is cleaned and softened: next to no lone black pixels, grey edges
    assert scan_image.speck_share(ready.point(lambda v: 0 if v < 128 else 255), 200) < 0.001
    assert any(ready.histogram()[1:255])
    # how much of its ink is specks before a fax counts as speckled is a setting
    never = ReadSettings(ocr_speckled_share=1.01)
    as_came = scan_image.prepare(noisy, 200, never)
    assert scan_image.speck_share(as_came, 200) >= ReadSettings().ocr_speckled_share
    assert not any(as_came.histogram()[1:255])


def _letter_page(dpi: int):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(LETTER.with_suffix(".pdf")))
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def _faxed(seed: int = 5) -> bytes:
    """The sample letter as a standard-resolution fax: 200 x 100 dpi, light strokes,
    dithered, line noise, each row doubled by the receiver."""
    from PIL import Image

    rng = random.Random(seed)
    page = _letter_page(200)
    page = page.resize((page.width, page.height // 2), Image.BOX).point(lambda v: min(255, v + 45))
    bits = page.convert("1")
    for _ in range(bits.width * bits.height // 800):
        bits.putpixel((rng.randrange(bits.width), rng.randrange(bits.height)), 0)
    bits = bits.resize((bits.width, bits.height * 2), Image.NEAREST)
    out = io.BytesIO()
    bits.save(out, "PDF", resolution=200.0)
    return out.getvalue()


def _shaded() -> bytes:
    """The sample letter scanned on grey paper with two dark panels under its print."""
    page = _letter_page(200)
    for top, grey in ((300, 150), (900, 170)):
        box = (0, top, page.width, top + 260)
        page.paste(page.crop(box).point(lambda v, g=grey: v * g // 255), box[:2])
    page = page.point(lambda v: v * 205 // 255)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=200.0)
    return out.getvalue()


@needs_tesseract
@pytest.mark.parametrize(
    ("make", "settings", "floor"),
    [(_faxed, ReadSettings(), 0.9), (_shaded, ReadSettings(), 0.95)],
    ids=["fax", "shaded"],
)
def test_the_letter_faxed_or_shaded_reads(tmp_path: Path, make, settings, floor: float) -> None:
    want = json.loads(LETTER.with_suffix(".expected.json").read_text(encoding="utf-8"))
    path = tmp_path / "in.pdf"
    path.write_bytes(make())
    s = score(parse_file(path, settings=settings).to_dict(), want, name="in")
    assert s.accuracy >= floor, "\n".join(s.misses)


def test_a_shaded_bands_edges_are_paper_and_the_print_along_them_is_kept() -> None:
    """Bands shaded darker than the window that finds the paper is wide: the paper
    measured reaches each band's own edges, so no dark strip is left along an edge for
    the rules' mask to take for a rule and paint out with the words printed in it."""
    from PIL import Image, ImageDraw

    dpi = 150
    img = Image.new("L", (900, 1200), 240)
    draw = ImageDraw.Draw(img)
    bands = range(300, 1000, 120)
    for top in bands:
        draw.rectangle((0, top, 899, top + 59), fill=120)  # a band 0.4 inches high
        for x in range(60, 840, 20):  # a row of print along its top edge
            draw.rectangle((x, top + 3, x + 3, top + 16), fill=20)
    out = scan_image.flatten(img, dpi)
    assert all(out.getpixel((30, top + y)) >= 215 for top in bands for y in (10, 49))
    ready = scan_image.prepare(img, dpi)
    strokes = [(x + 1, top + 10) for top in bands for x in (60, 400, 820)]
    assert all(ready.getpixel(p) <= 110 for p in strokes)
