"""A photographed page straightened (read/page_edges.py): its corners found on what it
lies on, pulled out to a rectangle; scans and pages filling the picture left as they are."""

from __future__ import annotations

import pytest

from appealgen.read import page_edges, scan_image
from appealgen.read.settings import ReadSettings

DPI = 100


def _page():
    """A letter page at 100 dpi: rows of strokes, as text prints."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (850, 1100), 230)
    draw = ImageDraw.Draw(img)
    for y in range(80, 1020, 30):
        for x in range(80, 770, 18):
            draw.rectangle((x, y, x + 9, y + 10), fill=40)
    return img


def _photographed(page, lean: float = 0.04, dim: bool = False):
    """``page`` on a dark table, seen from one side: its right edge shorter than its
    left, by ``lean`` of the picture's width at the top and at the bottom. ``dim``: lit
    from the lower right, the upper left in under half the light (its paper then darker
    than the table at the lower right)."""
    from PIL import Image, ImageChops

    table = Image.new("L", (int(page.width * 1.2), int(page.height * 1.15)), 110 if dim else 80)
    table.paste(page, (int(page.width * 0.1), int(page.height * 0.07)))
    w, h = table.size
    d = lean * w
    # the part of the table each corner of the picture shows: a page seen from one side
    quad = (0, -d, 0, h + d, w, h - d, w, d)
    photo = table.transform(table.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=80)
    if dim:
        down = Image.linear_gradient("L")  # dark at the top
        light = ImageChops.multiply(down, down.transpose(Image.Transpose.ROTATE_90))
        light = light.resize(photo.size).point(lambda v: 115 + v * 140 // 255)
        photo = ImageChops.multiply(photo, light)
    return photo


def _row_angles(img) -> tuple[float, float]:
    """The skew of the rows in the top third and in the bottom third of ``img``."""
    top = img.crop((0, 0, img.width, img.height // 3))
    bottom = img.crop((0, 2 * img.height // 3, img.width, img.height))
    return scan_image.skew_angle(top), scan_image.skew_angle(bottom)


@pytest.mark.parametrize("dim", [False, True], ids=["even light", "light falling off"])
def test_a_page_seen_from_one_side_is_pulled_out_to_a_rectangle(dim: bool) -> None:
    photo = _photographed(_page(), dim=dim)
    top, bottom = _row_angles(photo)
    assert abs(top - bottom) >= 1.0  # no one turn levels every row of the photo
    quad = page_edges.page_quad(photo, DPI)
    assert len(quad) == 4
    out = page_edges.straighten(photo, DPI)
    # the picture's size, the page where it lay, on white instead of the table
    assert out.size == photo.size
    page = out.point(lambda v: 255 if v < 250 else 0).getbbox()
    assert abs((page[2] - page[0]) - 850) < 0.1 * 850 and abs((page[3] - page[1]) - 1100) < 110
    assert abs(page[0] - 0.1 * 850) < 40 and abs(page[1] - 0.07 * 1100) < 40
    top, bottom = _row_angles(out)
    assert abs(top) <= 0.35 and abs(bottom) <= 0.35  # every row level


def test_a_scan_or_a_page_filling_the_picture_is_left_as_it_is() -> None:
    page = _page()
    assert page_edges.page_quad(page, DPI) == []
    assert page_edges.straighten(page, DPI) is page
    # a band across a photo's middle (orient.py reads one): the table only at its ends
    photo = _photographed(_page(), lean=0.0)
    band = photo.crop((0, 500, photo.width, 800))
    assert page_edges.straighten(band, DPI) is band


def test_straightening_is_a_setting() -> None:
    photo = _photographed(_page())
    assert page_edges.straighten(photo, DPI, ReadSettings(ocr_edge_straighten=False)) is photo
    # a page no lighter than what it lies on is not told from it
    flat = ReadSettings(ocr_edge_contrast=255.0)
    assert page_edges.straighten(photo, DPI, flat) is photo
