"""Scans and phone photos -> the same pages of positioned words, through tesseract.

Pages are rendered with pypdfium2, read by the ``tesseract`` command (TSV output,
``--psm 6``, a threshold for each neighbourhood, a softened fax's one for the page; one
thread: 5x faster on two cores) after ``scan_image.prepare`` turned the page level and
painted out table rules; word boxes are converted back to PDF points so the layout
module treats a scan like a text PDF. Temporary images are uncompressed greymaps (a PNG
cost a second a page) in a private folder removed afterwards; ``ocr_*`` settings apply.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

from .. import limits
from ..errors import InputError, OCRUnavailableError
from . import (
    ocr_accents,
    ocr_boxes,
    ocr_call,
    ocr_case,
    ocr_cells,
    ocr_columns,
    ocr_ink,
    ocr_keys,
    ocr_marks,
    ocr_unread,
)
from .dither import marked
from .extract import Document, Page, Word
from .ocr_call import for_page
from .ocr_noise import quieter
from .ocr_words import join_dates, tesseract_words, words_from_tsv
from .orient import read_upright
from .page_image import rendered as page_picture
from .page_image import resized, square_pixels
from .scan_image import bilevel
from .settings import DEFAULT_SETTINGS, ReadSettings


def available() -> bool:
    return shutil.which("tesseract") is not None


def _require() -> None:
    if not available():
        raise OCRUnavailableError(
            "this file is a scan or photo and needs OCR, but tesseract is not installed — "
            "install it with: apt-get install tesseract-ocr tesseract-ocr-eng"
        )


def _page_reader(folder: str, scale: float, settings: ReadSettings):
    """Reads a page image (as a greymap in ``folder``): orient.Reader."""

    def read(img) -> tuple[list[Word], Callable[[], list[Word]]]:
        img_path = Path(folder) / f"page{id(img)}.pgm"  # one file for each image alive
        img.save(img_path)
        page = for_page(img, settings)
        tsv = ocr_call.tesseract_tsv(img_path, page)
        words = words_from_tsv(tsv, scale, settings)

        def kept() -> list[Word]:  # a noisy page and garbled lines read again, for the one kept
            try:
                quiet = quieter(img_path, tsv, scale, page, words)
                return tesseract_words(img_path, scale, page, quiet)
            finally:
                img_path.unlink(missing_ok=True)

        return words, kept

    return read


def _finish(img, words: list[Word], scale: float, tmp: Path, settings: ReadSettings) -> dict:
    """A page's words read: columns apart (ocr_columns), boxes cut to their letters (ocr_ink),
    rows left out read from their ink (ocr_unread), weak words read again (ocr_cells), names
    with accents (ocr_accents; their spellings returned), unread marks doubted, dates read
    without their slashes joined (ocr_words.join_dates), type boxes."""
    settings = for_page(img, settings)
    ocr_columns.reread(img, words, scale, tmp, settings)
    ocr_ink.trim_boxes(img, words, scale, settings)
    ocr_unread.reread(img, words, scale, tmp, settings)
    ocr_cells.reread(img, words, scale, tmp, settings)
    spelled = ocr_accents.reread(img, words, scale, tmp, settings)
    ocr_marks.doubt_unread_marks(img, words, scale, settings)
    join_dates(words, settings)
    ocr_boxes.as_type_boxes(words, settings)
    return spelled


def ocr_pdf(
    path: Path,
    data: bytes,
    digest: str,
    page_count: int,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> Document:
    """OCR every page of an image-only PDF."""
    _require()
    import pypdfium2 as pdfium

    doc = Document(path=path, sha256=digest, kind="pdf", page_count=page_count, ocr_used=True)
    spelled: dict[str, str] = {}  # names read again with their accents, for every page
    with tempfile.TemporaryDirectory(prefix="appealgen-ocr-") as tmp:
        pdf = pdfium.PdfDocument(data)
        try:
            # every page's resolution is decided before the first is rendered
            dpis = [
                limits.ocr_dpi(*pdf.get_page_size(i), str(path), i + 1) for i in range(len(pdf))
            ]
            for i in range(len(pdf)):
                page = pdf[i]
                width, height = page.get_size()
                scale = 72.0 / dpis[i]
                rendered = page_picture(page, dpis[i], settings)
                page.close()
                read = _page_reader(tmp, scale, settings)
                img, words = read_upright(rendered, dpis[i], read, settings)
                spelled |= _finish(img, words, scale, Path(tmp), settings)
                if (img.width > img.height) != (rendered.width > rendered.height):
                    width, height = height, width  # read a quarter turn from how it came
                doc.pages.append(Page(number=i + 1, width=width, height=height, words=words))
        finally:
            pdf.close()
    _whole_notice(doc, spelled, settings)
    if not any(p.words for p in doc.pages):
        raise InputError("OCR found no text on this scan", file=str(path))
    return doc


def _whole_notice(doc: Document, spelled: dict[str, str], settings: ReadSettings) -> None:
    """What one page's words tell another's: accents, capitals, a key's codes."""
    pages = [p.words for p in doc.pages]
    ocr_accents.spread(pages, spelled, settings)
    ocr_case.restore_case(pages, settings)
    ocr_keys.respell_key_codes(pages)


def _opened(path: Path, data: bytes):
    """The image file ``data`` opened by Pillow, its pixels within the limit."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # PIL warns on stderr above its pixel limit; ours is checked from the header first
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = limits.MAX_IMAGE_PIXELS
            img = Image.open(io.BytesIO(data))
            limits.check_image_pixels(img.width, img.height, str(path))
            if img.format == "TIFF":
                limits.check_pages(img.n_frames, str(path))
            return img
    except Image.DecompressionBombError as e:
        raise InputError(
            f"the image has more than {limits.MAX_IMAGE_PIXELS // 1_000_000} million pixels "
            "(the image size limit)",
            file=str(path),
        ) from e
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as e:
        raise InputError("the image is damaged and cannot be read", file=str(path)) from e


def _frame(img, path: Path, settings: ReadSettings):
    """The current page of the opened image ``img`` in grey, upright by its EXIF turn,
    with square pixels, enlarged when small: (picture, dpi)."""
    from PIL import Image, ImageOps

    try:
        limits.check_image_pixels(img.width, img.height, str(path))
        across, down = (float(v or 0) for v in (img.info.get("dpi") or (0, 0))[:2])
        if img.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # stored a quarter turn over
            across, down = down, across
        page = ImageOps.exif_transpose(img).convert("L")
    except Image.DecompressionBombError as e:
        raise InputError("a page of the image is over the image size limit", file=str(path)) from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise InputError("the image is damaged and cannot be read", file=str(path)) from e
    if across > 0 and down > 0:  # a fax's pixels are twice as tall as wide
        limits.check_image_pixels(page.width, round(page.height * across / down), str(path))
    if bilevel(page, settings):  # whether it was dithered, counted on its pixels as stored
        page = marked(page, page)
    page, dpi = square_pixels(page, across, down, settings), across
    # A scanner records its resolution; a phone says 72 dpi whatever it shot. Where the
    # recorded one does not make a page-sized sheet, take the picture's width as a letter
    # page's, so the layout sees sizes in points as it does for a PDF.
    if not dpi or not 5.5 <= page.width / dpi <= 14.5:
        dpi = page.width / 8.5
    # Small photos read better enlarged to roughly 300 dpi letter size.
    if page.width < 2000:
        factor = 2000 / page.width
        limits.check_ocr_pixels(2000, int(page.height * factor), str(path))
        page = resized(page, (int(page.width * factor), int(page.height * factor)), settings)
        dpi = dpi * factor
    return page, dpi


def load_image(
    path: Path, data: bytes, digest: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> Document:
    """OCR a phone photo or scanned image (PNG, JPEG, TIFF; a fax's TIFF: every page)."""
    _require()
    img = _opened(path, data)
    count = img.n_frames if img.format == "TIFF" else 1  # an animation's frames: one picture
    doc = Document(path=path, sha256=digest, kind="pdf", page_count=count, ocr_used=True)
    spelled: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="appealgen-ocr-") as tmp:
        for i in range(count):
            img.seek(i)
            page, dpi = _frame(img, path, settings)
            scale = 72.0 / float(dpi)
            page, words = read_upright(page, dpi, _page_reader(tmp, scale, settings), settings)
            spelled |= _finish(page, words, scale, Path(tmp), settings)
            width, height = page.width * scale, page.height * scale
            doc.pages.append(Page(number=i + 1, width=width, height=height, words=words))
    _whole_notice(doc, spelled, settings)
    if not any(p.words for p in doc.pages):
        raise InputError("OCR found no text in this image", file=str(path))
    return doc
