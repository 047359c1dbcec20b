"""Crops for the review form: the place on the page where each value was read,
rendered into the upload's private folder.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from ..models import ParseResult
from .review_form import review_paths, where_read

MAX_CROPS = 80  # crops rendered per notice
CROP_SCALE = 2.0  # render scale of a page (144 dpi): small text stays legible
# around the printed words, in PDF points: wide to the left so the label shows too
CROP_MARGIN_LEFT_PT = 90.0
CROP_MARGIN_PT = 3.0
CROP_MAX_WIDTH_PX = 640
log = logging.getLogger(__name__)
_CROP_NAME = re.compile(r"crop-\d{1,3}\.png")


def render_crops(source: Path, result: ParseResult, folder: Path) -> dict[str, str]:
    """A small PNG of the page around each reviewed value that has a page and a box;
    ``{path: file name}``. A notice that cannot be rendered simply gets no crops."""
    wanted = [
        (path, ev)
        for path, _, _ in review_paths(result)
        if (ev := where_read(result, path)) is not None and ev.page and ev.bbox
    ][:MAX_CROPS]
    if not wanted:
        return {}
    try:
        pages = _page_images(source, {ev.page for _, ev in wanted if ev.page})
    except Exception as e:  # noqa: BLE001 - crops are a help; the form works without them
        log.info("no crops (%s)", type(e).__name__)
        return {}
    out: dict[str, str] = {}
    for n, (path, ev) in enumerate(wanted):
        page = pages.get(ev.page or 0)
        if page is None or not ev.bbox:
            continue
        image, scale = page
        x0, top, x1, bottom = ev.bbox
        box = (
            max(0, int((x0 - CROP_MARGIN_LEFT_PT) * scale)),
            max(0, int((top - CROP_MARGIN_PT) * scale)),
            min(image.width, int((x1 + 4 * CROP_MARGIN_PT) * scale)),
            min(image.height, int((bottom + CROP_MARGIN_PT) * scale)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        crop = image.crop(box)
        if crop.width > CROP_MAX_WIDTH_PX:
            ratio = CROP_MAX_WIDTH_PX / crop.width
            crop = crop.resize((CROP_MAX_WIDTH_PX, max(1, int(crop.height * ratio))))
        name = f"crop-{n}.png"
        crop.save(folder / name, format="PNG")
        out[path] = name
    return out


def _page_images(source: Path, numbers: set[int]) -> dict[int, tuple[Any, float]]:
    """{page number: (PIL image, pixels per PDF point)} for the pages asked for."""
    from PIL import Image

    with source.open("rb") as f:
        is_pdf = f.read(5) == b"%PDF-"
    out: dict[int, tuple[Any, float]] = {}
    if is_pdf:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(source))
        try:
            for number in sorted(numbers):
                if 1 <= number <= len(pdf):
                    page = pdf[number - 1]
                    out[number] = (
                        page.render(scale=CROP_SCALE).to_pil().convert("RGB"),
                        CROP_SCALE,
                    )
        finally:
            pdf.close()
        return out
    with Image.open(source) as img:
        img.load()
        image = img.convert("RGB")
        dpi = float((img.info.get("dpi") or (0, 0))[0] or 0)
    # as the OCR reader measures a photo: its recorded resolution when that makes a
    # page-sized sheet, else its width taken as a letter-size page (8.5 inches)
    if not dpi or not 5.5 <= image.width / dpi <= 14.5:
        dpi = image.width / 8.5
    if 1 in numbers:
        out[1] = (image, dpi / 72.0)
    return out


def is_crop_name(name: str) -> bool:
    return bool(_CROP_NAME.fullmatch(name))
