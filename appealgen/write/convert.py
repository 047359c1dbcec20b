"""DOCX -> PDF through LibreOffice headless (one soffice call per case), and the fax packet.

Each process uses its own LibreOffice profile: two soffice processes sharing one profile
make the second silently write nothing.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ConversionError

SOFFICE_NAMES = ("soffice", "libreoffice")
TIMEOUT_BASE_S = 60
TIMEOUT_PER_FILE_S = 10
NOT_INSTALLED = (
    "LibreOffice (soffice) is not installed — install libreoffice-writer-nogui or leave out --pdf"
)


def find_soffice() -> str | None:
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@functools.cache
def _profile_dir(pid: int) -> Path:
    """A LibreOffice user profile private to this process, removed at exit."""
    path = Path(tempfile.mkdtemp(prefix=f"appealgen-lo-{pid}-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def docx_to_pdf(files: list[Path], outdir: Path, *, timeout: float | None = None) -> list[Path]:
    """Convert ``files`` to PDFs in ``outdir`` with one soffice call; returns the PDF paths."""
    if not files:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError(NOT_INSTALLED)
    profile = _profile_dir(os.getpid())
    limit = timeout if timeout is not None else TIMEOUT_BASE_S + TIMEOUT_PER_FILE_S * len(files)
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *(str(f) for f in files),
    ]
    env = {**os.environ, "HOME": str(profile)}
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=limit, env=env, check=False)
    except subprocess.TimeoutExpired as e:
        raise ConversionError(
            f"LibreOffice took longer than {limit:.0f}s to convert "
            f"{len(files)} files — try again, or leave out --pdf"
        ) from e
    except OSError as e:
        raise ConversionError(f"LibreOffice could not be started ({e})") from e
    pdfs = [outdir / (f.stem + ".pdf") for f in files]
    absent = [p.name for p in pdfs if not p.is_file()]
    if absent:
        tail = (proc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        why = f" ({tail[-1][:160]})" if tail else ""
        raise ConversionError(f"LibreOffice did not write {', '.join(absent)}{why}")
    return pdfs


def make_packet(letters: list[Path], original: Path, dest: Path) -> str | None:
    """``dest`` = the letter PDF(s), then the original notice. Returns a note if it cannot be "
    "done."""
    from pypdf import PdfWriter
    from pypdf.errors import PyPdfError

    writer = PdfWriter()
    try:
        for pdf in letters:
            writer.append(str(pdf))
        try:
            writer.append(str(original))
        except (PyPdfError, ValueError, OSError) as e:
            return f"packet.pdf not written: the original notice could not be added ({e})"
        with dest.open("wb") as f:
            writer.write(f)
    except (PyPdfError, OSError) as e:
        raise ConversionError(f"packet.pdf could not be written ({e})") from e
    finally:
        writer.close()
    return None
