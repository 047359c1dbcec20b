"""A scanned page image made ready for OCR: turned level, table rules taken out.

tesseract reads a ruled table badly: a cell border running under or beside the
words makes it drop whole rows (measured on scanned remittances with ruled
claim tables: 227 of 313 words kept with the rules, 296 without). Rules are
found as long straight runs of ink, which text never makes, and painted white
with the faint grey a scanner blurs beside them (left behind, a rule's edges read
as "~—S»s-" between the cells and cost whole rows); only Pillow is used (box
filters and lookup tables), so a page costs a fraction of a second. The sizes and
levels are ReadSettings' ``ocr_*`` fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from PIL import Image

_SOFTENED = "appealgen_softened_fax"  # the mark a softened fax's prepared image carries


def ink_threshold(img: Image.Image) -> int:
    """Otsu's grey level between ink and paper for ``img`` (mode L)."""
    hist = img.histogram()[:256]
    total = sum(hist)
    sum_all = sum(i * c for i, c in enumerate(hist))
    w_dark = s_dark = 0
    best, level = -1.0, 128
    for t, count in enumerate(hist):
        w_dark += count
        if w_dark == 0:
            continue
        w_light = total - w_dark
        if w_light == 0:
            break
        s_dark += t * count
        gap = s_dark / w_dark - (sum_all - s_dark) / w_light
        between = w_dark * w_light * gap * gap
        if between > best:
            best, level = between, t
    return level


def paper_level(img: Image.Image, ink: int) -> int:
    """The grey of the paper: the middle of the pixels lighter than the ``ink`` level."""
    light = img.histogram()[ink + 1 : 256]
    half, seen = sum(light) / 2, 0
    for i, count in enumerate(light):
        seen += count
        if seen >= half:
            return ink + 1 + i
    return 255


def rule_mask(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """White (255) where ``img`` has ink, or a rule's faint edge, belonging to a long
    straight rule."""
    from PIL import ImageChops, ImageFilter

    level = ink_threshold(img)
    ink = img.point(lambda v: 255 if v <= level else 0)
    faint = level + (paper_level(img, level) - level) * settings.ocr_rule_fringe
    marked = img.point(lambda v: 255 if v <= faint else 0)
    across = max(10, int(settings.ocr_rule_width_in * dpi / 2))  # box radii: half the window
    down = max(5, int(settings.ocr_rule_height_in * dpi / 2))
    side = max(2, round(dpi / 100))  # a blurred rule's edges, a few pixels either side
    full_at = settings.ocr_rule_full
    masks = []
    for window, grow in (((across, 0), (across, side)), ((0, down), (side, down))):
        full = ink.filter(ImageFilter.BoxBlur(window)).point(lambda v: 255 if v >= full_at else 0)
        # from the window's centres back to the rule's whole length, and its edges across
        masks.append(full.filter(ImageFilter.BoxBlur(grow)).point(lambda v: 255 if v else 0))
    return ImageChops.multiply(ImageChops.lighter(masks[0], masks[1]), marked)


def remove_rules(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """``img`` with table rules and cell borders painted white, words left as they are."""
    from PIL import Image

    mask = rule_mask(img, dpi, settings)
    if not mask.getbbox():
        return img
    return Image.composite(Image.new("L", img.size, 255), img, mask)


def leader_mask(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """White (255) around the dots of a dotted leader ("Billed ........ $660.00") or a
    dotted rule: ink with nothing above or below it for ``ocr_leader_clear_in`` (a dot,
    never a letter's stroke), in a row where such ink fills at least ``ocr_leader_full``
    (0-255) of ``ocr_leader_reach_in`` either side. A decimal point, a hyphen or an
    ellipsis has too few dots beside it to be taken."""
    from PIL import ImageChops, ImageFilter

    def px(inches: float) -> int:
        return max(1, round(inches * dpi))

    level = ink_threshold(img)
    ink = img.point(lambda v: 255 if v <= level else 0)
    # a leader's dots are small and print faint: their grey counts as well as their ink
    faint = level + (paper_level(img, level) - level) * settings.ocr_rule_fringe
    clear, beside = px(settings.ocr_leader_clear_in), px(0.04)
    alone = img.point(lambda v: 255 if v <= faint else 0)
    for sign in (-1, 1):  # the band above, then the band below
        near, far = clear, round(2.5 * clear)
        band = ink.filter(ImageFilter.BoxBlur((beside, max(1, (far - near) // 2))))
        band = ImageChops.offset(band, 0, -sign * (near + far) // 2)
        alone = ImageChops.multiply(alone, band.point(lambda v: 255 if v <= 12 else 0))
    # a letter's foot or a serif is clear above and below too, but longer than a dot:
    # what stays inked over a dot's width is a bar, taken out with its whole length
    dot = px(settings.ocr_leader_dot_in / 2)
    bars = alone.filter(ImageFilter.BoxBlur((dot, 0))).point(lambda v: 255 if v >= 250 else 0)
    bars = bars.filter(ImageFilter.BoxBlur((dot, 0))).point(lambda v: 255 if v else 0)
    alone = ImageChops.subtract(alone, bars)
    # and a small font's letters are clear above and below as well, but their strokes
    # stand taller than a dot: ink that stays inked over a dot's height, and what lies
    # within a letter's width of it, is print, never a leader's dots
    marked = img.point(lambda v: 255 if v <= faint else 0)
    tall = marked.filter(ImageFilter.BoxBlur((0, dot))).point(lambda v: 255 if v >= 250 else 0)
    letter = px(settings.ocr_leader_dot_in)
    near_tall = tall.filter(ImageFilter.BoxBlur((letter, dot))).point(lambda v: 255 if v else 0)
    alone = ImageChops.subtract(alone, near_tall)
    reach, full_at = px(settings.ocr_leader_reach_in), settings.ocr_leader_full
    run = alone.filter(ImageFilter.BoxBlur((reach, 0))).point(lambda v: 255 if v >= full_at else 0)
    # and it is many dots, not a letter's foot beside a comma: where each dot starts
    starts = ImageChops.subtract(alone, ImageChops.offset(alone, 1, 0))
    fewest = settings.ocr_leader_dots * 255 / (2 * reach + 1)
    many = starts.filter(ImageFilter.BoxBlur((reach, 0))).point(lambda v: 255 if v >= fewest else 0)
    run = ImageChops.multiply(run, many)
    # from the run's middle out to its last dots (a comma in the value after it is
    # further), then a blurred dot's edges with it
    ends = max(1, reach // 3)
    run = run.filter(ImageFilter.BoxBlur((ends, 0))).point(lambda v: 255 if v else 0)
    side = max(2, round(dpi / 100))
    dots = ImageChops.multiply(run, alone)
    return dots.filter(ImageFilter.BoxBlur((2 * side, side))).point(lambda v: 255 if v else 0)


def remove_leaders(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """``img`` with dotted leaders and dotted rules painted the paper's grey: tesseract
    reads a leader as a line of letters ("eunvase", "takueneniaeee") and loses the label
    and the value either side of it."""
    from PIL import Image

    mask = leader_mask(img, dpi, settings)
    if not mask.getbbox():
        return img
    paper = paper_level(img, ink_threshold(img))
    return Image.composite(Image.new("L", img.size, paper), img, mask)


def skew_angle(img: Image.Image, settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """The angle (degrees) that makes the text rows of ``img`` level.

    Projection profile: rotate a small inverted copy through candidate angles and keep
    the one whose row sums are the most contrasted (text rows and gaps line up).
    """
    from PIL import Image, ImageOps

    factor = max(1, img.width // 700)
    small = ImageOps.invert(img.reduce(factor))

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=Image.BILINEAR)
        rows = turned.resize((1, small.height), Image.BOX).tobytes()
        return float(sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False)))

    most = settings.ocr_max_skew
    best = max((a / 4 for a in range(int(-most * 4), int(most * 4) + 1)), key=sharpness)
    return max((best + a / 20 for a in range(-5, 6)), key=sharpness)


def deskew(img: Image.Image, settings: ReadSettings = DEFAULT_SETTINGS) -> Image.Image:
    """``img`` (mode L) turned level; a level page is returned as it is."""
    from PIL import Image

    angle = skew_angle(img, settings)
    if abs(angle) < 0.1:
        return img
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)


def paper_map(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS, fine: bool = False
) -> Image.Image:
    """The paper's grey under each pixel of ``img``, at a coarse resolution: the lightest
    grey within ``ocr_paper_window_in`` (wider than any stroke), smoothed. ``fine``: within
    ``ocr_paper_fine_window_in``, at ``ocr_paper_fine_dpi``, narrower than a banded row,
    then the darkest of that within the same window (a shaded band's paper reaches its
    own edges: the lightest alone took the white paper's beside it there, and left a dark
    strip along each edge of the band that the rules' mask painted out with the print in
    it), smoothed over ``ocr_paper_fine_blur_in``."""
    from PIL import ImageFilter

    window = settings.ocr_paper_fine_window_in if fine else settings.ocr_paper_window_in
    factor = max(1, round(dpi / (settings.ocr_paper_fine_dpi if fine else settings.ocr_paper_dpi)))
    small = img.reduce(factor)
    size = max(3, round(window * dpi / factor) | 1)
    light = small.filter(ImageFilter.MaxFilter(size))
    if not fine:
        return light.filter(ImageFilter.BoxBlur(size // 2))
    closed = light.filter(ImageFilter.MinFilter(size))
    return closed.filter(ImageFilter.BoxBlur(round(settings.ocr_paper_fine_blur_in * dpi / factor)))


def flatten(img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS) -> Image.Image:
    """``img`` on white paper everywhere, when its paper is uneven (a photo's light
    falling off, shaded panels, banded rows) or dark: each pixel divided by the paper's
    grey under it. Ink keeps its darkness against the paper it was printed on, so one
    level tells ink from paper across the page (the rules' and leaders' masks use one),
    and tesseract reads a shaded row's words as it reads a white row's. A page whose
    paper is even and light (a flatbed scan) is returned as it is. What is darker than
    ``ocr_paper_floor`` is not paper (the table under a photographed page): it is made
    white, not its grain made print."""
    from PIL import Image, ImageMath

    paper = paper_map(img, dpi, settings)
    hist = paper.histogram()
    total, seen, low, middle = sum(hist), 0, -1, 255
    for level, count in enumerate(hist):
        seen += count
        if low < 0 and seen >= settings.ocr_paper_low_share * total:
            low = level
        if seen >= total / 2:
            middle = level
            break
    if middle - low < settings.ocr_paper_spread and middle >= settings.ocr_dark_paper:
        return img
    # the grey each pixel is divided by, measured closer: a banded row or a narrow shaded
    # panel is narrower than the window that tells whether a page is even (measured on
    # it, their rows stay grey, and the rules' mask takes them for ink and paints out
    # their words)
    paper = paper_map(img, dpi, settings, fine=True).resize(img.size, Image.BILINEAR)
    out = ImageMath.lambda_eval(lambda a: a["page"] * 255 / (a["paper"] + 1), page=img, paper=paper)
    # darker than any paper: the table a photo was taken on, left white, not its grain
    beyond = paper.point(lambda v: 255 if v < settings.ocr_paper_floor else 0)
    return Image.composite(Image.new("L", img.size, 255), out.convert("L"), beyond)


def bilevel(img: Image.Image, settings: ReadSettings = DEFAULT_SETTINGS) -> bool:
    """A page of only black and white: a fax, a scanner's 1-bit mode."""
    hist = img.histogram()
    return hist[0] + hist[255] >= settings.ocr_bilevel_share * sum(hist)


def _specks(
    img: Image.Image, dpi: float, settings: ReadSettings
) -> tuple[Image.Image, Image.Image]:
    """(ink, specks) of a bilevel page ``img``: white (255) where it has ink, and where
    that ink is a speck, a black pixel with no more than ``ocr_speck_in2`` square inches
    of black (itself included) in the 5 x 5 pixels around it."""
    from PIL import ImageChops, ImageFilter

    ink = img.point(lambda v: 255 if v < 128 else 0)
    near = ink.filter(ImageFilter.Kernel((5, 5), [1] * 25, scale=25))
    most = min(24, int(settings.ocr_speck_in2 * dpi * dpi)) * 255 // 25
    return ink, ImageChops.multiply(ink, near.point(lambda v: 255 if v <= most else 0))


def speck_share(img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """The share of a bilevel page's ink that is specks (``_specks``): a dithered fax
    with line noise, 0.04-0.17; a fax sent from a threshold, or clean print, under 0.01."""
    return _share(*_specks(img, dpi, settings))


def _share(ink: Image.Image, specks: Image.Image) -> float:
    black = ink.histogram()[255]
    return specks.histogram()[255] / black if black else 0.0


def _without(img: Image.Image, specks: Image.Image) -> Image.Image:
    from PIL import Image

    if not specks.getbbox():
        return img
    return Image.composite(Image.new("L", img.size, 255), img, specks)


def lone_specks(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """White (255) where a bilevel page ``img`` has a lone speck: a black pixel with no
    more than ``ocr_lone_speck_in2`` square inches of black within ``ocr_lone_speck_reach_in``
    of it (itself included), a fax line's noise. A dithered light stroke's dots stand
    closer to each other than that and stay, to be softened into its grey."""
    from PIL import ImageChops, ImageFilter

    ink = img.point(lambda v: 255 if v < 128 else 0)
    reach = max(2, round(settings.ocr_lone_speck_reach_in * dpi))
    near = ink.filter(ImageFilter.BoxBlur(reach))  # the share of black around each pixel
    most = settings.ocr_lone_speck_in2 * dpi * dpi * 255 / (2 * reach + 1) ** 2
    return ImageChops.multiply(ink, near.point(lambda v: 255 if v <= most else 0))


def despeckle(
    img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> Image.Image:
    """A bilevel page (``img``, mode L) without its lone specks (``lone_specks``), as a
    fax line's noise prints, painted white. A letter's stroke, the dot over an i, a
    decimal point or a light stroke's dithered dots have more black around them."""
    if settings.ocr_lone_speck_in2 <= 0:
        return img
    return _without(img, lone_specks(img, dpi, settings))


def darkened(img: Image.Image, gamma: float) -> Image.Image:
    """``img`` (mode L) with its mid-greys darkened by ``gamma`` (1: as it is): a softened
    fax's light strokes, dithered dots made grey, read as ink beside its bold print."""
    if gamma == 1.0:
        return img
    return img.point([round(255 * (v / 255) ** gamma) for v in range(256)])


def softened_fax(img: Image.Image) -> bool:
    """Whether ``img`` is a speckled fax ``prepare`` softened: tesseract then tells its
    ink from its paper by one level for the page (``ocr_fax_thresholding``)."""
    return bool(img.info.get(_SOFTENED))


def prepare(img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS) -> Image.Image:
    """A page image (mode L, ``dpi`` dots per inch) as tesseract reads it best. A bilevel
    page whose ink is speckled (``ocr_speckled_share``: line noise, dithering) has its
    specks taken out and, once turned level, is softened, its letters' stepped edges made
    grey as a grey scan's are: tesseract reads the steps of a coarse fax as strokes
    ("239.4" for "Z39.1"); such a page is marked (``softened_fax``). A dithered page
    (``dither.dithered``) loses only its lone specks (``despeckle``), keeping a light
    stroke's dots, and once softened has its mid-greys darkened (``darkened``): tesseract
    reads a light stroke's sparse dots as nothing. A bilevel
    page of clean strokes is read as it came. A photographed page is cut from what it
    lies on and pulled out to a rectangle (``page_edges``), then evened out (``flatten``)."""
    from PIL import ImageFilter

    from .dither import dithered

    soften = dots = False
    if bilevel(img, settings):
        ink, specks = _specks(img, dpi, settings)
        soften = _share(ink, specks) >= settings.ocr_speckled_share
        dots = soften and dithered(img, settings)
        if soften:  # a dithered page keeps its light strokes' dots; a thresholded one has none
            img = despeckle(img, dpi, settings) if dots else _without(img, specks)
    else:
        from .page_edges import straighten  # it measures the paper as flatten does

        img = flatten(straighten(img, dpi, settings), dpi, settings)
    img = deskew(img, settings)
    grow = round(settings.ocr_bilevel_grow_in * dpi)
    if soften and grow > 0:  # a fax's thin strokes made as thick as print's
        img = img.filter(ImageFilter.MinFilter(2 * grow + 1))
    if soften and settings.ocr_bilevel_blur_in > 0:
        img = img.filter(ImageFilter.GaussianBlur(settings.ocr_bilevel_blur_in * dpi))
        img = darkened(img, settings.ocr_fax_gamma) if dots else img
    ready = remove_leaders(remove_rules(img, dpi, settings), dpi, settings)
    if soften:
        ready.info[_SOFTENED] = True
    return ready
