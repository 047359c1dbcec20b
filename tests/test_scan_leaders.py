"""Dotted leaders and dotted rules taken off a scanned page before OCR.

tesseract reads a row of dots between a label and its value ("Billed ........ $660.00")
as letters ("eunvase", "SPOUT.OO") and loses the label and the value with it. The
page images here are drawn with Pillow's own font, so nothing depends on the fonts
installed; they are not any sample's wording.
"""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from appealgen.read import scan_image
from appealgen.read.settings import ReadSettings


def _page(rows: list[tuple[str, str, str]], dpi: int, size_pt: float = 9.0):
    """A grey, softened page of ``rows`` (label, filler, value); the boxes of the
    labels and values, and of each filler."""
    font = ImageFont.load_default(size=round(size_pt * dpi / 72))
    img = Image.new("L", (int(7.5 * dpi), int(0.4 * dpi) * (len(rows) + 1)), 236)
    draw = ImageDraw.Draw(img)
    words, fillers = [], []
    for i, (label, filler, value) in enumerate(rows):
        y = int(0.3 * dpi) + i * int(0.4 * dpi)
        x = int(0.3 * dpi)
        words.append(draw.textbbox((x, y), label, font=font))
        draw.text((x, y), label, font=font, fill=25)
        x = words[-1][2] + int(0.05 * dpi)
        if filler:
            fillers.append(draw.textbbox((x, y), filler, font=font))
            draw.text((x, y), filler, font=font, fill=25)
            x = fillers[-1][2] + int(0.05 * dpi)
        if value:
            words.append(draw.textbbox((x, y), value, font=font))
            draw.text((x, y), value, font=font, fill=25)
    return img.filter(ImageFilter.GaussianBlur(0.6 * dpi / 200)), words, fillers


ROWS = [
    ("Amount charged", "." * 60, "$1,240.50"),
    ("Group no.", ". " * 30, "XK-4471.2"),
    ("Reason", "", "CO-96 and N130 apply... see the back, p. 2."),
    ("Dx codes", "", "O92.79, Z39.1 - F53.0"),
]


def _unchanged(before: Image.Image, after: Image.Image, box) -> bool:
    return ImageChops.difference(before.crop(box), after.crop(box)).getbbox() is None


def test_leaders_are_painted_out_and_every_word_kept() -> None:
    for dpi in (150, 200, 300):
        img, words, fillers = _page(ROWS, dpi)
        out = scan_image.remove_leaders(img, dpi)
        for box in words:  # decimal points, hyphens, an ellipsis and a period stay
            assert _unchanged(img, out, box), f"{dpi} dpi: a word at {box} was touched"
        for x0, y0, x1, y1 in fillers:
            inner = out.crop((x0 + 4, y0, x1 - 4, y1 + 2))
            assert min(inner.get_flattened_data()) > 200, f"{dpi} dpi: a leader's dot was kept"


def test_a_page_without_leaders_is_left_as_it_is() -> None:
    img, words, _ = _page([r for r in ROWS if not r[1]] * 3, 300, size_pt=7.0)
    assert scan_image.remove_leaders(img, 300) is img


def test_leaders_are_kept_when_no_dot_run_is_long_enough() -> None:
    img, _, fillers = _page(ROWS[:1], 300)
    never = ReadSettings(ocr_leader_full=256)
    assert scan_image.remove_leaders(img, 300, never) is img
    assert fillers


def test_a_bilevel_page_is_told_from_a_grey_scan() -> None:
    img, _, _ = _page(ROWS[:2], 200)
    assert not scan_image.bilevel(img)
    assert scan_image.bilevel(img.point(lambda v: 0 if v < 160 else 255))


SMALL = [
    ("Preventive visit, 45 min", "", "Breast pump rental (weekly)"),
    ("Infant feeding eval", "", "see note 3; bill ref. 0091-A"),
]


def test_a_small_font_is_never_taken_for_dots() -> None:
    for dpi in (150, 200, 300):
        for size in (4.5, 5.0, 6.0):
            img, _, _ = _page(SMALL, dpi, size_pt=size)
            assert scan_image.leader_mask(img, dpi).getbbox() is None, f"{dpi} dpi {size} pt"
