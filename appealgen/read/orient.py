"""A page fed in sideways or upside down, turned upright before it is read.

A page whose rows of print run down it (fed in sideways: its ink's profile changes far
more sharply across the page than down it) is asked of tesseract's orientation
detection before it is read, and read turned when that reads surely, so a sideways
page is read once, not twice. Most pages arrive upright, so orientation costs nothing
more until a reading looks wrong:
tesseract reads an upright page's words surely (most of them at 80-95) and a turned
page's as weak garbage (measured: 93% of an upright remittance's words read at least
60 surely, 24% of the same page upside down). Only then is the page's orientation asked
of tesseract's orientation and script detection (``--psm 0``, Debian's
tesseract-ocr-osd), on a copy at about 150 dpi; where that is not installed or not sure,
a band across the page's middle is read at each other quarter turn and the turn that
reads most surely wins. The turned page is kept only when it reads more surely than the
page as it came. The tolerances are ReadSettings' ``ocr_upright_*`` and ``ocr_osd_*``.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..isolate import preexec
from ..patterns import compiled
from .extract import Word
from .scan_image import prepare
from .settings import DEFAULT_SETTINGS, ReadSettings

if TYPE_CHECKING:
    from PIL import Image

# a page image read: its words at once, and a call for the words to keep, which may read
# parts of the page again (garbled lines), so it is made only for the reading kept
Reading = tuple[list[Word], Callable[[], list[Word]]]
Reader = Callable[["Image.Image"], Reading]
_ROTATE = compiled(r"^Rotate:\s*(\d+)\s*$", re.M)
_CONFIDENCE = compiled(r"^Orientation confidence:\s*([\d.]+)\s*$", re.M)
OSD_TIMEOUT_S = 60


def sure_share(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """The share of the words with a letter or digit that OCR read at least
    ``ocr_upright_confidence`` surely (0 for a page of no such words)."""
    confs = [100.0 if w.conf is None else w.conf for w in words if any(c.isalnum() for c in w.text)]
    if not confs:
        return 0.0
    return sum(c >= settings.ocr_upright_confidence for c in confs) / len(confs)


def osd_turn(img: Image.Image, dpi: float, settings: ReadSettings = DEFAULT_SETTINGS) -> int | None:
    """The clockwise quarter turn (0, 90, 180, 270) that makes ``img`` upright by
    tesseract's orientation detection; None when it is not installed or not sure."""
    factor = max(1, round(dpi / settings.ocr_osd_dpi))
    with tempfile.TemporaryDirectory(prefix="appealgen-osd-") as tmp:
        path = Path(tmp) / "page.pgm"
        img.reduce(factor).save(path)
        try:
            proc = subprocess.run(
                ["tesseract", str(path), "stdout", "--psm", "0", "--dpi", str(round(dpi / factor))],
                capture_output=True,
                timeout=OSD_TIMEOUT_S,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                check=False,
                preexec_fn=preexec(),
            )
        except (subprocess.TimeoutExpired, OSError):
            return None
    out = proc.stdout.decode("utf-8", "replace")
    turn, sure = _ROTATE.search(out), _CONFIDENCE.search(out)
    if proc.returncode != 0 or not turn or not sure:
        return None  # no osd.traineddata, or too little text to tell
    if float(sure.group(1)) < settings.ocr_osd_confidence:
        return None
    return int(turn.group(1)) % 360


def band_turn(
    img: Image.Image, dpi: float, read: Reader, settings: ReadSettings = DEFAULT_SETTINGS
) -> int:
    """The clockwise quarter turn whose band across the page's middle (``ocr_turn_band``
    of its height) reads most surely; 0 when none reads more surely than the page as is."""
    best, most = 0, -1.0
    for turn in (0, 180, 90, 270):
        turned = img.rotate(-turn, expand=True) if turn else img
        half = turned.height * settings.ocr_turn_band / 2
        middle = turned.height / 2
        band = turned.crop((0, int(middle - half), turned.width, int(middle + half)))
        share = sure_share(read(prepare(band, dpi, settings))[0], settings)
        if share > most:
            best, most = turn, share
    return best


def quarter_turned(img: Image.Image, settings: ReadSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``img``'s rows of print run down the page (fed in sideways): the ink's
    profile across the page changes ``ocr_turn_profile`` times as sharply from one
    column to the next as its profile down the page does from row to row (upright print:
    its rows and the gaps between them). The page's edges (``ocr_turn_margin`` of it each
    side: a scanner lid's dark, a table under a photo) are left out."""
    from PIL import Image, ImageOps

    small = img.reduce(max(1, min(img.size) // 600))
    mx, my = (
        round(small.width * settings.ocr_turn_margin),
        round(small.height * settings.ocr_turn_margin),
    )
    small = ImageOps.invert(small.crop((mx, my, small.width - mx, small.height - my)))

    def sharpness(profile: bytes) -> float:
        steps = [(a - b) ** 2 for a, b in zip(profile, profile[1:], strict=False)]
        return sum(steps) / max(1, len(steps))

    rows = sharpness(small.resize((1, small.height), Image.BOX).tobytes())
    columns = sharpness(small.resize((small.width, 1), Image.BOX).tobytes())
    return columns > settings.ocr_turn_profile * rows


def read_upright(
    img: Image.Image, dpi: float, read: Reader, settings: ReadSettings = DEFAULT_SETTINGS
) -> tuple[Image.Image, list[Word]]:
    """The page image ``img`` (mode L, as scanned) made ready by ``scan_image.prepare``
    and read by ``read``, turned upright first when its reading looks wrong: (the image
    read, its words)."""
    if settings.ocr_orientation and quarter_turned(img, settings):
        turn = osd_turn(img, dpi, settings)  # asked first: the page as it came reads badly
        if turn in (90, 270):
            turned = prepare(img.rotate(-turn, expand=True), dpi, settings)
            words, kept = read(turned)
            if sure_share(words, settings) >= settings.ocr_upright_share:
                return turned, kept()
    ready = prepare(img, dpi, settings)
    words, kept = read(ready)
    share = sure_share(words, settings)
    if not settings.ocr_orientation or share >= settings.ocr_upright_share:
        return ready, kept()
    turn = osd_turn(ready, dpi, settings)
    if turn is None:
        turn = band_turn(img, dpi, read, settings)
    if not turn:
        return ready, kept()
    turned = prepare(img.rotate(-turn, expand=True), dpi, settings)
    again, kept_again = read(turned)
    if sure_share(again, settings) > share:
        return turned, kept_again()
    return ready, kept()
