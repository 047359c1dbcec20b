"""Every limit on what one document may cost to read, with its reason, checked before the work.

A hostile or broken file must be refused before the expensive step (rendering,
inflating, splitting), with one line that names the limit, not found out by a
7 GB process. The read itself also runs under a time limit and a memory ceiling
(see ``appealgen.isolate``); those are the backstop, the checks here come first.

Each check raises ``InputError``; the callers in ``read/`` call them at their
entry points.
"""

from __future__ import annotations

import math
import os
import re
import stat
import zlib
from collections.abc import Iterator

from .errors import InputError

MB = 1024 * 1024

# --- the file -------------------------------------------------------------
# An EOB, denial letter or 835 is kilobytes to a few MB; a 20-page phone-photo PDF ~20 MB.
MAX_FILE_BYTES = 50 * MB
# An EOB or denial letter is a few pages; a hundred pages is not one notice.
MAX_PAGES = 100

# --- PDF streams ------------------------------------------------------------
# Bytes the text reader may inflate from one PDF's compressed streams (page
# contents, fonts, object streams; images are not inflated to read text). A
# ten-page EOB inflates to about 1 MB; 2 MB of zeros inflate to 2 GiB.
MAX_INFLATED_BYTES = 128 * MB
# Filters that expand their input (others, such as images' DCT, are not decoded for text).
_INFLATING_FILTERS = {"/FlateDecode", "/Fl"}

# --- OCR ------------------------------------------------------------------
# Scans are rendered at this resolution for tesseract: it reads 10-point print best near 300 dpi.
OCR_DPI = 300
# Below this, 8-point print is a few pixels high and tesseract reads nothing useful.
OCR_MIN_DPI = 150
# Pixels of one rendered page or photo given to tesseract: an 11 x 17 inch page at
# 300 dpi is 16.8 million, a 48-megapixel phone photo 48 million; tesseract needs
# about ten bytes a pixel. A larger page is rendered at a lower resolution, down to
# OCR_MIN_DPI.
MAX_OCR_PIXELS = 50_000_000
# A photo's own pixels, checked from its header before it is decoded (PIL would
# warn on stderr above its own limit and refuse twice that with an error).
MAX_IMAGE_PIXELS = MAX_OCR_PIXELS

# --- X12 835 ----------------------------------------------------------------
# A remittance to one practice lists tens to hundreds of claims; a payer's whole
# run of 300,000 claims is not one notice to appeal.
MAX_835_CLAIMS = 2_000
# About 20 segments per claim, plus the envelope.
MAX_835_SEGMENTS = 100_000

# --- the read as a whole (the backstop; see appealgen.isolate) ---------------
# Seconds one document may take to read: a ten-page scan takes ~40 s of OCR on one core.
READ_TIME_LIMIT_S = 120.0
# Address space of the process that reads one document. A 300 dpi legal page in
# memory is 11 MB; tesseract and pdfium stay far below this on any real notice.
READ_MEMORY_LIMIT_BYTES = 1536 * MB
# Environment variables that lower (or raise) the two above, for tests and servers.
TIME_LIMIT_ENV = "APPEALGEN_READ_TIME_LIMIT"
MEMORY_LIMIT_ENV = "APPEALGEN_READ_MEMORY_MB"


def read_time_limit() -> float:
    """READ_TIME_LIMIT_S, or the environment's APPEALGEN_READ_TIME_LIMIT seconds."""
    try:
        value = float(os.environ.get(TIME_LIMIT_ENV, ""))
    except ValueError:
        return READ_TIME_LIMIT_S
    return value if value > 0 else READ_TIME_LIMIT_S


def read_memory_limit() -> int:
    """READ_MEMORY_LIMIT_BYTES, or the environment's APPEALGEN_READ_MEMORY_MB."""
    try:
        value = int(os.environ.get(MEMORY_LIMIT_ENV, ""))
    except ValueError:
        return READ_MEMORY_LIMIT_BYTES
    return value * MB if value > 0 else READ_MEMORY_LIMIT_BYTES


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n} bytes"


# --------------------------------------------------------------------------
# The file


def check_regular_file(st: os.stat_result, path: str) -> None:
    """Refuse what is not a regular file: reading a FIFO or a device would wait forever."""
    if stat.S_ISREG(st.st_mode):
        return
    kind = (
        "a folder (use `appealgen batch` for folders)"
        if stat.S_ISDIR(st.st_mode)
        else "a named pipe (FIFO)"
        if stat.S_ISFIFO(st.st_mode)
        else "a socket"
        if stat.S_ISSOCK(st.st_mode)
        else "a device"
        if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
        else "not a regular file"
    )
    raise InputError(f"not read: this is {kind}, appealgen reads regular files only", file=path)


def check_file_size(size: int, path: str) -> None:
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"the file is {size // MB} MB; appealgen reads files up to "
            f"{MAX_FILE_BYTES // MB} MB (the file size limit)",
            file=path,
        )


def read_regular_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path`` if it is a regular file within MAX_FILE_BYTES.

    Opened without blocking, then checked with fstat, so a FIFO put in the file's
    place between a check and the open cannot hang the read.
    """
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as e:
        raise InputError("no such file", file=name) from e
    except IsADirectoryError as e:
        raise InputError(
            "is a folder, not a file (use `appealgen batch` for folders)", file=name
        ) from e
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", file=name) from e
    try:
        st = os.fstat(fd)
        check_regular_file(st, name)
        if st.st_size == 0:
            raise InputError("the file is empty", file=name)
        check_file_size(st.st_size, name)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", file=name) from e
    finally:
        os.close(fd)
    check_file_size(len(data), name)
    if not data:
        raise InputError("the file is empty", file=name)
    return data


# --------------------------------------------------------------------------
# PDF


def check_pages(count: int, path: str, max_pages: int = MAX_PAGES) -> None:
    if count > max_pages:
        raise InputError(
            f"the PDF has {count} pages; an EOB or denial letter has at most {max_pages} "
            "(the page limit) — split it into one file per notice",
            file=path,
        )


def _stream_raw(doc: object) -> Iterator[tuple[list[str], bytes]]:
    """(filters, raw bytes) of every stream object of a pdfminer ``PDFDocument``, images
    left out; an encrypted document's streams deciphered (still compressed)."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import PSLiteral

    seen: set[int] = set()
    for xref in getattr(doc, "xrefs", []):
        for num in xref.get_objids():
            if num in seen:
                continue
            seen.add(num)
            try:
                obj = doc.getobj(num)  # type: ignore[attr-defined]
                if not isinstance(obj, PDFStream) or obj.rawdata is None:
                    continue
                subtype = resolve1(obj.attrs.get("Subtype"))
                if isinstance(subtype, PSLiteral) and subtype.name == "Image":
                    continue
                filters = [
                    f"/{f.name}" if isinstance(f, PSLiteral) else str(f)
                    for f, _ in obj.get_filters()
                ]
                if obj.decipher and filters:
                    # decipher once, here: the text reader decodes the deciphered bytes
                    obj.rawdata = obj.decipher(obj.objid, obj.genno, obj.rawdata, obj.attrs)
                    obj.decipher = None
            except Exception:  # noqa: BLE001 - a broken object is the parsers' business
                continue
            yield filters, bytes(obj.rawdata)


def _inflated_size(raw: bytes, budget: int) -> int:
    """Bytes ``raw`` inflates to, counted in pieces and stopping past ``budget``."""
    d = zlib.decompressobj()
    total = 0
    data = raw
    try:
        while data and total <= budget:
            out = d.decompress(data, 1 * MB)
            total += len(out)
            data = d.unconsumed_tail
            if d.eof:
                break
    except zlib.error:
        pass  # a damaged stream: the parsers say so, or read what they can
    return total


def check_inflation(doc: object, path: str) -> None:
    """Refuse a PDF (a pdfminer ``PDFDocument``) whose compressed streams (not images)
    inflate past MAX_INFLATED_BYTES."""
    total = 0
    for filters, raw in _stream_raw(doc):
        if not filters:
            total += len(raw)
        elif filters[0] in _INFLATING_FILTERS:
            total += _inflated_size(raw, MAX_INFLATED_BYTES - total)
        else:
            continue
        if total > MAX_INFLATED_BYTES:
            raise InputError(
                f"the PDF's compressed contents expand to more than {_mb(MAX_INFLATED_BYTES)} "
                "(the limit on inflated bytes); a notice is far smaller — it may be damaged "
                "or built to exhaust memory",
                file=path,
            )


def ocr_dpi(width_pt: float, height_pt: float, path: str, page: int) -> float:
    """The resolution to render a page for OCR: OCR_DPI, lowered so the page stays
    within MAX_OCR_PIXELS; InputError when even OCR_MIN_DPI would be too many pixels."""
    area_in2 = max(width_pt, 1.0) / 72.0 * max(height_pt, 1.0) / 72.0
    dpi = min(float(OCR_DPI), math.sqrt(MAX_OCR_PIXELS / area_in2))
    if dpi < OCR_MIN_DPI:
        raise InputError(
            f"page {page} is {width_pt / 72:.0f} × {height_pt / 72:.0f} inches; "
            f"appealgen reads scanned pages up to {MAX_OCR_PIXELS // 1_000_000} million pixels "
            f"at {OCR_MIN_DPI} dpi (the OCR pixel limit) — a notice is letter or legal size",
            file=path,
        )
    return math.floor(dpi)


# --------------------------------------------------------------------------
# Images


def check_image_pixels(width: int, height: int, path: str) -> None:
    """Refuse a photo or scan with more pixels than MAX_IMAGE_PIXELS, from its header."""
    if width * height > MAX_IMAGE_PIXELS:
        raise InputError(
            f"the image is {width} × {height} pixels; appealgen reads images up to "
            f"{MAX_IMAGE_PIXELS // 1_000_000} million pixels (the image size limit)",
            file=path,
        )


def check_ocr_pixels(width: int, height: int, path: str) -> None:
    """Refuse an image that, enlarged for OCR, would pass MAX_OCR_PIXELS."""
    if width * height > MAX_OCR_PIXELS:
        raise InputError(
            f"the image would be {width} × {height} pixels for OCR; appealgen reads up to "
            f"{MAX_OCR_PIXELS // 1_000_000} million pixels (the OCR pixel limit) — "
            "photograph the notice one page at a time",
            file=path,
        )


# --------------------------------------------------------------------------
# X12 835


def check_835(raw: str, element: str, terminator: str, path: str | None = None) -> None:
    """Refuse an 835 with more segments or claims than one notice has, before splitting it."""
    segments = raw.count(terminator)
    if segments > MAX_835_SEGMENTS:
        raise InputError(
            f"the 835 has {segments:,} segments; appealgen reads up to {MAX_835_SEGMENTS:,} "
            "(the segment limit) — split the remittance by payee or date",
            file=path,
        )
    claims = len(re.findall(re.escape(terminator) + r"\s*CLP" + re.escape(element), raw))
    if claims > MAX_835_CLAIMS:
        raise InputError(
            f"the 835 has {claims:,} claims; appealgen reads up to {MAX_835_CLAIMS:,} "
            "(the claim limit) — split the remittance by payee or date",
            file=path,
        )
