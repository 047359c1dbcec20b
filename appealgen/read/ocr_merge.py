"""Lines tesseract garbled, read again: a second reading's words where the first made none.

tesseract reads a page as one block of rows (``--psm 6``), which keeps a table's rows
whole. Where two columns of print do not share their baselines (a letterhead beside a
facts box at the top right: "THIS IS NOT A BILL" between the payer's name and its
address), it merges rows of both columns into one line and reads neither: "tis ia eee
eae", every word under 40% sure. Such a run of weak words marks a region; the page is
read a second time as sparse text (``--psm 11``, every word found on its own), and
the region's words are taken from that reading when it is surer of them. Measured on
scans of the tuning sets' text PDFs (benchmarks/scan_gap.py): a region is rare, so
the second reading costs time only on the pages that have one.
"""

from __future__ import annotations

from dataclasses import dataclass

from .extract import Word
from .ocr_tsv import tsv_words
from .settings import DEFAULT_SETTINGS, ReadSettings


@dataclass(frozen=True)
class Region:
    """A run of garbled words on the page, in PDF points, and how sure tesseract was."""

    x0: float
    x1: float
    top: float
    bottom: float
    conf: float

    def holds(self, w: Word) -> bool:
        """``w``'s centre lies in the region (half a line above or below counts)."""
        half = (self.bottom - self.top) / 2
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        return self.x0 <= cx <= self.x1 and self.top - half <= cy <= self.bottom + half


def _rows(
    tsv: str,
) -> dict[tuple[str, str, str], list[tuple[str, float, float, float, float, float]]]:
    lines: dict[tuple[str, str, str], list[tuple[str, float, float, float, float, float]]] = {}
    for w in tsv_words(tsv):
        box = (w.left, w.top, w.left + w.width, w.top + w.height)
        lines.setdefault(w.line, []).append((w.text, w.conf, *box))
    return lines


def garbled(tsv: str, scale: float, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Region]:
    """The runs of ``ocr_garbled_words`` or more neighbouring words of one line, each with
    letters and each read less surely than ``ocr_garbled_confidence``, and such a word
    alone boxed ``ocr_garbled_tall`` times as tall as its line's usual word: two rows
    read as one ("sostibieke" over "Allowed" and the row below it)."""
    out: list[Region] = []
    for words in _rows(tsv).values():
        heights = sorted(w[5] - w[3] for w in words)
        tall = settings.ocr_garbled_tall * heights[len(heights) // 2]
        run: list[tuple[str, float, float, float, float, float]] = []
        for w in [*words, None]:
            weak = w is not None and w[1] < settings.ocr_garbled_confidence
            if weak and any(ch.isalpha() for ch in w[0]):  # type: ignore[index]
                run.append(w)  # type: ignore[arg-type]
                continue
            if len(run) >= settings.ocr_garbled_words or (
                settings.ocr_garbled_tall and any(r[5] - r[3] >= tall for r in run)
            ):
                out.append(
                    Region(
                        min(r[2] for r in run) * scale,
                        max(r[4] for r in run) * scale,
                        min(r[3] for r in run) * scale,
                        max(r[5] for r in run) * scale,
                        sum(r[1] for r in run) / len(run),
                    )
                )
            run = []
    return out


def merged(first: list[Word], second: list[Word], regions: list[Region]) -> list[Word]:
    """``first`` with each region's words replaced by ``second``'s, where ``second`` read
    words there and is surer of them on average than ``first`` was."""
    words = list(first)
    for region in regions:
        again = [w for w in second if region.holds(w)]
        if not again:
            continue
        sure = sum(w.conf if w.conf is not None else 0.0 for w in again) / len(again)
        if sure <= region.conf:
            continue
        words = [w for w in words if not region.holds(w)] + again
    return words
