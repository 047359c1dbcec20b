"""read/dither.py: a dithered black-and-white page told from one sent from a threshold,
counted on the picture as stored, and the fax preparation each kind gets."""

from __future__ import annotations

import io
import random

from appealgen.read import dither, page_image, scan_image
from appealgen.read.settings import ReadSettings


def _grey_page(seed: int = 4):
    """A fax's page before it is made black and white, at 200 x 100 dpi (mode L): rows of
    dark strokes with light grey strokes beside them, as small print's edges and a grey
    font are."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (850, 500), 255)
    draw = ImageDraw.Draw(img)
    rng = random.Random(seed)
    for y in range(40, 460, 24):
        for x in range(40, 810, 14):
            draw.rectangle((x, y, x + 2, y + 8), fill=rng.randrange(0, 40))
            draw.rectangle((x + 3, y, x + 5, y + 8), fill=rng.randrange(150, 200))
    return img


def _noise(bits, seed: int = 5):
    """``bits`` (mode L, 0 and 255) with a fax line's lone black specks."""
    rng = random.Random(seed)
    for _ in range(bits.width * bits.height // 150):
        bits.putpixel((rng.randrange(bits.width), rng.randrange(bits.height)), 0)
    return bits


def _dithered(seed: int = 4):
    return _noise(_grey_page(seed).convert("1").convert("L"))  # Floyd-Steinberg's dots


def _thresholded(seed: int = 4):
    return _noise(_grey_page(seed).point(lambda v: 0 if v < 128 else 255))


def test_a_dithered_page_has_its_dots_one_white_pixel_apart_and_a_thresholded_one_not() -> None:
    least = ReadSettings().ocr_dither_gaps
    assert dither.dither_gaps(_dithered()) >= 2 * least
    assert dither.dither_gaps(_thresholded()) < least / 2
    assert dither.dithered(_dithered()) and not dither.dithered(_thresholded())
    from PIL import Image

    assert dither.dither_gaps(Image.new("L", (40, 40), 255)) == 0.0  # no ink
    # where a page counts as dithered is a setting
    assert dither.dithered(_thresholded(), ReadSettings(ocr_dither_gaps=0.0))


def test_a_page_carries_the_count_made_on_its_picture_as_stored() -> None:
    from PIL import Image

    stored = _dithered()
    # enlarged to OCR's resolution, each row tripled and each column doubled: the gaps
    # widen and the page as it is read counts next to none
    big = stored.resize((stored.width * 2, stored.height * 3), Image.NEAREST)
    assert not dither.dithered(big)
    assert not dither.from_bilevel_picture(big)
    big = dither.marked(big, stored)
    assert dither.from_bilevel_picture(big)
    assert dither.dithered(big) and dither.dithered(big.rotate(90, expand=True))
    assert not dither.dithered(dither.marked(big.copy(), _thresholded()))


def test_a_bilevel_pdf_page_carries_its_stored_pictures_count() -> None:
    import pypdfium2 as pdfium

    for bits, dots in ((_dithered(), True), (_thresholded(), False)):
        out = io.BytesIO()
        bits.convert("1").save(out, "PDF", dpi=(200, 100))
        page = pdfium.PdfDocument(out.getvalue())[0]
        img = page_image.rendered(page, 300)
        assert dither.from_bilevel_picture(img)
        assert dither.dithered(img) is dots


def test_a_grey_pdf_page_carries_no_count() -> None:
    import pypdfium2 as pdfium

    out = io.BytesIO()
    _grey_page().save(out, "PDF", resolution=200.0)
    page = pdfium.PdfDocument(out.getvalue())[0]
    assert not dither.from_bilevel_picture(page_image.rendered(page, 300))


def _at_ocr_dpi(bits):
    """A fax's page (200 x 100 dpi) as it is read: each row doubled, carrying its count."""
    from PIL import Image

    return dither.marked(bits.resize((bits.width, bits.height * 2), Image.NEAREST), bits)


def test_only_a_dithered_fax_loses_only_its_lone_specks_and_is_darkened() -> None:
    dots, solid = _at_ocr_dpi(_dithered()), _at_ocr_dpi(_thresholded())
    plain = ReadSettings(ocr_fax_gamma=1.0)
    everything = ReadSettings(ocr_lone_speck_in2=0.0)  # lone specks never taken out
    # a dithered page's greys, once softened, are darkened, and its lone specks go
    ready = scan_image.prepare(dots, 200)
    assert scan_image.softened_fax(ready)
    flat = scan_image.prepare(dots, 200, plain)
    assert sum(ready.histogram()[:128]) > sum(flat.histogram()[:128])
    assert scan_image.prepare(dots, 200, everything).tobytes() != ready.tobytes()
    # a thresholded one is softened as it was before: its specks (ocr_speck_in2) taken
    # out and its greys as the blur left them, whatever ocr_fax_gamma and the lone
    # specks' settings say
    ready = scan_image.prepare(solid, 200)
    assert scan_image.softened_fax(ready)
    assert scan_image.prepare(solid, 200, plain).tobytes() == ready.tobytes()
    assert scan_image.prepare(solid, 200, everything).tobytes() == ready.tobytes()
    # where a page counts as dithered is ocr_dither_gaps
    as_dots = ReadSettings(ocr_dither_gaps=0.0)
    assert scan_image.prepare(solid, 200, as_dots).tobytes() != ready.tobytes()
