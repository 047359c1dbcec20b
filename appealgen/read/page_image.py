"""A scanned PDF page as the picture it holds, at the resolution OCR reads best.

A scanner stores each page as one picture at its own resolution (a small office
scanner's 100-200 dpi), and pdfium, asked for the page at OCR's resolution, enlarges
that picture with a coarse filter: its letters' edges come out stepped and soft, and
tesseract reads them worse (measured on a 100 dpi scan: 82% of the text PDF's words
read, 88% when the same picture is enlarged with a Lanczos filter). So a page that
is one grey picture covering the page, placed square and stored at under half OCR's
resolution, is taken from the file as it was stored and enlarged here. Any other page
is rendered by pdfium as before: text over the picture, several pictures, a turned
page, a picture at 150 dpi or finer (there the two enlargements read alike), and a
fax's black and white (pdfium's rendering, its specks then taken out and softened by
``scan_image.prepare``, reads a 204 x 98 dpi fax better than any enlargement of the
fax as stored: 90% of its words against 82-84%, its specks and thin strokes being
alike at its own resolution). The resolution a page is read at stays the one
``limits.ocr_dpi`` gave it. A fax sent as an image file (a TIFF in standard mode, 204 x
98 dpi) has pixels twice as tall as wide: its rows are made twice as tall before it is
read (``square_pixels``; read as stored, the page was half its height and its letters
squashed: 21% of the fields of eight such faxes read, 39% squared).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .dither import marked
from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from PIL import Image


def stored_picture(page: Any, settings: ReadSettings = DEFAULT_SETTINGS) -> Any | None:
    """The one picture object (pypdfium2) that makes the page ``page``: placed square
    and upright, covering at least ``ocr_native_cover`` of the page; None otherwise."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if page.get_rotation():
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != raw.FPDF_PAGEOBJ_IMAGE:
        return None
    picture = objects[0]
    if not isinstance(picture, pdfium.PdfImage):
        return None
    a, b, c, d, _, _ = picture.get_matrix().get()
    if b or c or a <= 0 or d <= 0:
        return None
    width, height = page.get_size()
    if a * d < settings.ocr_native_cover * width * height:
        return None
    return picture


def stored_dpi(picture: Any) -> tuple[float, float]:
    """(across, down): the resolution ``picture`` was stored at on its page."""
    a, _, _, d, _, _ = picture.get_matrix().get()
    px_w, px_h = picture.get_px_size()
    return px_w * 72.0 / a, px_h * 72.0 / d


def rendered(page: Any, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS) -> Image.Image:
    """The page ``page`` (pypdfium2) as a grey image at ``dpi``: its stored grey picture
    enlarged with a Lanczos filter when it was stored at under ``ocr_native_below`` of
    ``dpi``, else pdfium's rendering; a page that is one bilevel picture carries the
    picture's count of dithered dots (``dither.marked``)."""
    picture = stored_picture(page, settings) if settings.ocr_native_picture else None
    if picture is not None and picture.get_metadata().bits_per_pixel <= 1:
        # a fax's black and white, whether it was dithered counted on it as stored
        img = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
        return marked(img, picture.get_bitmap(render=False).to_pil())
    if picture is None or max(stored_dpi(picture)) >= settings.ocr_native_below * dpi:
        return page.render(scale=dpi / 72.0, grayscale=True).to_pil()
    stored = picture.get_bitmap(render=False).to_pil().convert("L")
    return _placed(stored, picture, page.get_size(), dpi)


def _placed(
    stored: Image.Image, picture: Any, page_size: tuple[float, float], dpi: float
) -> Image.Image:
    """``stored`` enlarged to ``dpi`` where ``picture`` lies on a page of ``page_size``
    (points), on white paper."""
    from PIL import Image

    width, height = page_size
    a, _, _, d, e, f = picture.get_matrix().get()
    scale = dpi / 72.0
    size = (math.ceil(width * scale), math.ceil(height * scale))  # as pdfium sizes it
    grown = stored.resize((max(1, round(a * dpi / 72)), max(1, round(d * dpi / 72))), Image.LANCZOS)
    if grown.size == size and not e and not f:
        return grown
    out = Image.new("L", size, 255)  # what the picture leaves of the page is paper
    out.paste(grown, (round(e * dpi / 72), round((height - f - d) * dpi / 72)))
    return out


def resized(
    img: Image.Image, size: tuple[int, int], settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """``img`` resized to ``size``: a bilevel page (a fax) pixel by pixel, so it stays the
    black and white ``scan_image.prepare`` takes a fax's specks from (as pdfium renders a
    fax in a PDF), any other with a Lanczos filter."""
    from PIL import Image

    from .scan_image import bilevel

    return img.resize(size, Image.NEAREST if bilevel(img, settings) else Image.LANCZOS)


def square_pixels(
    img: Image.Image, across: float, down: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """``img``, stored at ``across`` by ``down`` dots per inch, with square pixels at
    ``across``: a fax in standard mode (204 x 98 dpi) has each row made twice as tall
    (``resized``), as tall as the page it was; a page with square pixels, or whose
    resolution is not recorded, is returned as it is."""
    if across <= 0 or down <= 0 or abs(across - down) <= 0.02 * across:
        return img
    return resized(img, (img.width, max(1, round(img.height * across / down))), settings)
