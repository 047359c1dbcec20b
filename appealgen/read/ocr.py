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
from dataclasses import replace
from pathlib import Path

from .. import limits
from ..errors import InputError, OCRUnavailableError
from ..patterns import compiled
from . import (
    ocr_accents,
    ocr_boxes,
    ocr_case,
    ocr_cells,
    ocr_columns,
    ocr_fix,
    ocr_ink,
    ocr_keys,
    ocr_marks,
    ocr_merge,
    ocr_unread,
)
from .dither import marked
from .extract import Document, Page, Word
from .ocr_bars import separators, without_border_bits
from .ocr_boxes import as_advance_boxes, line_height, usual_height
from .ocr_call import for_page, tesseract_tsv
from .ocr_codes import split_mark
from .ocr_tsv import tsv_words
from .orient import read_upright
from .page_image import rendered as page_picture
from .page_image import resized, square_pixels
from .scan_image import bilevel
from .settings import DEFAULT_SETTINGS, ReadSettings

# The tolerances (how sure a speck or a repair is, border bars, joins) are ReadSettings'
# ocr_* fields. An accented letter counts as a repair: the English model reads "Zoë" as "Zoé".
# tesseract reads the HCPCS letter S as a dollar sign, or as itself and a dollar sign:
# "$9443" -> "S9443", "($9443)" -> "(S9443)", "S$9443-TH" -> "S9443-TH"
_DOLLAR_CODE = compiled(r"^([(\[]?)S?[$§](\d{4})((?:[^\d.,]|[.,](?!\d)).*)?$")
# ICD-10-CM never starts with a digit: "092.4" is the pregnancy-chapter code O92.4
_ZERO_ICD = compiled(r"^([(\[]?)0(\d[\dA]\.\d{1,4})([.,;:)\]]*)$")
# table rules and cell borders read as text: "|", "_|", "——"
_RULE = compiled(r"^[|_\-—–=~.:;'`]+$")
_DASHES = frozenset("-–—")
# a cell border read as a bracket or bar glued after an amount: "$615.00]", "0.00|"
_BORDER_AFTER = compiled(r"^(\(?-?\$?\d[\d,]*\.\d{2}\)?)[\]\[|!]$")
# a speck read as a quote before a capitalised word with no quote closing it: "'Ifeoma"
_SPECK_QUOTE = compiled(r"^['‘`’](?=[A-Z][a-z]+[,.]?$)")


def available() -> bool:
    return shutil.which("tesseract") is not None


def _require() -> None:
    if not available():
        raise OCRUnavailableError(
            "this file is a scan or photo and needs OCR, but tesseract is not installed — "
            "install it with: apt-get install tesseract-ocr tesseract-ocr-eng"
        )


def fix_token(text: str, conf: float = 100.0, least: float = 0.0) -> str:
    """Undo tesseract's usual slips: "$9443" for S9443, table rules, a fill line's
    underscores or a cell border's bracket glued to a word ("__Ifeoma", "$615.00]"), and
    a speck read as a quote before a name it is not sure of (``conf`` below ``least``)."""
    if len(text) > 1:
        text = text.strip("|").strip("_") or text
        text = _BORDER_AFTER.sub(r"\1", text)
        if conf < least:
            text = _SPECK_QUOTE.sub("", text)
    m = _DOLLAR_CODE.match(text)
    if m:
        return m.group(1) + "S" + m.group(2) + (m.group(3) or "")
    m = _ZERO_ICD.match(text)
    if m:
        return m.group(1) + "O" + m.group(2) + m.group(3)
    return text


def _tesseract_words(
    image_path: Path, scale: float, settings: ReadSettings, tsv=None
) -> list[Word]:
    """The page's words (from ``tsv`` if it was read); garbled lines read again (ocr_merge)."""
    tsv = tesseract_tsv(image_path, settings) if tsv is None else tsv
    words = words_from_tsv(tsv, scale, settings)
    regions = ocr_merge.garbled(tsv, scale, settings) if settings.ocr_second_psm else []
    if not regions:
        return words
    again = replace(settings, ocr_psm=settings.ocr_second_psm)
    second = words_from_tsv(tesseract_tsv(image_path, again), scale, settings)
    return ocr_merge.merged(words, second, regions)


def _page_reader(folder: str, scale: float, settings: ReadSettings):
    """Reads a page image (as a greymap in ``folder``): orient.Reader."""

    def read(img) -> tuple[list[Word], Callable[[], list[Word]]]:
        img_path = Path(folder) / f"page{id(img)}.pgm"  # one file for each image alive
        img.save(img_path)
        page = for_page(img, settings)
        tsv = tesseract_tsv(img_path, page)

        def kept() -> list[Word]:  # garbled lines read again, for the reading kept
            try:
                return _tesseract_words(img_path, scale, page, tsv)
            finally:
                img_path.unlink(missing_ok=True)

        return words_from_tsv(tsv, scale, settings), kept

    return read


def _kept(text: str, conf: float, least: float, dash: float) -> bool:
    """Not a speck read as text (``least``: the confidence a mark without letters or digits
    needs). A lone bar stays until its line is read: in a service row it is a 1 ("|" for
    the units), elsewhere a table rule (``_rule``)."""
    if text == "|":
        return conf >= least
    if _rule(text, conf, dash):
        return False
    return conf >= least or any(ch.isalnum() for ch in text)


def _rule(text: str, conf: float, dash: float) -> bool:
    """A table rule or a cell border read as text; a lone dash between words is a dash
    when it was read at least ``dash`` surely (a speck beside a name reads as one)."""
    return bool(_RULE.match(text)) and not (text in _DASHES and conf >= dash)


def space_width(lines: list[list[Word]], settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """The page's usual space between two words of a line, in line heights (a narrow
    font prints its spaces at a third of the height, a wide one at a whole height)."""
    gaps = []
    for line in lines:
        usual = usual_height(line)
        for a, b in zip(line, line[1:], strict=False):
            if usual and 0 <= b.x0 - a.x1 < usual:
                gaps.append((b.x0 - a.x1) / usual)
    return sorted(gaps)[len(gaps) // 2] if len(gaps) >= settings.ocr_min_spaces else 0.0


def _joined(prev: Word, w: Word, space: float, settings: ReadSettings) -> str | None:
    """The one value ``prev`` and ``w`` are pieces of, ``space`` points the page's usual
    space: closer than ``ocr_join_gap`` of it, a value's pieces (``ocr_fix.one_value``);
    closer than ``ocr_join_wide_gap``, an amount's or a weakly read identifier's
    (``ocr_fix.cut_value``)."""
    gap = w.x0 - prev.x1
    if gap < settings.ocr_join_gap * space and ocr_fix.one_value(prev.text, w.text):
        return prev.text + w.text
    if gap < settings.ocr_join_point_gap * space and (
        cut := ocr_fix.point_value(prev.text, w.text)
    ):
        return cut
    if gap >= settings.ocr_join_wide_gap * space:
        return None
    sure = settings.ocr_low_word_confidence
    weak = all(c is not None and c < sure for c in (prev.conf, w.conf))
    return ocr_fix.cut_value(prev.text, w.text, weak)


def _joined_and_split(line: list[Word], space: float, settings: ReadSettings) -> list[Word]:
    """Pieces of one value OCR cut apart joined (closer than ``ocr_join_gap`` of the page's
    usual space), two label words it glued split, each with its share of the box."""
    usual = space * usual_height(line)
    out: list[Word] = []
    for i, w in enumerate(line):
        prev = out[-1] if out else None
        joined = _joined(prev, w, usual, settings) if prev is not None else None
        if prev is not None and joined is not None:
            prev.text = joined
            prev.x1, prev.top, prev.bottom = w.x1, min(prev.top, w.top), max(prev.bottom, w.bottom)
            # two pieces made one are a guess: never surer than the repair of a shape
            repaired = settings.ocr_repaired_confidence
            prev.conf = min(c for c in (prev.conf, w.conf, repaired) if c is not None)
            continue
        parts, conf = ocr_fix.split_glued(w.text), w.conf
        if len(parts) == 1:
            parts = ocr_fix.split_at_border(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_codes(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_after_comma(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_dash(w.text)
        if len(parts) == 1:
            parts = split_mark(w.text, line[i + 1].text if i + 1 < len(line) else "")
        if len(parts) == 1:
            parts = ocr_fix.split_month_day(w.text)
            if len(parts) == 1:
                parts = ocr_fix.split_day_year(w.text, out[-1].text if out else "")
            if len(parts) > 1 and conf is not None:  # a space put in a value: a guess
                conf = min(conf, settings.ocr_repaired_confidence)
        # the box shared out by letters, a space's width between the parts
        per = (w.x1 - w.x0) / (len(w.text) + len(parts) - 1)
        at = w.x0
        for part in parts:
            out.append(Word(part, at, at + per * len(part), w.top, w.bottom, w.size, w.bold, conf))
            at += per * (len(part) + 1)
    return out


def words_from_tsv(tsv: str, scale: float, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Word]:
    """tesseract's TSV -> words in PDF points, each line's words repaired by their shape."""
    lines: dict[tuple[str, ...], list[Word]] = {}
    for key, text, conf, left, top, width, height in tsv_words(tsv):
        if not _kept(text, conf, settings.ocr_min_confidence, settings.ocr_dash_confidence):
            continue
        lines.setdefault(key, []).append(
            Word(
                text=fix_token(text, conf, settings.ocr_low_word_confidence),
                x0=left * scale,
                x1=(left + width) * scale,
                top=top * scale,
                bottom=(top + height) * scale,
                size=round(height * scale, 1),
                conf=conf,
            )
        )
    ocr_boxes.without_slivers(list(lines.values()), settings)
    lines = {key: line for key, line in lines.items() if line}
    words: list[Word] = []
    space = space_width(list(lines.values()), settings)
    for line in lines.values():
        line = _joined_and_split(without_border_bits(line, settings), space, settings)
        line_height(line, settings)
        texts = ocr_fix.fix_line([w.text for w in line], settings)
        bars = separators(line, texts, settings)
        for i, (w, text) in enumerate(zip(line, texts, strict=True)):
            conf = w.conf if w.conf is not None else 0.0
            if _rule(text, conf, settings.ocr_dash_confidence) and i not in bars:
                continue
            guessed = text != w.text and not ocr_fix.checked(w.text, text)
            if (guessed or ocr_fix.accented(text)) and w.conf is not None:
                w.conf = min(w.conf, settings.ocr_repaired_confidence)
            w.text = text
            words.append(w)
    as_advance_boxes(words, settings, space)
    return words


def _finish(img, words: list[Word], scale: float, tmp: Path, settings: ReadSettings) -> dict:
    """A page's words read: columns apart (ocr_columns), boxes cut to their letters (ocr_ink),
    rows left out read from their ink (ocr_unread), weak words read again (ocr_cells), names
    with accents (ocr_accents; their spellings returned), unread marks doubted, type boxes."""
    settings = for_page(img, settings)
    ocr_columns.reread(img, words, scale, tmp, settings)
    ocr_ink.trim_boxes(img, words, scale, settings)
    ocr_unread.reread(img, words, scale, tmp, settings)
    ocr_cells.reread(img, words, scale, tmp, settings)
    spelled = ocr_accents.reread(img, words, scale, tmp, settings)
    ocr_marks.doubt_unread_marks(img, words, scale, settings)
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
