"""Input file -> pages of positioned words; sniffs the kind, refuses bad input.

pdfplumber gives words with positions, so the layout module can rebuild rows and
columns from geometry. Page count, encryption and the inflation limit are checked
on pdfminer's document (which pdfplumber opens) before any page is read.
A page's characters are taken from pdfminer's layout with only what the reader uses
(``pdf_chars``), and every page is closed as soon as its words are copied out:
pdfplumber keeps about 3 MB per page until ``page.close()``. Once every page is read,
what pdfminer parsed of the file (every page's decoded contents, held in reference
cycles) is let go too, so a long PDF's read holds its words and not its file.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import limits
from ..errors import InputError
from ..records import record
from .settings import DEFAULT_SETTINGS, ReadSettings
from .turned import TURNS, TurnedText, frame, level_chars, printed_box, split_turns

log = logging.getLogger(__name__)
# pypdf and pdfminer log warnings about damaged files ("EOF marker not found"); with no
# handler configured Python prints them on stderr, breaking the one-line error rule.
# A NullHandler stops that and still lets an application configure logging.
for _name in ("pypdf", "pdfminer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

MAX_PAGES = limits.MAX_PAGES  # the limits and their reasons live in appealgen/limits.py
MAX_BYTES = limits.MAX_FILE_BYTES
PDF_MAGIC = b"%PDF-"
IMAGE_MAGIC = {
    b"\x89PNG": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
}
# pdfplumber merges characters closer than this into one word (points)
X_TOLERANCE = 1.5
WATERMARK_SIZE = 40.0  # points: text this large is a watermark, not content
Y_TOLERANCE = 2.5
TURN_SLACK = 10.0  # degrees: a character this near a quarter turn is printed at that turn
# pages from which a PDF's parsed objects are collected as soon as its words are read (one
# pass of the cyclic collector, 10-20 ms): pdfminer's document and pages hold the file's
# decoded contents in reference cycles, which the collector of a long read (and of the
# reading child, ``isolate.CHILD_GC_THRESHOLD``) may not reach before the read ends
LET_GO_PAGES = 10


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    conf: float | None = None  # OCR's 0-100 word confidence; None for a text layer
    # the box (x0, top, x1, bottom) the word is printed in on the page, when its place
    # above is elsewhere: a turned word's place where it reads level (read/turned.py)
    printed: tuple[float, float, float, float] | None = None


@record
class Page:
    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    has_images: bool = False
    turned: list[TurnedText] = field(default_factory=list)  # text printed on its side


@record
class Document:
    path: Path
    sha256: str
    kind: str  # "pdf", "image", "x12", "text"
    pages: list[Page] = field(default_factory=list)
    page_count: int = 0
    ocr_used: bool = False
    raw_text: str | None = None  # for x12 and plain-text inputs


def sniff(data: bytes, path: Path) -> str:
    head = data[:1024]
    if PDF_MAGIC in head:
        return "pdf"
    for magic, _name in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \r\n\t")
    # X12: "ISA" then the element separator the file declares ("*", "|", "^", ...)
    if stripped.startswith(b"ISA") and len(stripped) > 3 and not chr(stripped[3]).isalnum():
        if stripped[3:4] not in (b" ", b"\t", b"\r", b"\n"):
            return "x12"
    return "unknown"


def read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file only (a FIFO would hang), within the size limit."""
    return limits.read_regular_file(path)


def load(
    path: Path, *, max_pages: int | None = MAX_PAGES, settings: ReadSettings = DEFAULT_SETTINGS
) -> Document:
    """Open any supported input and return its pages of words (PDF) or raw text (835).

    ``settings`` carries the OCR tolerances a scan or photo is read with."""
    data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    kind = sniff(data, path)
    if kind == "pdf":
        return _load_pdf(path, data, digest, max_pages=max_pages, settings=settings)
    if kind == "x12":
        return Document(path=path, sha256=digest, kind="x12", raw_text=_decode(data))
    if kind == "image":
        from . import ocr

        return ocr.load_image(path, data, digest, settings)
    raise InputError(
        "not a PDF, image or X12 835 file — appealgen reads EOBs and denial letters "
        "as PDF, scans or phone photos, and 835 remittance files",
        file=str(path),
    )


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _open_pdf(path: Path, stream: io.BytesIO) -> Any:
    """pdfplumber's PDF over the file's bytes in ``stream`` (pdfminer decrypts it with the
    empty password)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(stream)
    except PdfminerException as wrapped:
        e = wrapped.args[0] if wrapped.args else wrapped
        if isinstance(e, MemoryError):  # the isolated reader names the memory limit
            raise e from None
        if isinstance(e, PDFPasswordIncorrect):
            raise InputError(
                "the PDF is protected by a password; save an unprotected copy and try that",
                file=str(path),
            ) from e
        if isinstance(e, PDFEncryptionError):
            raise InputError(
                "the PDF is encrypted; open it, save or print an unprotected copy, and try that",
                file=str(path),
            ) from e
        if isinstance(e, RecursionError):
            raise InputError("the PDF is damaged (its structure loops)", file=str(path)) from e
        raise InputError("the PDF is damaged and cannot be read", file=str(path)) from e


def _check_pdf(path: Path, pdf: Any, max_pages: int | None) -> int:
    """The page count, after the page limit and the inflation limit are checked."""
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        count = len(pdf.pages)
        if max_pages is not None:
            limits.check_pages(count, str(path), max_pages)
        limits.check_inflation(pdf.doc, str(path))
    except (InputError, MemoryError):
        raise
    except Exception as e:  # noqa: BLE001 - pdfminer raises many unrelated types on bad files
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e
        if isinstance(cause, MemoryError):  # the isolated reader names the memory limit
            raise cause from None
        if isinstance(cause, RecursionError):
            raise InputError("the PDF is damaged (its structure loops)", file=str(path)) from e
        raise InputError("the PDF is damaged and cannot be read", file=str(path)) from e
    if count == 0:
        raise InputError("the PDF has no pages", file=str(path))
    return count


def _load_pdf(
    path: Path, data: bytes, digest: str, *, max_pages: int | None, settings: ReadSettings
) -> Document:
    from pdfminer.pdfparser import PDFSyntaxError

    stream = io.BytesIO(data)
    pdf = _open_pdf(path, stream)
    try:
        count = _check_pdf(path, pdf, max_pages)
        doc = Document(path=path, sha256=digest, kind="pdf", page_count=count)
        doc.pages = _pages_words(pdf)
    except InputError:
        raise
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise InputError("the PDF is damaged and its text cannot be read", file=str(path)) from e
    except Exception as e:  # noqa: BLE001 - pdfminer raises many unrelated types on bad files
        if "password" in str(e).lower() or "encrypt" in str(e).lower():
            raise InputError("the PDF is encrypted", file=str(path)) from e
        raise InputError("the PDF is damaged and its text cannot be read", file=str(path)) from e
    finally:
        with contextlib.suppress(Exception):  # a damaged page tree fails again here
            pdf.close()
        del pdf  # what pdfminer parsed of the file: reference cycles the collector frees
        stream.close()  # the file's bytes, which those cycles hold, go at once
    if count >= LET_GO_PAGES:
        gc.collect()  # and a long file's decoded pages now, not when the read is done
    if not any(p.words or p.turned for p in doc.pages):
        if os.environ.get("APPEALGEN_NO_OCR") != "1":
            from . import ocr

            if ocr.available():
                return ocr.ocr_pdf(path, data, digest, count, settings)
        raise InputError(
            "this PDF has no text layer (it is a scan or photo) and OCR is not available — "
            "install tesseract (apt-get install tesseract-ocr) to read scans",
            file=str(path),
        )
    return doc


def _pages_words(pdf: Any) -> list[Page]:
    """Every page's words, each page closed as soon as they are copied out.

    The words of every page share one object for each text and number they repeat: a
    long notice prints the same labels, columns and line places on page after page."""
    out = []
    same = _Shared()
    for i, page in enumerate(pdf.pages):
        try:
            out.append(_page_words(page, i + 1, same))
        finally:
            page.close()
    return out


def _page_words(page: object, number: int, same: _Shared | None = None) -> Page:
    from pdfplumber.utils.text import WordExtractor

    from .pdf_chars import page_chars

    chars, has_images = page_chars(page)
    out = Page(
        number=number,
        width=float(page.width),  # type: ignore[attr-defined]
        height=float(page.height),  # type: ignore[attr-defined]
        has_images=has_images,
    )
    turns = split_turns(chars, TURN_SLACK) if any(_maybe_turned(c) for c in chars) else {}
    if any(t in turns for t in TURNS):
        keep = {id(c) for c in turns.get(0, [])}
        chars = [c for c in chars if id(c) in keep]
    words = WordExtractor(
        x_tolerance=X_TOLERANCE,
        y_tolerance=Y_TOLERANCE,
        keep_blank_chars=False,
        extra_attrs=["size", "fontname"],
    ).extract_words(chars)
    same = _Shared() if same is None else same  # one object for each repeated value
    out.words = [w for w in (_word(w, same) for w in words) if w is not None]
    for turn in TURNS:
        if turn in turns:
            out.turned.append(_turned(turns[turn], turn, out))
    return out


def _maybe_turned(char: dict[str, Any]) -> bool:
    """Not printed level: its matrix turns it (pdfplumber's ``upright`` misses a half turn)."""
    m = char.get("matrix")
    return not char.get("upright", True) or (m is not None and float(m[0]) < 0)


def _turned(chars: list[dict[str, Any]], turn: int, page: Page) -> TurnedText:
    """The words of the characters printed at ``turn``, placed where they read level."""
    from pdfplumber.utils.text import WordExtractor

    width, height = frame(turn, page.width, page.height)
    level = level_chars(chars, turn, page.width, page.height)
    extractor = WordExtractor(
        x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE, extra_attrs=["size", "fontname"]
    )
    words = []
    for found, word_chars in extractor.iter_extract_tuples(level):
        w = _word(found)
        if w is not None:
            w.printed = printed_box(word_chars)
            words.append(w)
    return TurnedText(turn, width, height, words)


class _Shared:
    """One object for each equal text or number of a document's pages: a long PDF's words
    repeat a few texts, sizes, line positions and column edges thousands of times, and
    hold one copy of each."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def text(self, value: str) -> str:
        return self._seen.setdefault(value, value)  # type: ignore[return-value]

    def number(self, value: float) -> float:
        # a zero is left as it is: 0.0 and -0.0 are one key
        return self._seen.setdefault(value, value) if value else value  # type: ignore[return-value]


def _word(w: dict[str, Any], same: _Shared | None = None) -> Word | None:
    """pdfplumber's word as the reader's, or None for a watermark.

    ``same`` (one a document) gives the words one object for each text, size, top,
    bottom and left and right edge they share: a long PDF's words take half the memory,
    with the same values."""
    size = float(w.get("size", 0.0))
    if size > WATERMARK_SIZE or (size > WATERMARK_SIZE * 0.75 and len(w["text"]) <= 2):
        return None  # "THIS IS NOT A BILL" printed huge and slanted across the page
    font = str(w.get("fontname", ""))
    text, top, bottom, size = w["text"], float(w["top"]), float(w["bottom"]), round(size, 1)
    x0, x1 = float(w["x0"]), float(w["x1"])
    if same is not None:
        text = same.text(text)
        top, bottom, size = same.number(top), same.number(bottom), same.number(size)
        x0, x1 = same.number(x0), same.number(x1)
    return Word(
        text=text,
        x0=x0,
        x1=x1,
        top=top,
        bottom=bottom,
        size=size,
        bold="Bold" in font or "Black" in font or "Heavy" in font,
    )
