"""Pages scanned in black and white: scan_gap.py's bilevel ``--look``s.

An office scanner or copier set to black and white stores each page as a 1-bit picture
(CCITT in the PDF), most often at 200 dpi; a fax machine sends one at 204 x 98 dpi
(``scan_looks.fax204``) or dithers it (``scan_looks.fax``). Each look here is one function
``look(data, dpi, seed) -> (bytes, suffix)`` like scan_looks.py's, seeded:

- ``bw``: scanned at 200 dpi, a little tilted, grain and blur as a flatbed's, then cut
  at one grey level to black and white (light strokes thin, a bold one thickens);
- ``bwdither``: the same page dithered to black and white (greys as patterns of dots);
- ``bwspeck``: ``bw`` with line noise, specks of black and dropped pixels over the page;
- ``bwskew``: ``bw`` turned 1.5 to 3 degrees.

``dpi`` is not used: a black-and-white scan has its own, ``BW_DPI``.
"""

from __future__ import annotations

import random

BW_DPI = 200
BILEVEL_LOOKS = ("bw", "bwdither", "bwspeck", "bwskew")


def _grey(data: bytes, rng: random.Random, tilt: tuple[float, float]):
    """Each page of ``data`` as the scanner's sensor sees it before it is made black and
    white: at ``BW_DPI``, turned ``tilt`` degrees (its way by seed), grainy, soft (mode L)."""
    import blind
    import generate as g
    from PIL import Image, ImageFilter

    for page in blind._rendered(data, BW_DPI):
        angle = rng.uniform(*tilt) * rng.choice((-1, 1))
        page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        page = g._noisy(page, rng, rng.uniform(6, 10))
        yield page.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.75)))


def _cut(page, rng: random.Random):
    """``page`` cut at one grey level to black and white (mode 1)."""
    cut = rng.randrange(110, 170)  # low: light strokes thin and break; high: bold ones fill
    return page.point(lambda v, cut=cut: 0 if v < cut else 255).convert("1")


def _speckled(bits, rng: random.Random):
    """``bits`` (mode 1) with a scanner's or a line's noise: lone black specks and small
    clumps on the paper, and white pixels dropped from the print."""
    from PIL import Image, ImageChops, ImageFilter

    page = bits.convert("L")
    noise = Image.frombytes("L", page.size, rng.randbytes(page.width * page.height))
    share = rng.randrange(1, 4)  # of 256: 0.4-1.2% of the pixels
    specks = noise.point(lambda v, s=share: 0 if v < s else 255)
    clumps = noise.point(lambda v: 0 if v == 255 else 255).filter(ImageFilter.MinFilter(3))
    page = ImageChops.darker(page, ImageChops.darker(specks, clumps))
    page = ImageChops.lighter(page, noise.point(lambda v: 255 if 250 <= v < 254 else 0))
    return page.convert("1")


def _pdf(pages: list, rng: random.Random) -> tuple[bytes, str]:
    import scan_looks

    return scan_looks._pdf(pages, BW_DPI, rng), ".pdf"


def bw(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned in black and white at 200 dpi: one grey level cuts ink from paper."""
    rng = random.Random(seed)
    return _pdf([_cut(p, rng) for p in _grey(data, rng, (0.2, 1.0))], rng)


def bwdither(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned in black and white at 200 dpi, dithered: its greys as patterns of dots."""
    rng = random.Random(seed)
    pages = []
    for page in _grey(data, rng, (0.2, 1.0)):
        lift = rng.randrange(0, 40)  # a lighter setting: light strokes go to sparse dots
        pages.append(page.point(lambda v, lift=lift: min(255, v + lift)).convert("1"))
    return _pdf(pages, rng)


def bwspeck(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned in black and white at 200 dpi, with specks and dropped pixels."""
    rng = random.Random(seed)
    return _pdf([_speckled(_cut(p, rng), rng) for p in _grey(data, rng, (0.2, 1.0))], rng)


def bwskew(data: bytes, dpi: int, seed: int) -> tuple[bytes, str]:
    """Scanned in black and white at 200 dpi, turned 1.5 to 3 degrees."""
    rng = random.Random(seed)
    return _pdf([_cut(p, rng) for p in _grey(data, rng, (1.5, 3.0))], rng)


MAKERS = {"bw": bw, "bwdither": bwdither, "bwspeck": bwspeck, "bwskew": bwskew}
