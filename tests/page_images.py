"""Grey page images for OCR tests: a sheet of paper and the font to print on it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont


def blank(
    size: tuple[int, int], points: float = 10, dpi: int = 300
) -> tuple[Image.Image, ImageDraw.ImageDraw, ImageFont.FreeTypeFont]:
    """A grey sheet of ``size`` pixels, its pen, and Vera (reportlab's font) at ``points``."""
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(vera), round(points * dpi / 72))
    img = Image.new("L", size, 236)
    return img, ImageDraw.Draw(img), font
