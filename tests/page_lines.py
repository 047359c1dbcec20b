"""Made-up text pages for reader tests: rows of monospaced words, grouped into lines."""

from __future__ import annotations

from appealgen.read.extract import Page, Word
from appealgen.read.layout import group_lines

CHAR = 5.0  # points per character of the made-up pages


def page_lines(rows: list[str] | tuple[str, ...], *, left: float = 50.0, pitch: float = 12.0):
    """Lines of a page printing ``rows``, one character ``CHAR`` points wide; each
    space (so two or more part the cells) moves the next word one character right."""
    words = []
    for r, row in enumerate(rows):
        top = 100 + r * pitch
        at = 0
        for token in row.split(" "):
            if token:
                x0 = left + at * CHAR
                words.append(Word(token, x0, x0 + len(token) * CHAR, top, top + 9, 9.0))
            at += len(token) + 1
    return group_lines(Page(1, 612, 792, words))
