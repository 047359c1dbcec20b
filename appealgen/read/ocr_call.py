"""The tesseract command: the options it reads a prepared page image with, and its TSV.

One thread (``OMP_THREAD_LIMIT=1``: measured 5x faster on two cores than tesseract's
default), in a reading child's process group so it dies with it. A page ``prepare``
softened from a speckled fax is thresholded by one level for the page
(``ocr_fax_thresholding``), any other page by ``ocr_thresholding``.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..isolate import preexec
from .scan_image import softened_fax
from .settings import ReadSettings

if TYPE_CHECKING:
    from PIL import Image

TIMEOUT_S = 120


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def for_page(img: Image.Image, settings: ReadSettings) -> ReadSettings:
    """``settings`` as tesseract reads the prepared page ``img`` with: a softened fax by
    one level for the page (``ocr_fax_thresholding``)."""
    if not softened_fax(img):
        return settings
    return replace(settings, ocr_thresholding=settings.ocr_fax_thresholding)


def tesseract_tsv(image_path: Path, settings: ReadSettings) -> str:
    """tesseract's TSV of the page image at ``image_path``."""
    command = ["tesseract", str(image_path), "stdout", "-l", settings.ocr_language, "--psm"]
    command += [str(settings.ocr_psm), "-c", f"thresholding_method={settings.ocr_thresholding}"]
    if settings.ocr_heavy_noise:  # specks and broken rules taken for noise, not letters
        command += ["-c", "textord_heavy_nr=1"]
    if settings.ocr_whitelist:  # the only characters it may read
        command += ["-c", f"tessedit_char_whitelist={settings.ocr_whitelist}"]
    try:
        proc = subprocess.run(
            [*command, "tsv"],
            capture_output=True,
            timeout=TIMEOUT_S,
            env=_env(),
            check=False,
            preexec_fn=preexec(),  # in a reading child, tesseract dies with it
        )
    except subprocess.TimeoutExpired as e:
        raise InputError("OCR took too long on this image") from e
    if proc.returncode != 0:
        raise InputError("OCR could not read this image (tesseract failed)")
    return proc.stdout.decode("utf-8", "replace")
