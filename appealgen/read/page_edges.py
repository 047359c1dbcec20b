"""A photographed page straightened: its four corners found and pulled out to a rectangle.

A phone sees a page from one side: its edges are not parallel, so its rows of print
slope by different angles at the top and at the bottom of the page, and no one turn
makes them all level (tesseract then reads two rows as one). Where the page lies on
something darker than itself (a table, a desk) the page is the light shape in the
picture: it is found on a coarse copy of the paper's grey (``scan_image.paper_map``),
its corners are the points of that shape furthest towards each corner of the picture,
and the quadrilateral they make is mapped onto a rectangle where the page lies, on
white (what the page lay on is not read). A
scan, or a photo with no edge of the page in sight, is returned as it is. Only Pillow
is used: a page costs a few hundredths of a second. The tolerances are ReadSettings'
``ocr_edge_*`` fields.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .scan_image import ink_threshold, paper_map
from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from PIL import Image

Point = tuple[float, float]


def _border_share(mask: Image.Image) -> float:
    """The share of the pixels along ``mask``'s four edges that are 0 (not the page)."""
    w, h = mask.size
    px = mask.load()
    edge = [px[x, 0] for x in range(w)] + [px[x, h - 1] for x in range(w)]
    edge += [px[0, y] for y in range(h)] + [px[w - 1, y] for y in range(h)]
    return sum(v == 0 for v in edge) / len(edge)


def _corners(mask: Image.Image) -> list[Point]:
    """The page's (white in ``mask``) upper-left, lower-left, lower-right and upper-right
    corners: its points furthest towards each corner of the picture."""
    w, h = mask.size
    data = mask.tobytes()
    ul = lr = ll = ur = None
    for y in range(h):
        row = data[y * w : (y + 1) * w]
        first, last = row.find(b"\xff"), row.rfind(b"\xff")
        if first < 0:
            continue
        for x in (first, last):
            if ul is None or x + y < ul[0] + ul[1]:
                ul = (x, y)
            if lr is None or x + y > lr[0] + lr[1]:
                lr = (x, y)
            if ll is None or y - x > ll[1] - ll[0]:
                ll = (x, y)
            if ur is None or x - y > ur[0] - ur[1]:
                ur = (x, y)
    return [ul, ll, lr, ur] if ul is not None else []


def _angles_square(quad: list[Point], most: float) -> bool:
    """Each corner of ``quad`` within ``most`` degrees of a right angle."""
    for i in range(4):
        (ax, ay), (bx, by), (cx, cy) = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = (ax - bx, ay - by), (cx - bx, cy - by)
        norm = math.hypot(*u) * math.hypot(*v)
        if not norm:
            return False
        angle = math.degrees(math.acos(max(-1.0, min(1.0, (u[0] * v[0] + u[1] * v[1]) / norm))))
        if abs(angle - 90) > most:
            return False
    return True


def _area(quad: list[Point]) -> float:
    return abs(sum(quad[i - 1][0] * quad[i][1] - quad[i][0] * quad[i - 1][1] for i in range(4)) / 2)


def _page_mask(paper: Image.Image, level: int, dpi: float, settings: ReadSettings) -> Image.Image:
    """White (255) where ``paper`` (a coarse paper map at ``dpi``) shows the page: near
    an edge (within ``ocr_edge_window_in`` the lightest grey is ``ocr_edge_ratio`` times
    the darkest) a grey above the two's geometric middle, as light falls on a page and
    its table alike; away from any edge a grey above ``level``. Only the part joined to
    the picture's middle is kept; all black when the middle is not the page."""
    from PIL import ImageDraw, ImageFilter, ImageMath

    size = max(3, round(settings.ocr_edge_window_in * dpi) | 1)
    low, high = paper.filter(ImageFilter.MinFilter(size)), paper.filter(ImageFilter.MaxFilter(size))
    tenths = round(settings.ocr_edge_ratio * 10)
    mask = ImageMath.lambda_eval(
        lambda a: (
            (
                (a["high"] * 10 >= a["low"] * tenths) * (a["v"] * a["v"] > a["low"] * a["high"])
                + (a["high"] * 10 < a["low"] * tenths) * (a["v"] > level)
            )
            * 255
        ),
        v=paper,
        low=low,
        high=high,
    ).convert("L")
    # a bright thing on the table (a reflection) smaller than a few coarse pixels goes
    mask = mask.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))
    middle = (mask.width // 2, mask.height // 2)
    if mask.getpixel(middle) != 255:
        return mask.point(lambda v: 0)
    ImageDraw.floodfill(mask, middle, 128, thresh=0)
    return mask.point(lambda v: 255 if v == 128 else 0)


def page_quad(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Point]:
    """The page's four corners in ``img`` (mode L) (upper-left, lower-left, lower-right,
    upper-right, in its pixels), or [] when no page lies on something darker in it."""
    paper = paper_map(img, dpi, settings)
    factor = img.width / paper.width
    level = ink_threshold(paper)
    hist = paper.histogram()
    dark, light = sum(hist[: level + 1]), sum(hist[level + 1 :])
    if not dark or not light:
        return []
    dark_mean = sum(v * c for v, c in enumerate(hist[: level + 1])) / dark
    light_mean = sum(v * c for v, c in enumerate(hist) if v > level) / light
    if light_mean - dark_mean < settings.ocr_edge_contrast:
        return []
    if _border_share(paper.point(lambda v: 255 if v > level else 0)) < (
        settings.ocr_edge_border_share
    ):
        return []  # the picture's edges are mostly paper: a scan, or a page filling it
    mask = _page_mask(paper, level, dpi / factor, settings)
    quad = [(x * factor, y * factor) for x, y in _corners(mask)]
    if len(quad) < 4 or _area(quad) < settings.ocr_edge_min_page * img.width * img.height:
        return []
    if not _angles_square(quad, settings.ocr_edge_max_angle):
        return []
    corners = [(0, 0), (0, img.height), (img.width, img.height), (img.width, 0)]
    if all(math.dist(p, c) <= 2 * factor for p, c in zip(quad, corners, strict=True)):
        return []  # the page is the whole picture
    return quad


def straighten(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """``img`` (mode L) cut to the page it shows and pulled out to a rectangle, when it
    is a photo of a page lying on something darker; otherwise ``img`` as it is."""
    from PIL import Image

    if not settings.ocr_edge_straighten:
        return img
    quad = page_quad(img, dpi, settings)
    if not quad:
        return img
    (ulx, uly), (llx, lly), (lrx, lry), (urx, ury) = quad
    # the rectangle the page is pulled out to lies where the page lies, so what is read
    # on it stays near its place in the picture (the review's crops are cut from that)
    left, right = (ulx + llx) / 2, (urx + lrx) / 2
    top, bottom = (uly + ury) / 2, (lly + lry) / 2
    size = (max(1, round(right - left)), max(1, round(bottom - top)))
    data = (ulx, uly, llx, lly, lrx, lry, urx, ury)
    page = img.transform(size, Image.QUAD, data, resample=Image.BICUBIC, fillcolor=255)
    out = Image.new("L", img.size, 255)
    out.paste(page, (round(left), round(top)))
    return out
