"""Page images as they arrive, beyond a flatbed scanner: scan_gap.py's ``--look``.

Each look is one small function ``look(data, dpi, seed) -> (bytes, suffix)`` that turns
a text PDF into what a person would upload, seeded so a run is the same on every machine:

- ``sideways``: every page scanned and fed in a quarter turn (left or right, by seed);
- ``upside``: every page scanned upside down;
- ``fax``: sent as a standard-resolution fax (200 x 100 dpi, bilevel, dithered, thin
  strokes, line noise), received at 200 x 200 dpi by doubling each row;
- ``photo``: every page shot with a phone (perspective, tilt up to 3 degrees, light
  falling off across the page, low contrast, blur): one page as a JPEG, more as a PDF of
  photos, as a phone's scanning app makes;
- ``shaded``: scanned on grey paper, with shaded panels and banded table rows;
- ``lowdpi``: scanned at 100 or 150 dpi, as an office scanner's smallest files are;
- ``fax204``: a fax at its standard resolution kept as it came, 204 x 98 dpi (half as
  many rows as columns, each pixel twice as tall as wide), thresholded, not doubled;
- ``jpeg``: scanned at 200 dpi and saved as a heavily compressed JPEG (quality 12-25);
- ``skew``: scanned turned 1.5 to 3 degrees;
- ``border``: scanned on grey paper with the scanner lid's dark edges beside the page;
- ``landscape``: each page printed shrunk to fit a landscape sheet, then scanned;
- ``bw``, ``bwdither``, ``bwspeck``, ``bwskew``: scanned in black and white at 200 dpi
  (``benchmarks/bilevel_looks.py``).

The flatbed scanner itself (``samples/blind.py``) stays scan_gap.py's default look.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))

import bilevel_looks  # noqa: E402  - benchmarks/bilevel_looks.py: black-and-white scans

LOOKS = ("sideways", "upside", "fax", "photo", "shaded", "lowdpi", "fax204", "jpeg", "skew",
         "border", "landscape", *bilevel_looks.BILEVEL_LOOKS)  # fmt: skip
FAX_DPI = (200, 100)  # across, down: a fax's standard resolution
FAX_FINE_DPI = (204, 98)  # across, down: as a fax machine's standard mode really samples


def _pdf(
    pages: list, dpi: float | tuple[float, float], rng: random.Random, quality: int = 0
) -> bytes:
    """An image-only PDF of ``pages``: greys as JPEG (a scanner's quality, or ``quality``),
    bilevel as is; ``dpi`` one resolution, or (across, down)."""
    import generate as g
    from PIL import Image

    images = []
    for page in pages:
        if page.mode == "1":
            images.append(page)
            continue
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=quality or rng.randrange(50, 62))
        images.append(Image.open(io.BytesIO(buf.getvalue())))
    across, down = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], dpi=(across, down),
                   creationDate=g._SCAN_DATE, modDate=g._SCAN_DATE, producer="scanner")  # fmt: skip
    return out.getvalue()


def _scanned(data: bytes, dpi: int, rng: random.Random) -> list:
    """Each page of ``data`` as the sample sets' flatbed scanner returns it."""
    import blind

    fam = SimpleNamespace(dpi=dpi)
    return [blind._paper(p, rng, fam) for p in blind._rendered(data, dpi)]


def sideways(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned, each page fed in a quarter turn one way or the other."""
    from PIL import Image

    rng = random.Random(seed)
    turn = rng.choice((Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270))
    return _pdf([p.transpose(turn) for p in _scanned(data, dpi, rng)], dpi, rng), ".pdf"


def upside(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned, each page upside down."""
    from PIL import Image

    rng = random.Random(seed)
    pages = [p.transpose(Image.Transpose.ROTATE_180) for p in _scanned(data, dpi, rng)]
    return _pdf(pages, dpi, rng), ".pdf"


def _sent(data: bytes, rng: random.Random, dpi: tuple[int, int], tilt: float):
    """Each page of ``data`` as a fax machine reads it: at ``dpi`` (across, down), fed in
    tilted 0.2 to ``tilt`` degrees one way or the other (mode L)."""
    import blind
    from PIL import Image

    across, down = dpi
    for page in blind._rendered(data, across):
        page = page.rotate(rng.uniform(0.2, tilt) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                           fillcolor=255)  # fmt: skip
        yield page.resize((page.width, page.height * down // across), Image.BOX)


def fax(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Sent by fax: read at 200 x 100 dpi, a little tilted, light strokes thinned by the
    sender's threshold, dithered to black and white, a few specks and dropped pixels on
    the line, each row doubled by the receiver. ``dpi`` is not used: a fax has its own."""
    from PIL import Image, ImageChops

    rng = random.Random(seed)
    across, down = FAX_DPI
    out = []
    for page in _sent(data, rng, FAX_DPI, 1.0):
        lift = rng.randrange(30, 60)  # a light stroke falls on the paper side of the dither
        page = page.point(lambda v, lift=lift: min(255, v + lift))
        bits = page.convert("1")  # Floyd-Steinberg dither
        noise = Image.frombytes("L", bits.size, rng.randbytes(bits.width * bits.height))
        more = Image.frombytes("L", bits.size, rng.randbytes(bits.width * bits.height))
        specks = ImageChops.lighter(noise, more.point(lambda v: 0 if v < 64 else 255))
        specks = specks.point(lambda v: 0 if v < 1 else 255).convert("1")
        drops = noise.point(lambda v: 255 if v > 253 else 0).convert("1")
        bits = ImageChops.logical_or(ImageChops.logical_and(bits, specks), drops)
        out.append(bits.resize((bits.width, bits.height * across // down), Image.NEAREST))
    return _pdf(out, across, rng), ".pdf"


def _photographed(page, rng: random.Random):
    """One page shot with a phone: on a table, seen from one side, tilted, lit from one
    corner, low in contrast, soft and grainy (mode L)."""
    import generate as g
    from PIL import Image, ImageChops, ImageFilter

    ink, paper = rng.randrange(50, 80), rng.randrange(200, 225)
    page = page.point(lambda v: ink + v * (paper - ink) // 255)
    w, h = page.size
    table = Image.new("L", (int(w * 1.14), int(h * 1.1)), rng.randrange(60, 110))
    table.paste(page, (int(w * 0.07), int(h * 0.05)))
    tw, th = table.size
    skew = [rng.uniform(-0.035, 0.035) * tw for _ in range(8)]
    quad = (skew[0], skew[1], skew[2], th + skew[3], tw + skew[4], th + skew[5], tw + skew[6],
            skew[7])  # fmt: skip
    photo = table.transform(table.size, Image.QUAD, quad, resample=Image.BICUBIC,
                            fillcolor=int(table.getpixel((0, 0))))  # fmt: skip
    photo = photo.rotate(rng.uniform(1.0, 3.0) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                         fillcolor=int(table.getpixel((0, 0))))  # fmt: skip
    light = Image.radial_gradient("L").resize((photo.width * 2, photo.height * 2))
    corner = (rng.randrange(2) * photo.width, rng.randrange(2) * photo.height)
    light = light.crop((*corner, corner[0] + photo.width, corner[1] + photo.height))
    photo = ImageChops.multiply(photo, light.point(lambda v: 255 - v * 45 // 100))
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
    return g._noisy(photo, rng, 4)


def photo(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Every page photographed with a phone: one page as the phone's JPEG, several as
    the PDF a scanning app makes of its photos."""
    import blind

    rng = random.Random(seed)
    pages = [_photographed(p, rng) for p in blind._rendered(data, dpi)]
    if len(pages) == 1:
        buf = io.BytesIO()
        pages[0].convert("RGB").save(buf, "JPEG", quality=72)
        return buf.getvalue(), ".jpg"
    return _pdf(pages, dpi, rng), ".pdf"


def _shade(page, rng: random.Random, dpi: int):
    """``page`` on grey paper, with two or three shaded panels and a run of banded rows."""
    grey = rng.randrange(175, 215)
    page = page.point(lambda v: v * grey // 255)
    w, h = page.size

    def band(top: float, height: float, left: float, right: float, grey: int) -> None:
        box = (int(left * w), int(top), int(right * w), int(top + height))
        region = page.crop(box).point(lambda v: v * grey // 255)
        page.paste(region, box[:2])

    for _ in range(rng.randrange(2, 4)):
        top = rng.uniform(0.05, 0.85) * h
        left = rng.choice((0.0, rng.uniform(0.03, 0.4)))
        band(top, rng.uniform(0.3, 1.4) * dpi, left, rng.uniform(max(left + 0.3, 0.6), 1.0),
             rng.randrange(150, 200))  # fmt: skip
    row, top = rng.uniform(0.16, 0.22) * dpi, rng.uniform(0.3, 0.6) * h
    for i in range(rng.randrange(6, 14)):
        if i % 2 == 0:
            band(top + i * row, row, 0.0, 1.0, rng.randrange(175, 215))
    return page


def shaded(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned on grey paper, with shaded panels and banded rows under the print."""
    import blind

    rng = random.Random(seed)
    fam = SimpleNamespace(dpi=dpi)
    pages = [blind._paper(_shade(p, rng, dpi), rng, fam) for p in blind._rendered(data, dpi)]
    return _pdf(pages, dpi, rng), ".pdf"


def _grainy(page, rng: random.Random, dpi: int, paper: tuple[int, int] = (232, 244)):
    """``page`` as a scanner returns it, not turned: soft, grainy, on ``paper``'s grey."""
    import generate as g
    from PIL import ImageFilter

    page = g._noisy(page, rng, rng.uniform(7, 10))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.75) * dpi / 200))
    grey, ink = rng.randrange(*paper), rng.randrange(18, 40)
    return page.point(lambda x: ink + x * (grey - ink) // 255)


def lowdpi(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned at 100 or 150 dpi (``dpi`` is not used)."""
    rng = random.Random(seed)
    low = rng.choice((100, 150))
    return _pdf(_scanned(data, low, rng), low, rng), ".pdf"


def fax204(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """A fax in standard mode as it came: 204 dpi across, 98 down, a threshold's black and
    white, a little tilted, thin strokes, specks on the line (``dpi`` is not used)."""
    from PIL import Image, ImageChops

    rng = random.Random(seed)
    out = []
    for page in _sent(data, rng, FAX_FINE_DPI, 1.2):
        cut = rng.randrange(110, 150)  # a light stroke falls on the paper side of it
        bits = page.point(lambda v, cut=cut: 0 if v < cut else 255)
        noise = Image.frombytes("L", bits.size, rng.randbytes(bits.width * bits.height))
        bits = ImageChops.darker(bits, noise.point(lambda v: 0 if v < 2 else 255))
        bits = ImageChops.lighter(bits, noise.point(lambda v: 255 if v > 252 else 0))
        out.append(bits.convert("1"))
    return _pdf(out, FAX_FINE_DPI, rng), ".pdf"


def jpeg(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned at 200 dpi and saved as a JPEG of quality 12-25 (``dpi`` is not used)."""
    rng = random.Random(seed)
    return _pdf(_scanned(data, 200, rng), 200, rng, quality=rng.randrange(12, 26)), ".pdf"


def skew(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned turned 1.5 to 3 degrees one way or the other."""
    import blind
    from PIL import Image

    rng = random.Random(seed)
    pages = []
    for page in blind._rendered(data, dpi):
        angle = rng.uniform(1.5, 3.0) * rng.choice((-1, 1))
        page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        pages.append(_grainy(page, rng, dpi))
    return _pdf(pages, dpi, rng), ".pdf"


def _lid(page, rng: random.Random, dpi: int):
    """``page`` with the dark of the scanner's lid along two to four of its edges (a
    sheet smaller than the glass, or set off its corner), with a shadow into the page."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    w, h = page.size
    dark = Image.new("L", page.size, 255)
    draw = ImageDraw.Draw(dark)
    edges = rng.sample(("left", "top", "right", "bottom"), rng.randrange(2, 5))
    for edge in edges:
        depth = round(rng.uniform(0.08, 0.45) * dpi)
        box = {"left": (0, 0, depth, h), "top": (0, 0, w, depth),
               "right": (w - depth, 0, w, h), "bottom": (0, h - depth, w, h)}[edge]  # fmt: skip
        draw.rectangle(box, fill=rng.randrange(15, 70))
    dark = dark.filter(ImageFilter.GaussianBlur(dpi * 0.02))
    return ImageChops.darker(page, dark)


def border(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned on grey paper with the lid's dark edges beside the page."""
    import blind

    rng = random.Random(seed)
    pages = [
        _lid(_grainy(p, rng, dpi, paper=(170, 210)), rng, dpi) for p in blind._rendered(data, dpi)
    ]
    return _pdf(pages, dpi, rng), ".pdf"


def landscape(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Each page printed shrunk to fit a sheet turned the other way (a portrait page on
    a landscape sheet, a landscape one on a portrait sheet), centred, then scanned."""
    import blind
    from PIL import Image

    rng = random.Random(seed)
    pages = []
    for page in blind._rendered(data, dpi):
        w, h = page.size
        sheet = Image.new("L", (h, w), 255)
        fit = min(h / w, w / h) * rng.uniform(0.94, 0.98)
        small = page.resize((round(w * fit), round(h * fit)), Image.LANCZOS)
        sheet.paste(small, ((h - small.width) // 2, (w - small.height) // 2))
        pages.append(_grainy(sheet, rng, dpi))
    return _pdf(pages, dpi, rng), ".pdf"


def measured(
    data: bytes,
    dpi: int,
    seed: int,
    tilt: float | None = None,
    grain: float | None = None,
    font: float = 1.0,
) -> bytes:
    """Scanned as the flatbed scanner does (``samples/blind.py``), with one of its looks
    held fixed: turned ``tilt`` degrees (its way by seed) instead of 0.3-1.5, grain of
    ``grain`` grey levels instead of 7-10, the print shrunk to ``font`` of its size (a
    small font, drawn from the page's top left corner) - scan_gap.py's ``--tilt``,
    ``--grain`` and ``--font``, to find the look that loses."""
    import blind
    import generate as g
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    pages = []
    for page in blind._rendered(data, dpi):
        if font != 1.0:
            small = page.resize((round(page.width * font), round(page.height * font)),
                                Image.LANCZOS)  # fmt: skip
            page = Image.new("L", page.size, 255)
            page.paste(
                small, (round(page.width * (1 - font) / 4), round(page.height * (1 - font) / 4))
            )
        angle = rng.uniform(0.3, 1.5) if tilt is None else tilt
        angle *= rng.choice((-1, 1))
        if angle:
            page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        page = g._noisy(page, rng, rng.uniform(7, 10) if grain is None else grain)
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.75) * dpi / 200))
        paper, ink = rng.randrange(232, 244), rng.randrange(18, 40)
        pages.append(page.point(lambda x, paper=paper, ink=ink: ink + x * (paper - ink) // 255))
    return _pdf(pages, dpi, rng)


MAKERS = {"sideways": sideways, "upside": upside, "fax": fax, "photo": photo, "shaded": shaded,
          "lowdpi": lowdpi, "fax204": fax204, "jpeg": jpeg, "skew": skew, "border": border,
          "landscape": landscape, **bilevel_looks.MAKERS}  # fmt: skip


def make(look: str, data: bytes, dpi: int, seed: int) -> tuple[bytes, str, str]:
    """The text PDF ``data`` as ``look`` makes it: (bytes, suffix, what it is)."""
    scanned, suffix = MAKERS[look](data, dpi, seed)
    return scanned, suffix, look
