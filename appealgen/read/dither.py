"""Whether a black-and-white page was dithered: its greys sent as patterns of dots.

A fax machine turns a page into black and white in one of two ways. Dithered, each grey
becomes dots (a light stroke's edges, a grey stroke, shading), and along a row those
dots stand one white pixel apart. From a threshold, each pixel is black where the page
was darker than one level: strokes with clean edges, and a one-pixel white gap between
black pixels only where two strokes nearly touch. So the one-pixel white gaps of a row,
per black pixel, tell the two apart: on the 128 pages of the dev halves of seven sample
sets sent each way (benchmarks/scan_looks.py's fax and fax204), 0.065-0.435 dithered,
0.010-0.022 from a threshold (``ReadSettings.ocr_dither_gaps``).

The count is made at the resolution the page was stored at: an enlargement widens every
gap. A page read from a PDF's or an image file's bilevel picture carries the count made
on that picture (``marked``); a page without one is measured as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from PIL import Image

_GAPS = "appealgen_dither_gaps"  # the count a page's stored bilevel picture gave


def dither_gaps(img: Image.Image) -> float:
    """One-pixel white gaps between two black pixels of a row of the bilevel page ``img``
    (mode L or 1, at its stored resolution), per black pixel; 0 for a page with no ink."""
    from PIL import ImageChops

    ink = img.convert("L").point(lambda v: 255 if v < 128 else 0)
    black = ink.histogram()[255]
    if not black:
        return 0.0
    # a white pixel with black on its left and on its right (offset wraps a row round:
    # its two end pixels, nothing beside a page's width)
    left, right = ImageChops.offset(ink, 1, 0), ImageChops.offset(ink, -1, 0)
    gaps = ImageChops.multiply(ImageChops.multiply(ImageChops.invert(ink), left), right)
    return gaps.histogram()[255] / black


def marked(img: Image.Image, stored: Image.Image) -> Image.Image:
    """``img`` (the page as it is read) carrying the count (``dither_gaps``) of ``stored``,
    the bilevel picture it was made from at the picture's own resolution."""
    img.info[_GAPS] = dither_gaps(stored)
    return img


def from_bilevel_picture(img: Image.Image) -> bool:
    """Whether ``img`` was made from a bilevel picture (``marked``): black and white as
    stored, whatever greys an enlargement gave it."""
    return _GAPS in img.info


def dithered(img: Image.Image, settings: ReadSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the bilevel page ``img`` was dithered: at least ``ocr_dither_gaps`` one-pixel
    white gaps per black pixel, as its stored picture was counted (``marked``) or, without
    that count, as ``img`` is."""
    gaps = img.info.get(_GAPS)
    if gaps is None:
        gaps = dither_gaps(img)
    return gaps >= settings.ocr_dither_gaps
