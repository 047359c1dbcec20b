"""tesseract's TSV output read as word rows: the text, how sure tesseract was, the box
in page-image pixels and the line the word belongs to (block, paragraph, line)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import NamedTuple


class TsvWord(NamedTuple):
    """One word row of tesseract's TSV (``level`` 5), in page-image pixels."""

    line: tuple[str, str, str]
    text: str
    conf: float
    left: float
    top: float
    width: float
    height: float


def tsv_words(tsv: str) -> Iterator[TsvWord]:
    """The TSV's words that hold text, in reading order; a malformed row is skipped."""
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if not text or row.get("level") != "5":
            continue
        try:
            conf = float(row.get("conf") or -1)
            left, top = float(row["left"]), float(row["top"])
            width, height = float(row["width"]), float(row["height"])
        except (TypeError, ValueError):
            continue
        line = (row.get("block_num", ""), row.get("par_num", ""), row.get("line_num", ""))
        yield TsvWord(line, text, conf, left, top, width, height)
