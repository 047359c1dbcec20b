"""A page read poorly read again with tesseract's heavy noise removal.

A black-and-white scan of a ruled table prints its thin grey rules as dots and dashes,
and its paper's grain as specks; tesseract then takes them for letters and reads the
words beside them badly ("onrorv2026" for "01/01/2026"), at low confidence. Such a page
(under ``ocr_noisy_page_share`` of its words read surely) is read once more with
``textord_heavy_nr`` (``ocr_heavy_noise``), and that reading is kept when clearly more of
its words are read surely (``ocr_noisy_page_gain``): a page read badly either way (a coarse
fax) is left as first read. A page read surely enough is never read twice.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import ocr_call
from .extract import Word
from .ocr_words import words_from_tsv
from .orient import sure_share
from .settings import ReadSettings


def quieter(
    image_path: Path,
    tsv: str,
    scale: float,
    settings: ReadSettings,
    words: list[Word] | None = None,
) -> str:
    """``tsv``, tesseract's reading of the page image at ``image_path``, or, when it read
    under ``ocr_noisy_page_share`` of the page's words surely, its reading with heavy noise
    removal if that reads at least ``ocr_noisy_page_gain`` more of them surely. ``words``
    are ``tsv``'s words when the caller has them already."""
    if settings.ocr_heavy_noise or settings.ocr_noisy_page_share <= 0:
        return tsv
    if words is None:
        words = words_from_tsv(tsv, scale, settings)
    share = sure_share(words, settings)
    if share >= settings.ocr_noisy_page_share or not any(
        ch.isalnum() for w in words for ch in w.text
    ):  # read surely enough, or nothing read to read better
        return tsv
    again = ocr_call.tesseract_tsv(image_path, replace(settings, ocr_heavy_noise=True))
    gain = sure_share(words_from_tsv(again, scale, settings), settings) - share
    return again if gain >= settings.ocr_noisy_page_gain else tsv
