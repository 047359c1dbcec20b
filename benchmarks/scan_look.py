"""How a scanned page looks, measured from the file itself: scan accuracy by kind of page.

``page_look(path)`` describes a scan's first page as ``kind|colour|dpi|pixels|turn``:

- ``kind``: ``pdf``, ``png``, ``jpg``, ``tif``...;
- ``colour``: ``bw`` (bilevel: one bit per pixel, as a fax is), ``gray`` or ``rgb``;
- ``dpi``: the resolution across the page, in buckets (``<130``, ``130-175``, ``175-250``,
  ``>250``); for a picture file, assuming letter paper;
- ``pixels``: ``iso`` when a pixel is as tall as wide, ``aniso`` when its two resolutions
  differ by over a quarter (a fax kept at 204 x 98 dpi);
- ``turn``: ``port`` or ``land`` by the page's width against its height (a picture
  file's: its pixels').

``benchmarks/accuracy.py`` scores the scans of a set under these keys too (``look:...``),
so a set nobody may look inside still says, as totals, which kind of page loses: a
bilevel fax, a low-resolution grey scan, a phone photo.
"""

from __future__ import annotations

from pathlib import Path

LETTER_IN = (8.5, 11.0)  # a picture file's page, across and down (portrait)
DPI_EDGES = ((130, "<130"), (175, "130-175"), (250, "175-250"))
ANISO = 0.25  # the two resolutions differ by more than this share: pixels are not square


def dpi_bucket(dpi: float) -> str:
    for edge, name in DPI_EDGES:
        if dpi < edge:
            return name
    return f">{DPI_EDGES[-1][0]}"


def _pdf_look(path: Path) -> tuple[str, float, float, bool] | None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        images = pdf.pages[0].images if pdf.pages else []
        if not images:
            return None
        im = max(images, key=lambda i: i["width"] * i["height"])
        sw, sh = im["srcsize"]
        bits, space = im.get("bits"), str(im.get("colorspace"))
        colour = "bw" if bits == 1 else "rgb" if "RGB" in space else "gray"
        return colour, sw / (im["width"] / 72), sh / (im["height"] / 72), im["width"] > im["height"]


def _picture_look(path: Path) -> tuple[str, float, float, bool]:
    from PIL import Image

    with Image.open(path) as img:
        sw, sh = img.size
        colour = {"1": "bw", "L": "gray"}.get(img.mode, "rgb")
    land = sw > sh
    across, down = (LETTER_IN[1], LETTER_IN[0]) if land else LETTER_IN
    return colour, sw / across, sh / down, land


def page_look(path: str | Path) -> str:
    """``pdf|bw|175-250|iso|port``: a scan's first page as measured (``unreadable`` if not)."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".") or "file"
    try:
        got = _pdf_look(path) if kind == "pdf" else _picture_look(path)
    except Exception:  # a benchmark's label: a file it cannot measure is a kind of its own
        return f"{kind}|unreadable"
    if got is None:
        return f"{kind}|no picture"
    colour, dx, dy, land = got
    pixels = "aniso" if abs(dx / dy - 1) > ANISO else "iso"
    return f"{kind}|{colour}|{dpi_bucket(dx)}|{pixels}|{'land' if land else 'port'}"
