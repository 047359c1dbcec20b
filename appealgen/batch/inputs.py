"""Finding the inputs of a batch under a folder, and hashing them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .. import limits

# Inputs the pipeline reads: PDFs now; scans/photos (OCR) and X12 835 remittances.
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".pdf",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
    ".835",
    ".edi",
    ".x12",
)


def discover(indir: Path, *, exclude: Path | None = None) -> list[Path]:
    """Every supported file under ``indir`` (recursive, sorted), skipping hidden
    files and folders, the output folder when it sits inside ``indir``, and case
    folders (their PDFs are letters, not denials)."""
    indir = Path(indir)
    exclude_real = os.path.realpath(exclude) if exclude is not None else None
    found: list[Path] = []
    for root, dirs, files in os.walk(indir):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and (exclude_real is None or os.path.realpath(os.path.join(root, d)) != exclude_real)
            and not os.path.exists(os.path.join(root, d, "case.json"))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return found


def file_sha256(path: Path) -> str:
    """The file's SHA-256; ``InputError`` for a FIFO, socket or device (reading it would hang)."""
    h = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        limits.check_regular_file(os.fstat(fd), str(path))
        with os.fdopen(fd, "rb", closefd=False) as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    finally:
        os.close(fd)
    return h.hexdigest()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
